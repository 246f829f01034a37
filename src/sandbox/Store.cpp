#include "Store.h"

#include "FactoryFloor.h"
#include "SecretHash.h"
#include "core/DemoData.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <iterator>

#include <sqlite3.h>

namespace viopay::sandbox {

namespace {
Q_LOGGING_CATEGORY(lcStore, "viopay.sandbox.store")

const char *const SchemaV1[] = {
    "CREATE TABLE merchants (id TEXT PRIMARY KEY, name TEXT NOT NULL, host TEXT NOT NULL)",
    "CREATE TABLE users (email TEXT PRIMARY KEY,"
    " merchant_id TEXT NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,"
    " salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL)",
    "CREATE TABLE api_clients (client_id TEXT PRIMARY KEY,"
    " merchant_id TEXT NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,"
    " salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL)",
    "CREATE TABLE devices (device_id TEXT PRIMARY KEY,"
    " merchant_id TEXT NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,"
    " model TEXT NOT NULL, os TEXT NOT NULL DEFAULT '', app_version TEXT NOT NULL DEFAULT '',"
    " state_version INTEGER NOT NULL DEFAULT 0, pairing_code TEXT,"
    " code_status TEXT NOT NULL DEFAULT 'none' CHECK (code_status IN ('none', 'pending', 'used', 'expired')),"
    " code_expires_ms INTEGER, claimed_at_ms INTEGER, claimed_by TEXT)",
    "CREATE INDEX devices_by_merchant ON devices(merchant_id)",
    "CREATE TABLE sign_ins (id INTEGER PRIMARY KEY,"
    " principal_kind TEXT NOT NULL CHECK (principal_kind IN ('user', 'client')), principal TEXT NOT NULL,"
    " merchant_id TEXT NOT NULL REFERENCES merchants(id) ON DELETE CASCADE, session_host TEXT)",
    "CREATE TABLE tokens (digest BLOB PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),"
    " sign_in_id INTEGER NOT NULL REFERENCES sign_ins(id) ON DELETE CASCADE, expires_ms INTEGER NOT NULL)"
    " WITHOUT ROWID",
    "CREATE INDEX tokens_by_sign_in ON tokens(sign_in_id)",
};

// Absolute sign-in life and refresh-token reuse detection. A sign-in of version 1 ends when the
// tokens it has now expire: its start was not recorded.
const char *const SchemaV2[] = {
    "ALTER TABLE sign_ins ADD COLUMN ends_ms INTEGER NOT NULL DEFAULT 0",
    "UPDATE sign_ins SET ends_ms = COALESCE((SELECT MAX(expires_ms) FROM tokens WHERE sign_in_id = sign_ins.id), 0)",
    "CREATE TABLE rotated_tokens (id INTEGER PRIMARY KEY, digest BLOB NOT NULL UNIQUE,"
    " sign_in_id INTEGER NOT NULL REFERENCES sign_ins(id) ON DELETE CASCADE)",
    "CREATE INDEX rotated_tokens_by_sign_in ON rotated_tokens(sign_in_id)",
};

// Activation (ACTIVATION.md): the factory secrets of every device, the key set issued last, and
// the moment a device was activated. Devices of version 2 get their secrets in migrate().
const char *const SchemaV3[] = {
    "ALTER TABLE devices ADD COLUMN activated_at_ms INTEGER",
    "CREATE TABLE factory_secrets (device_id TEXT PRIMARY KEY REFERENCES devices(device_id) ON DELETE CASCADE,"
    " identity_key_id TEXT NOT NULL, identity_secret BLOB NOT NULL, zmk BLOB NOT NULL,"
    " identity_key_revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE key_sets (device_id TEXT PRIMARY KEY REFERENCES devices(device_id) ON DELETE CASCADE,"
    " key_set_id TEXT NOT NULL, issued_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL, msk BLOB NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0)",
};

// The merchant's fleet (FLEET.md): locations, device names and last contact, user roles and every
// device's history. Demo merchants of an older database get their locations and viewer in migrate().
const char *const SchemaV4[] = {
    "CREATE TABLE locations (location_id TEXT PRIMARY KEY,"
    " merchant_id TEXT NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, address TEXT NOT NULL)",
    "ALTER TABLE devices ADD COLUMN name TEXT",
    "ALTER TABLE devices ADD COLUMN location_id TEXT",
    "ALTER TABLE devices ADD COLUMN last_seen_ms INTEGER",
    "ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'admin' CHECK (role IN ('admin', 'viewer'))",
    "CREATE TABLE device_events (id INTEGER PRIMARY KEY,"
    " device_id TEXT NOT NULL REFERENCES devices(device_id) ON DELETE CASCADE, at_ms INTEGER NOT NULL,"
    " type TEXT NOT NULL, actor TEXT NOT NULL, trace_id TEXT NOT NULL, details TEXT NOT NULL)",
    "CREATE INDEX device_events_by_device ON device_events(device_id, id)",
};

// OpenID Connect (SIGN-IN.md): the key that signs access and ID tokens, made on first start and
// kept, so tokens stay verifiable across restarts and relying parties' cached JWKS stay valid.
const char *const SchemaV5[] = {
    "CREATE TABLE signing_keys (kid TEXT PRIMARY KEY, private_key_pem BLOB NOT NULL, created_ms INTEGER NOT NULL)",
};

// Children first, so the foreign keys hold at every step.
const char *const ClearAll[] = {"DELETE FROM device_events",   "DELETE FROM locations", "DELETE FROM rotated_tokens",
                                "DELETE FROM tokens",          "DELETE FROM sign_ins",  "DELETE FROM key_sets",
                                "DELETE FROM factory_secrets", "DELETE FROM devices",   "DELETE FROM users",
                                "DELETE FROM api_clients",     "DELETE FROM merchants"};

Store::CodeStatus codeStatusFromText(const QString &text)
{
    if (text == QLatin1String("pending"))
        return Store::CodeStatus::Pending;
    if (text == QLatin1String("used"))
        return Store::CodeStatus::Used;
    if (text == QLatin1String("expired"))
        return Store::CodeStatus::Expired;
    return Store::CodeStatus::None;
}

// The contract's words (codeStatusName()), as SQLite binds them without a conversion.
const char *codeStatusText(Store::CodeStatus status)
{
    switch (status) {
    case Store::CodeStatus::Pending:
        return "pending";
    case Store::CodeStatus::Used:
        return "used";
    case Store::CodeStatus::Expired:
        return "expired";
    case Store::CodeStatus::None:
        break;
    }
    return "none";
}

QString tokenKindText(Store::TokenKind kind)
{
    return kind == Store::TokenKind::Refresh ? QStringLiteral("refresh") : QStringLiteral("access");
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Qt binds a null QString as SQL NULL; these columns are NOT NULL and default to ''.
QString textNotNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant msOrNull(qint64 epochMs)
{
    return epochMs == 0 ? QVariant() : QVariant(epochMs);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("viopay-sandbox-store-%1").arg(++counter);
}

// SQLite creates a new database as the umask allows (usually world-readable), and gives its WAL
// the database's mode: a file created first as the owner's only keeps both so. An existing file
// keeps the mode its owner chose.
bool createOwnerOnly(const QString &path, QString *cause)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return true;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.exists())
        return true;
    *cause = file.errorString();
    return false;
}
} // namespace

