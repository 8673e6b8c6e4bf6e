// fuzz_certificates: the certificate endpoints' answers. Selector '0' get all (a list), '1' get one, '2' the save
// wrapper of create, update and auto-generate.

#include "FuzzTargets.h"

#include "certs/Certificate.h"

namespace mtlsdesk::fuzz {

namespace {

void checkCertificate(const Certificate& certificate)
{
    require(certificate.id >= 0, "a certificate id is not negative");
    require(!certificate.name.isEmpty(), "a certificate has a name");
    (void)certificate.isAvailable();
    (void)certificate.daysLeft(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
}

} // namespace

bool certificates(QByteArrayView input)
{
    const Selected selected = select(input, 3);
    QString problem;
    switch (selected.choice) {
    case 0: {
        const std::optional<QList<Certificate>> list = Certificate::listFromJson(selected.rest, &problem);
        require(list || !problem.isEmpty(), "an unreadable list says why");
        if (!list)
            return false;
        for (const Certificate& certificate : *list) {
            require(!certificate.deleted, "deleted certificates are left out");
            checkCertificate(certificate);
        }
        return true;
    }
    case 1: {
        const std::optional<Certificate> certificate = Certificate::oneFromJson(selected.rest, &problem);
        require(certificate || !problem.isEmpty(), "an unreadable certificate says why");
        if (certificate)
            checkCertificate(*certificate);
        return certificate.has_value();
    }
    default: {
        const std::optional<SaveResult> result = SaveResult::fromJson(selected.rest, &problem);
        require(result || !problem.isEmpty(), "an unreadable save answer says why");
        if (!result)
            return false;
        for (const Certificate& certificate : result->saved)
            checkCertificate(certificate);
        return true;
    }
    }
}

} // namespace mtlsdesk::fuzz
