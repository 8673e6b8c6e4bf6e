#pragma once

// The ac-common mapping calls on the accountConfigReadWrite domain (contract §5), OAuth1 or Bearer:
//   GET    /api/account/{acc}/configuration/ac-common/mtls?v=3.0[&include_deleted=true]  list
//   POST   …/mtls?v=3.0                 create (an array)
//   PUT    …/mtls/{id}?v=3.0            replace one whole object
//   DELETE …/mtls/{id}?v=3.0            delete one
// Every answer carries the collection revision in `ac-revision`; writes send the revision the client last saw
// in `If-Match`, so that a write over someone else's change gets 409 (ApiError::Kind::Conflict) and changes
// nothing. Writes are never retried on a server error (a create that reached the service must not be sent
// twice); the list is.

#include "mappings/Mapping.h"
#include "net/AccountJob.h"

namespace mtlsdesk {

class MappingJob : public AccountJob
{
    Q_OBJECT
public:
    // The revision from the answer's ac-revision (or ETag) header; empty when there was none.
    QByteArray revision() const;
    // The same out of the two header values (either may be empty); pure, for the fuzz targets.
    static QByteArray revisionFrom(const QByteArray& acRevision, const QByteArray& etag);

protected:
    MappingJob(QNetworkAccessManager& network, ApiContext context, QString host, QObject* parent);
    QUrl mappingsUrl(const QString& suffix = {}, const QString& extraQuery = {}) const;
    Request write(const QByteArray& verb, const QUrl& url, const QByteArray& body, const QByteArray& ifMatch) const;
};

class MappingListJob : public MappingJob
{
    Q_OBJECT
public:
    MappingListJob(QNetworkAccessManager& network, ApiContext context, QString host, bool includeDeleted = false,
                   QObject* parent = nullptr);
signals:
    void listed(const QList<mtlsdesk::Mapping>& mappings, const QByteArray& revision);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;
    bool isIdempotent() const override { return true; }

private:
    bool m_includeDeleted;
};

class MappingCreateJob : public MappingJob
{
    Q_OBJECT
public:
    MappingCreateJob(QNetworkAccessManager& network, ApiContext context, QString host, QList<Mapping> mappings,
                     QByteArray ifMatch, QObject* parent = nullptr);
signals:
    void created(const QList<mtlsdesk::Mapping>& mappings, const QByteArray& revision);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;

private:
    QList<Mapping> m_mappings;
    QByteArray m_ifMatch;
};

class MappingUpdateJob : public MappingJob
{
    Q_OBJECT
public:
    MappingUpdateJob(QNetworkAccessManager& network, ApiContext context, QString host, Mapping mapping,
                     QByteArray ifMatch, QObject* parent = nullptr);

    // The updated mapping out of the answer: the object it holds, or `sent` when the body is empty (none is
    // documented); nullopt with `problem` otherwise.
    static std::optional<Mapping> parseUpdated(const QByteArray& body, const Mapping& sent, QString* problem);

signals:
    void updated(const mtlsdesk::Mapping& mapping, const QByteArray& revision);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;

private:
    Mapping m_mapping;
    QByteArray m_ifMatch;
};

class MappingDeleteJob : public MappingJob
{
    Q_OBJECT
public:
    MappingDeleteJob(QNetworkAccessManager& network, ApiContext context, QString host, qint64 id, QByteArray ifMatch,
                     QObject* parent = nullptr);
    qint64 mappingId() const { return m_id; }
signals:
    void deleted(qint64 id, const QByteArray& revision);

protected:
    Request request() const override;
    bool parse(const QByteArray& body) override;

private:
    qint64 m_id;
    QByteArray m_ifMatch;
};

} // namespace mtlsdesk
