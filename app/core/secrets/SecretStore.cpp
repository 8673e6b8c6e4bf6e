#include "secrets/SecretStore.h"

#include "secrets/Wipe.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "mtlsdesk.secrets")

namespace mtlsdesk {

namespace {

SecretStore::Status statusOf(QKeychain::Error error, const QString& message)
{
    // libsecret reports a missing Secret Service (no session bus, no keyring daemon, no collection) as a plain
    // OtherError; its message is the only way to tell that from a real failure.
    if (error == QKeychain::OtherError) {
        static const char* const missingBackend[] = {"D-Bus", "Could not connect", "org.freedesktop.secrets",
                                                     "Object does not exist at path", "was not provided by any"};
        for (const char* marker : missingBackend) {
            if (message.contains(QLatin1String(marker)))
                return SecretStore::Status::NoBackend;
        }
    }
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::AccessDenied;
    default:
        return SecretStore::Status::Failed;
    }
}

template <typename Job>
Job* prepare(Job* job)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file next to the settings
    return job;
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore()
{
    // QtKeychain's libsecret backend calls back into a job when the keychain answers; a job deleted before that (with
    // its parent, this store) crashes there. Running jobs are let go instead: they delete themselves once answered,
    // and their callbacks, connected with this store as context, are gone with it.
    const QList<QKeychain::Job*> running = findChildren<QKeychain::Job*>(Qt::FindDirectChildrenOnly);
    for (QKeychain::Job* job : running)
        job->setParent(nullptr);
}

QString SecretStore::key(const QString& environmentId, const QString& accountId, const QString& kind)
{
    return QStringLiteral("mtls-desk/%1/%2/%3").arg(environmentId, accountId, kind);
}

void SecretStore::write(const QString& key, const QByteArray& secret, const QObject* receiver, WriteCallback done)
{
    auto* job = prepare(new QKeychain::WritePasswordJob(m_serviceName, this));
    job->setKey(key);
    // The job gets its own buffer: callers wipe theirs as soon as write() returns, while the job still runs.
    // This one is wiped when the keychain has answered.
    QByteArray own(secret.constData(), secret.size());
    job->setBinaryData(own);
    connect(job, &QKeychain::Job::finished, this,
            [this, own, guard = QPointer<const QObject>(receiver), watched = receiver != nullptr,
             done = std::move(done)](QKeychain::Job* finished) mutable {
        wipe(own);
        const Status status = statusOf(finished->error(), finished->errorString());
        noteResult(status, finished->errorString());
        if (done && (!watched || guard))
            done(status, status == Status::Ok ? QString() : finished->errorString());
    });
    job->start();
}

void SecretStore::read(const QString& key, const QObject* receiver, ReadCallback done)
{
    auto* job = prepare(new QKeychain::ReadPasswordJob(m_serviceName, this));
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard = QPointer<const QObject>(receiver), watched = receiver != nullptr,
             done = std::move(done)](QKeychain::Job* finished) {
        const Status status = statusOf(finished->error(), finished->errorString());
        noteResult(status, finished->errorString());
        QByteArray secret;
        if (status == Status::Ok)
            secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
        if (done && (!watched || guard))
            done(status, std::move(secret), status == Status::Ok ? QString() : finished->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString& key, const QObject* receiver, WriteCallback done)
{
    auto* job = prepare(new QKeychain::DeletePasswordJob(m_serviceName, this));
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, guard = QPointer<const QObject>(receiver), watched = receiver != nullptr,
             done = std::move(done)](QKeychain::Job* finished) {
        Status status = statusOf(finished->error(), finished->errorString());
        if (status == Status::NotFound)
            status = Status::Ok; // already gone is what the caller wanted
        noteResult(status, finished->errorString());
        if (done && (!watched || guard))
            done(status, status == Status::Ok ? QString() : finished->errorString());
    });
    job->start();
}

void SecretStore::noteResult(Status status, const QString& detail)
{
    const Backend backend = status == Status::NoBackend ? Backend::Unavailable : Backend::Available;
    if (status == Status::NoBackend)
        qCWarning(lcSecrets) << "no keychain backend:" << detail;
    if (backend != m_backend) {
        m_backend = backend;
        emit backendChanged(backend, detail);
    }
}

} // namespace mtlsdesk
