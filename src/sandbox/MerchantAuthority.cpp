#include "MerchantAuthority.h"

#include "BearerToken.h"
#include "JsonWebToken.h"
#include "LoginPage.h"
#include "RequestBody.h"
#include "core/ApiError.h"
#include "core/Clock.h"
#include "core/ErrorCode.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace viopay::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcAuth, "viopay.sandbox.auth")

constexpr char DeskClientId[] = "viopay-desk";
constexpr char AuthorizePath[] = "/realms/viopay/protocol/openid-connect/auth";
// When a request named no Host (the registry called directly): tokens still need an issuer.
constexpr char FallbackIssuer[] = "http://localhost/realms/viopay";
// Every session of the sandbox may claim and release: FLEET.md's viewer role is not built yet.
constexpr char AdminRole[] = "admin";
constexpr qint64 SweepIntervalMs = 15 * 60 * 1000;
// Per limiter, so a flood of names holds at most about a megabyte (digest and 5 times each).
constexpr qsizetype MaxTrackedNames = 10000;
// The longest email address (RFC 5321 with RFC 3696 errata): no account can have a longer name.
constexpr qsizetype MaxUsernameLength = 254;
// When every hashing worker is taken: the few checks allowed to wait drain within a second.
constexpr int BusyRetryAfterSeconds = 1;

// Answers carrying or refusing credentials must not be cached (RFC 6749 section 5.1).
SandboxReply noStore(SandboxReply reply)
{
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

// Failures of the token endpoint use the standard OAuth body (RFC 6749 section 5.2): 400 for a
// malformed request, 401 for credentials that do not check out, as the contract asks.
SandboxReply oauthError(int status, const char *error, const char *description)
{
    return noStore(SandboxReply::json(status, {{QStringLiteral("error"), QLatin1String(error)},
                                               {QStringLiteral("error_description"), QLatin1String(description)}}));
}

// Sandbox-only: the answers when every worker that hashes secrets is taken.
SandboxReply passwordGrantBusy()
{
    SandboxReply reply =
        oauthError(429, "temporarily_unavailable", "The sandbox is busy checking other sign-ins; try again shortly");
    reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(BusyRetryAfterSeconds));
    return reply;
}

SandboxReply clientSessionBusy()
{
    return SandboxReply::error(ApiError::http(429, QString::fromLatin1(ErrorCode::TooManyRequests),
                                              QStringLiteral("The sandbox is busy checking other sign-ins; "
                                                             "try again shortly"))
                                   .setRetryAfterSeconds(BusyRetryAfterSeconds));
}

// A new sign-in's tokens get their full lives; a refresh's may be cut short by the sign-in's end.
SandboxReply tokenReply(const QByteArray &accessToken, const QByteArray &refreshToken,
                        int accessLifeSec = MerchantAuthority::AccessLifeMs / 1000,
                        int refreshLifeSec = MerchantAuthority::RefreshLifeMs / 1000)
{
    return noStore(SandboxReply::json(200, {{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                                            {QStringLiteral("expires_in"), accessLifeSec},
                                            {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                                            {QStringLiteral("refresh_expires_in"), refreshLifeSec},
                                            {QStringLiteral("token_type"), QStringLiteral("Bearer")}}));
}

SandboxReply redirect(const QString &location)
{
    SandboxReply reply = SandboxReply::empty(302);
    reply.setHeader(QByteArrayLiteral("Location"), location.toUtf8());
    reply.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return reply;
}

QString issuerOf(const QString &issuer)
{
    return issuer.isEmpty() ? QString::fromLatin1(FallbackIssuer) : issuer;
}

qint64 seconds(qint64 epochMs)
{
    return epochMs / 1000;
}

// RFC 7636 section 4.1 and 4.6: 43 to 128 unreserved characters, whose SHA-256, base64url,
// is the challenge.
bool verifierMatches(const QString &verifier, const QString &challenge)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!pattern.match(verifier).hasMatch())
        return false;
    const QByteArray computed = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return computed == challenge.toLatin1();
}

std::optional<crypto::SigningKey> storedKey(const Store &store)
{
    const std::optional<QByteArray> pem = store.signingKeyPem();
    if (!pem)
        return std::nullopt;
    std::optional<crypto::SigningKey> kept = crypto::SigningKey::fromPem(*pem);
    if (!kept)
        qCWarning(lcAuth) << "The stored signing key cannot be read; a new one replaces it";
    return kept;
}

