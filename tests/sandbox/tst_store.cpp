#include "crypto/Hmac.h"
#include "sandbox/FactoryFloor.h"
#include "sandbox/SecretHash.h"
#include "sandbox/Store.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using viopay::sandbox::FactoryFloor;
using viopay::sandbox::SecretHash;
using viopay::sandbox::Store;

namespace {
std::unique_ptr<Store> openStore(const QString &path, bool reset = false)
{
    QString error;
    std::unique_ptr<Store> store = Store::open(path, reset, &error);
    if (!store)
        qWarning() << error;
    return store;
}

Store::Device newDevice(const char *deviceId, const char *merchantId)
{
    Store::Device device;
    device.deviceId = QString::fromLatin1(deviceId);
    device.merchantId = QString::fromLatin1(merchantId);
    device.model = QStringLiteral("PAX-A920");
    device.factory = {FactoryFloor::generate(device.deviceId)};
    return device;
}

std::optional<Store::Device> findDevice(const Store &store, const QString &deviceId)
{
    for (const Store::Device &device : store.devices()) {
        if (device.deviceId == deviceId)
            return device;
    }
    return std::nullopt;
}

// The permission bits of a file, -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}

// Runs one statement on a separate connection to the file, as another process would.
QVariant scalar(const QString &path, const QString &sql);

// Back to the version 3 schema, without the fleet (FLEET.md) and the token-signing key
// (SIGN-IN.md), as an older sandbox left the file.
void dropTheFleet(const QString &path)
{
    scalar(path, QStringLiteral("DROP TABLE signing_keys"));
    scalar(path, QStringLiteral("DROP TABLE device_events"));
    scalar(path, QStringLiteral("DROP TABLE locations"));
    scalar(path, QStringLiteral("ALTER TABLE devices DROP COLUMN name"));
    scalar(path, QStringLiteral("ALTER TABLE devices DROP COLUMN location_id"));
    scalar(path, QStringLiteral("ALTER TABLE devices DROP COLUMN last_seen_ms"));
    scalar(path, QStringLiteral("DELETE FROM users WHERE email = 'viewer@cafe-lumen.test'"));
    scalar(path, QStringLiteral("ALTER TABLE users DROP COLUMN role"));
    scalar(path, QStringLiteral("PRAGMA user_version = 3"));
}

QVariant scalar(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspector"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspector"));
    return result;
}
} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedsTheContractDemoData();
    void seededDevices_data();
    void seededDevices();
    void credentialsAreSaltedPbkdf2();
    void fileIsWalWithTheCurrentSchemaVersion();
    void filesAreTheOwnersOnly();
    void oneStorePerFile();
    void migratesAnEmptyVersionZeroDatabase();
    void migratesAVersionOneDatabase();
    void migratesAVersionTwoDatabase();
    void migratesAVersionThreeDatabase();
    void migratesAVersionFourDatabaseAndKeepsTheSigningKey();
    void factorySecretsKeySetsAndActivationRoundTrip();
    void refusesANewerSchema();
    void reportsAnUnopenablePath();
    void keepsChangesAcrossReopen();
    void resetReseeds();
    void deviceRoundTrip();
    void codeStatusesAreStoredAsTheContractWords_data();
    void codeStatusesAreStoredAsTheContractWords();
    void updateOfUnknownDeviceFails();
    void batchesCommitWhatTheyWrote();
    void foreignKeysAreEnforced();
    void signInsAndTokens();
    void deleteExpiredTokensDropsOrphanSignIns();
    void rotatedDigestsAreBoundedPerSignIn();
    void deletingASignInTakesItsTokensAndDigests();
    void twoStoresAtOnce();
};