struct Store::Private {
    bool batchOpen = false;  // between beginBatch() and commitBatch()
    bool batchBegun = false; // its transaction is open: begun by the batch's first write only

    QString connectionName;
    QSqlDatabase db;
    // Prepared once and reused: the pairing-code path writes a device row per request.
    sqlite3 *sqlite = nullptr; // db's own connection, for the statements below
    sqlite3_stmt *updateDevice = nullptr;
    sqlite3_stmt *beginStatement = nullptr; // a batch's BEGIN and COMMIT: Qt parses each anew
    sqlite3_stmt *commitStatement = nullptr;
    std::optional<QSqlQuery> insertDevice;
    std::optional<QSqlQuery> insertToken;
    QString lastError;

    bool exec(const QString &sql)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        lastError = query.lastError().text();
        return false;
    }

    bool execAll(const char *const *statements, size_t count)
    {
        for (size_t i = 0; i < count; ++i) {
            if (!exec(QString::fromLatin1(statements[i])))
                return false;
        }
        return true;
    }

    // A batch of reads only (status requests) then costs SQLite nothing.
    bool beginBatchTransaction()
    {
        if (!batchOpen || batchBegun)
            return true;
        if (!stepOnce(beginStatement, "BEGIN")) {
            qCWarning(lcStore) << "Cannot begin a batch:" << lastError;
            return false;
        }
        batchBegun = true;
        return true;
    }

    // Runs a statement without bindings, prepared on first use and kept.
    bool stepOnce(sqlite3_stmt *&statement, const char *sql)
    {
        if (!statement &&
            sqlite3_prepare_v3(sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
            lastError = QString::fromUtf8(sqlite3_errmsg(sqlite));
            return false;
        }
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        if (!done)
            lastError = QString::fromUtf8(sqlite3_errmsg(sqlite));
        sqlite3_reset(statement);
        return done;
    }

    bool run(QSqlQuery &query)
    {
        if (!beginBatchTransaction())
            return false;
        if (query.exec())
            return true;
        lastError = query.lastError().text();
        qCWarning(lcStore) << "Database write failed:" << lastError;
        return false;
    }

    // Runs body inside one transaction; rolls back when it returns false. Inside a batch the body
    // runs in a savepoint of the batch's transaction instead, with the same all-or-nothing effect.
    template <typename Body>
    bool inTransaction(Body body)
    {
        if (batchOpen) {
            if (!beginBatchTransaction() || !exec(QStringLiteral("SAVEPOINT change")))
                return false;
            if (body())
                return exec(QStringLiteral("RELEASE change"));
            exec(QStringLiteral("ROLLBACK TO change"));
            exec(QStringLiteral("RELEASE change"));
            return false;
        }
        if (!db.transaction()) {
            lastError = db.lastError().text();
            qCWarning(lcStore) << "Cannot begin a transaction:" << lastError;
            return false;
        }
        if (!body()) {
            db.rollback();
            return false;
        }
        if (db.commit())
            return true;
        lastError = db.lastError().text();
        qCWarning(lcStore) << "Cannot commit:" << lastError;
        db.rollback();
        return false;
    }

    QSqlQuery prepared(const char *sql)
    {
        QSqlQuery query(db);
        if (!query.prepare(QString::fromLatin1(sql)))
            lastError = query.lastError().text();
        return query;
    }

    int userVersion()
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    bool migrate(int fromVersion)
    {
        if (fromVersion < 1 && !execAll(SchemaV1, std::size(SchemaV1)))
            return false;
        if (fromVersion < 2 && !execAll(SchemaV2, std::size(SchemaV2)))
            return false;
        if (fromVersion < 3 && !(execAll(SchemaV3, std::size(SchemaV3)) && giveFactorySecrets()))
            return false;
        if (fromVersion < 4 && !(execAll(SchemaV4, std::size(SchemaV4)) && seedFleet()))
            return false;
        if (fromVersion < 5 && !execAll(SchemaV5, std::size(SchemaV5)))
            return false;
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::SchemaVersion));
    }

    // The devices of an older database leave the factory now: the demo devices with their derived
    // secrets (so the documented walkthrough works), any other with random ones.
    bool giveFactorySecrets()
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT device_id FROM devices"))) {
            lastError = query.lastError().text();
            return false;
        }
        QStringList deviceIds;
        while (query.next())
            deviceIds.append(query.value(0).toString());
        for (const QString &deviceId : std::as_const(deviceIds)) {
            const FactorySecrets secrets =
                FactoryFloor::isDemoDevice(deviceId) ? FactoryFloor::demo(deviceId) : FactoryFloor::generate(deviceId);
            if (!writeFactory(deviceId, {secrets}))
                return false;
        }
        return true;
    }

    bool writeFactory(const QString &deviceId, const Store::Factory &factory)
    {
        QSqlQuery query = prepared("INSERT INTO factory_secrets (device_id, identity_key_id, identity_secret, zmk,"
                                   " identity_key_revoked) VALUES (?, ?, ?, ?, ?)");
        query.addBindValue(deviceId);
        query.addBindValue(factory.identityKeyId);
        query.addBindValue(factory.identitySecret);
        query.addBindValue(factory.zmk);
        query.addBindValue(int(factory.identityKeyRevoked));
        return run(query);
    }

    bool writeKeySet(const QString &deviceId, const Store::KeySet &keySet)
    {
        QSqlQuery query = prepared("INSERT OR REPLACE INTO key_sets (device_id, key_set_id, issued_ms, expires_ms,"
                                   " msk, revoked) VALUES (?, ?, ?, ?, ?, ?)");
        query.addBindValue(deviceId);
        query.addBindValue(keySet.keySetId);
        query.addBindValue(keySet.issuedEpochMs);
        query.addBindValue(keySet.expiresEpochMs);
        query.addBindValue(keySet.msk);
        query.addBindValue(int(keySet.revoked));
        return run(query);
    }

    bool insertMerchant(const char *id, const char *name)
    {
        QSqlQuery query = prepared("INSERT INTO merchants (id, name, host) VALUES (?, ?, ?)");
        query.addBindValue(QString::fromLatin1(id));
        query.addBindValue(QString::fromLatin1(name));
        query.addBindValue(QStringLiteral("merchant.viopay.io"));
        return run(query);
    }

    // The demo locations and viewer, for whichever demo merchant the database holds: none while a
    // new database is migrated (seed() calls this again), both after a reset.
    bool seedFleet()
    {
        using namespace DemoData;
        QSqlQuery location = prepared("INSERT OR IGNORE INTO locations (location_id, merchant_id, name, address)"
                                      " SELECT ?, id, ?, ? FROM merchants WHERE id = ?");
        for (const DemoData::Location &demo : Locations) {
            location.bindValue(0, QString::fromLatin1(demo.id));
            location.bindValue(1, QString::fromLatin1(demo.name));
            location.bindValue(2, QString::fromLatin1(demo.address));
            location.bindValue(3, QString::fromLatin1(demo.merchantId));
            if (!run(location))
                return false;
        }
        QSqlQuery merchant = prepared("SELECT 1 FROM merchants WHERE id = ?");
        merchant.addBindValue(QString::fromLatin1(CafeLumen.id));
        if (!run(merchant) || !merchant.next())
            return true;
        return insertCredential("users", "email", CafeLumenViewer, CafeLumen.id, Password, "viewer");
    }

    bool insertCredential(const char *table, const char *nameColumn, const char *name, const char *merchantId,
                          const char *secret, const char *role = nullptr)
    {
        const SecretHash hash = SecretHash::derive(QString::fromLatin1(secret));
        QSqlQuery query(db);
        if (role) {
            query.prepare(QStringLiteral("INSERT OR IGNORE INTO users (email, merchant_id, salt, hash, iterations, "
                                         "role) VALUES (?, ?, ?, ?, ?, ?)"));
            query.bindValue(5, QString::fromLatin1(role));
        } else {
            query.prepare(
                QStringLiteral("INSERT INTO %1 (%2, merchant_id, salt, hash, iterations) VALUES (?, ?, ?, ?, ?)")
                    .arg(QLatin1String(table), QLatin1String(nameColumn)));
        }
        query.bindValue(0, QString::fromLatin1(name));
        query.bindValue(1, QString::fromLatin1(merchantId));
        query.bindValue(2, hash.salt());
        query.bindValue(3, hash.hash());
        query.bindValue(4, hash.iterations());
        return run(query);
    }

    bool seedDevice(const QString &deviceId, const char *merchantId, const char *model)
    {
        Store::Device device;
        device.deviceId = deviceId;
        device.merchantId = QString::fromLatin1(merchantId);
        device.model = QString::fromLatin1(model);
        device.factory = {FactoryFloor::demo(deviceId)};
        return writeNewDevice(device) && writeFactory(deviceId, device.factory);
    }

    // CONTRACT.md "Sandbox demo data", exactly.
    bool seed()
    {
        using namespace DemoData;
        if (!insertMerchant(CafeLumen.id, CafeLumen.name) || !insertMerchant(HarborBooks.id, HarborBooks.name))
            return false;
        if (!insertCredential("users", "email", CafeLumenUser, CafeLumen.id, Password) ||
            !insertCredential("users", "email", HarborBooksUser, HarborBooks.id, Password) ||
            !insertCredential("api_clients", "client_id", ApiClientId, CafeLumen.id, ApiClientSecret))
            return false;
        if (!seedDevice(QLatin1String(DeviceId), CafeLumen.id, Model))
            return false;
        for (int i = 0; i < RoomDevices; ++i) {
            const QString deviceId =
                QLatin1String(RoomDevicePrefix) + QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            if (!seedDevice(deviceId, CafeLumen.id, Models[i % ModelCount]))
                return false;
        }
        return seedDevice(QLatin1String(HarborBooksDeviceId), HarborBooks.id, HarborBooksModel) && seedFleet();
    }

    bool writeNewDevice(const Store::Device &device)
    {
        if (!insertDevice) {
            insertDevice = prepared(
                "INSERT INTO devices (device_id, merchant_id, model, os, app_version, state_version, pairing_code,"
                " code_status, code_expires_ms, claimed_at_ms, claimed_by, activated_at_ms, name, location_id,"
                " last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        QSqlQuery &query = *insertDevice;
        query.bindValue(0, device.deviceId);
        query.bindValue(1, device.merchantId);
        query.bindValue(2, device.model);
        query.bindValue(3, textNotNull(device.os));
        query.bindValue(4, textNotNull(device.appVersion));
        query.bindValue(5, static_cast<qint64>(device.stateVersion));
        query.bindValue(6, textOrNull(device.pairingCode));
        query.bindValue(7, Store::codeStatusName(device.codeStatus));
        query.bindValue(8, device.pairingCode.isEmpty() ? QVariant() : QVariant(device.codeExpiresEpochMs));
        query.bindValue(9, msOrNull(device.claimedAtEpochMs));
        query.bindValue(10, textOrNull(device.claimedBy));
        query.bindValue(11, msOrNull(device.activatedAtEpochMs));
        query.bindValue(12, textOrNull(device.name));
        query.bindValue(13, textOrNull(device.locationId));
        query.bindValue(14, msOrNull(device.lastSeenEpochMs));
        return run(query);
    }

    // Binds text without a copy: the caller's QString outlives the statement's step.
    static int bindText(sqlite3_stmt *statement, int index, const QString &text, bool emptyIsNull)
    {
        if (emptyIsNull && text.isEmpty())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
    }

    static int bindMs(sqlite3_stmt *statement, int index, qint64 epochMs, bool present)
    {
        return present ? sqlite3_bind_int64(statement, index, epochMs) : sqlite3_bind_null(statement, index);
    }

    bool sqliteFailed(const char *what)
    {
        lastError = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(sqlite)));
        qCWarning(lcStore) << "Database write failed:" << lastError;
        return false;
    }

    // The pairing-code path writes a device row per request. Through SQLite's own interface:
    // QSqlQuery::bindValue formats and hashes a placeholder name per value, which cost as much
    // as the write itself.
    bool writeDevice(const Store::Device &device)
    {
        if (!beginBatchTransaction())
            return false;
        if (!updateDevice &&
            sqlite3_prepare_v3(sqlite,
                               "UPDATE devices SET os = ?1, app_version = ?2, state_version = ?3, pairing_code = ?4,"
                               " code_status = ?5, code_expires_ms = ?6, claimed_at_ms = ?7, claimed_by = ?8,"
                               " activated_at_ms = ?10, name = ?11, location_id = ?12, last_seen_ms = ?13"
                               " WHERE device_id = ?9",
                               -1, SQLITE_PREPARE_PERSISTENT, &updateDevice, nullptr) != SQLITE_OK)
            return sqliteFailed("cannot prepare the device update");
        const bool bound =
            bindText(updateDevice, 1, device.os, false) == SQLITE_OK &&
            bindText(updateDevice, 2, device.appVersion, false) == SQLITE_OK &&
            sqlite3_bind_int64(updateDevice, 3, static_cast<qint64>(device.stateVersion)) == SQLITE_OK &&
            bindText(updateDevice, 4, device.pairingCode, true) == SQLITE_OK &&
            sqlite3_bind_text(updateDevice, 5, codeStatusText(device.codeStatus), -1, SQLITE_STATIC) == SQLITE_OK &&
            bindMs(updateDevice, 6, device.codeExpiresEpochMs, !device.pairingCode.isEmpty()) == SQLITE_OK &&
            bindMs(updateDevice, 7, device.claimedAtEpochMs, device.claimedAtEpochMs != 0) == SQLITE_OK &&
            bindText(updateDevice, 8, device.claimedBy, true) == SQLITE_OK &&
            bindText(updateDevice, 9, device.deviceId, false) == SQLITE_OK &&
            bindMs(updateDevice, 10, device.activatedAtEpochMs, device.activatedAtEpochMs != 0) == SQLITE_OK &&
            bindText(updateDevice, 11, device.name, true) == SQLITE_OK &&
            bindText(updateDevice, 12, device.locationId, true) == SQLITE_OK &&
            bindMs(updateDevice, 13, device.lastSeenEpochMs, device.lastSeenEpochMs != 0) == SQLITE_OK;
        const int stepped = bound ? sqlite3_step(updateDevice) : SQLITE_MISUSE;
        const bool written = stepped == SQLITE_DONE;
        if (!written)
            sqliteFailed("cannot update the device"); // before the reset, which clears the message
        sqlite3_reset(updateDevice);
        sqlite3_clear_bindings(updateDevice); // no pointer into the caller's strings stays behind
        if (!written)
            return false;
        if (sqlite3_changes(sqlite) == 1)
            return true;
        lastError = QStringLiteral("no device %1").arg(device.deviceId);
        qCWarning(lcStore) << "Database write failed:" << lastError;
        return false;
    }

    bool writeToken(const Store::Token &token)
    {
        if (!insertToken)
            insertToken = prepared("INSERT INTO tokens (digest, kind, sign_in_id, expires_ms) VALUES (?, ?, ?, ?)");
        QSqlQuery &query = *insertToken;
        query.bindValue(0, token.digest);
        query.bindValue(1, tokenKindText(token.kind));
        query.bindValue(2, token.signInId);
        query.bindValue(3, token.expiresEpochMs);
        return run(query);
    }

    QList<Store::Credential> credentials(const char *sql)
    {
        QList<Store::Credential> result;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.exec(QString::fromLatin1(sql));
        while (query.next()) {
            result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray(),
                           query.value(3).toByteArray(), query.value(4).toInt(), query.value(5).toString()});
        }
        return result;
    }

    // How many events each device has, counted on a device's first append and kept from then on,
    // so trimming a history costs a DELETE only once it is over its cap.
    QHash<QString, int> eventCounts;
    std::optional<QSqlQuery> insertEvent;

    std::optional<int> eventCount(const QString &deviceId)
    {
        const auto known = eventCounts.constFind(deviceId);
        if (known != eventCounts.constEnd())
            return *known;
        QSqlQuery query = prepared("SELECT COUNT(*) FROM device_events WHERE device_id = ?");
        query.addBindValue(deviceId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toInt();
    }

    bool writeEvent(const QString &deviceId, const Store::Event &event)
    {
        if (!insertEvent) {
            insertEvent = prepared("INSERT INTO device_events (device_id, at_ms, type, actor, trace_id, details)"
                                   " VALUES (?, ?, ?, ?, ?, ?)");
        }
        QSqlQuery &query = *insertEvent;
        query.bindValue(0, deviceId);
        query.bindValue(1, event.atEpochMs);
        query.bindValue(2, event.type);
        query.bindValue(3, event.actor);
        query.bindValue(4, textNotNull(event.traceId));
        query.bindValue(5, textNotNull(event.details));
        return run(query);
    }

    bool dropOldestEvents(const QString &deviceId, int count)
    {
        QSqlQuery query = prepared("DELETE FROM device_events WHERE id IN (SELECT id FROM device_events"
                                   " WHERE device_id = ? ORDER BY id LIMIT ?)");
        query.addBindValue(deviceId);
        query.addBindValue(count);
        return run(query);
    }
};