SandboxReply loginProblem(const QString &problem)
{
    return LoginPage::message(400, QStringLiteral("Sign-in cannot continue"), problem, true);
}

LoginPage::Form loginForm(const AuthorizationRequest &request, const QString &username = QString(),
                          const QString &alert = QString())
{
    return {request.formFields(), request.redirectUri, username, alert};
}

// One answer for every refresh token that does not check out, reused ones included, so a thief
// cannot tell a detected reuse from an expired token.
SandboxReply invalidRefreshToken()
{
    return oauthError(401, "invalid_grant", "Invalid or expired refresh token");
}

} // namespace

MerchantAuthority::MerchantAuthority(Store &store, qint64 nowMs)
    : m_store(store)
    , m_failedPasswords(FailedPasswordLimit, FailedPasswordWindowMs, MaxTrackedNames)
    , m_failedClientSecrets(FailedPasswordLimit, FailedPasswordWindowMs, MaxTrackedNames)
    , m_key(storedKey(store))
    , m_keyMadeMs(nowMs)
    , m_decoy(SecretHash::derive(QStringLiteral("decoy")))
{
    // An RSA key takes 70 to 400 ms to make: off the serving thread, so a first start (every
    // start of the embedded sandbox) answers at once, and a kiosk never waits for it.
    if (!m_key)
        m_keyBeingMade = std::async(std::launch::async, [] { return crypto::SigningKey::generate(); });
    for (const Store::Credential &user : store.users()) {
        m_users.insert(user.name.toLower(),
                       {SecretHash::fromStored(user.salt, user.hash, user.iterations), user.merchantId, user.role});
    }
    for (const Store::Credential &client : store.apiClients()) {
        m_clients.insert(client.name, {SecretHash::fromStored(client.salt, client.hash, client.iterations),
                                       client.merchantId, client.role});
    }
    for (const Store::SignIn &signIn : store.signIns())
        m_signIns.insert(signIn.id, signIn);
    for (const Store::Token &token : store.tokens())
        m_tokens.insert(token.digest, token);
    for (const Store::RotatedToken &rotated : store.rotatedTokens())
        rememberRotated(rotated.digest, rotated.signInId);
}

const crypto::SigningKey &MerchantAuthority::signingKey() const
{
    if (m_key)
        return *m_key;
    m_key = m_keyBeingMade.get();
    if (!m_key)
        qFatal("OpenSSL could not make an RSA key for signing tokens");
    if (!m_store.insertSigningKey(m_key->keyId(), m_key->pem(), m_keyMadeMs))
        qCWarning(lcAuth) << "The new signing key could not be stored: tokens will not verify after a restart";
    return *m_key;
}

SignInStart MerchantAuthority::token(const MerchantRequest &request, qint64 nowMs)
{
    sweepExpired(nowMs);
    if (!RequestBody::hasMediaType(request.contentType, "application/x-www-form-urlencoded"))
        return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    const std::optional<QHash<QString, QString>> fields = RequestBody::formFields(request.body);
    if (!fields)
        return oauthError(400, "invalid_request", "A parameter was sent more than once");
    const QString grantType = fields->value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(400, "invalid_request", "grant_type is required");
    if (grantType == QLatin1String("authorization_code"))
        return codeGrant(*fields, request.issuer, nowMs);
    if (grantType == QLatin1String("password"))
        return passwordGrant(*fields, request.issuer, nowMs);
    if (grantType == QLatin1String("refresh_token"))
        return refreshGrant(*fields, request.issuer, nowMs);
    return oauthError(400, "unsupported_grant_type",
                      "grant_type must be authorization_code, password or refresh_token");
}

SignInStart MerchantAuthority::passwordGrant(const QHash<QString, QString> &fields, const QString &issuer, qint64 nowMs)
{
    if (fields.value(QStringLiteral("client_id")) != QLatin1String(DeskClientId))
        return oauthError(401, "invalid_client", "Unknown client_id");
    const QString username = fields.value(QStringLiteral("username")).toLower();
    if (username.isEmpty() || !fields.contains(QStringLiteral("password")))
        return oauthError(400, "invalid_request", "username and password are required");

    if (std::optional<SandboxReply> locked = passwordLockout(username, nowMs))
        return *locked;
    // Refused as any unknown user, without the costly hash; nothing to count against such a name.
    if (username.size() > MaxUsernameLength)
        return oauthError(401, "invalid_grant", "Invalid user credentials");

    const auto account = m_users.constFind(username);
    SecretCheck check{account == m_users.constEnd() ? m_decoy : account->secret,
                      fields.value(QStringLiteral("password")),
                      [this, username, issuer](bool matches, qint64 finishedMs) {
                          return finishPasswordGrant(username, issuer, matches, finishedMs);
                      }};
    return {passwordGrantBusy(), std::move(check)};
}