void TestStore::seedsTheContractDemoData()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    const QList<Store::Merchant> merchants = store->merchants();
    QCOMPARE(merchants.size(), 2);
    QCOMPARE(merchants[0].id, QStringLiteral("MRC-1001"));
    QCOMPARE(merchants[0].name, QStringLiteral("Cafe Lumen"));
    QCOMPARE(merchants[0].host, QStringLiteral("merchant.viopay.io"));
    QCOMPARE(merchants[1].id, QStringLiteral("MRC-2002"));
    QCOMPARE(merchants[1].name, QStringLiteral("Harbor Books"));
    QCOMPARE(merchants[1].host, QStringLiteral("merchant.viopay.io"));

    QHash<QString, QString> userMerchants;
    for (const Store::Credential &user : store->users())
        userMerchants.insert(user.name, user.merchantId);
    QCOMPARE(userMerchants,
             (QHash<QString, QString>{{QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("MRC-1001")},
                                      {QStringLiteral("viewer@cafe-lumen.test"), QStringLiteral("MRC-1001")},
                                      {QStringLiteral("desk@harbor-books.test"), QStringLiteral("MRC-2002")}}));
    QHash<QString, QString> roles;
    for (const Store::Credential &user : store->users())
        roles.insert(user.name, user.role);
    QCOMPARE(roles.value(QStringLiteral("viewer@cafe-lumen.test")), QStringLiteral("viewer"));
    QCOMPARE(roles.value(QStringLiteral("ops@cafe-lumen.test")), QStringLiteral("admin"));
    QStringList locations;
    for (const Store::Location &location : store->locations())
        locations.append(location.id + QLatin1Char(' ') + location.merchantId + QLatin1Char(' ') + location.name);
    QCOMPARE(locations, (QStringList{QStringLiteral("LOC-1001-HARB MRC-1001 Harbour Kiosk"),
                                     QStringLiteral("LOC-1001-MAIN MRC-1001 Main Street"),
                                     QStringLiteral("LOC-2002-MAIN MRC-2002 Harbor Books")}));
    const QList<Store::Credential> clients = store->apiClients();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients[0].name, QStringLiteral("cafe-lumen-desk"));
    QCOMPARE(clients[0].merchantId, QStringLiteral("MRC-1001"));

    QCOMPARE(store->devices().size(), 12);
    QVERIFY(store->signIns().isEmpty());
    QVERIFY(store->tokens().isEmpty());
}

void TestStore::seededDevices_data()
{
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("merchantId");
    QTest::addColumn<QString>("model");

    QTest::newRow("seed's device") << "POS-8F3A2C91"
                                   << "MRC-1001"
                                   << "PAX-A920";
    const char *const models[] = {"PAX-A920", "Sunmi-P2", "Ingenico-AXIUM"};
    for (int i = 0; i < 10; ++i) {
        const QString id = QStringLiteral("POS-1A2B3C%1").arg(i, 2, 10, QLatin1Char('0'));
        QTest::newRow(qPrintable(id)) << id << "MRC-1001" << QString::fromLatin1(models[i % 3]);
    }
    QTest::newRow("Harbor Books") << "POS-0BADF00D"
                                  << "MRC-2002"
                                  << "Sunmi-P2";
}

void TestStore::seededDevices()
{
    QFETCH(QString, deviceId);
    QFETCH(QString, merchantId);
    QFETCH(QString, model);
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    const std::optional<Store::Device> device = findDevice(*store, deviceId);
    QVERIFY(device);
    QCOMPARE(device->merchantId, merchantId);
    QCOMPARE(device->model, model);
    QCOMPARE(device->codeStatus, Store::CodeStatus::None);
    QCOMPARE(device->stateVersion, quint64(0));
    QVERIFY(device->pairingCode.isEmpty());
    QCOMPARE(device->claimedAtEpochMs, qint64(0));
    QVERIFY(device->os.isEmpty());
}

void TestStore::credentialsAreSaltedPbkdf2()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    QList<Store::Credential> all = store->users() + store->apiClients();
    QCOMPARE(all.size(), 4);
    QSet<QByteArray> salts;
    for (const Store::Credential &credential : all) {
        const SecretHash hash = SecretHash::fromStored(credential.salt, credential.hash, credential.iterations);
        const QString secret = credential.name == QLatin1String("cafe-lumen-desk")
                                   ? QStringLiteral("sandbox-secret-1001")
                                   : QStringLiteral("pairing-demo");
        QVERIFY(hash.matches(secret));
        QVERIFY(!hash.matches(secret + QLatin1Char('x')));
        QCOMPARE(credential.iterations, SecretHash::DefaultIterations);
        salts.insert(credential.salt);
    }
    QCOMPARE(salts.size(), 4);
}

