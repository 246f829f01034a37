#include "SandboxReplies.h"

#include "core/Clock.h"
#include "core/PairingCode.h"
#include "sandbox/PairingRegistry.h"
#include "sandbox/SecretHash.h"
#include "sandbox/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace viopay;
using namespace viopay::sandbox;

namespace {
const QByteArray SeedDevice = "POS-8F3A2C91";
const QByteArray HarborDevice = "POS-0BADF00D";
const QByteArray SeedUserAgent = "Viopay-POS/1.4.2 (Android 12; PAX-A920)";
const QString Ops = QStringLiteral("ops@cafe-lumen.test");
const QString Harbor = QStringLiteral("desk@harbor-books.test");
const QString DemoPassword = QStringLiteral("pairing-demo");
const QByteArray Absent = "<absent>";

std::optional<QByteArray> header(const QByteArray &value)
{
    return value == Absent ? std::nullopt : std::optional<QByteArray>(value);
}

PosHeaders pos(const QByteArray &deviceId = SeedDevice, const QByteArray &userAgent = SeedUserAgent)
{
    return {deviceId, userAgent, QByteArray("pos")};
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

MerchantRequest formRequest(const QByteArray &body)
{
    return {std::nullopt, QByteArray("application/x-www-form-urlencoded"), body, std::nullopt};
}

MerchantRequest jsonRequest(const QByteArray &authorization, const QJsonObject &body)
{
    return {authorization, QByteArray("application/json"), jsonBytes(body), std::nullopt};
}

MerchantRequest passwordRequest(const QString &username, const QString &password)
{
    return formRequest(form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                             {QStringLiteral("client_id"), QStringLiteral("viopay-desk")},
                             {QStringLiteral("username"), username},
                             {QStringLiteral("password"), password}}));
}

MerchantRequest refreshRequest(const QString &refreshToken)
{
    return formRequest(form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                             {QStringLiteral("client_id"), QStringLiteral("viopay-desk")},
                             {QStringLiteral("refresh_token"), refreshToken}}));
}

QByteArray bearer(const SandboxReply &tokenReply)
{
    return "Bearer " + tokenReply.body.value(QStringLiteral("access_token")).toString().toLatin1();
}

QString refreshTokenOf(const SandboxReply &tokenReply)
{
    return tokenReply.body.value(QStringLiteral("refresh_token")).toString();
}

MerchantRequest revokeRequest(const QString &token, const QString &hint = QString())
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("token"), token},
                                          {QStringLiteral("client_id"), QStringLiteral("viopay-desk")}};
    if (!hint.isEmpty())
        fields.append({QStringLiteral("token_type_hint"), hint});
    return formRequest(form(fields));
}

// A sandbox on a TestClock; the database is in memory unless a path is given.
struct Sandbox {
    explicit Sandbox(const QString &path = QStringLiteral(":memory:"), TestClock *sharedClock = nullptr)
        : clock(sharedClock ? *sharedClock : ownClock)
        , store(Store::open(path, false))
        , registry(std::make_unique<PairingRegistry>(*store, clock))
    {}

    // Signs in (password grant) and, when asked, initiates the session; returns the Authorization value.
    QByteArray signIn(const QString &user = Ops, bool initiate = true)
    {
        const SandboxReply token = registry->token(passwordRequest(user, DemoPassword));
        const QByteArray authorization = bearer(token);
        if (initiate)
            registry->initiateSession(
                jsonRequest(authorization, {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
        return authorization;
    }

    QString newCode(const QByteArray &deviceId = SeedDevice)
    {
        return sentBody(registry->requestPairingCode(pos(deviceId))).value(QStringLiteral("pairing_code")).toString();
    }

    SandboxReply claim(const QByteArray &authorization, const QString &code)
    {
        return registry->claim(jsonRequest(authorization, {{QStringLiteral("pairing_code"), code}}));
    }

    QJsonObject status(const QByteArray &deviceId = SeedDevice) { return registry->status(pos(deviceId)).body; }

    QJsonObject adminDevice(const QString &deviceId)
    {
        for (const QJsonValue device : registry->state().body.value(QStringLiteral("devices")).toArray()) {
            if (device[QStringLiteral("device_id")].toString() == deviceId)
                return device.toObject();
        }
        return {};
    }

    TestClock ownClock;
    TestClock &clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<PairingRegistry> registry;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a statement on a second connection to the file, as another process would.
bool execOnFile(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drill"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drill"));
    return ok;
}
} // namespace

enum class PosCall { Bootstrap, PairingCode, Status };
Q_DECLARE_METATYPE(PosCall)

class TestPairingRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void posHeaderChecks_data();
    void posHeaderChecks();
    void bootstrapAnswersServerTime();
    void userAgentIsRememberedButModelIsNot();
    void userAgentPartsOverTheBoundAreNotKept();
    void pairingCodeForClaimedDeviceIs409BeforeRateLimit();
    void pairingCodeRateLimit();
    void pairingCodeWriteFailureIs500();
    void generatedCodesAreUniformAndUnique();
    void newCodeReplacesTheOld();
    void codeExpiresAtExactly300Seconds();
    void statusTransitionsAndVersions();
    void answersCarryTheirBodySerialised();
    void stateVersionReadsRawHeaders();
    void listenerFiresOnEveryStateChange();
    void nextExpiryFollowsTheLatestCode();
    void claimChecks_data();
    void claimChecks();
    void claimOrderAuthBeforeLockoutBeforeForm();
    void secondClaimOfOneCodeIs409();
    void usedCodePastItsLifeIs404();
    void claimLockoutAfterTenNotFound();
    void anotherMerchantsCodeDoesNotCountTowardLockout();
    void forbiddenClaimsDoNotLock();
    void replacedCodeClaimsDoNotLock();
    void replacedCodeCountsAgainAfterItsLife();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void passwordLockout();
    void overlongUsernameIsRefusedWithoutHashing();
    void accessTokenExpiresAfter15Minutes();
    void refreshRotatesAndKeepsTheSession();
    void signInEndsTenHoursAfterThePassword();
    void reusedRefreshTokenEndsTheSignIn();
    void reuseIsDetectedAfterRestart();
    void revokingTheRefreshTokenEndsTheSignIn();
    void revokingAnAccessTokenRevokesOnlyIt();
    void revokingAnApiClientsTokenEndsItsSession();
    void revocationRequestChecks_data();
    void revocationRequestChecks();
    void clientSession();
    void clientSessionLockout();
    void secretChecksHashNothingUntilRun();
    void lockoutReachedWhileASecretIsCheckedHoldsForIt();
    void initiateSessionChecks();
    void merchantDevicesList();
    void releaseMakesTheDevicePairable();
    void releaseOfAnotherMerchantsDeviceIs404();
    void adminState();
    void provisionDevice_data();
    void provisionDevice();
    void expireCodeAdmin();
    void persistsAcrossRestart();
    void pendingCodeExpiresAfterRestartWhenDue();
    void databaseHoldsNoPlainSecret();
    void expiredSignInsArePurged();
};

void TestPairingRegistry::posHeaderChecks_data()
{
    QTest::addColumn<PosCall>("call");
    QTest::addColumn<QByteArray>("deviceId");
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QByteArray>("clientType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // empty: not checked

    const QList<QPair<PosCall, const char *>> calls{
        {PosCall::Bootstrap, "bootstrap"}, {PosCall::PairingCode, "pairing-code"}, {PosCall::Status, "status"}};
    for (const auto &[call, name] : calls) {
        const auto row = [name = name](const char *what) -> QTestData & {
            return QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), QLatin1String(what))));
        };
        row("all missing") << call << Absent << Absent << Absent << 400 << "4000"
                           << "X-Device-Id header is required";
        row("device id missing") << call << Absent << SeedUserAgent << QByteArray("pos") << 400 << "4000"
                                 << "X-Device-Id header is required";
        row("device id empty") << call << QByteArray("") << SeedUserAgent << QByteArray("pos") << 400 << "4000"
                               << "X-Device-Id header is required";
        row("device id malformed, rest bad")
            << call << QByteArray("POS-8F3A2C9") << QByteArray("curl/8") << Absent << 400 << "4000"
            << "X-Device-Id header must be POS- followed by 8 hex digits";
        row("lower-case prefix") << call << QByteArray("pos-8F3A2C91") << SeedUserAgent << QByteArray("pos") << 400
                                 << "4000"
                                 << "X-Device-Id header must be POS- followed by 8 hex digits";
        row("user agent missing") << call << SeedDevice << Absent << Absent << 400 << "4000"
                                  << "User-Agent header is required";
        row("user agent foreign") << call << SeedDevice << QByteArray("Mozilla/5.0") << Absent << 400 << "4000"
                                  << "User-Agent header must start with Viopay-POS/";
        row("client type missing") << call << SeedDevice << SeedUserAgent << Absent << 400 << "4000"
                                   << "X-Client-Type header is required";
        row("client type wrong") << call << SeedDevice << SeedUserAgent << QByteArray("kiosk") << 400 << "4000"
                                 << "X-Client-Type header must be pos";
        row("unknown device, bad agent") << call << QByteArray("POS-DEADBEEF") << QByteArray("Mozilla/5.0")
                                         << QByteArray("pos") << 400 << "4000"
                                         << "User-Agent header must start with Viopay-POS/";
        row("unknown device") << call << QByteArray("POS-DEADBEEF") << SeedUserAgent << QByteArray("pos") << 404
                              << "4040"
                              << "Device not provisioned";
        row("lower-case hex accepted") << call << QByteArray("POS-8f3a2c91") << SeedUserAgent << QByteArray("pos")
                                       << 200 << ""
                                       << "";
    }
}

void TestPairingRegistry::posHeaderChecks()
{
    QFETCH(PosCall, call);
    QFETCH(QByteArray, deviceId);
    QFETCH(QByteArray, userAgent);
    QFETCH(QByteArray, clientType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    Sandbox sandbox;
    const PosHeaders headers{header(deviceId), header(userAgent), header(clientType)};
    SandboxReply reply;
    switch (call) {
    case PosCall::Bootstrap:
        reply = sandbox.registry->bootstrap(headers);
        break;
    case PosCall::PairingCode:
        reply = sandbox.registry->requestPairingCode(headers);
        break;
    case PosCall::Status:
        reply = sandbox.registry->status(headers);
        break;
    }
    QCOMPARE(reply.status, status);
    QCOMPARE(codeOf(reply), code);
    if (!message.isEmpty())
        QCOMPARE(messageOf(reply), message);
    if (status != 200)
        QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(0));
}