SandboxReply MerchantAuthority::finishPasswordGrant(const QString &username, const QString &issuer, bool matches,
                                                    qint64 nowMs)
{
    // Guesses checked at the same time may have reached the limit meanwhile; it holds even for
    // the right password.
    if (std::optional<SandboxReply> locked = passwordLockout(username, nowMs))
        return *locked;
    const auto account = m_users.constFind(username);
    if (account == m_users.constEnd() || !matches) {
        m_failedPasswords.record(username, nowMs);
        return oauthError(401, "invalid_grant", "Invalid user credentials");
    }

    const std::optional<Issued> issued =
        signIn({0, Store::PrincipalKind::User, username, account->merchantId, QString()}, issuer, nowMs, true);
    if (!issued)
        return oauthError(500, "server_error", "The sign-in could not be stored");
    return tokenReply(issued->accessToken, issued->refreshToken);
}

std::optional<SandboxReply> MerchantAuthority::passwordLockout(const QString &username, qint64 nowMs) const
{
    const qint64 lockedMs = m_failedPasswords.msUntilAllowed(username, nowMs);
    if (lockedMs <= 0)
        return std::nullopt;
    SandboxReply reply =
        oauthError(429, "temporarily_unavailable", "Too many failed sign-ins for this user; try again later");
    reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(qMax(1, secondsRoundedUp(lockedMs))));
    return reply;
}

SandboxReply MerchantAuthority::refreshGrant(const QHash<QString, QString> &fields, const QString &issuer, qint64 nowMs)
{
    const auto clientId = fields.constFind(QStringLiteral("client_id"));
    if (clientId != fields.constEnd() && *clientId != QLatin1String(DeskClientId))
        return oauthError(401, "invalid_client", "Unknown client_id");
    const QString presented = fields.value(QStringLiteral("refresh_token"));
    if (presented.isEmpty())
        return oauthError(400, "invalid_request", "refresh_token is required");

    const QByteArray presentedDigest = BearerToken::digest(presented.toLatin1());
    // RFC 9700 section 4.14.2: a rotated token presented again means the client or a thief holds
    // a copy; nobody can tell which, so the whole sign-in ends.
    if (const auto reused = m_rotated.constFind(presentedDigest); reused != m_rotated.constEnd()) {
        const qint64 signInId = *reused;
        if (!endSignIn(signInId))
            return oauthError(500, "server_error", "The sign-in could not be ended");
        qCWarning(lcAuth) << "A rotated refresh token was presented again: sign-in" << signInId << "ended";
        return invalidRefreshToken();
    }
    const auto stored = m_tokens.constFind(presentedDigest);
    if (stored == m_tokens.constEnd() || stored->kind != Store::TokenKind::Refresh || stored->expiresEpochMs <= nowMs)
        return invalidRefreshToken();
    const auto signIn = m_signIns.constFind(stored->signInId);
    if (signIn == m_signIns.constEnd() || signIn->endsEpochMs <= nowMs)
        return invalidRefreshToken();

    const qint64 signInId = signIn->id;
    QByteArray accessToken;
    QByteArray refreshToken;
    const Store::Token access = newToken(Store::TokenKind::Access, *signIn, issuer, nowMs, &accessToken);
    const Store::Token refresh = newToken(Store::TokenKind::Refresh, *signIn, issuer, nowMs, &refreshToken);
    if (!m_store.rotateTokens(*stored, {access, refresh}, RotatedTokensKept))
        return oauthError(500, "server_error", "The refreshed tokens could not be stored");
    m_tokens.remove(presentedDigest);
    rememberRotated(presentedDigest, signInId);
    m_tokens.insert(access.digest, access);
    m_tokens.insert(refresh.digest, refresh);

    return tokenReply(accessToken, refreshToken, secondsRoundedUp(access.expiresEpochMs - nowMs),
                      secondsRoundedUp(refresh.expiresEpochMs - nowMs));
}