void TestStore::fileIsWalWithTheCurrentSchemaVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    QVERIFY(openStore(path));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::SchemaVersion);
}

void TestStore::filesAreTheOwnersOnly()
{
    // They hold password and token hashes: no other account on the machine may copy them.
    const mode_t previousUmask = ::umask(022); // the usual one, which leaves new files world-readable
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    const auto store = openStore(path);
    ::umask(previousUmask);
    QVERIFY(store);
    QVERIFY(store->insertDevice(newDevice("POS-ABCDEF01", "MRC-1001"))); // the WAL now holds a change
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    // Exclusive locking keeps the WAL index in memory; were there a -shm file, it would be the owner's only.
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")) || modeOf(path + QStringLiteral("-shm")) == 0600);
}

void TestStore::oneStorePerFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    const auto owner = openStore(path);
    QVERIFY(owner);
    QString error;
    QVERIFY(!Store::open(path, false, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(owner->updateDevice(owner->devices().first()));
}

void TestStore::migratesAnEmptyVersionZeroDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 0); // creates an empty file
    const auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(store->devices().size(), 12);
}

void TestStore::migratesAVersionOneDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->insertSignIn({0, Store::PrincipalKind::User, QStringLiteral("ops@cafe-lumen.test"),
                                     QStringLiteral("MRC-1001"), QString()},
                                    {{QByteArray(32, 'a'), Store::TokenKind::Access, 0, 1000},
                                     {QByteArray(32, 'r'), Store::TokenKind::Refresh, 0, 5000}}));
    }
    // Back to the version 1 schema, as an older sandbox left the file.
    dropTheFleet(path);
    scalar(path, QStringLiteral("DROP TABLE key_sets"));
    scalar(path, QStringLiteral("DROP TABLE factory_secrets"));
    scalar(path, QStringLiteral("ALTER TABLE devices DROP COLUMN activated_at_ms"));
    scalar(path, QStringLiteral("DROP TABLE rotated_tokens"));
    scalar(path, QStringLiteral("ALTER TABLE sign_ins DROP COLUMN ends_ms"));
    scalar(path, QStringLiteral("PRAGMA user_version = 1"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);

    {
        const auto store = openStore(path);
        QVERIFY(store);
        const QList<Store::SignIn> signIns = store->signIns();
        QCOMPARE(signIns.size(), 1);
        QCOMPARE(signIns[0].endsEpochMs, qint64(5000)); // it ends with the tokens it has
        QCOMPARE(store->tokens().size(), 2);
        QVERIFY(store->rotatedTokens().isEmpty());
    }
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::SchemaVersion);
}

