#pragma once

#include "PairingRegistry.h"
#include "SecretCheck.h"
#include "SecretHash.h"
#include "SlidingWindowLimit.h"
#include "Store.h"

#include <QHash>
#include <QSet>

namespace viopay::sandbox {

// The merchant side's identities: portal users (password grant, refresh rotation), API clients
// (/client/session), the bearer tokens they get and the session each sign-in initiates.
// Tokens are kept in memory by digest, loaded from and written through to the Store.
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

    explicit MerchantAuthority(Store &store);

    // POST /realms/viopay/protocol/openid-connect/token. Every check that needs no hash comes
    // first; a password to verify comes back as a SecretCheck for the caller to run.
    SignInStart token(const MerchantRequest &request, qint64 nowMs);
    // POST /client/session, likewise.
    SignInStart clientSession(const MerchantRequest &request, qint64 nowMs);
    // POST /realms/viopay/protocol/openid-connect/revoke (RFC 7009).
    SandboxReply revoke(const MerchantRequest &request, qint64 nowMs);

    // The sign-in behind a live access token in the Authorization header; nullopt when missing,
    // malformed, unknown or expired (the caller answers 401/4010).
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

    SignInStart passwordGrant(const QHash<QString, QString> &fields, qint64 nowMs);
    SandboxReply finishPasswordGrant(const QString &username, bool matches, qint64 nowMs);
    SandboxReply finishClientSession(const QString &clientId, bool matches, qint64 nowMs);
    // 429 while the name is locked out by failed attempts; nullopt when it may try.
    std::optional<SandboxReply> passwordLockout(const QString &username, qint64 nowMs) const;
    std::optional<SandboxReply> clientSecretLockout(const QString &clientId, qint64 nowMs) const;
    SandboxReply refreshGrant(const QHash<QString, QString> &fields, qint64 nowMs);
    // Stores a new sign-in with an access token, and a refresh token when refreshToken is given;
    // returns the access token.
    std::optional<QByteArray> signIn(Store::SignIn signIn, qint64 nowMs, QByteArray *refreshToken);
    Store::Token newToken(Store::TokenKind kind, const Store::SignIn &signIn, qint64 nowMs,
                          QByteArray *plainToken) const;
    // Revokes whatever token has this digest (RFC 7009); true also when none has; false when the
    // change could not be stored.
    bool revokeToken(const QByteArray &digest);
    // Ends the sign-in with its tokens, rotated digests and session; false when it could not be stored.
    bool endSignIn(qint64 signInId);
    void forgetSignIns(const QSet<qint64> &signInIds);
    void rememberRotated(const QByteArray &digest, qint64 signInId);
    void sweepExpired(qint64 nowMs);

    Store &m_store;
    QHash<QString, Account> m_users;   // by lower-case email
    QHash<QString, Account> m_clients; // by client_id
    QHash<qint64, Store::SignIn> m_signIns;
    QHash<QByteArray, Store::Token> m_tokens;           // by SHA-256 digest
    QHash<QByteArray, qint64> m_rotated;                // rotated refresh tokens' digests: their sign-in
    QHash<qint64, QList<QByteArray>> m_rotatedBySignIn; // the same, oldest first, to bound and forget
    KeyedSlidingWindowLimit m_failedPasswords;          // by lower-case username
    KeyedSlidingWindowLimit m_failedClientSecrets;      // by client_id, with the password grant's limit
    SecretHash m_decoy; // verified against for unknown names, so timing does not reveal who exists
    qint64 m_nextSweepMs = 0;
};

} // namespace viopay::sandbox