SandboxReply MerchantAuthority::codeGrant(const QHash<QString, QString> &fields, const QString &issuer, qint64 nowMs)
{
    if (fields.value(QStringLiteral("client_id")) != QLatin1String(DeskClientId))
        return oauthError(401, "invalid_client", "Unknown client_id");
    const QString presented = fields.value(QStringLiteral("code"));
    if (presented.isEmpty())
        return oauthError(400, "invalid_request", "code is required");
    const auto code = m_codes.find(BearerToken::digest(presented.toLatin1()));
    if (code == m_codes.end() || code->expiresEpochMs <= nowMs)
        return oauthError(400, "invalid_grant", "Invalid or expired authorization code");
    if (code->redeemed) {
        // RFC 6749 section 4.1.2: a code used twice was intercepted or replayed; the tokens it
        // gave are revoked, whoever holds them.
        if (code->signInId != 0 && m_signIns.contains(code->signInId) && !endSignIn(code->signInId))
            return oauthError(500, "server_error", "The sign-in could not be ended");
        qCWarning(lcAuth) << "An authorization code was presented again: its sign-in ended";
        return oauthError(400, "invalid_grant", "Invalid or expired authorization code");
    }
    // Whatever the outcome, a code serves one attempt: a wrong verifier cannot be followed by guesses.
    code->redeemed = true;
    if (fields.value(QStringLiteral("redirect_uri")) != code->request.redirectUri)
        return oauthError(400, "invalid_grant", "redirect_uri does not match the authorization request");
    if (!verifierMatches(fields.value(QStringLiteral("code_verifier")), code->request.codeChallenge))
        return oauthError(400, "invalid_grant", "PKCE verification failed: code_verifier does not match");

    const std::optional<Issued> issued =
        signIn({0, Store::PrincipalKind::User, code->username, code->merchantId, QString()}, issuer, nowMs, true);
    if (!issued)
        return oauthError(500, "server_error", "The sign-in could not be stored");
    code->signInId = issued->signIn.id;
    SandboxReply reply = tokenReply(issued->accessToken, issued->refreshToken);
    if (code->request.openId) {
        reply.body.insert(QStringLiteral("id_token"),
                          QString::fromLatin1(idToken(*code, issued->signIn, issuer, nowMs)));
        reply.body.insert(QStringLiteral("scope"), code->request.scope);
    }
    return reply;
}

QByteArray MerchantAuthority::idToken(const AuthorizationCode &code, const Store::SignIn &signIn, const QString &issuer,
                                      qint64 nowMs) const
{
    QJsonObject claims{{QStringLiteral("iss"), issuerOf(issuer)},
                       {QStringLiteral("sub"), signIn.principal},
                       {QStringLiteral("aud"), code.request.clientId},
                       {QStringLiteral("azp"), code.request.clientId},
                       {QStringLiteral("exp"), seconds(qMin(nowMs + AccessLifeMs, signIn.endsEpochMs))},
                       {QStringLiteral("iat"), seconds(nowMs)},
                       {QStringLiteral("auth_time"), seconds(nowMs)},
                       {QStringLiteral("email"), signIn.principal},
                       {QStringLiteral("merchant_id"), signIn.merchantId},
                       {QStringLiteral("sid"), QString::number(signIn.id)}};
    if (!code.request.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), code.request.nonce);
    return JsonWebToken::sign(claims, signingKey());
}

SandboxReply MerchantAuthority::openIdConfiguration(const QString &issuer)
{
    const QString base = issuerOf(issuer);
    const QString endpoints = base + QStringLiteral("/protocol/openid-connect/");
    return SandboxReply::json(
        200, {{QStringLiteral("issuer"), base},
              {QStringLiteral("authorization_endpoint"), endpoints + QStringLiteral("auth")},
              {QStringLiteral("token_endpoint"), endpoints + QStringLiteral("token")},
              {QStringLiteral("jwks_uri"), endpoints + QStringLiteral("certs")},
              {QStringLiteral("revocation_endpoint"), endpoints + QStringLiteral("revoke")},
              {QStringLiteral("end_session_endpoint"), endpoints + QStringLiteral("logout")},
              {QStringLiteral("grant_types_supported"),
               QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                          QStringLiteral("password")}},
              {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}});
}

SandboxReply MerchantAuthority::jwks() const
{
    return SandboxReply::json(200, {{QStringLiteral("keys"), QJsonArray{signingKey().publicJwk()}}});
}

