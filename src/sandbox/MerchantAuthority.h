#pragma once

#include "AuthorizationRequest.h"
#include "PairingRegistry.h"
#include "SecretCheck.h"
#include "SecretHash.h"
#include "SlidingWindowLimit.h"
#include "Store.h"
#include "crypto/SigningKey.h"

#include <QHash>
#include <QSet>

#include <future>
#include <optional>

namespace viopay::sandbox {

// The merchant side's identities: portal users (browser sign-in with the authorization code flow
// and PKCE, password grant, refresh rotation), API clients (/client/session), the bearer tokens
// they get and the session each sign-in initiates: the sandbox as an OpenID Connect provider
// (SIGN-IN.md). Access tokens are RS256 JWTs signed with a key made on first start and kept in
// the Store; every token is also kept in memory by digest, loaded from and written through to
// the Store, which is what makes revocation hold for a JWT that would still verify.
class MerchantAuthority {
public:
    static constexpr qint64 AccessLifeMs = 15 * 60 * 1000;
    static constexpr qint64 RefreshLifeMs = 8 * 60 * 60 * 1000;
    // Keycloak's "SSO Session Max": refreshes cannot extend a sign-in beyond this.
    static constexpr qint64 SignInMaxLifeMs = 10 * 60 * 60 * 1000;
    // Rotated refresh-token digests kept per sign-in for reuse detection: a refresh every 15 min
    // for 10 h is 40; a client refreshing faster loses detection of its oldest ones only.
    static constexpr int RotatedTokensKept = 100;
    // Both for portal users' passwords and API clients' secrets.
    static constexpr int FailedPasswordLimit = 5;
    static constexpr qint64 FailedPasswordWindowMs = 15 * 60 * 1000;
    static constexpr qint64 AuthorizationCodeLifeMs = 60 * 1000;
    static constexpr char ApiAudience[] = "viopay-api";

    // Loads the signing key, or makes and stores one (at nowMs) when the database has none.
    MerchantAuthority(Store &store, qint64 nowMs);

    // GET {issuer}/.well-known/openid-configuration.
    static SandboxReply openIdConfiguration(const QString &issuer);
    // GET .../protocol/openid-connect/certs: the public signing key (RFC 7517).
    SandboxReply jwks() const;
    // GET .../protocol/openid-connect/auth: the login page; a request that cannot go on gets an
    // error page (client or redirect URI not trusted) or goes back to the client with an error.
    SandboxReply authorize(const MerchantRequest &request) const;
    // POST of the login form: a password to verify comes back as a SecretCheck, as for token().
    SignInStart authorizeForm(const MerchantRequest &request, qint64 nowMs);
    // GET or POST .../protocol/openid-connect/logout (OpenID Connect RP-Initiated Logout): ends the
    // sign-in its id_token_hint names.
    SandboxReply endSession(const MerchantRequest &request, qint64 nowMs);

    // POST /realms/viopay/protocol/openid-connect/token (authorization_code, password,
    // refresh_token). Every check that needs no hash comes first; a password to verify comes
    // back as a SecretCheck for the caller to run.
    SignInStart token(const MerchantRequest &request, qint64 nowMs);
    // POST /client/session, likewise.
    SignInStart clientSession(const MerchantRequest &request, qint64 nowMs);
    // POST /realms/viopay/protocol/openid-connect/revoke (RFC 7009).
    SandboxReply revoke(const MerchantRequest &request, qint64 nowMs);

