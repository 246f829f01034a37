#pragma once

#include "core/FactorySecrets.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace viopay::sandbox {

// The sandbox's persistence: SQLite through Qt Sql (QSQLITE) in WAL mode, a versioned schema,
// every state change in one transaction, demo data seeded into a new database.
// Used from one thread only (the one that opened it), as Qt Sql requires.
class Store {
public:
    // Opens or creates the database at path (":memory:" allowed). A new database, or any database
    // when reset is true, is (re)seeded with CONTRACT.md's demo data. On failure returns nullptr
    // and sets *error to a sentence naming the file and the cause.
    static std::unique_ptr<Store> open(const QString &path, bool reset, QString *error = nullptr);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The schema version this build writes (PRAGMA user_version).
    static constexpr int SchemaVersion = 5;

    // ---- Registry-facing API. Records are plain values; times are UTC epoch milliseconds. ----

    enum class CodeStatus { None, Pending, Used, Expired };
    // "none", "pending", "used", "expired": the contract's words, stored as such too.
    static QString codeStatusName(CodeStatus status);
    enum class PrincipalKind { User, Client };
    enum class TokenKind { Access, Refresh };

    struct Merchant {
        QString id;
        QString name;
        QString host;
    };

    // A device's factory secrets as the sandbox keeps them: with whether support revoked the
    // identity key (POST /sandbox/devices/{id}/revoke-identity-key).
    struct Factory : FactorySecrets {
        bool identityKeyRevoked = false;
    };

    // The key set POST /pos/keys issued last; only the MSK is kept of its keys (config, terminal
    // parameters and activate are sealed or opened with it).
    struct KeySet {
        QString keySetId; // empty: none issued
        qint64 issuedEpochMs = 0;
        qint64 expiresEpochMs = 0;
        QByteArray msk;
        bool revoked = false;
    };

    struct Device {
        QString deviceId;
        QString merchantId;
        QString model;      // as provisioned, never overwritten
        QString os;         // last seen in a User-Agent, empty until then
        QString appVersion; // last seen in a User-Agent, empty until then
        quint64 stateVersion = 0;
        QString pairingCode; // the latest code, empty when none
        CodeStatus codeStatus = CodeStatus::None;
        qint64 codeExpiresEpochMs = 0; // meaningful while a code exists
        qint64 claimedAtEpochMs = 0;   // 0 while not claimed
        QString claimedBy;             // user email or API client id, empty while not claimed
        qint64 activatedAtEpochMs = 0; // 0 while not activated
        QString name;                  // the merchant's label (FLEET.md), empty when none
        QString locationId;            // one of the merchant's locations, empty when none
        qint64 lastSeenEpochMs = 0;    // the last device request, 0 when none; written lazily
        Factory factory;
        KeySet keySet;
    };

    // A portal user (name = email) or an API client (name = client_id) and its PBKDF2 secret hash.
    struct Credential {
        QString name;
        QString merchantId;
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
        QString role = QStringLiteral("admin"); // "admin" or "viewer" (FLEET.md); API clients are admins
    };

    // A merchant's store (FLEET.md).
    struct Location {
        QString id;
        QString merchantId;
        QString name;
        QString address;
    };

    // One line of a device's history (FLEET.md); details is a JSON object as text.
    struct Event {
        qint64 atEpochMs = 0;
        QString type;
        QString actor;
        QString traceId;
        QString details;
    };

    // One sign-in (password grant or client session); the session hangs off it, so a refresh
    // keeps the session.
    struct SignIn {
        qint64 id = 0;
        PrincipalKind kind = PrincipalKind::User;
        QString principal; // email or client_id
        QString merchantId;
        QString sessionHost;    // empty until POST /session/initiate
        qint64 endsEpochMs = 0; // the absolute end: no token of this sign-in outlives it
    };

    // A bearer or refresh token, known only by its SHA-256 digest.
    struct Token {
        QByteArray digest;
        TokenKind kind = TokenKind::Access;
        qint64 signInId = 0;
        qint64 expiresEpochMs = 0;
    };

    // A refresh token already rotated away, kept by digest to recognise its reuse.
    struct RotatedToken {
        QByteArray digest;
        qint64 signInId = 0;
    };

    // Loading, once at start.
    QList<Merchant> merchants() const;
    QList<Device> devices() const;
    QList<Credential> users() const;
    QList<Credential> apiClients() const;
    QList<SignIn> signIns() const;
    QList<Token> tokens() const;
    QList<RotatedToken> rotatedTokens() const; // oldest first
    QList<Location> locations() const;
    // A device's latest events, newest first, at most limit of them.
    QList<Event> events(const QString &deviceId, int limit) const;

    // Fills in the device's factory secrets and key set (both left as they are for a device
    // without them); false when they cannot be read. The registry reads them only for the few
    // requests that use them, rather than holding two keys and an id per device in memory.
    bool loadSecrets(Device &device) const;

    // The newest token-signing key (PKCS#8 PEM); nullopt before one was made.
    std::optional<QByteArray> signingKeyPem() const;

    // Writing: each call is one transaction and returns false (changing nothing) on failure.
    bool insertDevice(const Device &device);          // with its factory secrets and key set
    bool insertDevices(const QList<Device> &devices); // all or none
    bool insertSigningKey(const QByteArray &keyId, const QByteArray &pem, qint64 createdEpochMs);
    // Appends an event to the device's history, dropping its oldest beyond keep.
    bool appendEvent(const QString &deviceId, const Event &event, int keep);
    // Every mutable column of the device row, by device id (not its factory secrets or key set).
    bool updateDevice(const Device &device);
    bool updateDevices(const QList<Device> &devices);
    bool revokeIdentityKey(const QString &deviceId);
    bool saveKeySet(const QString &deviceId, const KeySet &keySet); // replaces the device's key set
    // The device row and its key set's revocation, in one transaction (a release).
    bool updateDeviceRevokingKeySet(const Device &device);
    // Inserts the sign-in (its id is assigned) with its first tokens; nullopt on failure.
    std::optional<qint64> insertSignIn(const SignIn &signIn, const QList<Token> &tokens);
    // Refresh rotation, atomically: the used refresh token goes (its digest kept as rotated, at
    // most rotatedKept per sign-in, the oldest forgotten first), the new tokens come.
    bool rotateTokens(const Token &used, const QList<Token> &issued, int rotatedKept);
    // Ends a sign-in: it goes with its tokens, rotated digests and session.
    bool deleteSignIn(qint64 signInId);
    bool deleteToken(const QByteArray &digest);
    bool setSessionHost(qint64 signInId, const QString &host);
    // Drops tokens expired at nowEpochMs and the sign-ins left without any token.
    bool deleteExpiredTokens(qint64 nowEpochMs);

    // Group commit: between beginBatch() and commitBatch() every write above runs in a savepoint
    // of one transaction, so the changes of many requests share one commit. Whoever batches must
    // answer those requests only after commitBatch() returned true, so no answered change is lost.
    // The transaction begins at the batch's first write: a batch without one costs nothing.
    bool beginBatch();
    bool commitBatch(); // false: the whole batch was rolled back

private:
    Store();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace viopay::sandbox