SandboxReply MerchantAuthority::authorize(const MerchantRequest &request) const
{
    const std::optional<QHash<QString, QString>> fields = RequestBody::formFields(request.query);
    if (!fields)
        return loginProblem(QStringLiteral("A parameter of the sign-in request was sent more than once."));
    const AuthorizationRequest checked = AuthorizationRequest::check(*fields);
    if (checked.verdict == AuthorizationRequest::Verdict::ShowError)
        return loginProblem(checked.problem);
    if (checked.verdict == AuthorizationRequest::Verdict::RedirectError)
        return redirect(checked.redirectWithError(checked.error, checked.problem));
    return LoginPage::form(200, loginForm(checked), QLatin1String(AuthorizePath));
}

SignInStart MerchantAuthority::authorizeForm(const MerchantRequest &request, qint64 nowMs)
{
    sweepExpired(nowMs);
    if (!RequestBody::hasMediaType(request.contentType, "application/x-www-form-urlencoded"))
        return loginProblem(QStringLiteral("The sign-in form was not sent as a form."));
    const std::optional<QHash<QString, QString>> fields = RequestBody::formFields(request.body);
    if (!fields)
        return loginProblem(QStringLiteral("A field of the sign-in form was sent more than once."));
    const AuthorizationRequest checked = AuthorizationRequest::check(*fields);
    if (checked.verdict == AuthorizationRequest::Verdict::ShowError)
        return loginProblem(checked.problem);
    if (checked.verdict == AuthorizationRequest::Verdict::RedirectError)
        return redirect(checked.redirectWithError(checked.error, checked.problem));
    if (fields->value(QStringLiteral("action")) == QLatin1String("deny"))
        return redirect(checked.redirectWithError(QStringLiteral("access_denied"),
                                                  QStringLiteral("The user cancelled the sign-in")));

    const QString username = fields->value(QStringLiteral("username")).trimmed().toLower();
    const QString password = fields->value(QStringLiteral("password"));
    if (username.isEmpty() || password.isEmpty())
        return LoginPage::form(200, loginForm(checked, username, QStringLiteral("Enter your e-mail and password.")),
                               QLatin1String(AuthorizePath));
    if (passwordLockout(username, nowMs))
        return LoginPage::form(
            429,
            loginForm(checked, username, QStringLiteral("Too many failed sign-ins for this e-mail; try again later.")),
            QLatin1String(AuthorizePath));
    if (username.size() > MaxUsernameLength)
        return finishLogin(checked, username, false, nowMs);

    const auto account = m_users.constFind(username);
    SecretCheck check{account == m_users.constEnd() ? m_decoy : account->secret, password,
                      [this, checked, username](bool matches, qint64 finishedMs) {
                          return finishLogin(checked, username, matches, finishedMs);
                      }};
    SandboxReply busy = LoginPage::form(
        429,
        loginForm(checked, username, QStringLiteral("The sandbox is busy checking other sign-ins; try again shortly.")),
        QLatin1String(AuthorizePath));
    busy.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(BusyRetryAfterSeconds));
    return {busy, std::move(check)};
}

SandboxReply MerchantAuthority::finishLogin(const AuthorizationRequest &request, const QString &username, bool matches,
                                            qint64 nowMs)
{
    if (passwordLockout(username, nowMs))
        return LoginPage::form(
            429,
            loginForm(request, username, QStringLiteral("Too many failed sign-ins for this e-mail; try again later.")),
            QLatin1String(AuthorizePath));
    const auto account = m_users.constFind(username);
    if (account == m_users.constEnd() || !matches) {
        if (username.size() <= MaxUsernameLength)
            m_failedPasswords.record(username, nowMs);
        // 200, as Keycloak answers: the form again, for the browser to show.
        return LoginPage::form(200, loginForm(request, username, QStringLiteral("Invalid e-mail or password.")),
                               QLatin1String(AuthorizePath));
    }
    const QByteArray code = BearerToken::generate();
    m_codes.insert(BearerToken::digest(code),
                   {request, username, account->merchantId, nowMs + AuthorizationCodeLifeMs, false, 0});
    return redirect(request.redirectWith({{QStringLiteral("code"), QString::fromLatin1(code)}}));
}

