#include "MerchantAuthority.h"

#include "BearerToken.h"
#include "RequestBody.h"
#include "core/ApiError.h"
#include "core/Clock.h"
#include "core/ErrorCode.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

namespace viopay::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcAuth, "viopay.sandbox.auth")

constexpr char DeskClientId[] = "viopay-desk";
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

// One answer for every refresh token that does not check out, reused ones included, so a thief
// cannot tell a detected reuse from an expired token.
SandboxReply invalidRefreshToken()
{
    return oauthError(401, "invalid_grant", "Invalid or expired refresh token");
}

} // namespace

MerchantAuthority::MerchantAuthority(Store &store)
    : m_store(store)
    , m_failedPasswords(FailedPasswordLimit, FailedPasswordWindowMs, MaxTrackedNames)
    , m_failedClientSecrets(FailedPasswordLimit, FailedPasswordWindowMs, MaxTrackedNames)
    , m_decoy(SecretHash::derive(QStringLiteral("decoy")))
{
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
    if (grantType == QLatin1String("password"))
        return passwordGrant(*fields, nowMs);
    if (grantType == QLatin1String("refresh_token"))
        return refreshGrant(*fields, nowMs);
    return oauthError(400, "unsupported_grant_type", "grant_type must be password or refresh_token");
}

SignInStart MerchantAuthority::passwordGrant(const QHash<QString, QString> &fields, qint64 nowMs)
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
                      fields.value(QStringLiteral("password")), [this, username](bool matches, qint64 finishedMs) {
                          return finishPasswordGrant(username, matches, finishedMs);
                      }};
    return {passwordGrantBusy(), std::move(check)};
}

SandboxReply MerchantAuthority::finishPasswordGrant(const QString &username, bool matches, qint64 nowMs)
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

    QByteArray refreshToken;
    const std::optional<QByteArray> accessToken =
        signIn({0, Store::PrincipalKind::User, username, account->merchantId, QString()}, nowMs, &refreshToken);
    if (!accessToken)
        return oauthError(500, "server_error", "The sign-in could not be stored");
    return tokenReply(*accessToken, refreshToken);
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

SandboxReply MerchantAuthority::refreshGrant(const QHash<QString, QString> &fields, qint64 nowMs)
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
    const Store::Token access = newToken(Store::TokenKind::Access, *signIn, nowMs, &accessToken);
    const Store::Token refresh = newToken(Store::TokenKind::Refresh, *signIn, nowMs, &refreshToken);
    if (!m_store.rotateTokens(*stored, {access, refresh}, RotatedTokensKept))
        return oauthError(500, "server_error", "The refreshed tokens could not be stored");
    m_tokens.remove(presentedDigest);
    rememberRotated(presentedDigest, signInId);
    m_tokens.insert(access.digest, access);
    m_tokens.insert(refresh.digest, refresh);

    return tokenReply(accessToken, refreshToken, secondsRoundedUp(access.expiresEpochMs - nowMs),
                      secondsRoundedUp(refresh.expiresEpochMs - nowMs));
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
                      [this, id = clientId.toString()](bool matches, qint64 finishedMs) {
                          return finishClientSession(id, matches, finishedMs);
                      }};
    return {clientSessionBusy(), std::move(check)};
}

SandboxReply MerchantAuthority::finishClientSession(const QString &clientId, bool matches, qint64 nowMs)
{
    // As for passwords: a limit reached while this check ran holds for it too.
    if (std::optional<SandboxReply> locked = clientSecretLockout(clientId, nowMs))
        return *locked;
    const auto account = m_clients.constFind(clientId);
    if (account == m_clients.constEnd() || !matches) {
        m_failedClientSecrets.record(clientId, nowMs);
        return SandboxReply::error(401, ErrorCode::Unauthorized, QStringLiteral("Invalid client credentials"));
    }

    const std::optional<QByteArray> accessToken =
        signIn({0, Store::PrincipalKind::Client, clientId, account->merchantId, QString()}, nowMs, nullptr);
    if (!accessToken)
        return SandboxReply::error(500, ErrorCode::ServerError, QStringLiteral("Failed to create the client session"));
    return noStore(SandboxReply::json(200, {{QStringLiteral("access_token"), QString::fromLatin1(*accessToken)},
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
        return QStringLiteral("admin");
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

std::optional<QByteArray> MerchantAuthority::signIn(Store::SignIn signIn, qint64 nowMs, QByteArray *refreshToken)
{
    signIn.endsEpochMs = nowMs + SignInMaxLifeMs;
    QByteArray accessToken;
    QList<Store::Token> tokens{newToken(Store::TokenKind::Access, signIn, nowMs, &accessToken)};
    if (refreshToken)
        tokens.append(newToken(Store::TokenKind::Refresh, signIn, nowMs, refreshToken));
    const std::optional<qint64> signInId = m_store.insertSignIn(signIn, tokens);
    if (!signInId)
        return std::nullopt;
    signIn.id = *signInId;
    m_signIns.insert(signIn.id, signIn);
    for (Store::Token &token : tokens) {
        token.signInId = signIn.id;
        m_tokens.insert(token.digest, token);
    }
    return accessToken;
}

Store::Token MerchantAuthority::newToken(Store::TokenKind kind, const Store::SignIn &signIn, qint64 nowMs,
                                         QByteArray *plainToken) const
{
    *plainToken = BearerToken::generate();
    const qint64 life = kind == Store::TokenKind::Refresh ? RefreshLifeMs : AccessLifeMs;
    return {BearerToken::digest(*plainToken), kind, signIn.id, qMin(nowMs + life, signIn.endsEpochMs)};
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
    m_failedPasswords.forgetIdle(nowMs);
    m_failedClientSecrets.forgetIdle(nowMs);
}

} // namespace viopay::sandbox
