#include "text/Messages.h"

#include <QLocale>
#include <QRegularExpression>

namespace mtlsdesk {

QString Messages::apiError(const ApiError& error, const QString& what)
{
    QString sentence;
    switch (error.kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Network:
        sentence = tr("The service could not be reached. Check the network connection and the domain.");
        break;
    case ApiError::Kind::Timeout:
        sentence = tr("The service did not answer in time. Try again in a moment.");
        break;
    case ApiError::Kind::Tls:
        sentence = tr("The secure connection was refused: the service's certificate is not trusted for this "
                      "environment.");
        break;
    case ApiError::Kind::BadRequest:
        sentence = tr("The service refused the request (HTTP %1).").arg(error.httpStatus);
        break;
    case ApiError::Kind::Unauthorized:
        sentence = tr("The service did not accept the credentials, or the session has expired. Log in again.");
        break;
    case ApiError::Kind::Forbidden:
        sentence = tr("The user is not allowed to do this. mTLS configuration needs an administrator.");
        break;
    case ApiError::Kind::NotFound:
        sentence = tr("The service does not know this item or account (HTTP 404).");
        break;
    case ApiError::Kind::Conflict:
        sentence = tr("Someone else changed this data in the meantime (HTTP 409). Nothing of yours was lost.");
        break;
    case ApiError::Kind::RateLimited:
        sentence = tr("The service is limiting requests (HTTP 429: at most 10 per second). Wait a moment and "
                      "try again.");
        break;
    case ApiError::Kind::Server:
        sentence = tr("The service had an internal error (HTTP %1). Try again later.").arg(error.httpStatus);
        break;
    case ApiError::Kind::BadPayload:
        sentence = tr("The service answered with something this app does not understand.");
        break;
    case ApiError::Kind::Canceled:
        sentence = tr("Canceled.");
        break;
    case ApiError::Kind::ConnectionLost:
        sentence = tr("The connection to the service was lost before it answered.");
        break;
    case ApiError::Kind::Incomplete:
        sentence = tr("The service's answer was incomplete: it was cut off on the way.");
        break;
    }
    if (!error.serviceMessage.isEmpty())
        sentence += QLatin1Char(' ') + tr("The service said: \"%1\"").arg(error.serviceMessage);
    switch (error.effect) {
    case ApiError::Effect::Unchecked:
        if (error.kind == ApiError::Kind::ConnectionLost || error.kind == ApiError::Kind::Incomplete)
            sentence += QLatin1Char(' ') + tr("Try again in a moment.");
        break;
    case ApiError::Effect::NotApplied:
        sentence += QLatin1Char(' ') + tr("The service did not save it, so it is safe to try again.");
        break;
    case ApiError::Effect::Unknown:
        sentence += QLatin1Char(' ') + tr("Whether the service saved it could not be checked: refresh the list "
                                          "before trying again.");
        break;
    }
    if (!what.isEmpty())
        sentence = tr("%1 failed: %2").arg(what, sentence);
    return sentence;
}

QString Messages::loginStatus(LoginFlow::Status status)
{
    switch (status) {
    case LoginFlow::Status::Idle:
        return {};
    case LoginFlow::Status::Discovering:
        return tr("Discovering the account's domains…");
    case LoginFlow::Status::LoggingIn:
        return tr("Logging in…");
    case LoginFlow::Status::Succeeded:
        return tr("Logged in.");
    case LoginFlow::Status::Failed:
        return tr("Log-in failed.");
    case LoginFlow::Status::Canceled:
        return tr("Log-in canceled.");
    }
    return {};
}

QString Messages::loginProblem(const LoginFlow& flow)
{
    switch (flow.problem()) {
    case LoginFlow::Problem::None:
        return {};
    case LoginFlow::Problem::MissingAccount:
        return tr("Enter the account id (the site id, for example 12345678).");
    case LoginFlow::Problem::InvalidAccount:
        return tr("The account id may contain only letters, digits, '-' and '_'.");
    case LoginFlow::Problem::MissingUsername:
        return tr("Enter the administrator's user name.");
    case LoginFlow::Problem::MissingPassword:
        return tr("Enter the password, or all four AppKey values for an application login.");
    case LoginFlow::Problem::InvalidEnvironment:
        return tr("The environment is not ready: choose it again or check its domain.");
    case LoginFlow::Problem::NoLoginDomain:
        return tr("Domain discovery did not list the Login Service (agentVep) for this account. Set it on the "
                  "Domains page.");
    case LoginFlow::Problem::Api:
        break;
    }
    const ApiError& error = flow.error();
    const QString what = flow.domains().discovered().isEmpty() ? tr("Discovering domains") : tr("Logging in");
    if (error.kind == ApiError::Kind::Unauthorized && !flow.domains().discovered().isEmpty())
        return tr("Wrong user name or password for this account.") +
               (error.serviceMessage.isEmpty() ? QString()
                                               : QLatin1Char(' ') + tr("The service said: \"%1\"").arg(error.serviceMessage));
    if (error.kind == ApiError::Kind::NotFound && flow.domains().discovered().isEmpty())
        return tr("The Domain API does not know account \"%1\". Check the account id.").arg(flow.context().accountId);
    return apiError(error, what);
}

QString Messages::sessionState(Session::State state)
{
    switch (state) {
    case Session::State::LoggedOut:
        return tr("Not logged in");
    case Session::State::LoggedIn:
        return tr("Logged in");
    case Session::State::Expired:
        return tr("Session expired: log in again");
    }
    return {};
}

QString Messages::secretStatus(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return {};
    case SecretStore::Status::NotFound:
        return tr("Nothing is stored in the keychain for this account.");
    case SecretStore::Status::NoBackend:
        return tr("No keychain is available on this system. Secrets are kept in memory only and will be asked "
                  "for again next time.");
    case SecretStore::Status::AccessDenied:
        return tr("The keychain refused access. Unlock it, or allow mTLS Desk to use it.");
    case SecretStore::Status::Failed:
        return tr("The keychain reported an error.");
    }
    return {};
}

QString Messages::sandboxFailure(SandboxLauncher::Failure failure, const QString& detail)
{
    switch (failure) {
    case SandboxLauncher::Failure::None:
        return {};
    case SandboxLauncher::Failure::ProgramNotFound:
        return tr("The bundled sandbox (mtls-sandbox) was not found next to the application.");
    case SandboxLauncher::Failure::StartFailed:
        return tr("The sandbox could not be started: %1").arg(detail);
    case SandboxLauncher::Failure::ExitedEarly:
        return tr("The sandbox stopped while starting: %1").arg(detail);
    case SandboxLauncher::Failure::Timeout:
        return tr("The sandbox did not become ready in time.");
    case SandboxLauncher::Failure::BadReadyLine:
        return tr("The sandbox started but did not report its address.");
    }
    return {};
}

QString Messages::clockTime(const QDateTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Some locales' short format (C: "HH:mm:ss") has seconds, which only add noise to "live at".
    static const QRegularExpression seconds(QStringLiteral("[:.]s+"));
    format.remove(seconds);
    return locale.toString(time.toLocalTime().time(), format);
}

} // namespace mtlsdesk
