#pragma once

// One prepared SQLite statement, finalized on destruction; errors become std::runtime_error with SQLite's text.

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace mtlsdesk::sandbox {

class SqlStatement
{
public:
    SqlStatement(sqlite3* db, const char* sql);

    // Parameters are numbered from 1, as in SQLite.
    SqlStatement& bind(int index, const QString& value);
    SqlStatement& bind(int index, const QByteArray& value);
    SqlStatement& bind(int index, qint64 value);
    // Binds as a BLOB (bind(QByteArray) binds TEXT, which SQLite may treat as a string).
    SqlStatement& bindBlob(int index, const QByteArray& value);

    // true while a row is available; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();

    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    [[noreturn]] void fail(const char* what) const;

    sqlite3* m_db;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
};

} // namespace mtlsdesk::sandbox
