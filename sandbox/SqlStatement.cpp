#include "SqlStatement.h"

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace mtlsdesk::sandbox {

void SqlStatement::Finalizer::operator()(sqlite3_stmt* statement) const
{
    sqlite3_finalize(statement);
}

SqlStatement::SqlStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        fail("prepare");
    m_statement.reset(statement);
}

SqlStatement& SqlStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_statement.get(), index, utf8.constData(), static_cast<int>(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& value)
{
    if (sqlite3_bind_text(m_statement.get(), index, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bindBlob(int index, const QByteArray& value)
{
    // SQLITE_TRANSIENT: SQLite copies the bytes, so the QByteArray may go away before step().
    if (sqlite3_bind_blob(m_statement.get(), index, value.constData(), static_cast<int>(value.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail("bind");
    return *this;
}

SqlStatement& SqlStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement.get(), index, value) != SQLITE_OK)
        fail("bind");
    return *this;
}

bool SqlStatement::step()
{
    const int result = sqlite3_step(m_statement.get());
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE)
        return false;
    fail("step");
}

void SqlStatement::run()
{
    while (step()) {
    }
}

QString SqlStatement::text(int column) const
{
    return QString::fromUtf8(bytes(column));
}

QByteArray SqlStatement::bytes(int column) const
{
    // sqlite3_column_blob returns TEXT values unchanged too, and never converts BLOBs.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_statement.get(), column));
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

void SqlStatement::fail(const char* what) const
{
    throw std::runtime_error(std::string("SQLite ") + what + " failed: " + sqlite3_errmsg(m_db));
}

} // namespace mtlsdesk::sandbox