Store::Store()
    : d(std::make_unique<Private>())
{}

Store::~Store()
{
    // Before the connection closes, which they would keep open.
    sqlite3_finalize(d->updateDevice);
    sqlite3_finalize(d->beginStatement);
    sqlite3_finalize(d->commitStatement);
    d->insertDevice.reset();
    d->insertToken.reset();
    d->insertEvent.reset();
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

std::unique_ptr<Store> Store::open(const QString &path, bool reset, QString *error)
{
    std::unique_ptr<Store> store(new Store());
    Private &p = *store->d;
    const auto fail = [&](const QString &cause) -> std::unique_ptr<Store> {
        if (error)
            *error = QStringLiteral("Cannot open the sandbox database \"%1\": %2").arg(path, cause);
        return nullptr;
    };

    if (QString cause; !createOwnerOnly(path, &cause))
        return fail(cause);
    p.connectionName = nextConnectionName();
    p.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), p.connectionName);
    if (!p.db.isValid())
        return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    p.db.setDatabaseName(path);
    // Held exclusively (below), so waiting for another holder would only delay the error.
    p.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    if (!p.db.open())
        return fail(p.db.lastError().text());
    const QVariant handle = p.db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(QStringLiteral("the Qt SQLite driver gives no SQLite connection"));
    p.sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    // The registry keeps the working state in memory, so one process must own the file: exclusive
    // locking makes a second sandbox on the same file fail here, and it spares every transaction
    // its file-lock system calls (set before WAL, so no shared-memory index is used either).
    // WAL with synchronous=NORMAL: a committed transaction survives a process kill, and a commit
    // costs no fsync on the request path.
    // The schema's CHECK constraints stay for other writers, but this connection skips them: it
    // binds every checked column from an enum, and SQLite evaluated "code_status IN (...)" through
    // a temporary b-tree opened and closed for each device row written, a third of that write.
    if (!p.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) ||
        !p.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !p.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) || !p.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !p.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
        return fail(p.lastError);

    const int version = p.userVersion();
    if (version < 0)
        return fail(QStringLiteral("it is not an SQLite database"));
    if (version > SchemaVersion)
        return fail(
            QStringLiteral("it has schema version %1, newer than this program's %2").arg(version).arg(SchemaVersion));

    const bool fresh = version == 0;
    const bool ready = p.inTransaction([&] {
        if (!p.migrate(version))
            return false;
        if (!fresh && !reset)
            return true;
        return p.execAll(ClearAll, std::size(ClearAll)) && p.seed();
    });
    if (!ready)
        return fail(p.lastError);
    return store;
}