void TestStore::migratesAVersionTwoDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->insertDevice(newDevice("POS-ABCDEF01", "MRC-1001")));
        Store::Device claimed = *findDevice(*store, QStringLiteral("POS-1A2B3C03"));
        claimed.claimedAtEpochMs = 1765636000123;
        claimed.claimedBy = QStringLiteral("ops@cafe-lumen.test");
        QVERIFY(store->updateDevice(claimed));
    }
    // Back to the version 2 schema, as an older sandbox left the file.
    dropTheFleet(path);
    scalar(path, QStringLiteral("DROP TABLE key_sets"));
    scalar(path, QStringLiteral("DROP TABLE factory_secrets"));
    scalar(path, QStringLiteral("ALTER TABLE devices DROP COLUMN activated_at_ms"));
    scalar(path, QStringLiteral("PRAGMA user_version = 2"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 2);

    QList<Store::Device> devices;
    {
        const auto store = openStore(path);
        QVERIFY(store);
        devices = store->devices();
    }
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::SchemaVersion);
    QCOMPARE(devices.size(), 13);
    for (const Store::Device &device : devices) {
        QCOMPARE(device.factory.identityKeyId, QStringLiteral("idk-%1-01").arg(device.deviceId));
        QCOMPARE(device.factory.identitySecret.size(), 32);
        QCOMPARE(device.factory.zmk.size(), 32);
        QVERIFY(!device.factory.identityKeyRevoked);
        QVERIFY(device.keySet.keySetId.isEmpty());
        QCOMPARE(device.activatedAtEpochMs, qint64(0));
        // The demo devices get the documented derivation, any other random secrets.
        const QByteArray derived =
            viopay::crypto::Hmac::sha256("viopay-sandbox-identity-secret", device.deviceId.toLatin1());
        QCOMPARE(device.factory.identitySecret == derived, device.deviceId != QLatin1String("POS-ABCDEF01"));
    }
    const auto claimed = std::find_if(devices.cbegin(), devices.cend(), [](const Store::Device &device) {
        return device.deviceId == QLatin1String("POS-1A2B3C03");
    });
    QCOMPARE(claimed->claimedBy, QStringLiteral("ops@cafe-lumen.test"));
}

void TestStore::migratesAVersionThreeDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        Store::Device claimed = *findDevice(*store, QStringLiteral("POS-1A2B3C03"));
        claimed.claimedAtEpochMs = 1765636000123;
        QVERIFY(store->updateDevice(claimed));
    }
    dropTheFleet(path);
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 2);
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->locations().size(), 3);
        QCOMPARE(store->users().size(), 3); // the demo viewer joins the demo merchant
        const Store::Device device = *findDevice(*store, QStringLiteral("POS-1A2B3C03"));
        QCOMPARE(device.claimedAtEpochMs, qint64(1765636000123));
        QVERIFY(device.name.isEmpty());
        QCOMPARE(device.lastSeenEpochMs, qint64(0));
        QVERIFY(store->events(device.deviceId, 10).isEmpty());
        for (const Store::Credential &user : store->users())
            QCOMPARE(user.role, user.name.startsWith(QLatin1String("viewer@")) ? QStringLiteral("viewer")
                                                                               : QStringLiteral("admin"));
    }
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::SchemaVersion);
}

// Version 5 adds the token-signing key; none until the sandbox makes one, then the newest is used
// and a reset of the demo data keeps it (tokens issued before stay verifiable).
void TestStore::migratesAVersionFourDatabaseAndKeepsTheSigningKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
    }
    scalar(path, QStringLiteral("DROP TABLE signing_keys"));
    scalar(path, QStringLiteral("PRAGMA user_version = 4"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(!store->signingKeyPem());
        QVERIFY(store->insertSigningKey("kid-old", "old pem", 1000));
        QVERIFY(store->insertSigningKey("kid-new", "new pem", 2000));
        QVERIFY(!store->insertSigningKey("kid-new", "again", 3000)); // a kid names one key
        QCOMPARE(store->signingKeyPem(), std::optional<QByteArray>("new pem"));
    }
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Store::SchemaVersion);
    const auto reset = Store::open(path, true);
    QVERIFY(reset);
    QCOMPARE(reset->signingKeyPem(), std::optional<QByteArray>("new pem"));
}