    // The sign-in behind a live access token in the Authorization header: a JWT with this key's
    // signature, audience viopay-api and an exp still ahead, and not revoked; nullopt otherwise
    // (the caller answers 401/4010).
    std::optional<Store::SignIn> signInFor(const std::optional<QByteArray> &authorization, qint64 nowMs) const;
    // Records the initiated session; false when it could not be stored.
    bool initiateSession(qint64 signInId, const QString &host);
    // The sign-in's role (FLEET.md): a user's "admin" or "viewer"; API clients are admins.
    QString roleOf(const Store::SignIn &signIn) const;

private:
    struct Account {
        SecretHash secret;
        QString merchantId;
        QString role;
    };
    // A code handed out by the login form: what it was issued for, and once redeemed the sign-in
    // it started, ended should the code come back (RFC 6749 section 4.1.2).
    struct AuthorizationCode {
        AuthorizationRequest request;
        QString username;
        QString merchantId;
        qint64 expiresEpochMs = 0;
        bool redeemed = false;
        qint64 signInId = 0; // 0: none started
    };
    // What a new sign-in hands out.
    struct Issued {
        Store::SignIn signIn;
        QByteArray accessToken;
        QByteArray refreshToken; // empty unless asked for
    };

    SignInStart passwordGrant(const QHash<QString, QString> &fields, const QString &issuer, qint64 nowMs);
    SandboxReply finishPasswordGrant(const QString &username, const QString &issuer, bool matches, qint64 nowMs);
    SandboxReply finishClientSession(const QString &clientId, const QString &issuer, bool matches, qint64 nowMs);
    SandboxReply codeGrant(const QHash<QString, QString> &fields, const QString &issuer, qint64 nowMs);
    SandboxReply finishLogin(const AuthorizationRequest &request, const QString &username, bool matches, qint64 nowMs);
    QByteArray idToken(const AuthorizationCode &code, const Store::SignIn &signIn, const QString &issuer,
                       qint64 nowMs) const;
    // 429 while the name is locked out by failed attempts; nullopt when it may try.
    std::optional<SandboxReply> passwordLockout(const QString &username, qint64 nowMs) const;
    std::optional<SandboxReply> clientSecretLockout(const QString &clientId, qint64 nowMs) const;
    SandboxReply refreshGrant(const QHash<QString, QString> &fields, const QString &issuer, qint64 nowMs);
    // Stores a new sign-in with an access token, and a refresh token when asked for.
    std::optional<Issued> signIn(Store::SignIn signIn, const QString &issuer, qint64 nowMs, bool withRefresh);
    // An access token is a JWT; a refresh token is random. Either is kept by its digest.
    Store::Token newToken(Store::TokenKind kind, const Store::SignIn &signIn, const QString &issuer, qint64 nowMs,
                          QByteArray *plainToken) const;
    // Revokes whatever token has this digest (RFC 7009); true also when none has; false when the
    // change could not be stored.
    bool revokeToken(const QByteArray &digest);
    // Ends the sign-in with its tokens, rotated digests and session; false when it could not be stored.
    bool endSignIn(qint64 signInId);
    void forgetSignIns(const QSet<qint64> &signInIds);
    void rememberRotated(const QByteArray &digest, qint64 signInId);
    void sweepExpired(qint64 nowMs);

    // The tokens' signing key: the stored one, or one made in the background on a first start
    // and stored when a request first needs it (a sandbox that signs nothing never waits for it).
    const crypto::SigningKey &signingKey() const;

    Store &m_store;
    QHash<QString, Account> m_users;   // by lower-case email
    QHash<QString, Account> m_clients; // by client_id
    QHash<qint64, Store::SignIn> m_signIns;
    QHash<QByteArray, Store::Token> m_tokens;           // by SHA-256 digest
    QHash<QByteArray, qint64> m_rotated;                // rotated refresh tokens' digests: their sign-in
    QHash<qint64, QList<QByteArray>> m_rotatedBySignIn; // the same, oldest first, to bound and forget
    KeyedSlidingWindowLimit m_failedPasswords;          // by lower-case username
    KeyedSlidingWindowLimit m_failedClientSecrets;      // by client_id, with the password grant's limit
    QHash<QByteArray, AuthorizationCode> m_codes;       // by SHA-256 digest
    mutable std::optional<crypto::SigningKey> m_key;
    mutable std::future<std::optional<crypto::SigningKey>> m_keyBeingMade;
    qint64 m_keyMadeMs;
    SecretHash m_decoy; // verified against for unknown names, so timing does not reveal who exists
    qint64 m_nextSweepMs = 0;
};

} // namespace viopay::sandbox