void TestPairingRegistry::bootstrapAnswersServerTime()
{
    Sandbox sandbox;
    sandbox.clock.advanceMs(750);
    const SandboxReply reply = sandbox.registry->bootstrap(pos());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(reply.body.value(QStringLiteral("min_supported_version")).toString(), QStringLiteral("1.3.5"));
    const QString serverTime = reply.body.value(QStringLiteral("server_time")).toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(serverTime).hasMatch(),
        qPrintable(serverTime));
    QCOMPARE(QDateTime::fromString(serverTime, Qt::ISODate).toSecsSinceEpoch(),
             sandbox.clock.utcNow().toSecsSinceEpoch());
}

void TestPairingRegistry::userAgentIsRememberedButModelIsNot()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    QCOMPARE(sandbox.registry->bootstrap(pos("POS-1A2B3C01", "Viopay-POS/2.0.1 (Android 14; PAX-A920)")).status, 200);
    const auto deviceEntry = [&] {
        for (const QJsonValue device : sandbox.registry->devices({authorization, std::nullopt, {}})
                                           .body.value(QStringLiteral("devices"))
                                           .toArray()) {
            if (device[QStringLiteral("device_id")] == QStringLiteral("POS-1A2B3C01"))
                return device.toObject();
        }
        return QJsonObject();
    };
    QJsonObject device = deviceEntry();
    QCOMPARE(device.value(QStringLiteral("app_version")).toString(), QStringLiteral("2.0.1"));
    QCOMPARE(device.value(QStringLiteral("os")).toString(), QStringLiteral("Android 14"));
    QCOMPARE(device.value(QStringLiteral("model")).toString(), QStringLiteral("Sunmi-P2"));

    QCOMPARE(sandbox.registry->status(pos("POS-1A2B3C01", "Viopay-POS/2.1.0 (Android 15; Sunmi-P2)")).status, 200);
    device = deviceEntry();
    QCOMPARE(device.value(QStringLiteral("app_version")).toString(), QStringLiteral("2.1.0"));
    QCOMPARE(device.value(QStringLiteral("os")).toString(), QStringLiteral("Android 15"));
    QCOMPARE(sandbox.registry->stateVersion("POS-1A2B3C01"), std::optional<quint64>(0)); // not a pairing change
}

void TestPairingRegistry::userAgentPartsOverTheBoundAreNotKept()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    const auto deviceEntry = [&] {
        for (const QJsonValue device : sandbox.registry->devices({authorization, std::nullopt, {}})
                                           .body.value(QStringLiteral("devices"))
                                           .toArray()) {
            if (device[QStringLiteral("device_id")] == QStringLiteral("POS-1A2B3C01"))
                return device.toObject();
        }
        return QJsonObject();
    };
    const auto bootstrapWith = [&](const QByteArray &version, const QByteArray &os) {
        return sandbox.registry->bootstrap(pos("POS-1A2B3C01", "Viopay-POS/" + version + " (" + os + "; Sunmi-P2)"))
            .status;
    };
    QCOMPARE(bootstrapWith("2.0.1", "Android 14"), 200);

    // 65 bytes of version, and an OS of 37 characters that is 66 bytes of UTF-8: refused, not cut.
    const QByteArray longVersion = "2.0.1-" + QByteArray(59, 'b');
    const QByteArray longOs = "Android " + QString(29, QChar(0xe9)).toUtf8();
    QCOMPARE(bootstrapWith(longVersion, longOs), 200);
    QJsonObject device = deviceEntry();
    QCOMPARE(device.value(QStringLiteral("app_version")).toString(), QStringLiteral("2.0.1"));
    QCOMPARE(device.value(QStringLiteral("os")).toString(), QStringLiteral("Android 14"));

    // 64 bytes each are kept whole.
    QCOMPARE(bootstrapWith(longVersion.chopped(1), longOs.chopped(2)), 200);
    device = deviceEntry();
    QCOMPARE(device.value(QStringLiteral("app_version")).toString(), QString::fromUtf8(longVersion.chopped(1)));
    QCOMPARE(device.value(QStringLiteral("os")).toString(), QString::fromUtf8(longOs.chopped(2)));
}

void TestPairingRegistry::pairingCodeForClaimedDeviceIs409BeforeRateLimit()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    QString code;
    for (int i = 0; i < 10; ++i)
        code = sandbox.newCode();
    QCOMPARE(sandbox.claim(authorization, code).status, 200);
    const SandboxReply reply = sandbox.registry->requestPairingCode(pos());
    QCOMPARE(reply.status, 409);
    QCOMPARE(codeOf(reply), QStringLiteral("4090"));
    QVERIFY(reply.header("Retry-After").isEmpty());
}

void TestPairingRegistry::pairingCodeRateLimit()
{
    Sandbox sandbox;
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(sandbox.registry->requestPairingCode(pos()).status, 200);
        if (i < 9)
            sandbox.clock.advanceSeconds(1);
    }
    // Ten codes within 0..9 s: the eleventh waits until the first leaves the 60 s window.
    SandboxReply reply = sandbox.registry->requestPairingCode(pos());
    QCOMPARE(reply.status, 429);
    QCOMPARE(codeOf(reply), QStringLiteral("4290"));
    QCOMPARE(reply.header("Retry-After"), QByteArray("51"));
    QCOMPARE(sandbox.registry->requestPairingCode(pos("POS-1A2B3C00")).status, 200); // per device

    sandbox.clock.advanceMs(50'500);
    reply = sandbox.registry->requestPairingCode(pos());
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("1")); // 0.5 s, rounded up

    sandbox.clock.advanceMs(500);
    QCOMPARE(sandbox.registry->requestPairingCode(pos()).status, 200);
    reply = sandbox.registry->requestPairingCode(pos());
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("1")); // the code issued at 1 s frees a slot at 61 s
}

void TestPairingRegistry::pairingCodeWriteFailureIs500()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    Sandbox(path, nullptr); // creates and seeds the file
    // The store owns its file while open, so the drill is armed in between: writing a code fails.
    QVERIFY(
        execOnFile(path, QStringLiteral("CREATE TRIGGER drill BEFORE UPDATE ON devices"
                                        " WHEN NEW.pairing_code IS NOT NULL BEGIN SELECT RAISE(ABORT, 'drill'); END")));
    {
        Sandbox sandbox(path);
        QCOMPARE(sandbox.registry->bootstrap(pos()).status, 200);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Database write failed")));
        const SandboxReply reply = sandbox.registry->requestPairingCode(pos());
        QCOMPARE(reply.status, 500);
        QCOMPARE(codeOf(reply), QStringLiteral("5000"));
        QCOMPARE(messageOf(reply), QStringLiteral("Failed to create pairing code"));
        QCOMPARE(sandbox.status().value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("none"));
        QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(0));
        QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::nullopt);
    }
    QVERIFY(execOnFile(path, QStringLiteral("DROP TRIGGER drill")));
    Sandbox sandbox(path);
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(0));
    QCOMPARE(sandbox.registry->requestPairingCode(pos()).status, 200);
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(1));
}

void TestPairingRegistry::generatedCodesAreUniformAndUnique()
{
    constexpr int DeviceCount = 10'000;
    Sandbox sandbox;
    for (int i = 0; i < DeviceCount; ++i) {
        const QString deviceId = QStringLiteral("POS-%1").arg(0x20000000 + i, 8, 16, QLatin1Char('0')).toUpper();
        const QJsonObject body{{QStringLiteral("device_id"), deviceId},
                               {QStringLiteral("merchant_id"), QStringLiteral("MRC-1001")},
                               {QStringLiteral("model"), QStringLiteral("PAX-A920")}};
        QCOMPARE(sandbox.registry->provisionDevice(jsonBytes(body), QByteArray("application/json")).status, 201);
    }

    QSet<QString> active;
    QHash<QChar, int> symbolCounts;
    for (int i = 0; i < DeviceCount; ++i) {
        const QByteArray deviceId =
            QStringLiteral("POS-%1").arg(0x20000000 + i, 8, 16, QLatin1Char('0')).toUpper().toLatin1();
        const SandboxReply reply = sandbox.registry->requestPairingCode(pos(deviceId));
        QCOMPARE(reply.status, 200);
        QCOMPARE(sentBody(reply).value(QStringLiteral("expires_in_sec")).toInt(), 300);
        const QString code = sentBody(reply).value(QStringLiteral("pairing_code")).toString();
        QVERIFY2(PairingCode::validate(code).ok(), qPrintable(code));
        active.insert(code);
        for (const QChar symbol : code)
            ++symbolCounts[symbol];
    }
    QCOMPARE(active.size(), DeviceCount); // all ten thousand are active at once, and unique

    // Chi-square over the 32 symbols, 31 degrees of freedom: 70 is exceeded by chance with
    // probability about 1e-4.
    QCOMPARE(symbolCounts.size(), int(PairingCode::AlphabetSize));
    const double expected = DeviceCount * PairingCode::Length / double(PairingCode::AlphabetSize);
    double chiSquare = 0;
    for (const int count : std::as_const(symbolCounts))
        chiSquare += (count - expected) * (count - expected) / expected;
    QVERIFY2(chiSquare < 70.0, qPrintable(QString::number(chiSquare)));
}

void TestPairingRegistry::newCodeReplacesTheOld()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    const QString first = sandbox.newCode();
    const QString second = sandbox.newCode();
    QVERIFY(first != second);
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(2));
    QCOMPARE(sandbox.adminDevice(QStringLiteral("POS-8F3A2C91")).value(QStringLiteral("pairing_code")).toString(),
             second);

    const SandboxReply replaced = sandbox.claim(authorization, first);
    QCOMPARE(replaced.status, 404);
    QCOMPARE(codeOf(replaced), QStringLiteral("4041"));
    QCOMPARE(sandbox.claim(authorization, second).status, 200);
}

