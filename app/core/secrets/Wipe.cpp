#include "secrets/Wipe.h"

#include <openssl/crypto.h>

namespace mtlsdesk {

void wipe(QByteArray& secret)
{
    // The buffer is overwritten where it is, not after a detach: a detach would copy the secret and clean
    // only the copy. Raw (non-owned) data is read-only and not ours to clean.
    if (secret.data_ptr().isMutable() && !secret.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(secret.constData()), static_cast<size_t>(secret.size()));
    secret = QByteArray();
}

void wipe(QString& secret)
{
    if (secret.data_ptr().isMutable() && !secret.isEmpty())
        OPENSSL_cleanse(const_cast<QChar*>(secret.constData()), static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret = QString();
}

} // namespace mtlsdesk