QString Store::codeStatusName(CodeStatus status)
{
    return QString::fromLatin1(codeStatusText(status));
}

QList<Store::Merchant> Store::merchants() const
{
    QList<Merchant> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name, host FROM merchants ORDER BY id"));
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

QList<Store::Device> Store::devices() const
{
    QList<Device> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT d.device_id, d.merchant_id, d.model, d.os, d.app_version, d.state_version, d.pairing_code,"
        " d.code_status, d.code_expires_ms, d.claimed_at_ms, d.claimed_by, d.activated_at_ms, f.identity_key_id,"
        " f.identity_secret, f.zmk, f.identity_key_revoked, k.key_set_id, k.issued_ms, k.expires_ms, k.msk, k.revoked,"
        " d.name, d.location_id, d.last_seen_ms"
        " FROM devices d LEFT JOIN factory_secrets f ON f.device_id = d.device_id"
        " LEFT JOIN key_sets k ON k.device_id = d.device_id"));
    while (query.next()) {
        Device device;
        device.deviceId = query.value(0).toString();
        device.merchantId = query.value(1).toString();
        device.model = query.value(2).toString();
        device.os = query.value(3).toString();
        device.appVersion = query.value(4).toString();
        device.stateVersion = static_cast<quint64>(query.value(5).toLongLong());
        device.pairingCode = query.value(6).toString();
        device.codeStatus = codeStatusFromText(query.value(7).toString());
        device.codeExpiresEpochMs = query.value(8).toLongLong();
        device.claimedAtEpochMs = query.value(9).toLongLong();
        device.claimedBy = query.value(10).toString();
        device.activatedAtEpochMs = query.value(11).toLongLong();
        device.factory = {{query.value(12).toString(), query.value(13).toByteArray(), query.value(14).toByteArray()},
                          query.value(15).toBool()};
        device.keySet = {query.value(16).toString(), query.value(17).toLongLong(), query.value(18).toLongLong(),
                         query.value(19).toByteArray(), query.value(20).toBool()};
        device.name = query.value(21).toString();
        device.locationId = query.value(22).toString();
        device.lastSeenEpochMs = query.value(23).toLongLong();
        result.append(std::move(device));
    }
    return result;
}