void TestPairingRegistry::codeExpiresAtExactly300Seconds()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    const QString code = sandbox.newCode();
    sandbox.clock.advanceMs(299'999);
    QJsonObject status = sandbox.status();
    QCOMPARE(status.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("pending"));
    QCOMPARE(status.value(QStringLiteral("expires_in_sec")).toInt(), 1);

    sandbox.clock.advanceMs(1);
    status = sandbox.status();
    QCOMPARE(status.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("expired"));
    QVERIFY(!status.contains(QStringLiteral("expires_in_sec")));
    const SandboxReply late = sandbox.claim(authorization, code);
    QCOMPARE(late.status, 404);
    QCOMPARE(codeOf(late), QStringLiteral("4041"));
}

void TestPairingRegistry::statusTransitionsAndVersions()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    SandboxReply reply = sandbox.registry->status(pos());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("ETag"), QByteArray("\"0\""));
    QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("device_status"), QStringLiteral("inactive")},
                                      {QStringLiteral("is_claimed"), false},
                                      {QStringLiteral("pairing_code_status"), QStringLiteral("none")}}));

    const QString code = sandbox.newCode();
    reply = sandbox.registry->status(pos());
    QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(reply.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("pending"));
    QCOMPARE(reply.body.value(QStringLiteral("expires_in_sec")).toInt(), 300);

    QCOMPARE(sandbox.claim(authorization, code).status, 200);
    reply = sandbox.registry->status(pos());
    QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
    // Anyone who knows a device id may ask its status, so the answer does not name the owner.
    QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("device_status"), QStringLiteral("claimed")},
                                      {QStringLiteral("is_claimed"), true},
                                      {QStringLiteral("pairing_code_status"), QStringLiteral("used")}}));
    sandbox.clock.advanceSeconds(301); // a used code stays used; its end of life is no state change
    reply = sandbox.registry->status(pos());
    QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(reply.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("used"));

    // pending -> expired on another device, counted at the moment it happens
    sandbox.newCode("POS-1A2B3C00");
    sandbox.clock.advanceSeconds(300);
    sandbox.registry->expireDue();
    reply = sandbox.registry->status(pos("POS-1A2B3C00"));
    QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(reply.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("expired"));
    QCOMPARE(reply.body.value(QStringLiteral("device_status")).toString(), QStringLiteral("inactive"));
}

// The hot answers are serialised once (status bodies are shared between devices and requests):
// what goes on the wire must stay exactly the JSON of the body, in every state and every second.
void TestPairingRegistry::answersCarryTheirBodySerialised()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    const auto verifySerialised = [](const SandboxReply &reply) {
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.rawBody.isEmpty());
        QCOMPARE(reply.rawBody, QJsonDocument(sentBody(reply)).toJson(QJsonDocument::Compact));
    };
    const auto expiresInSec = [&sandbox](const QByteArray &deviceId) {
        return sandbox.status(deviceId).value(QStringLiteral("expires_in_sec")).toInt();
    };

    verifySerialised(sandbox.registry->status(pos())); // none
    const SandboxReply code = sandbox.registry->requestPairingCode(pos());
    verifySerialised(code);
    verifySerialised(sandbox.registry->status(pos())); // pending, 300 s left
    verifySerialised(sandbox.registry->requestPairingCode(pos("POS-1A2B3C00")));
    sandbox.clock.advanceMs(7'500);
    verifySerialised(sandbox.registry->status(pos()));
    QCOMPARE(expiresInSec(SeedDevice), 293);
    QCOMPARE(expiresInSec("POS-1A2B3C00"), 293);
    QCOMPARE(sandbox.claim(authorization, sentBody(code).value(QStringLiteral("pairing_code")).toString()).status, 200);
    verifySerialised(sandbox.registry->status(pos())); // used
    QCOMPARE(sandbox.status(), (QJsonObject{{QStringLiteral("device_status"), QStringLiteral("claimed")},
                                            {QStringLiteral("is_claimed"), true},
                                            {QStringLiteral("pairing_code_status"), QStringLiteral("used")}}));
    sandbox.clock.advanceSeconds(300);
    sandbox.registry->expireDue();
    verifySerialised(sandbox.registry->status(pos("POS-1A2B3C00"))); // expired
    QCOMPARE(sandbox.status("POS-1A2B3C00").value(QStringLiteral("pairing_code_status")).toString(),
             QStringLiteral("expired"));
}

void TestPairingRegistry::stateVersionReadsRawHeaders()
{
    Sandbox sandbox;
    sandbox.newCode();
    QCOMPARE(sandbox.registry->stateVersion("POS-8f3a2c91"), std::optional<quint64>(1));
    QCOMPARE(sandbox.registry->stateVersion(" POS-8F3A2C91 "), std::optional<quint64>(1));
    QCOMPARE(sandbox.registry->stateVersion("POS-DEADBEEF"), std::nullopt);
    QCOMPARE(sandbox.registry->stateVersion("garbage"), std::nullopt);
    sandbox.clock.advanceSeconds(300);
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(2)); // the expiry applied first
}

void TestPairingRegistry::listenerFiresOnEveryStateChange()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    QStringList changes;
    sandbox.registry->setStateChangedListener([&](const QString &deviceId) {
        if (!deviceId.startsWith(QLatin1String("POS-"))) // a merchant's device list (FLEET.md)
            return;
        changes.append(QStringLiteral("%1@%2").arg(deviceId).arg(*sandbox.registry->stateVersion(deviceId.toLatin1())));
    });

    const QString code = sandbox.newCode();
    QCOMPARE(changes, QStringList{QStringLiteral("POS-8F3A2C91@1")});
    sandbox.claim(authorization, QStringLiteral("ZZZZZZ")); // a failure changes nothing
    QCOMPARE(sandbox.claim(authorization, code).status, 200);
    QCOMPARE(sandbox.registry->release({authorization, std::nullopt, {}}, QStringLiteral("POS-8F3A2C91")).status, 200);
    sandbox.newCode();
    sandbox.clock.advanceSeconds(300);
    sandbox.registry->expireDue();
    sandbox.newCode("POS-1A2B3C00");
    sandbox.registry->expireCode(QStringLiteral("POS-1A2B3C00"));
    sandbox.registry->expireCode(QStringLiteral("POS-1A2B3C00")); // nothing pending: no change
    sandbox.registry->status(pos());                              // reading changes nothing

    QCOMPARE(changes, (QStringList{QStringLiteral("POS-8F3A2C91@1"), QStringLiteral("POS-8F3A2C91@2"),
                                   QStringLiteral("POS-8F3A2C91@3"), QStringLiteral("POS-8F3A2C91@4"),
                                   QStringLiteral("POS-8F3A2C91@5"), QStringLiteral("POS-1A2B3C00@1"),
                                   QStringLiteral("POS-1A2B3C00@2")}));
}

void TestPairingRegistry::nextExpiryFollowsTheLatestCode()
{
    Sandbox sandbox;
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::nullopt);
    const qint64 start = sandbox.clock.utcNow().toMSecsSinceEpoch();
    sandbox.newCode();
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::optional<qint64>(start + 300'000));
    sandbox.clock.advanceSeconds(10);
    sandbox.newCode(); // replaces the first: its deadline no longer counts
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::optional<qint64>(start + 310'000));
    sandbox.clock.advanceSeconds(5);
    sandbox.newCode("POS-1A2B3C00");
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::optional<qint64>(start + 310'000));

    sandbox.clock.advanceSeconds(295);
    sandbox.registry->expireDue();
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::optional<qint64>(start + 315'000));
    sandbox.clock.advanceSeconds(5);
    sandbox.registry->expireDue();
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(), std::nullopt);
}

void TestPairingRegistry::claimChecks_data()
{
    QTest::addColumn<QByteArray>("who"); // none, malformed, unknown, nosession, ops, harbor
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body"); // {live} {harbor} {used} are replaced by those codes
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QByteArray json = "application/json";
    const QString invalid = QStringLiteral("Invalid request body");
    QTest::newRow("no token, nothing else right")
        << QByteArray("none") << QByteArray("text/plain") << QByteArray("") << 401 << "4010"
        << "A valid bearer token is required";
    QTest::newRow("basic scheme") << QByteArray("malformed") << json << QByteArray(R"({"pairing_code":"{live}"})")
                                  << 401 << "4010"
                                  << "A valid bearer token is required";
    QTest::newRow("unknown token") << QByteArray("unknown") << json << QByteArray(R"({"pairing_code":"{live}"})") << 401
                                   << "4010"
                                   << "A valid bearer token is required";
    QTest::newRow("no session, bad body")
        << QByteArray("nosession") << QByteArray("text/plain") << QByteArray("x") << 401 << "4011"
        << "No session: call POST /session/initiate first";
    QTest::newRow("empty body, no content type")
        << QByteArray("ops") << Absent << QByteArray("") << 400 << "4000" << invalid;
    QTest::newRow("empty body, wrong content type")
        << QByteArray("ops") << QByteArray("text/plain") << QByteArray("  ") << 400 << "4000" << invalid;
    QTest::newRow("text body") << QByteArray("ops") << QByteArray("text/plain")
                               << QByteArray(R"({"pairing_code":"{live}"})") << 415 << "4150"
                               << "Content-Type must be application/json";
    QTest::newRow("form body") << QByteArray("ops") << QByteArray("application/x-www-form-urlencoded")
                               << QByteArray("pairing_code={live}") << 415 << "4150"
                               << "Content-Type must be application/json";
    QTest::newRow("no content type") << QByteArray("ops") << Absent << QByteArray(R"({"pairing_code":"{live}"})") << 415
                                     << "4150"
                                     << "Content-Type must be application/json";
    QTest::newRow("not json") << QByteArray("ops") << json << QByteArray("pairing_code") << 400 << "4000" << invalid;
    QTest::newRow("array") << QByteArray("ops") << json << QByteArray(R"(["{live}"])") << 400 << "4000" << invalid;
    QTest::newRow("missing code") << QByteArray("ops") << json << QByteArray("{}") << 400 << "4000" << invalid;
    QTest::newRow("numeric code") << QByteArray("ops") << json << QByteArray(R"({"pairing_code":234567})") << 400
                                  << "4000" << invalid;
    QTest::newRow("five symbols") << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"K7M3N"})") << 400
                                  << "4000" << invalid;
    QTest::newRow("ambiguous symbol") << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"K7M30P"})") << 400
                                      << "4000" << invalid;
    QTest::newRow("device_id not a string")
        << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"{live}","device_id":7})") << 400 << "4000"
        << invalid;
    QTest::newRow("unknown code") << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"ZZZZZZ"})") << 404
                                  << "4041"
                                  << "Pairing code not found or expired";
    QTest::newRow("device_id of another device")
        << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"{live}","device_id":"POS-1A2B3C05"})") << 404
        << "4041"
        << "Pairing code not found or expired";
    QTest::newRow("another merchant's device")
        << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"{harbor}"})") << 403 << "4030"
        << "The device belongs to another merchant";
    QTest::newRow("another merchant's used code")
        << QByteArray("harbor") << json << QByteArray(R"({"pairing_code":"{used}"})") << 403 << "4030"
        << "The device belongs to another merchant";
    QTest::newRow("used code") << QByteArray("ops") << json << QByteArray(R"({"pairing_code":"{used}"})") << 409
                               << "4090"
                               << "Pairing code already used";
    QTest::newRow("lower case, hyphen, charset, matching device_id")
        << QByteArray("ops") << QByteArray("application/json; charset=utf-8")
        << QByteArray(R"({"pairing_code":"{live-lower}","device_id":"POS-8f3a2c91"})") << 200 << ""
        << "";
    QTest::newRow("harbor claims its own")
        << QByteArray("harbor") << json << QByteArray(R"({"pairing_code":"{harbor}"})") << 200 << ""
        << "";
}