void TestStore::factorySecretsKeySetsAndActivationRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    const Store::KeySet keySet{QStringLiteral("ks-0123456789ABCDEF"), 1765636000000, 1797172000000, QByteArray(32, 'm'),
                               false};
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->revokeIdentityKey(QStringLiteral("POS-1A2B3C02")));
        QVERIFY(!store->revokeIdentityKey(QStringLiteral("POS-00000000")));
        QVERIFY(store->saveKeySet(QStringLiteral("POS-1A2B3C02"), keySet));
        Store::Device device = *findDevice(*store, QStringLiteral("POS-1A2B3C02"));
        device.activatedAtEpochMs = 1765636001000;
        QVERIFY(store->updateDevice(device));
    }
    {
        const auto store = openStore(path);
        QVERIFY(store);
        Store::Device device = *findDevice(*store, QStringLiteral("POS-1A2B3C02"));
        QVERIFY(device.factory.identityKeyRevoked);
        QCOMPARE(device.keySet.keySetId, keySet.keySetId);
        QCOMPARE(device.keySet.issuedEpochMs, keySet.issuedEpochMs);
        QCOMPARE(device.keySet.expiresEpochMs, keySet.expiresEpochMs);
        QCOMPARE(device.keySet.msk, keySet.msk);
        QVERIFY(!device.keySet.revoked);
        QCOMPARE(device.activatedAtEpochMs, qint64(1765636001000));
        QVERIFY(!findDevice(*store, QStringLiteral("POS-1A2B3C03"))->factory.identityKeyRevoked);
        // The registry holds devices without their secrets and reads them when it needs them.
        Store::Device bare;
        bare.deviceId = QStringLiteral("POS-1A2B3C02");
        QVERIFY(store->loadSecrets(bare));
        QCOMPARE(bare.factory.identityKeyId, device.factory.identityKeyId);
        QCOMPARE(bare.factory.identitySecret, device.factory.identitySecret);
        QCOMPARE(bare.factory.zmk, device.factory.zmk);
        QVERIFY(bare.factory.identityKeyRevoked);
        QCOMPARE(bare.keySet.keySetId, keySet.keySetId);
        QCOMPARE(bare.keySet.msk, keySet.msk);
        device.activatedAtEpochMs = 0;
        QVERIFY(store->updateDeviceRevokingKeySet(device));
    }
    const auto store = openStore(path);
    const Store::Device device = *findDevice(*store, QStringLiteral("POS-1A2B3C02"));
    QVERIFY(device.keySet.revoked);
    QCOMPARE(device.activatedAtEpochMs, qint64(0));
}

void TestStore::refusesANewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    scalar(path, QStringLiteral("PRAGMA user_version = 99"));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 99);
    QString error;
    QVERIFY(!Store::open(path, false, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
}

void TestStore::reportsAnUnopenablePath()
{
    const QString path = QStringLiteral("/nonexistent-directory/for/sure/sandbox.db");
    QString error;
    QVERIFY(!Store::open(path, false, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestStore::keepsChangesAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->insertDevice(newDevice("POS-ABCDEF01", "MRC-2002")));
    }
    const auto reopened = openStore(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->devices().size(), 13);
    QVERIFY(findDevice(*reopened, QStringLiteral("POS-ABCDEF01")));
}

void TestStore::resetReseeds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->insertDevice(newDevice("POS-ABCDEF01", "MRC-2002")));
        Store::Device device = *findDevice(*store, QStringLiteral("POS-8F3A2C91"));
        device.stateVersion = 7;
        QVERIFY(store->updateDevice(device));
        QVERIFY(store->insertSignIn({0, Store::PrincipalKind::User, QStringLiteral("ops@cafe-lumen.test"),
                                     QStringLiteral("MRC-1001"), QString()},
                                    {{QByteArray(32, 'a'), Store::TokenKind::Access, 0, 1}}));
    }
    const auto reset = openStore(path, true);
    QVERIFY(reset);
    QCOMPARE(reset->devices().size(), 12);
    QCOMPARE(findDevice(*reset, QStringLiteral("POS-8F3A2C91"))->stateVersion, quint64(0));
    QVERIFY(reset->signIns().isEmpty());
    QVERIFY(reset->tokens().isEmpty());
    QCOMPARE(reset->users().size(), 3);
}