bool Store::loadSecrets(Device &device) const
{
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT f.identity_key_id, f.identity_secret, f.zmk, f.identity_key_revoked, k.key_set_id, k.issued_ms,"
        " k.expires_ms, k.msk, k.revoked FROM factory_secrets f LEFT JOIN key_sets k ON k.device_id = f.device_id"
        " WHERE f.device_id = ?"));
    query.addBindValue(device.deviceId);
    if (!query.exec())
        return false;
    if (!query.next())
        return true;
    device.factory = {{query.value(0).toString(), query.value(1).toByteArray(), query.value(2).toByteArray()},
                      query.value(3).toBool()};
    device.keySet = {query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toLongLong(),
                     query.value(7).toByteArray(), query.value(8).toBool()};
    return true;
}

QList<Store::Credential> Store::users() const
{
    return d->credentials("SELECT email, merchant_id, salt, hash, iterations, role FROM users");
}

QList<Store::Credential> Store::apiClients() const
{
    return d->credentials("SELECT client_id, merchant_id, salt, hash, iterations, 'admin' FROM api_clients");
}

QList<Store::SignIn> Store::signIns() const
{
    QList<SignIn> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.exec(
        QStringLiteral("SELECT id, principal_kind, principal, merchant_id, session_host, ends_ms FROM sign_ins"));
    while (query.next()) {
        const PrincipalKind kind =
            query.value(1).toString() == QLatin1String("client") ? PrincipalKind::Client : PrincipalKind::User;
        result.append({query.value(0).toLongLong(), kind, query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toLongLong()});
    }
    return result;
}

