#include "AuthorizationRequest.h"

#include <QRegularExpression>
#include <QUrl>

namespace viopay::sandbox {

namespace {
// RFC 7636 section 4.2: BASE64URL(SHA-256(verifier)) is 43 characters of the URL-safe alphabet.
bool isS256Challenge(const QString &challenge)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return pattern.match(challenge).hasMatch();
}
} // namespace

AuthorizationRequest AuthorizationRequest::refuse(const QString &problem)
{
    AuthorizationRequest request;
    request.verdict = Verdict::ShowError;
    request.problem = problem;
    return request;
}

bool AuthorizationRequest::isLoopbackRedirect(const QString &redirectUri)
{
    // The raw prefix, then the parsed URL: neither "http://127.0.0.1.evil.test" nor
    // "http://localhost@evil.test" passes.
    const QStringList prefixes{QStringLiteral("http://127.0.0.1"), QStringLiteral("http://localhost")};
    bool prefixed = false;
    for (const QString &prefix : prefixes) {
        const QChar next = redirectUri.size() > prefix.size() ? redirectUri.at(prefix.size()) : QChar(u'/');
        prefixed = prefixed || (redirectUri.startsWith(prefix) && QStringView(u":/?").contains(next));
    }
    const QUrl url(redirectUri, QUrl::StrictMode);
    return prefixed && url.isValid() && url.userInfo().isEmpty() && !url.hasFragment() &&
           (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"));
}

AuthorizationRequest AuthorizationRequest::check(const QHash<QString, QString> &fields)
{
    AuthorizationRequest request;
    request.clientId = fields.value(QStringLiteral("client_id"));
    request.redirectUri = fields.value(QStringLiteral("redirect_uri"));
    if (request.clientId != QLatin1String(DeskClientId))
        return refuse(QStringLiteral("The application asking to sign you in is not known to this server."));
    if (!isLoopbackRedirect(request.redirectUri))
        return refuse(QStringLiteral("The application asked to return to an address this server does not allow."));

    request.state = fields.value(QStringLiteral("state"));
    request.nonce = fields.value(QStringLiteral("nonce"));
    request.codeChallenge = fields.value(QStringLiteral("code_challenge"));
    request.scope = fields.value(QStringLiteral("scope"));
    request.openId = request.scope.split(u' ').contains(QLatin1String("openid"));
    request.verdict = Verdict::RedirectError;
    if (fields.value(QStringLiteral("response_type")) != QLatin1String("code")) {
        request.error = QStringLiteral("unsupported_response_type");
        request.problem = QStringLiteral("response_type must be code");
        return request;
    }
    if (fields.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256") ||
        !isS256Challenge(request.codeChallenge)) {
        request.error = QStringLiteral("invalid_request");
        request.problem = QStringLiteral("PKCE is required: code_challenge (43 characters) with "
                                         "code_challenge_method S256");
        return request;
    }
    request.verdict = Verdict::Valid;
    return request;
}

QList<QPair<QString, QString>> AuthorizationRequest::formFields() const
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("client_id"), clientId},
                                          {QStringLiteral("redirect_uri"), redirectUri},
                                          {QStringLiteral("response_type"), QStringLiteral("code")},
                                          {QStringLiteral("code_challenge"), codeChallenge},
                                          {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    if (!scope.isEmpty())
        fields.append({QStringLiteral("scope"), scope});
    if (!state.isEmpty())
        fields.append({QStringLiteral("state"), state});
    if (!nonce.isEmpty())
        fields.append({QStringLiteral("nonce"), nonce});
    return fields;
}

QString AuthorizationRequest::redirectWith(const QList<QPair<QString, QString>> &parameters) const
{
    QString target = redirectUri;
    QChar separator = redirectUri.contains(u'?') ? u'&' : u'?';
    QList<QPair<QString, QString>> all = parameters;
    if (!state.isEmpty())
        all.append({QStringLiteral("state"), state});
    for (const auto &[name, value] : all) {
        target += separator + name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        separator = u'&';
    }
    return target;
}

QString AuthorizationRequest::redirectWithError(const QString &errorCode, const QString &description) const
{
    return redirectWith({{QStringLiteral("error"), errorCode}, {QStringLiteral("error_description"), description}});
}

} // namespace viopay::sandbox