void TestStore::deviceRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    Store::Device written;
    {
        const auto store = openStore(path);
        QVERIFY(store);
        written = *findDevice(*store, QStringLiteral("POS-1A2B3C02"));
        written.os = QStringLiteral("Android 12");
        written.appVersion = QStringLiteral("1.4.2");
        written.stateVersion = 42;
        written.pairingCode = QStringLiteral("K7M3NP");
        written.codeStatus = Store::CodeStatus::Used;
        written.codeExpiresEpochMs = 1765636230000;
        written.claimedAtEpochMs = 1765636000123;
        written.claimedBy = QStringLiteral("ops@cafe-lumen.test");
        QVERIFY(store->updateDevice(written));
    }
    const auto store = openStore(path);
    QVERIFY(store);
    const Store::Device read = *findDevice(*store, QStringLiteral("POS-1A2B3C02"));
    QCOMPARE(read.model, QStringLiteral("Ingenico-AXIUM"));
    QCOMPARE(read.os, written.os);
    QCOMPARE(read.appVersion, written.appVersion);
    QCOMPARE(read.stateVersion, written.stateVersion);
    QCOMPARE(read.pairingCode, written.pairingCode);
    QCOMPARE(read.codeStatus, written.codeStatus);
    QCOMPARE(read.codeExpiresEpochMs, written.codeExpiresEpochMs);
    QCOMPARE(read.claimedAtEpochMs, written.claimedAtEpochMs);
    QCOMPARE(read.claimedBy, written.claimedBy);
}

void TestStore::codeStatusesAreStoredAsTheContractWords_data()
{
    QTest::addColumn<Store::CodeStatus>("status");
    QTest::addColumn<QString>("word");
    QTest::newRow("none") << Store::CodeStatus::None << QStringLiteral("none");
    QTest::newRow("pending") << Store::CodeStatus::Pending << QStringLiteral("pending");
    QTest::newRow("used") << Store::CodeStatus::Used << QStringLiteral("used");
    QTest::newRow("expired") << Store::CodeStatus::Expired << QStringLiteral("expired");
}

// The Store's own connection skips the schema's CHECK constraints (they cost the device update a
// temporary b-tree per row): the words it writes must be the contract's all the same, and the file
// keeps refusing any other word from any other writer.
void TestStore::codeStatusesAreStoredAsTheContractWords()
{
    QFETCH(Store::CodeStatus, status);
    QFETCH(QString, word);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        Store::Device device = *findDevice(*store, QStringLiteral("POS-1A2B3C02"));
        device.pairingCode = QStringLiteral("K7M3NP");
        device.codeStatus = status;
        device.codeExpiresEpochMs = 1765636230000;
        QVERIFY(store->updateDevice(device));
        QCOMPARE(Store::codeStatusName(status), word);
    }
    QCOMPARE(
        scalar(path, QStringLiteral("SELECT code_status FROM devices WHERE device_id = 'POS-1A2B3C02'")).toString(),
        word);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM devices WHERE device_id = 'POS-1A2B3C02'"
                                         " AND code_status IN ('none', 'pending', 'used', 'expired')"))
                 .toInt(),
             1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            !query.exec(QStringLiteral("UPDATE devices SET code_status = 'lost' WHERE device_id = 'POS-1A2B3C02'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    const auto store = openStore(path);
    QVERIFY(store);
    QCOMPARE(findDevice(*store, QStringLiteral("POS-1A2B3C02"))->codeStatus, status);
}

void TestStore::updateOfUnknownDeviceFails()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    Store::Device ghost;
    ghost.deviceId = QStringLiteral("POS-00000000");
    QVERIFY(!store->updateDevice(ghost));
    QVERIFY(!store->updateDevices({*findDevice(*store, QStringLiteral("POS-8F3A2C91")), ghost}));
    QCOMPARE(findDevice(*store, QStringLiteral("POS-8F3A2C91"))->stateVersion, quint64(0));
}

// A batch begins its transaction at its first write (a batch of status reads costs nothing);
// every write of a batch is kept once it commits, and the next batch begins its own.
void TestStore::batchesCommitWhatTheyWrote()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    {
        const auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->beginBatch());
        QVERIFY(store->commitBatch());

        Store::Device device = *findDevice(*store, QStringLiteral("POS-8F3A2C91"));
        Store::Device ghost;
        ghost.deviceId = QStringLiteral("POS-00000000");
        QVERIFY(store->beginBatch());
        device.stateVersion = 3;
        QVERIFY(store->updateDevice(device));
        QVERIFY(!store->updateDevice(ghost));
        QVERIFY(store->insertDevice(newDevice("POS-ABCDEF01", "MRC-2002")));
        QVERIFY(store->commitBatch());

        QVERIFY(store->beginBatch());
        device.stateVersion = 4;
        QVERIFY(store->updateDevice(device));
        QVERIFY(store->commitBatch());
    }
    const auto reopened = openStore(path);
    QVERIFY(reopened);
    QCOMPARE(findDevice(*reopened, QStringLiteral("POS-8F3A2C91"))->stateVersion, quint64(4));
    QVERIFY(findDevice(*reopened, QStringLiteral("POS-ABCDEF01")));
}