QList<Store::Token> Store::tokens() const
{
    QList<Token> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT digest, kind, sign_in_id, expires_ms FROM tokens"));
    while (query.next()) {
        const TokenKind kind =
            query.value(1).toString() == QLatin1String("refresh") ? TokenKind::Refresh : TokenKind::Access;
        result.append({query.value(0).toByteArray(), kind, query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    return result;
}

QList<Store::RotatedToken> Store::rotatedTokens() const
{
    QList<RotatedToken> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT digest, sign_in_id FROM rotated_tokens ORDER BY id"));
    while (query.next())
        result.append({query.value(0).toByteArray(), query.value(1).toLongLong()});
    return result;
}

std::optional<QByteArray> Store::signingKeyPem() const
{
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT private_key_pem FROM signing_keys ORDER BY created_ms DESC LIMIT 1")) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

bool Store::insertSigningKey(const QByteArray &keyId, const QByteArray &pem, qint64 createdEpochMs)
{
    return d->inTransaction([&] {
        QSqlQuery query = d->prepared("INSERT INTO signing_keys (kid, private_key_pem, created_ms) VALUES (?, ?, ?)");
        query.addBindValue(QString::fromLatin1(keyId));
        query.addBindValue(pem);
        query.addBindValue(createdEpochMs);
        return d->run(query);
    });
}

bool Store::insertDevice(const Device &device)
{
    return d->inTransaction([&] {
        return d->writeNewDevice(device) && d->writeFactory(device.deviceId, device.factory) &&
               (device.keySet.keySetId.isEmpty() || d->writeKeySet(device.deviceId, device.keySet));
    });
}

bool Store::insertDevices(const QList<Device> &devices)
{
    return d->inTransaction([&] {
        for (const Device &device : devices) {
            if (!d->writeNewDevice(device) || !d->writeFactory(device.deviceId, device.factory))
                return false;
        }
        return true;
    });
}

QList<Store::Location> Store::locations() const
{
    QList<Location> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT location_id, merchant_id, name, address FROM locations ORDER BY location_id"));
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()});
    }
    return result;
}

QList<Store::Event> Store::events(const QString &deviceId, int limit) const
{
    QList<Event> result;
    QSqlQuery query = d->prepared("SELECT at_ms, type, actor, trace_id, details FROM device_events"
                                  " WHERE device_id = ? ORDER BY id DESC LIMIT ?");
    query.setForwardOnly(true);
    query.addBindValue(deviceId);
    query.addBindValue(limit);
    query.exec();
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString()});
    }
    return result;
}