SandboxReply MerchantAuthority::endSession(const MerchantRequest &request, qint64 nowMs)
{
    sweepExpired(nowMs);
    const bool posted = RequestBody::hasMediaType(request.contentType, "application/x-www-form-urlencoded");
    const std::optional<QHash<QString, QString>> fields =
        RequestBody::formFields(posted ? request.body : request.query);
    if (!fields)
        return loginProblem(QStringLiteral("A parameter of the sign-out request was sent more than once."));
    const QString postLogout = fields->value(QStringLiteral("post_logout_redirect_uri"));
    if (!postLogout.isEmpty() && !AuthorizationRequest::isLoopbackRedirect(postLogout))
        return loginProblem(
            QStringLiteral("The application asked to return to an address this server does not allow."));

    // Only a hint the sandbox signed names a sign-in to end; it may have expired (a sign-out
    // often comes later). Without one there is nothing to end: the sandbox keeps no browser session.
    const std::optional<QJsonObject> hint =
        JsonWebToken::verify(fields->value(QStringLiteral("id_token_hint")).toLatin1(), signingKey());
    if (hint && JsonWebToken::hasAudience(*hint, QLatin1String(DeskClientId))) {
        const qint64 signInId = hint->value(QStringLiteral("sid")).toString().toLongLong();
        if (m_signIns.contains(signInId) && !endSignIn(signInId))
            return LoginPage::message(500, QStringLiteral("Sign-out failed"),
                                      QStringLiteral("The sign-out could not be stored; try again."), true);
    }
    if (postLogout.isEmpty())
        return LoginPage::message(200, QStringLiteral("Signed out"),
                                  QStringLiteral("You are signed out of the Viopay sandbox. You can close this page."),
                                  false);
    AuthorizationRequest target;
    target.redirectUri = postLogout;
    target.state = fields->value(QStringLiteral("state"));
    return redirect(target.redirectWith({}));
}

SandboxReply MerchantAuthority::revoke(const MerchantRequest &request, qint64 nowMs)
{
    sweepExpired(nowMs);
    if (!RequestBody::hasMediaType(request.contentType, "application/x-www-form-urlencoded"))
        return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    const std::optional<QHash<QString, QString>> fields = RequestBody::formFields(request.body);
    if (!fields)
        return oauthError(400, "invalid_request", "A parameter was sent more than once");
    const auto clientId = fields->constFind(QStringLiteral("client_id"));
    if (clientId != fields->constEnd() && *clientId != QLatin1String(DeskClientId))
        return oauthError(401, "invalid_client", "Unknown client_id");
    const QString presented = fields->value(QStringLiteral("token"));
    if (presented.isEmpty())
        return oauthError(400, "invalid_request", "token is required");

    // Every kind of token is found by its digest, so token_type_hint, whatever its value, is not
    // needed (RFC 7009 section 2.1 lets a server ignore it).
    if (!revokeToken(BearerToken::digest(presented.toLatin1())))
        return oauthError(500, "server_error", "The revocation could not be stored");
    // RFC 7009 section 2.2: the same 200 for an unknown token, so nothing tells whether it existed.
    return SandboxReply::empty(200);
}

SignInStart MerchantAuthority::clientSession(const MerchantRequest &request, qint64 nowMs)
{
    sweepExpired(nowMs);
    SandboxReply error;
    const std::optional<QJsonObject> body = RequestBody::decodeJson(request.body, request.contentType, &error);
    if (!body)
        return error;
    const QJsonValue clientId = body->value(QStringLiteral("client_id"));
    const QJsonValue clientSecret = body->value(QStringLiteral("client_secret"));
    if (!clientId.isString() || !clientSecret.isString())
        return RequestBody::invalid(QStringLiteral("client_id and client_secret are required strings"));

    if (std::optional<SandboxReply> locked = clientSecretLockout(clientId.toString(), nowMs))
        return *locked;

    const auto account = m_clients.constFind(clientId.toString());
    SecretCheck check{account == m_clients.constEnd() ? m_decoy : account->secret, clientSecret.toString(),
                      [this, id = clientId.toString(), issuer = request.issuer](bool matches, qint64 finishedMs) {
                          return finishClientSession(id, issuer, matches, finishedMs);
                      }};
    return {clientSessionBusy(), std::move(check)};
}