void TestPairingRegistry::claimChecks()
{
    QFETCH(QByteArray, who);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    Sandbox sandbox;
    QHash<QByteArray, std::optional<QByteArray>> authorizations{
        {"none", std::nullopt},
        {"malformed", QByteArray("Basic b3BzOnBhaXJpbmctZGVtbw==")},
        {"unknown", QByteArray("Bearer bm90LWEtcmVhbC10b2tlbg")},
        {"nosession", sandbox.signIn(Ops, false)},
        {"ops", sandbox.signIn(Ops)},
        {"harbor", sandbox.signIn(Harbor)}};
    const QString used = sandbox.newCode("POS-1A2B3C00");
    QCOMPARE(sandbox.claim(*authorizations.value("ops"), used).status, 200);
    const QString live = sandbox.newCode();
    const QString harbor = sandbox.newCode(HarborDevice);
    QString liveLower = live.toLower();
    liveLower.insert(3, QLatin1Char('-'));
    body.replace("{live}", live.toLatin1())
        .replace("{live-lower}", liveLower.toLatin1())
        .replace("{harbor}", harbor.toLatin1())
        .replace("{used}", used.toLatin1());

    const SandboxReply reply = sandbox.registry->claim({authorizations.value(who), header(contentType), body});
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.body.value(QStringLiteral("status")).toString(), QStringLiteral("claimed"));
        QCOMPARE(reply.body.value(QStringLiteral("device_id")).toString(),
                 QString::fromLatin1(who == "harbor" ? HarborDevice : SeedDevice));
        return;
    }
    QCOMPARE(codeOf(reply), code);
    QCOMPARE(messageOf(reply), message);
    if (code == QLatin1String("4000"))
        QVERIFY(!detailOf(reply).isEmpty());
    QCOMPARE(sandbox.status().value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("pending"));
}

void TestPairingRegistry::claimOrderAuthBeforeLockoutBeforeForm()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sandbox.claim(ops, QStringLiteral("ZZZZZZ")).status, 404);
    const QByteArray fresh = sandbox.signIn(Ops, false);

    QCOMPARE(codeOf(sandbox.registry->claim({std::nullopt, QByteArray("text/plain"), "x"})), QStringLiteral("4010"));
    QCOMPARE(codeOf(sandbox.registry->claim({fresh, QByteArray("text/plain"), "x"})), QStringLiteral("4011"));
    const SandboxReply locked = sandbox.registry->claim({ops, QByteArray("text/plain"), ""});
    QCOMPARE(locked.status, 429);
    QCOMPARE(codeOf(locked), QStringLiteral("4290"));
}

void TestPairingRegistry::secondClaimOfOneCodeIs409()
{
    Sandbox sandbox;
    const QByteArray first = sandbox.signIn(Ops);
    const SandboxReply client = sandbox.registry->clientSession(
        jsonRequest({}, {{QStringLiteral("client_id"), QStringLiteral("cafe-lumen-desk")},
                         {QStringLiteral("client_secret"), QStringLiteral("sandbox-secret-1001")}}));
    const QByteArray second = bearer(client);
    sandbox.registry->initiateSession(
        jsonRequest(second, {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));

    const QString code = sandbox.newCode();
    QCOMPARE(sandbox.claim(second, code).status, 200);
    const SandboxReply loser = sandbox.claim(first, code);
    QCOMPARE(loser.status, 409);
    QCOMPARE(codeOf(loser), QStringLiteral("4090"));
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(2));
}

void TestPairingRegistry::usedCodePastItsLifeIs404()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn();
    const QString code = sandbox.newCode();
    sandbox.clock.advanceSeconds(100);
    QCOMPARE(sandbox.claim(ops, code).status, 200);
    sandbox.clock.advanceMs(199'999);
    QCOMPARE(sandbox.claim(ops, code).status, 409);
    sandbox.clock.advanceMs(1);
    const SandboxReply reply = sandbox.claim(ops, code);
    QCOMPARE(reply.status, 404);
    QCOMPARE(codeOf(reply), QStringLiteral("4041"));
}

// CONTRACT.md: "only 404/4041 answers count as failed attempts"; a 403/4030 does not, even ten
// of them (issue 14 asked otherwise; the binding contract wins).
void TestPairingRegistry::anotherMerchantsCodeDoesNotCountTowardLockout()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    const QString harborCode = sandbox.newCode(HarborDevice);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(sandbox.claim(ops, harborCode).status, 403);
    QCOMPARE(sandbox.claim(ops, sandbox.newCode()).status, 200);
}

void TestPairingRegistry::claimLockoutAfterTenNotFound()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    const QByteArray harbor = sandbox.signIn(Harbor);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(sandbox.claim(ops, QStringLiteral("ZZZZZZ")).status, 404);
        if (i < 9)
            sandbox.clock.advanceSeconds(10);
    }
    // The tenth failure, at 90 s, locks every claim until 900 s after the first.
    const QString code = sandbox.newCode();
    SandboxReply reply = sandbox.claim(ops, code);
    QCOMPARE(reply.status, 429);
    QCOMPARE(codeOf(reply), QStringLiteral("4290"));
    QCOMPARE(reply.header("Retry-After"), QByteArray("810"));
    QCOMPARE(sandbox.claim(harbor, sandbox.newCode(HarborDevice)).status, 200); // another merchant is not locked

    sandbox.clock.advanceMs(809'999);
    reply = sandbox.claim(ops, sandbox.newCode("POS-1A2B3C00"));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));

    sandbox.clock.advanceMs(1);
    const QByteArray opsAgain = sandbox.signIn(Ops); // the first access token lived 15 min
    QCOMPARE(sandbox.claim(opsAgain, sandbox.newCode("POS-1A2B3C01")).status, 200);
    // Nine failures (10 s .. 90 s) are still inside the window: one more locks again, until 910 s.
    QCOMPARE(sandbox.claim(opsAgain, QStringLiteral("ZZZZZZ")).status, 404);
    reply = sandbox.claim(opsAgain, sandbox.newCode("POS-1A2B3C02"));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("10"));
}

void TestPairingRegistry::forbiddenClaimsDoNotLock()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    const QString harborCode = sandbox.newCode(HarborDevice);
    for (int i = 0; i < 9; ++i)
        QCOMPARE(sandbox.claim(ops, QStringLiteral("ZZZZZZ")).status, 404);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sandbox.claim(ops, harborCode).status, 403);
    QCOMPARE(sandbox.claim(ops, QStringLiteral("not a code")).status, 400);
    QCOMPARE(sandbox.claim(ops, sandbox.newCode()).status, 200);
}

void TestPairingRegistry::replacedCodeClaimsDoNotLock()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    const QString replaced = sandbox.newCode();
    sandbox.newCode(); // anyone who knows the device id may replace its code
    const SandboxReply unknown = sandbox.claim(ops, QStringLiteral("ZZZZZZ")); // the first failure
    QCOMPARE(unknown.status, 404);
    const QString typed = replaced.left(3).toLower() + QLatin1Char('-') + replaced.mid(3);
    for (int i = 0; i < 12; ++i) {
        const SandboxReply reply = sandbox.claim(ops, i % 2 ? replaced : typed);
        QCOMPARE(reply.status, 404);
        QCOMPARE(codeOf(reply), QStringLiteral("4041"));
        QCOMPARE(reply.body, unknown.body); // nothing tells a replaced code from an unknown one
    }
    for (int i = 0; i < 8; ++i)
        QCOMPARE(sandbox.claim(ops, QStringLiteral("ZZZZZZ")).status, 404);
    QCOMPARE(sandbox.claim(ops, sandbox.newCode("POS-1A2B3C00")).status, 200); // nine failures: not locked
    QCOMPARE(sandbox.claim(ops, QStringLiteral("ZZZZZZ")).status, 404);        // the tenth never-issued code
    const SandboxReply locked = sandbox.claim(ops, sandbox.newCode("POS-1A2B3C01"));
    QCOMPARE(locked.status, 429);
    QCOMPARE(codeOf(locked), QStringLiteral("4290"));
}

void TestPairingRegistry::replacedCodeCountsAgainAfterItsLife()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    const QString replaced = sandbox.newCode();
    sandbox.clock.advanceSeconds(200);
    sandbox.newCode();
    sandbox.clock.advanceMs(99'999);
    QCOMPARE(sandbox.claim(ops, replaced).status, 404); // within its life: not counted
    sandbox.clock.advanceMs(1);
    // Its 300 s life is over: it is forgotten, and a claim of it is a failure like any other.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(sandbox.claim(ops, replaced).status, 404);
    QCOMPARE(sandbox.claim(ops, sandbox.newCode("POS-1A2B3C00")).status, 429);
}