bool Store::appendEvent(const QString &deviceId, const Event &event, int keep)
{
    const std::optional<int> count = d->eventCount(deviceId);
    if (!count)
        return false;
    const int over = *count + 1 - keep;
    // One statement is atomic by itself: the transaction is only for a history at its cap.
    const bool written = over <= 0 ? d->writeEvent(deviceId, event) : d->inTransaction([&] {
        return d->writeEvent(deviceId, event) && d->dropOldestEvents(deviceId, over);
    });
    if (written)
        d->eventCounts.insert(deviceId, qMin(*count + 1, keep));
    return written;
}

bool Store::revokeIdentityKey(const QString &deviceId)
{
    QSqlQuery query = d->prepared("UPDATE factory_secrets SET identity_key_revoked = 1 WHERE device_id = ?");
    query.addBindValue(deviceId);
    return d->run(query) && query.numRowsAffected() == 1;
}

bool Store::saveKeySet(const QString &deviceId, const KeySet &keySet)
{
    return d->writeKeySet(deviceId, keySet);
}

bool Store::updateDeviceRevokingKeySet(const Device &device)
{
    return d->inTransaction([&] {
        QSqlQuery query = d->prepared("UPDATE key_sets SET revoked = 1 WHERE device_id = ?");
        query.addBindValue(device.deviceId);
        return d->writeDevice(device) && d->run(query);
    });
}

