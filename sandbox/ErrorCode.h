#pragma once

namespace mtlsdesk::sandbox {

// The `internalCode` of every error answer. Only CsrfInvalid (10) is documented by LivePerson; the others are
// the sandbox's own, stable so that tests and the app can tell failures apart without parsing messages.
enum class ErrorCode : int
{
    CsrfInvalid = 10,

    BadRequest = 20,
    MissingVersion = 21,
    UnsupportedVersion = 22,
    MalformedJson = 23,
    MissingField = 24,
    UnsupportedMediaType = 25,
    LengthRequired = 26,

    AuthenticationRequired = 30,
    BadCredentials = 31,
    TokenUnknown = 32,
    TokenExpired = 33,
    SessionUnknown = 34,
    SessionExpired = 35,
    WrongAuthKind = 36,
    WrongAccount = 37,

    OAuthMalformed = 40,
    OAuthUnsupportedMethod = 41,
    OAuthUnsupportedVersion = 42,
    OAuthUnknownConsumerKey = 43,
    OAuthUnknownToken = 44,
    OAuthStaleTimestamp = 45,
    OAuthBadSignature = 46,
    OAuthReplayedNonce = 47,

    NotFound = 50,
    UnknownAccount = 51,
    UnknownService = 52,
    MethodNotAllowed = 53,
    UnknownCertificate = 54,
    UnknownMapping = 55,

    PayloadTooLarge = 60,
    RateLimited = 61,

    NotMultipart = 70,
    MissingPart = 71,
    InvalidCertificateField = 72,
    DuplicateCertificateName = 73,
    PasswordRule = 74,

    P12Unreadable = 80,
    P12BadPassword = 81,
    P12KeyProblem = 82,
    P12NotJavaLoadable = 83,

    ForwardUrlInvalid = 85,
    ForwardTransportFailed = 86,
    NoMtlsMapping = 87,       // forward with LP-stop-if-certificate-not-found: true found no mapping (500)
    UrlValidationFailed = 88, // activate mapping: the validation call got an HTTP error status (424)

    Internal = 90,

    InvalidMappingField = 100,
    DuplicateMappingName = 101,
    DuplicateMappingKey = 102,
    MappingCertificateUnknown = 103,
    StaleRevision = 104,
    InvalidIfMatch = 105,
};

} // namespace mtlsdesk::sandbox