SandboxReply MerchantAuthority::finishClientSession(const QString &clientId, const QString &issuer, bool matches,
                                                    qint64 nowMs)
{
    // As for passwords: a limit reached while this check ran holds for it too.
    if (std::optional<SandboxReply> locked = clientSecretLockout(clientId, nowMs))
        return *locked;
    const auto account = m_clients.constFind(clientId);
    if (account == m_clients.constEnd() || !matches) {
        m_failedClientSecrets.record(clientId, nowMs);
        return SandboxReply::error(401, ErrorCode::Unauthorized, QStringLiteral("Invalid client credentials"));
    }

    const std::optional<Issued> issued =
        signIn({0, Store::PrincipalKind::Client, clientId, account->merchantId, QString()}, issuer, nowMs, false);
    if (!issued)
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to create the client session"));
    return noStore(SandboxReply::json(200, {{QStringLiteral("access_token"), QString::fromLatin1(issued->accessToken)},
                                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                            {QStringLiteral("expires_in"), AccessLifeMs / 1000}}));
}

std::optional<SandboxReply> MerchantAuthority::clientSecretLockout(const QString &clientId, qint64 nowMs) const
{
    const qint64 lockedMs = m_failedClientSecrets.msUntilAllowed(clientId, nowMs);
    if (lockedMs <= 0)
        return std::nullopt;
    return SandboxReply::error(ApiError::http(429, QString::fromLatin1(ErrorCode::TooManyRequests),
                                              QStringLiteral("Too many failed sign-ins for this client; try again "
                                                             "later"))
                                   .setRetryAfterSeconds(qMax(1, secondsRoundedUp(lockedMs))));
}

std::optional<Store::SignIn> MerchantAuthority::signInFor(const std::optional<QByteArray> &authorization,
                                                          qint64 nowMs) const
{
    const std::optional<QByteArray> token = BearerToken::fromAuthorization(authorization);
    if (!token)
        return std::nullopt;
    const std::optional<QJsonObject> claims = JsonWebToken::verify(*token, signingKey());
    if (!claims || !JsonWebToken::hasAudience(*claims, QLatin1String(ApiAudience)) ||
        qint64(claims->value(QStringLiteral("exp")).toDouble()) * 1000 <= nowMs)
        return std::nullopt;
    // The signature says the sandbox issued it; only the kept digest says it is not revoked.
    const auto stored = m_tokens.constFind(BearerToken::digest(*token));
    if (stored == m_tokens.constEnd() || stored->kind != Store::TokenKind::Access || stored->expiresEpochMs <= nowMs)
        return std::nullopt;
    const auto signIn = m_signIns.constFind(stored->signInId);
    if (signIn == m_signIns.constEnd())
        return std::nullopt;
    return *signIn;
}

QString MerchantAuthority::roleOf(const Store::SignIn &signIn) const
{
    if (signIn.kind == Store::PrincipalKind::Client)
        return QLatin1String(AdminRole);
    const auto user = m_users.constFind(signIn.principal.toLower());
    return user == m_users.constEnd() ? QString() : user->role;
}

bool MerchantAuthority::initiateSession(qint64 signInId, const QString &host)
{
    const auto signIn = m_signIns.find(signInId);
    if (signIn == m_signIns.end())
        return false;
    if (signIn->sessionHost == host)
        return true;
    if (!m_store.setSessionHost(signInId, host))
        return false;
    signIn->sessionHost = host;
    return true;
}

std::optional<MerchantAuthority::Issued> MerchantAuthority::signIn(Store::SignIn signIn, const QString &issuer,
                                                                   qint64 nowMs, bool withRefresh)
{
    signIn.endsEpochMs = nowMs + SignInMaxLifeMs;
    Issued issued{signIn, {}, {}};
    QList<Store::Token> tokens{newToken(Store::TokenKind::Access, signIn, issuer, nowMs, &issued.accessToken)};
    if (withRefresh)
        tokens.append(newToken(Store::TokenKind::Refresh, signIn, issuer, nowMs, &issued.refreshToken));
    const std::optional<qint64> signInId = m_store.insertSignIn(signIn, tokens);
    if (!signInId)
        return std::nullopt;
    signIn.id = *signInId;
    issued.signIn = signIn;
    m_signIns.insert(signIn.id, signIn);
    for (Store::Token &token : tokens) {
        token.signInId = signIn.id;
        m_tokens.insert(token.digest, token);
    }
    return issued;
}