bool Store::updateDevice(const Device &device)
{
    return d->writeDevice(device);
}

bool Store::updateDevices(const QList<Device> &devices)
{
    return d->inTransaction([&] {
        for (const Device &device : devices) {
            if (!d->writeDevice(device))
                return false;
        }
        return true;
    });
}

std::optional<qint64> Store::insertSignIn(const SignIn &signIn, const QList<Token> &tokens)
{
    qint64 signInId = 0;
    const bool written = d->inTransaction([&] {
        QSqlQuery query = d->prepared("INSERT INTO sign_ins (principal_kind, principal, merchant_id, session_host,"
                                      " ends_ms) VALUES (?, ?, ?, ?, ?)");
        query.addBindValue(signIn.kind == PrincipalKind::Client ? QStringLiteral("client") : QStringLiteral("user"));
        query.addBindValue(signIn.principal);
        query.addBindValue(signIn.merchantId);
        query.addBindValue(textOrNull(signIn.sessionHost));
        query.addBindValue(signIn.endsEpochMs);
        if (!d->run(query))
            return false;
        signInId = query.lastInsertId().toLongLong();
        for (Token token : tokens) {
            token.signInId = signInId;
            if (!d->writeToken(token))
                return false;
        }
        return true;
    });
    if (!written)
        return std::nullopt;
    return signInId;
}

bool Store::rotateTokens(const Token &used, const QList<Token> &issued, int rotatedKept)
{
    return d->inTransaction([&] {
        QSqlQuery query = d->prepared("DELETE FROM tokens WHERE digest = ?");
        query.addBindValue(used.digest);
        if (!d->run(query))
            return false;
        QSqlQuery rotated = d->prepared("INSERT INTO rotated_tokens (digest, sign_in_id) VALUES (?, ?)");
        rotated.addBindValue(used.digest);
        rotated.addBindValue(used.signInId);
        if (!d->run(rotated))
            return false;
        QSqlQuery oldest = d->prepared("DELETE FROM rotated_tokens WHERE id IN (SELECT id FROM rotated_tokens"
                                       " WHERE sign_in_id = ? ORDER BY id DESC LIMIT -1 OFFSET ?)");
        oldest.addBindValue(used.signInId);
        oldest.addBindValue(rotatedKept);
        if (!d->run(oldest))
            return false;
        for (const Token &token : issued) {
            if (!d->writeToken(token))
                return false;
        }
        return true;
    });
}

bool Store::deleteSignIn(qint64 signInId)
{
    QSqlQuery query = d->prepared("DELETE FROM sign_ins WHERE id = ?");
    query.addBindValue(signInId);
    return d->run(query);
}

bool Store::deleteToken(const QByteArray &digest)
{
    QSqlQuery query = d->prepared("DELETE FROM tokens WHERE digest = ?");
    query.addBindValue(digest);
    return d->run(query);
}

bool Store::setSessionHost(qint64 signInId, const QString &host)
{
    QSqlQuery query = d->prepared("UPDATE sign_ins SET session_host = ? WHERE id = ?");
    query.addBindValue(host);
    query.addBindValue(signInId);
    return d->run(query);
}

bool Store::deleteExpiredTokens(qint64 nowEpochMs)
{
    return d->inTransaction([&] {
        QSqlQuery tokens = d->prepared("DELETE FROM tokens WHERE expires_ms <= ?");
        tokens.addBindValue(nowEpochMs);
        if (!d->run(tokens))
            return false;
        return d->exec(QStringLiteral("DELETE FROM sign_ins WHERE id NOT IN (SELECT sign_in_id FROM tokens)"));
    });
}

bool Store::beginBatch()
{
    d->batchOpen = true;
    return true;
}

bool Store::commitBatch()
{
    const bool begun = d->batchBegun;
    d->batchOpen = false;
    d->batchBegun = false;
    if (!begun || d->stepOnce(d->commitStatement, "COMMIT"))
        return true;
    qCWarning(lcStore) << "Cannot commit a batch:" << d->lastError;
    d->db.rollback();
    return false;
}

} // namespace viopay::sandbox