void TestPairingRegistry::tokenEndpointErrors_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("json instead of a form")
        << QByteArray("application/json") << QByteArray(R"({"grant_type":"password"})") << 400 << "invalid_request";
    QTest::newRow("no grant type") << formType << QByteArray("username=a&password=b") << 400 << "invalid_request";
    QTest::newRow("repeated field") << formType << QByteArray("grant_type=password&grant_type=password") << 400
                                    << "invalid_request";
    QTest::newRow("unknown grant") << formType << QByteArray("grant_type=client_credentials") << 400
                                   << "unsupported_grant_type";
    QTest::newRow("wrong client")
        << formType
        << QByteArray("grant_type=password&client_id=other&username=ops%40cafe-lumen.test&password=pairing-demo") << 401
        << "invalid_client";
    QTest::newRow("no client") << formType
                               << QByteArray("grant_type=password&username=ops%40cafe-lumen.test&password=pairing-demo")
                               << 401 << "invalid_client";
    QTest::newRow("no password") << formType
                                 << QByteArray(
                                        "grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test")
                                 << 400 << "invalid_request";
    QTest::newRow("wrong password")
        << formType
        << QByteArray("grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test&password=nope") << 401
        << "invalid_grant";
    QTest::newRow("unknown user")
        << formType
        << QByteArray("grant_type=password&client_id=viopay-desk&username=who%40nowhere.test&password=pairing-demo")
        << 401 << "invalid_grant";
    QTest::newRow("refresh without token")
        << formType << QByteArray("grant_type=refresh_token&client_id=viopay-desk") << 400 << "invalid_request";
    QTest::newRow("unknown refresh token")
        << formType << QByteArray("grant_type=refresh_token&client_id=viopay-desk&refresh_token=bm9wZQ") << 401
        << "invalid_grant";
}

void TestPairingRegistry::tokenEndpointErrors()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);

    Sandbox sandbox;
    const SandboxReply reply = sandbox.registry->token({std::nullopt, contentType, body});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), error);
    QVERIFY(!reply.body.value(QStringLiteral("error_description")).toString().isEmpty());
    QVERIFY(!reply.body.contains(QStringLiteral("access_token")));
}

void TestPairingRegistry::passwordLockout()
{
    Sandbox sandbox;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sandbox.registry->token(passwordRequest(Ops, QStringLiteral("wrong"))).status, 401);
        if (i < 4)
            sandbox.clock.advanceSeconds(1);
    }
    // Locked for the rest of the 15 min window that the first failure (at 0 s) opened.
    SandboxReply reply = sandbox.registry->token(passwordRequest(QStringLiteral("OPS@cafe-lumen.test"), DemoPassword));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("temporarily_unavailable"));
    QVERIFY(!reply.body.value(QStringLiteral("error_description")).toString().isEmpty());
    QCOMPARE(reply.header("Retry-After"), QByteArray("896"));
    QCOMPARE(sandbox.registry->token(passwordRequest(Harbor, DemoPassword)).status, 200); // per username

    sandbox.clock.advanceMs(895'999);
    reply = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    sandbox.clock.advanceMs(1);
    reply = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(reply.body.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(reply.body.value(QStringLiteral("refresh_expires_in")).toInt(), 28800);
    QVERIFY(reply.body.value(QStringLiteral("access_token")).toString().size() >= 22);
    QVERIFY(reply.body.value(QStringLiteral("refresh_token")).toString().size() >= 22);
}

void TestPairingRegistry::overlongUsernameIsRefusedWithoutHashing()
{
    Sandbox sandbox;
    const SandboxReply wrongUser =
        sandbox.registry->token(passwordRequest(QStringLiteral("who@nowhere.test"), DemoPassword));
    QCOMPARE(wrongUser.status, 401);

    // 254 characters may be a user: checked (against the decoy), like any unknown name.
    const QString domain = QStringLiteral("@cafe-lumen.test");
    quint64 before = SecretHash::derivationCount();
    SandboxReply reply =
        sandbox.registry->token(passwordRequest(QString(254 - domain.size(), u'a') + domain, DemoPassword));
    QCOMPARE(reply.status, 401);
    QCOMPARE(SecretHash::derivationCount(), before + 1);

    // 255 cannot be: the same refusal, without hashing.
    before = SecretHash::derivationCount();
    reply = sandbox.registry->token(passwordRequest(QString(255 - domain.size(), u'a') + domain, DemoPassword));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.body, wrongUser.body);
    QCOMPARE(reply.header("Cache-Control"), wrongUser.header("Cache-Control"));
    QCOMPARE(SecretHash::derivationCount(), before);
}

void TestPairingRegistry::accessTokenExpiresAfter15Minutes()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn();
    const MerchantRequest request{authorization, std::nullopt, {}};
    sandbox.clock.advanceMs(899'999);
    QCOMPARE(sandbox.registry->devices(request).status, 200);
    sandbox.clock.advanceMs(1);
    const SandboxReply reply = sandbox.registry->devices(request);
    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("4010"));
}