void TestStore::foreignKeysAreEnforced()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    QVERIFY(!store->insertDevice(newDevice("POS-ABCDEF01", "MRC-9999")));
    QVERIFY(!store->insertDevice(newDevice("POS-8F3A2C91", "MRC-1001")));
    QCOMPARE(store->devices().size(), 12);
}

void TestStore::signInsAndTokens()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    const QByteArray access(32, 'a');
    const QByteArray refresh(32, 'r');
    const QByteArray rotated(32, 'n');
    qint64 signInId = 0;
    {
        const auto store = openStore(path);
        QVERIFY(store);
        const std::optional<qint64> id = store->insertSignIn(
            {0, Store::PrincipalKind::User, QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("MRC-1001"),
             QString(), 9000},
            {{access, Store::TokenKind::Access, 0, 1000}, {refresh, Store::TokenKind::Refresh, 0, 2000}});
        QVERIFY(id);
        signInId = *id;
        QVERIFY(store->setSessionHost(signInId, QStringLiteral("merchant.viopay.io")));
        QVERIFY(store->rotateTokens({refresh, Store::TokenKind::Refresh, signInId, 2000},
                                    {{rotated, Store::TokenKind::Refresh, signInId, 3000}}, 10));
    }
    const auto store = openStore(path);
    QVERIFY(store);
    const QList<Store::SignIn> signIns = store->signIns();
    QCOMPARE(signIns.size(), 1);
    QCOMPARE(signIns[0].id, signInId);
    QCOMPARE(signIns[0].kind, Store::PrincipalKind::User);
    QCOMPARE(signIns[0].principal, QStringLiteral("ops@cafe-lumen.test"));
    QCOMPARE(signIns[0].sessionHost, QStringLiteral("merchant.viopay.io"));
    QCOMPARE(signIns[0].endsEpochMs, qint64(9000));
    const QList<Store::RotatedToken> rotatedAway = store->rotatedTokens();
    QCOMPARE(rotatedAway.size(), 1);
    QCOMPARE(rotatedAway[0].digest, refresh);
    QCOMPARE(rotatedAway[0].signInId, signInId);
    QHash<QByteArray, Store::Token> tokens;
    for (const Store::Token &token : store->tokens())
        tokens.insert(token.digest, token);
    QCOMPARE(tokens.size(), 2);
    QVERIFY(!tokens.contains(refresh));
    QCOMPARE(tokens.value(access).kind, Store::TokenKind::Access);
    QCOMPARE(tokens.value(access).signInId, signInId);
    QCOMPARE(tokens.value(rotated).kind, Store::TokenKind::Refresh);
    QCOMPARE(tokens.value(rotated).expiresEpochMs, qint64(3000));
}

void TestStore::deleteExpiredTokensDropsOrphanSignIns()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    const auto shortLived = store->insertSignIn(
        {0, Store::PrincipalKind::Client, QStringLiteral("cafe-lumen-desk"), QStringLiteral("MRC-1001"), QString()},
        {{QByteArray(32, 'c'), Store::TokenKind::Access, 0, 1000}});
    const auto longLived = store->insertSignIn(
        {0, Store::PrincipalKind::User, QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("MRC-1001"), QString()},
        {{QByteArray(32, 'a'), Store::TokenKind::Access, 0, 1000},
         {QByteArray(32, 'r'), Store::TokenKind::Refresh, 0, 5000}});
    QVERIFY(shortLived && longLived);
    QVERIFY(store->deleteExpiredTokens(1000));
    const QList<Store::SignIn> signIns = store->signIns();
    QCOMPARE(signIns.size(), 1);
    QCOMPARE(signIns[0].id, *longLived);
    const QList<Store::Token> tokens = store->tokens();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens[0].digest, QByteArray(32, 'r'));
}