Store::Token MerchantAuthority::newToken(Store::TokenKind kind, const Store::SignIn &signIn, const QString &issuer,
                                         qint64 nowMs, QByteArray *plainToken) const
{
    const qint64 life = kind == Store::TokenKind::Refresh ? RefreshLifeMs : AccessLifeMs;
    const qint64 expiresMs = qMin(nowMs + life, signIn.endsEpochMs);
    if (kind == Store::TokenKind::Refresh) {
        *plainToken = BearerToken::generate();
    } else {
        const bool user = signIn.kind == Store::PrincipalKind::User;
        *plainToken =
            JsonWebToken::sign({{QStringLiteral("iss"), issuerOf(issuer)},
                                {QStringLiteral("aud"), QLatin1String(ApiAudience)},
                                {QStringLiteral("sub"), signIn.principal},
                                {QStringLiteral("azp"), user ? QString::fromLatin1(DeskClientId) : signIn.principal},
                                {QStringLiteral("exp"), seconds(expiresMs)},
                                {QStringLiteral("iat"), seconds(nowMs)},
                                {QStringLiteral("jti"), QString::fromLatin1(BearerToken::generate())},
                                {QStringLiteral("merchant_id"), signIn.merchantId},
                                {QStringLiteral("roles"), QJsonArray{roleOf(signIn)}}},
                               signingKey());
    }
    return {BearerToken::digest(*plainToken), kind, signIn.id, expiresMs};
}

bool MerchantAuthority::revokeToken(const QByteArray &digest)
{
    // A rotated refresh token still names its sign-in: revoking it ends that sign-in, as its
    // reuse at the token endpoint would.
    if (const auto rotated = m_rotated.constFind(digest); rotated != m_rotated.constEnd())
        return endSignIn(*rotated);
    const auto token = m_tokens.constFind(digest);
    if (token == m_tokens.constEnd())
        return true;
    // A refresh token stands for the whole sign-in; so does an API client's access token, its
    // sign-in's only token. A portal user's access token goes alone.
    const bool client = m_signIns.value(token->signInId).kind == Store::PrincipalKind::Client;
    if (token->kind == Store::TokenKind::Refresh || client)
        return endSignIn(token->signInId);
    if (!m_store.deleteToken(digest))
        return false;
    m_tokens.remove(digest);
    return true;
}

bool MerchantAuthority::endSignIn(qint64 signInId)
{
    if (!m_store.deleteSignIn(signInId))
        return false;
    forgetSignIns({signInId});
    return true;
}

void MerchantAuthority::forgetSignIns(const QSet<qint64> &signInIds)
{
    m_tokens.removeIf([&signInIds](const auto &entry) { return signInIds.contains(entry.value().signInId); });
    for (const qint64 signInId : signInIds) {
        m_signIns.remove(signInId);
        for (const QByteArray &digest : m_rotatedBySignIn.take(signInId))
            m_rotated.remove(digest);
    }
}

void MerchantAuthority::rememberRotated(const QByteArray &digest, qint64 signInId)
{
    m_rotated.insert(digest, signInId);
    QList<QByteArray> &chain = m_rotatedBySignIn[signInId];
    chain.append(digest);
    while (chain.size() > RotatedTokensKept)
        m_rotated.remove(chain.takeFirst());
}

// Expired tokens, the sign-ins they leave behind and idle failure counters would otherwise
// pile up for as long as the sandbox runs.
void MerchantAuthority::sweepExpired(qint64 nowMs)
{
    if (nowMs < m_nextSweepMs)
        return;
    m_nextSweepMs = nowMs + SweepIntervalMs;
    if (!m_store.deleteExpiredTokens(nowMs)) {
        qCWarning(lcAuth) << "Could not delete expired tokens from the database";
        return;
    }
    m_tokens.removeIf([nowMs](const auto &entry) { return entry.value().expiresEpochMs <= nowMs; });
    QSet<qint64> liveSignIns;
    for (const Store::Token &token : std::as_const(m_tokens))
        liveSignIns.insert(token.signInId);
    QSet<qint64> endedSignIns;
    for (const qint64 signInId : m_signIns.keys()) {
        if (!liveSignIns.contains(signInId))
            endedSignIns.insert(signInId);
    }
    forgetSignIns(endedSignIns);
    m_codes.removeIf([nowMs](const auto &entry) { return entry.value().expiresEpochMs <= nowMs; });
    m_failedPasswords.forgetIdle(nowMs);
    m_failedClientSecrets.forgetIdle(nowMs);
}

} // namespace viopay::sandbox