void TestPairingRegistry::refreshRotatesAndKeepsTheSession()
{
    Sandbox sandbox;
    const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    const QByteArray firstAccess = bearer(signIn);
    sandbox.registry->initiateSession(
        jsonRequest(firstAccess, {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
    const QString firstRefresh = signIn.body.value(QStringLiteral("refresh_token")).toString();

    sandbox.clock.advanceSeconds(600);
    const SandboxReply refreshed = sandbox.registry->token(refreshRequest(firstRefresh));
    QCOMPARE(refreshed.status, 200);
    const QString secondRefresh = refreshed.body.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(secondRefresh != firstRefresh);
    QCOMPARE(refreshed.body.value(QStringLiteral("expires_in")).toInt(), 900);
    const QByteArray secondAccess = bearer(refreshed);
    QVERIFY(secondAccess != firstAccess);

    // The session survives the refresh: no new /session/initiate needed; the first access token
    // stays valid until its own expiry.
    QCOMPARE(sandbox.registry->devices({secondAccess, std::nullopt, {}}).status, 200);
    QCOMPARE(sandbox.registry->devices({firstAccess, std::nullopt, {}}).status, 200);
    sandbox.clock.advanceSeconds(300);
    QCOMPARE(codeOf(sandbox.registry->devices({firstAccess, std::nullopt, {}})), QStringLiteral("4010"));
    QCOMPARE(sandbox.claim(secondAccess, sandbox.newCode()).status, 200);

    // A refresh token lives 8 h.
    sandbox.clock.advanceMs(8 * 3600 * 1000 - 300'000 - 1);
    const SandboxReply stillValid = sandbox.registry->token(refreshRequest(secondRefresh));
    QCOMPARE(stillValid.status, 200);
    const QString thirdRefresh = stillValid.body.value(QStringLiteral("refresh_token")).toString();
    sandbox.clock.advanceMs(8 * 3600 * 1000);
    QCOMPARE(sandbox.registry->token(refreshRequest(thirdRefresh)).status, 401);
}

void TestPairingRegistry::signInEndsTenHoursAfterThePassword()
{
    Sandbox sandbox;
    const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    QCOMPARE(signIn.body.value(QStringLiteral("refresh_expires_in")).toInt(), 8 * 3600);

    sandbox.clock.advanceSeconds(7 * 3600);
    const SandboxReply at7h = sandbox.registry->token(refreshRequest(refreshTokenOf(signIn)));
    QCOMPARE(at7h.status, 200);
    QCOMPARE(at7h.body.value(QStringLiteral("expires_in")).toInt(), 900);
    QCOMPARE(at7h.body.value(QStringLiteral("refresh_expires_in")).toInt(), 3 * 3600); // not 8 h

    sandbox.clock.advanceSeconds(2 * 3600 + 50 * 60);
    const SandboxReply at9h50 = sandbox.registry->token(refreshRequest(refreshTokenOf(at7h)));
    QCOMPARE(at9h50.status, 200);
    QCOMPARE(at9h50.body.value(QStringLiteral("expires_in")).toInt(), 600);
    QCOMPARE(at9h50.body.value(QStringLiteral("refresh_expires_in")).toInt(), 600);
    const MerchantRequest lastAccess{bearer(at9h50), std::nullopt, {}};
    QCOMPARE(sandbox.registry
                 ->initiateSession(
                     jsonRequest(bearer(at9h50), {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}))
                 .status,
             200);

    sandbox.clock.advanceMs(600'000 - 1);
    QCOMPARE(sandbox.registry->devices(lastAccess).status, 200);
    sandbox.clock.advanceMs(1); // 10 h after the password
    const SandboxReply refused = sandbox.registry->token(refreshRequest(refreshTokenOf(at9h50)));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codeOf(sandbox.registry->devices(lastAccess)), QStringLiteral("4010"));
}

void TestPairingRegistry::reusedRefreshTokenEndsTheSignIn()
{
    Sandbox sandbox;
    const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    sandbox.registry->initiateSession(
        jsonRequest(bearer(signIn), {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
    const SandboxReply rotated = sandbox.registry->token(refreshRequest(refreshTokenOf(signIn)));
    QCOMPARE(rotated.status, 200);
    const SandboxReply newest = sandbox.registry->token(refreshRequest(refreshTokenOf(rotated)));
    QCOMPARE(newest.status, 200);
    const MerchantRequest newestAccess{bearer(newest), std::nullopt, {}};
    QCOMPARE(sandbox.registry->devices(newestAccess).status, 200);
    const SandboxReply otherSignIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));

    // The first rotated token again: the same answer as any refresh token that does not check out.
    const SandboxReply reused = sandbox.registry->token(refreshRequest(refreshTokenOf(signIn)));
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.body, sandbox.registry->token(refreshRequest(QStringLiteral("bm9wZQ"))).body);

    // ... and the whole sign-in is over: its newest refresh token, its access tokens, its session.
    const SandboxReply newestRefused = sandbox.registry->token(refreshRequest(refreshTokenOf(newest)));
    QCOMPARE(newestRefused.status, 401);
    QCOMPARE(newestRefused.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(codeOf(sandbox.registry->devices(newestAccess)), QStringLiteral("4010"));
    QCOMPARE(codeOf(sandbox.registry->devices({bearer(signIn), std::nullopt, {}})), QStringLiteral("4010"));
    // Another sign-in of the same user is not touched.
    QCOMPARE(sandbox.registry->token(refreshRequest(refreshTokenOf(otherSignIn))).status, 200);
}

void TestPairingRegistry::reuseIsDetectedAfterRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    TestClock clock;
    QString first;
    SandboxReply newest;
    {
        Sandbox sandbox(path, &clock);
        const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
        first = refreshTokenOf(signIn);
        newest = sandbox.registry->token(refreshRequest(first));
        QCOMPARE(newest.status, 200);
    }
    Sandbox sandbox(path, &clock);
    QCOMPARE(sandbox.registry->token(refreshRequest(first)).status, 401);
    QCOMPARE(sandbox.registry->token(refreshRequest(refreshTokenOf(newest))).status, 401);
    QCOMPARE(codeOf(sandbox.registry->devices({bearer(newest), std::nullopt, {}})), QStringLiteral("4010"));
}

void TestPairingRegistry::revokingTheRefreshTokenEndsTheSignIn()
{
    Sandbox sandbox;
    const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    sandbox.registry->initiateSession(
        jsonRequest(bearer(signIn), {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
    const SandboxReply refreshed = sandbox.registry->token(refreshRequest(refreshTokenOf(signIn)));
    const MerchantRequest firstAccess{bearer(signIn), std::nullopt, {}};
    const MerchantRequest secondAccess{bearer(refreshed), std::nullopt, {}};
    QCOMPARE(sandbox.registry->devices(secondAccess).status, 200);

    const SandboxReply revoked =
        sandbox.registry->revoke(revokeRequest(refreshTokenOf(refreshed), QStringLiteral("refresh_token")));
    QCOMPARE(revoked.status, 200);
    QVERIFY(revoked.contentType.isEmpty()); // no body at all
    QCOMPARE(revoked.header("Cache-Control"), QByteArray("no-store"));

    QCOMPARE(codeOf(sandbox.registry->devices(secondAccess)), QStringLiteral("4010"));
    QCOMPARE(codeOf(sandbox.registry->devices(firstAccess)), QStringLiteral("4010"));
    const SandboxReply refresh = sandbox.registry->token(refreshRequest(refreshTokenOf(refreshed)));
    QCOMPARE(refresh.status, 401);
    QCOMPARE(refresh.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    // Revoking it again, or the revoked token, is still a 200.
    QCOMPARE(sandbox.registry->revoke(revokeRequest(refreshTokenOf(refreshed))).status, 200);
}

void TestPairingRegistry::revokingAnAccessTokenRevokesOnlyIt()
{
    Sandbox sandbox;
    const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
    sandbox.registry->initiateSession(
        jsonRequest(bearer(signIn), {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
    const QString accessToken = signIn.body.value(QStringLiteral("access_token")).toString();
    QCOMPARE(sandbox.registry->revoke(revokeRequest(accessToken, QStringLiteral("access_token"))).status, 200);
    QCOMPARE(codeOf(sandbox.registry->devices({bearer(signIn), std::nullopt, {}})), QStringLiteral("4010"));

    // The refresh token still works, and the session it carries needs no new initiate.
    const SandboxReply refreshed = sandbox.registry->token(refreshRequest(refreshTokenOf(signIn)));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(sandbox.registry->devices({bearer(refreshed), std::nullopt, {}}).status, 200);
}

void TestPairingRegistry::revokingAnApiClientsTokenEndsItsSession()
{
    Sandbox sandbox;
    const SandboxReply client = sandbox.registry->clientSession(
        jsonRequest({}, {{QStringLiteral("client_id"), QStringLiteral("cafe-lumen-desk")},
                         {QStringLiteral("client_secret"), QStringLiteral("sandbox-secret-1001")}}));
    const MerchantRequest access{bearer(client), std::nullopt, {}};
    sandbox.registry->initiateSession(
        jsonRequest(bearer(client), {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
    QCOMPARE(sandbox.registry->devices(access).status, 200);
    // An unsupported hint is ignored: the token is found all the same.
    const QString token = client.body.value(QStringLiteral("access_token")).toString();
    QCOMPARE(sandbox.registry->revoke(revokeRequest(token, QStringLiteral("device_code"))).status, 200);
    QCOMPARE(codeOf(sandbox.registry->devices(access)), QStringLiteral("4010"));
}

void TestPairingRegistry::revocationRequestChecks_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("no token") << formType << QByteArray("client_id=viopay-desk") << 400 << "invalid_request";
    QTest::newRow("empty token") << formType << QByteArray("token=&client_id=viopay-desk") << 400 << "invalid_request";
    QTest::newRow("json instead of a form")
        << QByteArray("application/json") << QByteArray(R"({"token":"bm9wZQ"})") << 400 << "invalid_request";
    QTest::newRow("repeated field") << formType << QByteArray("token=a&token=b") << 400 << "invalid_request";
    QTest::newRow("wrong client") << formType << QByteArray("token=bm9wZQ&client_id=other") << 401 << "invalid_client";
    QTest::newRow("unknown token") << formType << QByteArray("token=bm9wZQ&client_id=viopay-desk") << 200 << "";
    QTest::newRow("not even a token") << formType << QByteArray("token=%00%FF%20") << 200 << "";
    QTest::newRow("unsupported hint") << formType << QByteArray("token=bm9wZQ&token_type_hint=id_token") << 200 << "";
}

void TestPairingRegistry::revocationRequestChecks()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);

    Sandbox sandbox;
    const SandboxReply reply = sandbox.registry->revoke({std::nullopt, contentType, body});
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(reply.body.contains(QStringLiteral("error_description")), !error.isEmpty());
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
}

void TestPairingRegistry::clientSession()
{
    Sandbox sandbox;
    const auto request = [](const QString &id, const QString &secret) {
        return jsonRequest({}, {{QStringLiteral("client_id"), id}, {QStringLiteral("client_secret"), secret}});
    };
    SandboxReply reply =
        sandbox.registry->clientSession(request(QStringLiteral("cafe-lumen-desk"), QStringLiteral("wrong")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("4010"));
    reply = sandbox.registry->clientSession(request(QStringLiteral("nobody"), QStringLiteral("sandbox-secret-1001")));
    QCOMPARE(codeOf(reply), QStringLiteral("4010"));
    reply = sandbox.registry->clientSession({std::nullopt, QByteArray("application/json"), "{}"});
    QCOMPARE(reply.status, 400);
    QCOMPARE(codeOf(reply), QStringLiteral("4000"));
    reply = sandbox.registry->clientSession({std::nullopt, QByteArray("text/plain"), "{}"});
    QCOMPARE(codeOf(reply), QStringLiteral("4150"));

    reply = sandbox.registry->clientSession(
        request(QStringLiteral("cafe-lumen-desk"), QStringLiteral("sandbox-secret-1001")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(reply.body.value(QStringLiteral("expires_in")).toInt(), 900);
    QVERIFY(!reply.body.contains(QStringLiteral("refresh_token")));
    const QByteArray authorization = bearer(reply);

    const SandboxReply session = sandbox.registry->initiateSession(
        jsonRequest(authorization, {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
    QCOMPARE(session.status, 200);
    QCOMPARE(session.body, (QJsonObject{{QStringLiteral("client"),
                                         QJsonObject{{QStringLiteral("client_id"), QStringLiteral("cafe-lumen-desk")}}},
                                        {QStringLiteral("merchant"),
                                         QJsonObject{{QStringLiteral("id"), QStringLiteral("MRC-1001")},
                                                     {QStringLiteral("name"), QStringLiteral("Cafe Lumen")}}},
                                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}}));
    QCOMPARE(sandbox.claim(authorization, sandbox.newCode()).status, 200);
    const QJsonArray devices =
        sandbox.registry->devices({authorization, std::nullopt, {}}).body[QStringLiteral("devices")].toArray();
    QCOMPARE(devices.first()[QStringLiteral("device_id")].toString(), QStringLiteral("POS-1A2B3C00"));
    bool found = false;
    for (const QJsonValue device : devices) {
        if (device[QStringLiteral("device_id")] == QStringLiteral("POS-8F3A2C91")) {
            QCOMPARE(device[QStringLiteral("claimed_by")].toString(), QStringLiteral("cafe-lumen-desk"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestPairingRegistry::clientSessionLockout()
{
    Sandbox sandbox;
    const auto request = [](const QString &id, const QString &secret) {
        return jsonRequest({}, {{QStringLiteral("client_id"), id}, {QStringLiteral("client_secret"), secret}});
    };
    const QString desk = QStringLiteral("cafe-lumen-desk");
    const QString rightSecret = QStringLiteral("sandbox-secret-1001");
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(sandbox.registry->clientSession(request(desk, QStringLiteral("wrong"))).status, 401);
        if (i < 4)
            sandbox.clock.advanceSeconds(1);
    }
    // Locked for the rest of the 15 min window that the first failure (at 0 s) opened.
    SandboxReply reply = sandbox.registry->clientSession(request(desk, rightSecret));
    QCOMPARE(reply.status, 429);
    QCOMPARE(codeOf(reply), QStringLiteral("4290"));
    QVERIFY(!messageOf(reply).isEmpty());
    QCOMPARE(reply.header("Retry-After"), QByteArray("896"));
    QVERIFY(!reply.body.contains(QStringLiteral("access_token")));
    // Per client id: another one is not locked, even an unknown one.
    QCOMPARE(codeOf(sandbox.registry->clientSession(request(QStringLiteral("nobody"), rightSecret))),
             QStringLiteral("4010"));

    sandbox.clock.advanceMs(895'999);
    reply = sandbox.registry->clientSession(request(desk, rightSecret));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    sandbox.clock.advanceMs(1);
    reply = sandbox.registry->clientSession(request(desk, rightSecret));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
}

void TestPairingRegistry::secretChecksHashNothingUntilRun()
{
    Sandbox sandbox;
    const quint64 before = SecretHash::derivationCount();
    const SignInStart start = sandbox.registry->startToken(passwordRequest(Ops, DemoPassword));
    QCOMPARE(SecretHash::derivationCount(), before); // the caller hashes, on a thread of its choice
    QVERIFY(start.check);
    // The answer when no worker can take the check (sandbox-only).
    QCOMPARE(start.reply.status, 429);
    QCOMPARE(start.reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("temporarily_unavailable"));
    QCOMPARE(start.reply.header("Retry-After"), QByteArray("1"));
    const SandboxReply signedIn = sandbox.registry->finishSecretCheck(*start.check, true);
    QCOMPARE(signedIn.status, 200);
    QVERIFY(!signedIn.body.value(QStringLiteral("access_token")).toString().isEmpty());

    const SignInStart client = sandbox.registry->startClientSession(
        jsonRequest({}, {{QStringLiteral("client_id"), QStringLiteral("cafe-lumen-desk")},
                         {QStringLiteral("client_secret"), QStringLiteral("wrong")}}));
    QVERIFY(client.check);
    QCOMPARE(client.reply.status, 429);
    QCOMPARE(codeOf(client.reply), QStringLiteral("4290"));
    QCOMPARE(client.reply.header("Retry-After"), QByteArray("1"));
    QCOMPARE(codeOf(sandbox.registry->finishSecretCheck(*client.check, false)), QStringLiteral("4010"));
    QCOMPARE(SecretHash::derivationCount(), before);
}

void TestPairingRegistry::lockoutReachedWhileASecretIsCheckedHoldsForIt()
{
    Sandbox sandbox;
    const SignInStart right = sandbox.registry->startToken(passwordRequest(Ops, DemoPassword));
    QVERIFY(right.check);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(sandbox.registry->token(passwordRequest(Ops, QStringLiteral("wrong"))).status, 401);
    const SandboxReply reply =
        sandbox.registry->finishSecretCheck(*right.check, right.check->secret.matches(right.check->candidate));
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.body.value(QStringLiteral("error")).toString(), QStringLiteral("temporarily_unavailable"));
    QVERIFY(!reply.body.contains(QStringLiteral("access_token")));
}

void TestPairingRegistry::initiateSessionChecks()
{
    Sandbox sandbox;
    const QByteArray authorization = sandbox.signIn(Harbor, false);
    QCOMPARE(codeOf(sandbox.registry->initiateSession({std::nullopt, QByteArray("application/json"), "{}"})),
             QStringLiteral("4010"));
    SandboxReply reply = sandbox.registry->initiateSession({authorization, QByteArray("application/json"), ""});
    QCOMPARE(reply.status, 400);
    reply = sandbox.registry->initiateSession({authorization, QByteArray("text/plain"), R"({"host":"x"})"});
    QCOMPARE(reply.status, 415);
    reply =
        sandbox.registry->initiateSession(jsonRequest(authorization, {{QStringLiteral("host"), QStringLiteral("  ")}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(messageOf(reply), QStringLiteral("Invalid request body"));
    reply = sandbox.registry->initiateSession(jsonRequest(authorization, {{QStringLiteral("host"), 7}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(codeOf(sandbox.registry->devices({authorization, std::nullopt, {}})), QStringLiteral("4011"));

    reply = sandbox.registry->initiateSession(
        jsonRequest(authorization, {{QStringLiteral("host"), QStringLiteral("any.host.test")}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("email"), Harbor}}},
                                      {QStringLiteral("merchant"),
                                       QJsonObject{{QStringLiteral("id"), QStringLiteral("MRC-2002")},
                                                   {QStringLiteral("name"), QStringLiteral("Harbor Books")}}},
                                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}}));
    QCOMPARE(sandbox.registry->devices({authorization, std::nullopt, {}}).status, 200);
}

void TestPairingRegistry::merchantDevicesList()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn(Ops);
    const QByteArray harbor = sandbox.signIn(Harbor);
    QCOMPARE(codeOf(sandbox.registry->devices({std::nullopt, std::nullopt, {}})), QStringLiteral("4010"));

    sandbox.clock.advanceMs(400);
    QCOMPARE(sandbox.claim(ops, sandbox.newCode()).status, 200);
    const QString claimedAt =
        QDateTime::fromSecsSinceEpoch(sandbox.clock.utcNow().toSecsSinceEpoch(), Qt::UTC).toString(Qt::ISODate);

    const QJsonArray opsDevices =
        sandbox.registry->devices({ops, std::nullopt, {}}).body[QStringLiteral("devices")].toArray();
    QCOMPARE(opsDevices.size(), 11);
    QStringList ids;
    for (const QJsonValue device : opsDevices)
        ids.append(device[QStringLiteral("device_id")].toString());
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    const QJsonObject claimed = opsDevices.last().toObject();
    QCOMPARE(claimed, (QJsonObject{{QStringLiteral("device_id"), QStringLiteral("POS-8F3A2C91")},
                                   {QStringLiteral("model"), QStringLiteral("PAX-A920")},
                                   {QStringLiteral("os"), QStringLiteral("Android 12")},
                                   {QStringLiteral("app_version"), QStringLiteral("1.4.2")},
                                   {QStringLiteral("device_status"), QStringLiteral("claimed")},
                                   {QStringLiteral("claimed_at"), claimedAt},
                                   {QStringLiteral("claimed_by"), Ops},
                                   {QStringLiteral("name"), QJsonValue::Null},
                                   {QStringLiteral("location_id"), QJsonValue::Null},
                                   {QStringLiteral("last_seen_at"), claimedAt},
                                   {QStringLiteral("activated_at"), QJsonValue::Null}})); // null, never absent
    QVERIFY(claimedAt.endsWith(QLatin1Char('Z')));
    const QJsonObject untouched = opsDevices.first().toObject();
    QCOMPARE(untouched, (QJsonObject{{QStringLiteral("device_id"), QStringLiteral("POS-1A2B3C00")},
                                     {QStringLiteral("model"), QStringLiteral("PAX-A920")},
                                     {QStringLiteral("os"), QJsonValue::Null},
                                     {QStringLiteral("app_version"), QJsonValue::Null},
                                     {QStringLiteral("device_status"), QStringLiteral("inactive")},
                                     {QStringLiteral("claimed_at"), QJsonValue::Null},
                                     {QStringLiteral("claimed_by"), QJsonValue::Null},
                                     {QStringLiteral("name"), QJsonValue::Null},
                                     {QStringLiteral("location_id"), QJsonValue::Null},
                                     {QStringLiteral("last_seen_at"), QJsonValue::Null},
                                     {QStringLiteral("activated_at"), QJsonValue::Null}}));

    const QJsonArray harborDevices =
        sandbox.registry->devices({harbor, std::nullopt, {}}).body[QStringLiteral("devices")].toArray();
    QCOMPARE(harborDevices.size(), 1);
    QCOMPARE(harborDevices.first()[QStringLiteral("device_id")].toString(), QStringLiteral("POS-0BADF00D"));
}

void TestPairingRegistry::releaseMakesTheDevicePairable()
{
    Sandbox sandbox;
    const QByteArray ops = sandbox.signIn();
    const QString code = sandbox.newCode();
    QCOMPARE(sandbox.claim(ops, code).status, 200);
    QCOMPARE(codeOf(sandbox.registry->release({std::nullopt, std::nullopt, {}}, QStringLiteral("POS-8F3A2C91"))),
             QStringLiteral("4010"));

    const SandboxReply reply = sandbox.registry->release({ops, std::nullopt, {}}, QStringLiteral("POS-8f3a2c91"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, (QJsonObject{{QStringLiteral("device_id"), QStringLiteral("POS-8F3A2C91")},
                                      {QStringLiteral("device_status"), QStringLiteral("inactive")}}));
    const SandboxReply status = sandbox.registry->status(pos());
    QCOMPARE(status.header("ETag"), QByteArray("\"3\""));
    QCOMPARE(status.body, (QJsonObject{{QStringLiteral("device_status"), QStringLiteral("inactive")},
                                       {QStringLiteral("is_claimed"), false},
                                       {QStringLiteral("pairing_code_status"), QStringLiteral("none")}}));
    QCOMPARE(sandbox.adminDevice(QStringLiteral("POS-8F3A2C91")).value(QStringLiteral("pairing_code")),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(sandbox.claim(ops, code).status, 404); // the old code is gone with the release
    QCOMPARE(sandbox.claim(ops, sandbox.newCode()).status, 200);
}

void TestPairingRegistry::releaseOfAnotherMerchantsDeviceIs404()
{
    Sandbox sandbox;
    const QByteArray harbor = sandbox.signIn(Harbor);
    for (const QString &deviceId :
         {QStringLiteral("POS-8F3A2C91"), QStringLiteral("POS-DEADBEEF"), QStringLiteral("junk")}) {
        const SandboxReply reply = sandbox.registry->release({harbor, std::nullopt, {}}, deviceId);
        QCOMPARE(reply.status, 404);
        QCOMPARE(codeOf(reply), QStringLiteral("4040"));
    }
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(0));
}

void TestPairingRegistry::adminState()
{
    Sandbox sandbox;
    const QString code = sandbox.newCode();
    sandbox.clock.advanceMs(100'500);
    const QJsonObject state = sandbox.registry->state().body;
    const QJsonArray devices = state[QStringLiteral("devices")].toArray();
    QCOMPARE(devices.size(), 12);
    QCOMPARE(devices.first()[QStringLiteral("device_id")].toString(), QStringLiteral("POS-0BADF00D"));
    QCOMPARE(sandbox.adminDevice(QStringLiteral("POS-8F3A2C91")),
             (QJsonObject{{QStringLiteral("device_id"), QStringLiteral("POS-8F3A2C91")},
                          {QStringLiteral("merchant_id"), QStringLiteral("MRC-1001")},
                          {QStringLiteral("model"), QStringLiteral("PAX-A920")},
                          {QStringLiteral("device_status"), QStringLiteral("inactive")},
                          {QStringLiteral("pairing_code"), code},
                          {QStringLiteral("pairing_code_status"), QStringLiteral("pending")},
                          {QStringLiteral("expires_in_sec"), 200}}));
    QCOMPARE(sandbox.adminDevice(QStringLiteral("POS-0BADF00D")),
             (QJsonObject{{QStringLiteral("device_id"), QStringLiteral("POS-0BADF00D")},
                          {QStringLiteral("merchant_id"), QStringLiteral("MRC-2002")},
                          {QStringLiteral("model"), QStringLiteral("Sunmi-P2")},
                          {QStringLiteral("device_status"), QStringLiteral("inactive")},
                          {QStringLiteral("pairing_code"), QJsonValue::Null},
                          {QStringLiteral("pairing_code_status"), QStringLiteral("none")},
                          {QStringLiteral("expires_in_sec"), QJsonValue::Null}}));
    QCOMPARE(state[QStringLiteral("merchants")].toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("MRC-1001")},
                                     {QStringLiteral("name"), QStringLiteral("Cafe Lumen")},
                                     {QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}},
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("MRC-2002")},
                                     {QStringLiteral("name"), QStringLiteral("Harbor Books")},
                                     {QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}}));

    sandbox.clock.advanceSeconds(200);
    const QJsonObject expired = sandbox.adminDevice(QStringLiteral("POS-8F3A2C91"));
    QCOMPARE(expired.value(QStringLiteral("pairing_code")).toString(), code);
    QCOMPARE(expired.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("expired"));
    QCOMPARE(expired.value(QStringLiteral("expires_in_sec")), QJsonValue(QJsonValue::Null));
}

void TestPairingRegistry::provisionDevice_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray json = "application/json";
    QTest::newRow("new device") << json
                                << QByteArray(
                                       R"({"device_id":"POS-abcdef01","merchant_id":"MRC-2002","model":"PAX-A920"})")
                                << 201 << "";
    QTest::newRow("exists") << json
                            << QByteArray(R"({"device_id":"POS-8F3A2C91","merchant_id":"MRC-1001","model":"PAX-A920"})")
                            << 409 << "4091";
    QTest::newRow("exists, lower-case hex")
        << json << QByteArray(R"({"device_id":"POS-8f3a2c91","merchant_id":"MRC-1001","model":"X"})") << 409 << "4091";
    QTest::newRow("unknown merchant")
        << json << QByteArray(R"({"device_id":"POS-ABCDEF01","merchant_id":"MRC-9999","model":"PAX-A920"})") << 400
        << "4000";
    QTest::newRow("malformed id") << json
                                  << QByteArray(
                                         R"({"device_id":"POS-XYZ","merchant_id":"MRC-1001","model":"PAX-A920"})")
                                  << 400 << "4000";
    QTest::newRow("no model") << json << QByteArray(R"({"device_id":"POS-ABCDEF01","merchant_id":"MRC-1001"})") << 400
                              << "4000";
    QTest::newRow("not an object") << json << QByteArray("[]") << 400 << "4000";
    QTest::newRow("empty body") << json << QByteArray() << 400 << "4000";
    QTest::newRow("not json") << QByteArray("text/plain")
                              << QByteArray(
                                     R"({"device_id":"POS-ABCDEF01","merchant_id":"MRC-1001","model":"PAX-A920"})")
                              << 415 << "4150";
}

void TestPairingRegistry::provisionDevice()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    Sandbox sandbox;
    const SandboxReply reply = sandbox.registry->provisionDevice(body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(codeOf(reply), code);
    QCOMPARE(sandbox.registry->state().body[QStringLiteral("devices")].toArray().size(), status == 201 ? 13 : 12);
    if (status != 201)
        return;
    QCOMPARE(reply.body.value(QStringLiteral("device_id")).toString(), QStringLiteral("POS-ABCDEF01"));
    QCOMPARE(reply.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("none"));
    QCOMPARE(sandbox.registry->requestPairingCode(pos("POS-ABCDEF01")).status, 200);
    const QByteArray harbor = sandbox.signIn(Harbor);
    QCOMPARE(sandbox.registry->devices({harbor, std::nullopt, {}}).body[QStringLiteral("devices")].toArray().size(), 2);
}

void TestPairingRegistry::expireCodeAdmin()
{
    Sandbox sandbox;
    QCOMPARE(codeOf(sandbox.registry->expireCode(QStringLiteral("POS-DEADBEEF"))), QStringLiteral("4040"));
    QCOMPARE(sandbox.registry->expireCode(QStringLiteral("junk")).status, 404);

    SandboxReply reply = sandbox.registry->expireCode(QStringLiteral("POS-8F3A2C91"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("none"));
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(0));

    const QByteArray ops = sandbox.signIn();
    const QString code = sandbox.newCode();
    reply = sandbox.registry->expireCode(QStringLiteral("POS-8F3A2C91"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("expired"));
    QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(sandbox.claim(ops, code).status, 404);
    QCOMPARE(sandbox.registry->expireCode(QStringLiteral("POS-8F3A2C91"))
                 .body.value(QStringLiteral("pairing_code_status"))
                 .toString(),
             QStringLiteral("expired"));
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(2));
}

void TestPairingRegistry::persistsAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    TestClock clock;
    QByteArray ops;
    QString refreshToken;
    QString claimedCode;
    QString pendingCode;
    {
        Sandbox sandbox(path, &clock);
        const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
        ops = bearer(signIn);
        refreshToken = signIn.body.value(QStringLiteral("refresh_token")).toString();
        sandbox.registry->initiateSession(
            jsonRequest(ops, {{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}}));
        claimedCode = sandbox.newCode();
        QCOMPARE(sandbox.claim(ops, claimedCode).status, 200);
        pendingCode = sandbox.newCode("POS-1A2B3C00");
        QCOMPARE(sandbox.registry->bootstrap(pos("POS-1A2B3C01", "Viopay-POS/2.0.0 (Android 13; Other-Model)")).status,
                 200);
        QCOMPARE(sandbox.registry
                     ->provisionDevice(R"({"device_id":"POS-ABCDEF01","merchant_id":"MRC-2002","model":"PAX-A920"})",
                                       QByteArray("application/json"))
                     .status,
                 201);
    }
    clock.advanceSeconds(100);
    Sandbox sandbox(path, &clock);

    SandboxReply status = sandbox.registry->status(pos());
    QCOMPARE(status.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(status.body.value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("used"));
    QCOMPARE(status.body.value(QStringLiteral("is_claimed")).toBool(), true);
    status = sandbox.registry->status(pos("POS-1A2B3C00"));
    QCOMPARE(status.header("ETag"), QByteArray("\"1\""));
    QCOMPARE(status.body.value(QStringLiteral("expires_in_sec")).toInt(), 200);
    QCOMPARE(sandbox.registry->nextExpiryEpochMs(),
             std::optional<qint64>(clock.utcNow().toMSecsSinceEpoch() + 200'000));

    // The access token and its session survived; so did the last seen User-Agent.
    const QJsonArray devices =
        sandbox.registry->devices({ops, std::nullopt, {}}).body[QStringLiteral("devices")].toArray();
    QCOMPARE(devices.size(), 11);
    QCOMPARE(devices[1][QStringLiteral("device_id")].toString(), QStringLiteral("POS-1A2B3C01"));
    QCOMPARE(devices[1][QStringLiteral("os")].toString(), QStringLiteral("Android 13"));
    QCOMPARE(devices[1][QStringLiteral("app_version")].toString(), QStringLiteral("2.0.0"));
    QCOMPARE(devices[1][QStringLiteral("model")].toString(), QStringLiteral("Sunmi-P2"));
    QCOMPARE(devices.last()[QStringLiteral("claimed_by")].toString(), Ops);

    QCOMPARE(sandbox.claim(ops, claimedCode).status, 409); // still used, within its life
    QCOMPARE(sandbox.claim(ops, pendingCode).status, 200);
    QCOMPARE(sandbox.adminDevice(QStringLiteral("POS-ABCDEF01")).value(QStringLiteral("merchant_id")).toString(),
             QStringLiteral("MRC-2002"));
    const SandboxReply refreshed = sandbox.registry->token(refreshRequest(refreshToken));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(sandbox.registry->devices({bearer(refreshed), std::nullopt, {}}).status, 200);
}

void TestPairingRegistry::pendingCodeExpiresAfterRestartWhenDue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    TestClock clock;
    {
        Sandbox sandbox(path, &clock);
        sandbox.newCode();
    }
    clock.advanceSeconds(301);
    {
        Sandbox sandbox(path, &clock);
        QStringList changes;
        sandbox.registry->setStateChangedListener([&](const QString &deviceId) { changes.append(deviceId); });
        sandbox.registry->expireDue();
        // The device, then its merchant's list (FLEET.md).
        QCOMPARE(changes, (QStringList{QStringLiteral("POS-8F3A2C91"), QStringLiteral("merchant:MRC-1001")}));
        QCOMPARE(sandbox.status().value(QStringLiteral("pairing_code_status")).toString(), QStringLiteral("expired"));
    }
    Sandbox sandbox(path, &clock);
    QCOMPARE(sandbox.registry->stateVersion(SeedDevice), std::optional<quint64>(2)); // the expiry was stored
}

void TestPairingRegistry::databaseHoldsNoPlainSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    QList<QByteArray> secrets{"pairing-demo", "sandbox-secret-1001"};
    {
        Sandbox sandbox(path);
        const SandboxReply signIn = sandbox.registry->token(passwordRequest(Ops, DemoPassword));
        const SandboxReply refreshed =
            sandbox.registry->token(refreshRequest(signIn.body.value(QStringLiteral("refresh_token")).toString()));
        const SandboxReply client = sandbox.registry->clientSession(
            jsonRequest({}, {{QStringLiteral("client_id"), QStringLiteral("cafe-lumen-desk")},
                             {QStringLiteral("client_secret"), QStringLiteral("sandbox-secret-1001")}}));
        for (const SandboxReply *reply : {&signIn, &refreshed, &client}) {
            for (const QString &field : {QStringLiteral("access_token"), QStringLiteral("refresh_token")}) {
                if (reply->body.contains(field))
                    secrets.append(reply->body.value(field).toString().toLatin1());
            }
        }
        QCOMPARE(secrets.size(), 2 + 5);
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            bytes += fileBytes(path + suffix);
        QVERIFY(bytes.contains("ops@cafe-lumen.test")); // the files were read while open
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!bytes.contains(secret), secret.constData());
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.contains("ops@cafe-lumen.test"));
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!bytes.contains(secret), secret.constData());
}

void TestPairingRegistry::expiredSignInsArePurged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    TestClock clock;
    {
        Sandbox sandbox(path, &clock);
        sandbox.signIn(Ops);
        sandbox.signIn(Harbor);
        clock.advanceMs(8 * 3600 * 1000); // both refresh tokens have just run out
        sandbox.signIn(Ops);
    }
    const std::unique_ptr<Store> store = Store::open(path, false);
    QVERIFY(store);
    QCOMPARE(store->signIns().size(), 1);
    QCOMPARE(store->tokens().size(), 2);
}

QTEST_GUILESS_MAIN(TestPairingRegistry)
#include "tst_pairingregistry.moc"