void TestStore::rotatedDigestsAreBoundedPerSignIn()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    const auto other = store->insertSignIn({0, Store::PrincipalKind::User, QStringLiteral("desk@harbor-books.test"),
                                            QStringLiteral("MRC-2002"), QString()},
                                           {{QByteArray(32, 'x'), Store::TokenKind::Refresh, 0, 5000}});
    const auto signInId = store->insertSignIn(
        {0, Store::PrincipalKind::User, QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("MRC-1001"), QString()},
        {{QByteArray(32, '0'), Store::TokenKind::Refresh, 0, 5000}});
    QVERIFY(other && signInId);
    QVERIFY(store->rotateTokens({QByteArray(32, 'x'), Store::TokenKind::Refresh, *other, 5000},
                                {{QByteArray(32, 'y'), Store::TokenKind::Refresh, *other, 5000}}, 2));
    for (char generation = '0'; generation < '4'; ++generation) {
        QVERIFY(store->rotateTokens(
            {QByteArray(32, generation), Store::TokenKind::Refresh, *signInId, 5000},
            {{QByteArray(32, char(generation + 1)), Store::TokenKind::Refresh, *signInId, 5000}}, 2));
    }
    const QList<Store::RotatedToken> rotated = store->rotatedTokens();
    QCOMPARE(rotated.size(), 3); // the other sign-in's one, and this one's newest two, oldest first
    QCOMPARE(rotated[0].digest, QByteArray(32, 'x'));
    QCOMPARE(rotated[1].digest, QByteArray(32, '2'));
    QCOMPARE(rotated[2].digest, QByteArray(32, '3'));
    QCOMPARE(rotated[2].signInId, *signInId);
}

void TestStore::deletingASignInTakesItsTokensAndDigests()
{
    const auto store = openStore(QStringLiteral(":memory:"));
    QVERIFY(store);
    const auto client = store->insertSignIn(
        {0, Store::PrincipalKind::Client, QStringLiteral("cafe-lumen-desk"), QStringLiteral("MRC-1001"), QString()},
        {{QByteArray(32, 'c'), Store::TokenKind::Access, 0, 1000}});
    const auto user = store->insertSignIn(
        {0, Store::PrincipalKind::User, QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("MRC-1001"), QString()},
        {{QByteArray(32, 'a'), Store::TokenKind::Access, 0, 1000},
         {QByteArray(32, 'r'), Store::TokenKind::Refresh, 0, 5000}});
    QVERIFY(client && user);
    QVERIFY(store->rotateTokens({QByteArray(32, 'r'), Store::TokenKind::Refresh, *user, 5000},
                                {{QByteArray(32, 's'), Store::TokenKind::Refresh, *user, 5000}}, 10));

    QVERIFY(store->deleteToken(QByteArray(32, 'a')));
    QCOMPARE(store->tokens().size(), 2);
    QVERIFY(store->deleteSignIn(*user));
    QCOMPARE(store->signIns().size(), 1);
    QCOMPARE(store->signIns().constFirst().id, *client);
    QCOMPARE(store->tokens().size(), 1);
    QCOMPARE(store->tokens().constFirst().digest, QByteArray(32, 'c'));
    QVERIFY(store->rotatedTokens().isEmpty());
}

void TestStore::twoStoresAtOnce()
{
    const auto first = openStore(QStringLiteral(":memory:"));
    const auto second = openStore(QStringLiteral(":memory:"));
    QVERIFY(first && second);
    QVERIFY(first->insertDevice(newDevice("POS-ABCDEF01", "MRC-2002")));
    QCOMPARE(first->devices().size(), 13);
    QCOMPARE(second->devices().size(), 12);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
