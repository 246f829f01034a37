#include "SandboxReplies.h"

#include "core/Clock.h"
#include "crypto/AesCbc.h"
#include "crypto/AttestationSignature.h"
#include "crypto/Gzip.h"
#include "crypto/Hex.h"
#include "crypto/Hmac.h"
#include "crypto/Kcv.h"
#include "crypto/MskEnvelope.h"
#include "crypto/Tr31KeyBlock.h"
#include "sandbox/PairingRegistry.h"
#include "sandbox/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace viopay;
using namespace viopay::sandbox;
using viopay::crypto::Tr31KeyBlock;

namespace {
const QByteArray SeedDevice = "POS-8F3A2C91";
const QByteArray RoomDevice = "POS-1A2B3C01";
const QByteArray HarborDevice = "POS-0BADF00D";
const QByteArray UserAgent = "Viopay-POS/1.4.2 (Android 12; PAX-A920)";
const QByteArray Absent = "<absent>";

PosHeaders pos(const QByteArray &deviceId = SeedDevice)
{
    return {deviceId, UserAgent, QByteArray("pos")};
}

QByteArray demoSecret(const char *label, const QByteArray &deviceId)
{
    return crypto::Hmac::sha256(QByteArray(label), deviceId);
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject openJson(const QByteArray &msk, const QJsonObject &envelope)
{
    const auto payload = crypto::MskEnvelope::open(msk, envelope);
    return payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
}

// A sandbox on a TestClock, with the seed device claimed by Cafe Lumen.
struct Sandbox {
    explicit Sandbox(const QString &path = QStringLiteral(":memory:"))
        : store(Store::open(path, false))
        , registry(std::make_unique<PairingRegistry>(*store, clock))
    {}

    QByteArray signIn(const QString &user = QStringLiteral("ops@cafe-lumen.test"))
    {
        const QByteArray form =
            "grant_type=password&client_id=viopay-desk&username=" + user.toLatin1() + "&password=pairing-demo";
        const SandboxReply token =
            registry->token({std::nullopt, QByteArray("application/x-www-form-urlencoded"), form});
        QByteArray authorization = "Bearer " + token.body.value(QStringLiteral("access_token")).toString().toLatin1();
        registry->initiateSession({authorization, QByteArray("application/json"), R"({"host":"merchant.viopay.io"})"});
        return authorization;
    }

    void claim(const QByteArray &deviceId = SeedDevice, const QString &user = QStringLiteral("ops@cafe-lumen.test"))
    {
        const QString code =
            QJsonDocument::fromJson(registry->requestPairingCode(pos(deviceId)).rawBody)["pairing_code"].toString();
        const SandboxReply claimed = registry->claim(
            {signIn(user), QByteArray("application/json"), jsonBytes({{QStringLiteral("pairing_code"), code}})});
        QCOMPARE(claimed.status, 200);
    }

    QString timestamp(qint64 offsetMs = 0) const { return clock.utcNow().addMSecs(offsetMs).toString(Qt::ISODate); }

    // Signed attestation headers for the demo device's derived identity secret.
    AttestHeaders signedHeaders(const QByteArray &deviceId = SeedDevice, const QByteArray &nonce = {},
                                qint64 offsetMs = 0)
    {
        const QByteArray keyId = "idk-" + deviceId + "-01";
        const QByteArray used = nonce.isEmpty() ? "nonce" + QByteArray::number(++nonces).rightJustified(8, '0') : nonce;
        const QByteArray time = timestamp(offsetMs).toLatin1();
        const QByteArray secret = demoSecret("viopay-sandbox-identity-secret", deviceId);
        return {keyId, time, used, crypto::AttestationSignature::sign(secret, {deviceId, keyId, time, used})};
    }

    QByteArray attest(const QByteArray &deviceId = SeedDevice)
    {
        const SandboxReply reply = registry->attest(pos(deviceId), signedHeaders(deviceId));
        return "Attestation " + reply.body.value(QStringLiteral("attestation_token")).toString().toLatin1();
    }

    // Attests and fetches keys; returns the Authorization value and sets *msk.
    QByteArray throughKeys(QByteArray *msk, const QByteArray &deviceId = SeedDevice)
    {
        QByteArray authorization = attest(deviceId);
        const SandboxReply keys = registry->keys(pos(deviceId), {authorization, {}, {}});
        *msk = mskOf(keys, deviceId);
        return authorization;
    }

    QByteArray mskOf(const SandboxReply &keys, const QByteArray &deviceId) const
    {
        const QJsonObject all = keys.body.value(QStringLiteral("keys")).toObject();
        const auto block = [&](const char *name) {
            return QByteArray::fromBase64(
                all.value(QLatin1String(name))[QStringLiteral("key_block")].toString().toLatin1());
        };
        const QByteArray zmk = demoSecret("viopay-sandbox-zmk", deviceId);
        const auto tmk = Tr31KeyBlock::unwrap(zmk, block("tmk"), Tr31KeyBlock::Usage::KeyEncryption);
        const auto kek =
            Tr31KeyBlock::unwrap(tmk.value_or(QByteArray()), block("kek"), Tr31KeyBlock::Usage::KeyEncryption);
        return Tr31KeyBlock::unwrap(kek.value_or(QByteArray()), block("msk"), Tr31KeyBlock::Usage::DataEncryption)
            .value_or(QByteArray());
    }

    // Through terminal parameters, ready to activate.
    QByteArray readyToActivate(QByteArray *msk, const QByteArray &deviceId = SeedDevice)
    {
        QByteArray authorization = throughKeys(msk, deviceId);
        registry->config(pos(deviceId), {authorization, {}, {}});
        registry->terminalParameters(pos(deviceId), {authorization, {}, {}});
        return authorization;
    }

    ActivationRequest activation(const QByteArray &authorization, const QByteArray &msk, const QJsonObject &readiness)
    {
        const auto envelope = crypto::MskEnvelope::seal(msk, jsonBytes(readiness));
        return {authorization, QByteArray("application/json"), jsonBytes(envelope.value_or(QJsonObject()))};
    }

    static QJsonObject ready()
    {
        return {{QStringLiteral("emv_ready"), true},
                {QStringLiteral("keys_installed"), true},
                {QStringLiteral("network_ok"), true}};
    }

    std::optional<Store::Device> stored(const QString &deviceId) const
    {
        for (const Store::Device &device : store->devices()) {
            if (device.deviceId == deviceId)
                return device;
        }
        return std::nullopt;
    }

    TestClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<PairingRegistry> registry;
    int nonces = 0;
};
} // namespace

class TestActivation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void provisioningReturnsFactorySecretsOnce();
    void demoSecretsAreDerivedFromTheId();
    void factoryOfUnknownDeviceIs404();
    void attestHeaderChecks_data();
    void attestHeaderChecks();
    void attestOrderOfResourceChecks();
    void attestTimestampWindow_data();
    void attestTimestampWindow();
    void attestNonceReplay();
    void attestSignatureMismatch();
    void revokedIdentityKeyIs4012();
    void tenFailedAttestsLockTheDevice();
    void nonceMemoryIsBoundedPerDevice();
    void stepsOfAnUnknownDeviceAre404();
    void attestationTokenChecks();
    void tokenExpiresAfter300Seconds();
    void stepsGoInOrder();
    void aNewAttestationStartsAgainAtKeys();
    void keysFollowTheHierarchy();
    void configIsSealedUnderTheMsk();
    void terminalParametersAreChunkedAndLarge();
    void activateChecks_data();
    void activateChecks();
    void activateWithAnotherMskIs400();
    void activationCompletesTheFlow();
    void releaseRevokesTheKeySet();
    void activationSurvivesRestart();
    void drillClockOffset();
    void drillShortTokenLife();
    void drillCorruptKeyBlock();
    void drillFailingConfigAndActivate();
};

void TestActivation::provisioningReturnsFactorySecretsOnce()
{
    Sandbox sandbox;
    const SandboxReply created = sandbox.registry->provisionDevice(
        R"({"device_id":"POS-12345678","merchant_id":"MRC-1001","model":"PAX-A920"})", QByteArray("application/json"));
    QCOMPARE(created.status, 201);
    const QJsonObject factory = created.body.value(QStringLiteral("factory")).toObject();
    QCOMPARE(factory.value(QStringLiteral("identity_key_id")).toString(), QStringLiteral("idk-POS-12345678-01"));
    const QByteArray secret =
        QByteArray::fromBase64(factory.value(QStringLiteral("identity_secret")).toString().toLatin1());
    const QByteArray zmk = QByteArray::fromBase64(factory.value(QStringLiteral("zmk")).toString().toLatin1());
    QCOMPARE(secret.size(), 32);
    QCOMPARE(zmk.size(), 32);
    QVERIFY(secret != zmk);
    QCOMPARE(factory.value(QStringLiteral("zmk_kcv")).toString().toLatin1(), *crypto::Kcv::of(zmk));
    QVERIFY(secret != demoSecret("viopay-sandbox-identity-secret", "POS-12345678")); // random, not derived

    // The admin endpoint repeats them; the state and the device endpoints never show them.
    const SandboxReply again = sandbox.registry->factorySecrets(QStringLiteral("POS-12345678"));
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QStringLiteral("factory")).toObject(), factory);
    const QByteArray state = jsonBytes(sandbox.registry->state().body);
    QVERIFY(!state.contains(factory.value(QStringLiteral("identity_secret")).toString().toLatin1()));
    QVERIFY(!state.contains("factory"));
    const QByteArray status = jsonBytes(sandbox.registry->status(pos("POS-12345678")).body);
    QVERIFY(!status.contains("factory"));

    // And they persist.
    const auto stored = sandbox.stored(QStringLiteral("POS-12345678"));
    QVERIFY(stored);
    QCOMPARE(stored->factory.identitySecret, secret);
    QCOMPARE(stored->factory.zmk, zmk);
}

void TestActivation::demoSecretsAreDerivedFromTheId()
{
    Sandbox sandbox;
    for (const QByteArray &deviceId : {SeedDevice, RoomDevice, HarborDevice}) {
        const QJsonObject factory = sandbox.registry->factorySecrets(QString::fromLatin1(deviceId))
                                        .body.value(QStringLiteral("factory"))
                                        .toObject();
        QCOMPARE(factory.value(QStringLiteral("identity_key_id")).toString().toLatin1(), "idk-" + deviceId + "-01");
        QCOMPARE(QByteArray::fromBase64(factory.value(QStringLiteral("identity_secret")).toString().toLatin1()),
                 demoSecret("viopay-sandbox-identity-secret", deviceId));
        QCOMPARE(QByteArray::fromBase64(factory.value(QStringLiteral("zmk")).toString().toLatin1()),
                 demoSecret("viopay-sandbox-zmk", deviceId));
    }
}

void TestActivation::factoryOfUnknownDeviceIs404()
{
    Sandbox sandbox;
    QCOMPARE(codeOf(sandbox.registry->factorySecrets(QStringLiteral("POS-00000000"))), QStringLiteral("4040"));
    QCOMPARE(codeOf(sandbox.registry->revokeIdentityKey(QStringLiteral("POS-00000000"))), QStringLiteral("4040"));
}

void TestActivation::attestHeaderChecks_data()
{
    QTest::addColumn<QByteArray>("deviceId");
    QTest::addColumn<QByteArray>("keyId");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("message");

    const QByteArray key = "idk-POS-8F3A2C91-01";
    const QByteArray time = "2025-12-13T14:25:30Z";
    const QByteArray nonce = "abcdef123456";
    const QByteArray signature = "v1=" + QByteArray(32, 'x').toBase64();
    // The device headers come first, even when every signature header is missing too.
    QTest::newRow("device id first") << Absent << Absent << Absent << Absent << Absent
                                     << "X-Device-Id header is required";
    // An unknown device with a bad signature header is a header error: headers before the device.
    QTest::newRow("headers before the device")
        << QByteArray("POS-00000000") << Absent << time << nonce << signature << "X-Key-Id header is required";
    QTest::newRow("key id missing") << SeedDevice << Absent << time << nonce << signature
                                    << "X-Key-Id header is required";
    QTest::newRow("key id with a space") << SeedDevice << QByteArray("idk POS") << time << nonce << signature
                                         << "X-Key-Id header must be at most 64 printable ASCII characters";
    QTest::newRow("timestamp missing") << SeedDevice << key << Absent << nonce << signature
                                       << "X-Timestamp header is required";
    QTest::newRow("timestamp not RFC 3339")
        << SeedDevice << key << QByteArray("1765635930") << nonce << signature
        << "X-Timestamp header must be an RFC 3339 UTC time, e.g. 2025-12-13T14:25:30Z";
    QTest::newRow("timestamp not UTC") << SeedDevice << key << QByteArray("2025-12-13T14:25:30+01:00") << nonce
                                       << signature
                                       << "X-Timestamp header must be an RFC 3339 UTC time, e.g. 2025-12-13T14:25:30Z";
    QTest::newRow("nonce missing") << SeedDevice << key << time << Absent << signature << "X-Nonce header is required";
    QTest::newRow("nonce short") << SeedDevice << key << time << QByteArray("abcdef12345") << signature
                                 << "X-Nonce header must be 12 to 128 letters or digits";
    QTest::newRow("nonce not alphanumeric") << SeedDevice << key << time << QByteArray("abcdef-123456") << signature
                                            << "X-Nonce header must be 12 to 128 letters or digits";
    QTest::newRow("signature missing") << SeedDevice << key << time << nonce << Absent
                                       << "X-Signature header is required";
    QTest::newRow("signature without v1") << SeedDevice << key << time << nonce << QByteArray(32, 'x').toBase64()
                                          << "X-Signature header must be v1= and the base64 of an HMAC-SHA256";
    QTest::newRow("signature too short") << SeedDevice << key << time << nonce << "v1=" + QByteArray(31, 'x').toBase64()
                                         << "X-Signature header must be v1= and the base64 of an HMAC-SHA256";
}

void TestActivation::attestHeaderChecks()
{
    QFETCH(QByteArray, deviceId);
    QFETCH(QByteArray, keyId);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, signature);
    QFETCH(QString, message);
    const auto header = [](const QByteArray &value) {
        return value == Absent ? std::nullopt : std::optional<QByteArray>(value);
    };
    Sandbox sandbox;
    const SandboxReply reply =
        sandbox.registry->attest({header(deviceId), UserAgent, QByteArray("pos")},
                                 {header(keyId), header(timestamp), header(nonce), header(signature)});
    QCOMPARE(reply.status, 400);
    QCOMPARE(codeOf(reply), QStringLiteral("4000"));
    QCOMPARE(messageOf(reply), message);
}

void TestActivation::attestOrderOfResourceChecks()
{
    Sandbox sandbox;
    // 404 before 409: an unknown device, signed well.
    QCOMPARE(codeOf(sandbox.registry->attest(pos("POS-00000000"), sandbox.signedHeaders("POS-00000000"))),
             QStringLiteral("4040"));
    // 409/4092 before the key id: not claimed yet, with a wrong key id.
    AttestHeaders wrongKey = sandbox.signedHeaders();
    wrongKey.keyId = QByteArray("idk-POS-8F3A2C91-02");
    SandboxReply reply = sandbox.registry->attest(pos(), wrongKey);
    QCOMPARE(reply.status, 409);
    QCOMPARE(codeOf(reply), QStringLiteral("4092"));
    sandbox.claim();
    // Then the key id before the window: both wrong.
    wrongKey = sandbox.signedHeaders(SeedDevice, {}, -3'600'000);
    wrongKey.keyId = QByteArray("idk-POS-1A2B3C01-01"); // another device's key
    reply = sandbox.registry->attest(pos(), wrongKey);
    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("4012"));
    // The window before the nonce and the signature.
    AttestHeaders stale = sandbox.signedHeaders(SeedDevice, "replayednonce1", -3'600'000);
    stale.signature = "v1=" + QByteArray(32, 'x').toBase64();
    QCOMPARE(codeOf(sandbox.registry->attest(pos(), stale)), QStringLiteral("4013"));
    // Nonce before signature.
    QCOMPARE(sandbox.registry->attest(pos(), sandbox.signedHeaders(SeedDevice, "replayednonce1")).status, 200);
    AttestHeaders replayedBadlySigned = sandbox.signedHeaders(SeedDevice, "replayednonce1");
    replayedBadlySigned.signature = "v1=" + QByteArray(32, 'x').toBase64();
    QCOMPARE(codeOf(sandbox.registry->attest(pos(), replayedBadlySigned)), QStringLiteral("4014"));
}

void TestActivation::attestTimestampWindow_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("now") << qint64(0) << true;
    QTest::newRow("5 minutes past") << qint64(-300'000) << true;
    QTest::newRow("5 minutes 1 second past") << qint64(-301'000) << false;
    QTest::newRow("1 minute ahead") << qint64(60'000) << true;
    QTest::newRow("1 minute 1 second ahead") << qint64(61'000) << false;
}

void TestActivation::attestTimestampWindow()
{
    QFETCH(qint64, offsetMs);
    QFETCH(bool, accepted);
    Sandbox sandbox;
    sandbox.claim();
    const SandboxReply reply = sandbox.registry->attest(pos(), sandbox.signedHeaders(SeedDevice, {}, offsetMs));
    if (accepted) {
        QCOMPARE(reply.status, 200);
        return;
    }
    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("4013"));
    QCOMPARE(reply.body[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server_time")].toString(),
             QStringLiteral("2025-12-13T14:25:30Z"));
}

void TestActivation::attestNonceReplay()
{
    Sandbox sandbox;
    sandbox.claim();
    const AttestHeaders headers = sandbox.signedHeaders(SeedDevice, "oncepernonce1");
    const SandboxReply first = sandbox.registry->attest(pos(), headers);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("status")).toString(), QStringLiteral("attested"));
    QCOMPARE(first.body.value(QStringLiteral("expires_in_sec")).toInt(), 300);
    QVERIFY(first.body.value(QStringLiteral("attestation_token")).toString().startsWith(QLatin1String("att_")));
    // The very same request again: a replay.
    const SandboxReply replay = sandbox.registry->attest(pos(), headers);
    QCOMPARE(replay.status, 401);
    QCOMPARE(codeOf(replay), QStringLiteral("4014"));
    // Within 10 minutes a re-signed request with that nonce is still refused...
    sandbox.clock.advanceSeconds(599);
    QCOMPARE(codeOf(sandbox.registry->attest(pos(), sandbox.signedHeaders(SeedDevice, "oncepernonce1"))),
             QStringLiteral("4014"));
    // ...after them it is forgotten; another device's nonces are its own.
    sandbox.clock.advanceSeconds(1);
    QCOMPARE(sandbox.registry->attest(pos(), sandbox.signedHeaders(SeedDevice, "oncepernonce1")).status, 200);
    sandbox.claim(RoomDevice);
    QCOMPARE(sandbox.registry->attest(pos(RoomDevice), sandbox.signedHeaders(RoomDevice, "oncepernonce1")).status, 200);
}

void TestActivation::attestSignatureMismatch()
{
    Sandbox sandbox;
    sandbox.claim();
    // Signed by another device's secret, and a signature over other fields.
    AttestHeaders foreign = sandbox.signedHeaders(SeedDevice);
    foreign.signature =
        crypto::AttestationSignature::sign(demoSecret("viopay-sandbox-identity-secret", RoomDevice),
                                           {SeedDevice, *foreign.keyId, *foreign.timestamp, *foreign.nonce});
    SandboxReply reply = sandbox.registry->attest(pos(), foreign);
    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("4015"));
    AttestHeaders otherNonce = sandbox.signedHeaders(SeedDevice);
    otherNonce.nonce = QByteArray("differentnonce1");
    QCOMPARE(codeOf(sandbox.registry->attest(pos(), otherNonce)), QStringLiteral("4015"));
}

void TestActivation::revokedIdentityKeyIs4012()
{
    Sandbox sandbox;
    sandbox.claim();
    const SandboxReply revoked = sandbox.registry->revokeIdentityKey(QString::fromLatin1(SeedDevice));
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.body.value(QStringLiteral("identity_key_revoked")).toBool(), true);
    const SandboxReply reply = sandbox.registry->attest(pos(), sandbox.signedHeaders());
    QCOMPARE(reply.status, 401);
    QCOMPARE(codeOf(reply), QStringLiteral("4012"));
    QVERIFY(sandbox.stored(QString::fromLatin1(SeedDevice))->factory.identityKeyRevoked);
}

void TestActivation::tenFailedAttestsLockTheDevice()
{
    Sandbox sandbox;
    sandbox.claim();
    for (int i = 0; i < 10; ++i) {
        AttestHeaders bad = sandbox.signedHeaders();
        bad.signature = "v1=" + QByteArray(32, char(i)).toBase64();
        QCOMPARE(codeOf(sandbox.registry->attest(pos(), bad)), QStringLiteral("4015"));
        sandbox.clock.advanceSeconds(10);
    }
    // A right attestation now waits: the lockout is checked last, after the signature.
    const SandboxReply locked = sandbox.registry->attest(pos(), sandbox.signedHeaders());
    QCOMPARE(locked.status, 429);
    QCOMPARE(codeOf(locked), QStringLiteral("4290"));
    QCOMPARE(locked.header("Retry-After"), QByteArray::number(15 * 60 - 100));
    // Another device is not locked.
    sandbox.claim(RoomDevice);
    QCOMPARE(sandbox.registry->attest(pos(RoomDevice), sandbox.signedHeaders(RoomDevice)).status, 200);
    // Once the first failure leaves the window, the device may attest again.
    sandbox.clock.advanceSeconds(15 * 60 - 100);
    QCOMPARE(sandbox.registry->attest(pos(), sandbox.signedHeaders()).status, 200);
}

void TestActivation::nonceMemoryIsBoundedPerDevice()
{
    Sandbox sandbox;
    sandbox.claim();
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(sandbox.registry->attest(pos(), sandbox.signedHeaders()).status, 200);
        sandbox.clock.advanceSeconds(1);
    }
    // Every nonce of the last 10 minutes is still remembered, so the next attestation waits
    // until the oldest is forgotten rather than forgetting it early.
    const SandboxReply full = sandbox.registry->attest(pos(), sandbox.signedHeaders());
    QCOMPARE(full.status, 429);
    QCOMPARE(codeOf(full), QStringLiteral("4290"));
    QCOMPARE(full.header("Retry-After"), QByteArray::number(600 - 100));
    sandbox.clock.advanceSeconds(500);
    QCOMPARE(sandbox.registry->attest(pos(), sandbox.signedHeaders()).status, 200);
}

void TestActivation::stepsOfAnUnknownDeviceAre404()
{
    Sandbox sandbox;
    sandbox.claim();
    const QByteArray token = sandbox.attest();
    const PosHeaders unknown = pos("POS-00000000");
    for (const SandboxReply &reply :
         {sandbox.registry->keys(unknown, {token, {}, {}}), sandbox.registry->config(unknown, {token, {}, {}}),
          sandbox.registry->terminalParameters(unknown, {token, {}, {}}),
          sandbox.registry->activate(unknown, {token, {}, {}})}) {
        QCOMPARE(reply.status, 404);
        QCOMPARE(codeOf(reply), QStringLiteral("4040"));
    }
}

void TestActivation::attestationTokenChecks()
{
    Sandbox sandbox;
    sandbox.claim();
    sandbox.claim(RoomDevice);
    const QByteArray seedToken = sandbox.attest();
    const QByteArray roomToken = sandbox.attest(RoomDevice);
    const QByteArray bare = seedToken.mid(QByteArrayLiteral("Attestation ").size());
    for (const std::optional<QByteArray> &authorization :
         {std::optional<QByteArray>(), std::optional<QByteArray>("Bearer " + bare),
          std::optional<QByteArray>(QByteArray("Attestation att_unknown")), std::optional<QByteArray>(roomToken),
          std::optional<QByteArray>(QByteArray("Attestation"))}) {
        const SandboxReply reply = sandbox.registry->keys(pos(), {authorization, {}, {}});
        QCOMPARE(reply.status, 401);
        QCOMPARE(codeOf(reply), QStringLiteral("4016"));
    }
    // The device headers come first; the scheme is case-insensitive.
    QCOMPARE(codeOf(sandbox.registry->keys({std::nullopt, UserAgent, QByteArray("pos")}, {seedToken, {}, {}})),
             QStringLiteral("4000"));
    QCOMPARE(sandbox.registry->keys(pos(), {"attestation " + bare, {}, {}}).status, 200);
    // A new attestation replaces the device's previous token.
    sandbox.attest();
    QCOMPARE(codeOf(sandbox.registry->config(pos(), {seedToken, {}, {}})), QStringLiteral("4016"));
}

void TestActivation::tokenExpiresAfter300Seconds()
{
    Sandbox sandbox;
    sandbox.claim();
    const QByteArray token = sandbox.attest();
    sandbox.clock.advanceMs(299'999);
    QCOMPARE(sandbox.registry->keys(pos(), {token, {}, {}}).status, 200);
    sandbox.clock.advanceMs(1);
    QCOMPARE(codeOf(sandbox.registry->config(pos(), {token, {}, {}})), QStringLiteral("4016"));
}

void TestActivation::stepsGoInOrder()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.attest();
    const ActivationRequest request{token, {}, {}};
    for (const SandboxReply &reply :
         {sandbox.registry->config(pos(), request), sandbox.registry->terminalParameters(pos(), request),
          sandbox.registry->activate(pos(), request)}) {
        QCOMPARE(reply.status, 409);
        QCOMPARE(codeOf(reply), QStringLiteral("4093"));
    }
    QCOMPARE(sandbox.registry->keys(pos(), request).status, 200);
    QCOMPARE(codeOf(sandbox.registry->terminalParameters(pos(), request)), QStringLiteral("4093"));
    QCOMPARE(sandbox.registry->config(pos(), request).status, 200);
    QCOMPARE(sandbox.registry->config(pos(), request).status, 200);                   // a retry of the last step
    QCOMPARE(codeOf(sandbox.registry->keys(pos(), request)), QStringLiteral("4093")); // no step back
    QCOMPARE(codeOf(sandbox.registry->activate(pos(), request)), QStringLiteral("4093"));
    QCOMPARE(sandbox.registry->terminalParameters(pos(), request).status, 200);
}

void TestActivation::aNewAttestationStartsAgainAtKeys()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    sandbox.readyToActivate(&msk);
    const QByteArray token = sandbox.attest();
    QCOMPARE(codeOf(sandbox.registry->config(pos(), {token, {}, {}})), QStringLiteral("4093"));
    QCOMPARE(sandbox.registry->keys(pos(), {token, {}, {}}).status, 200);
}

void TestActivation::keysFollowTheHierarchy()
{
    Sandbox sandbox;
    sandbox.claim();
    const SandboxReply reply = sandbox.registry->keys(pos(), {sandbox.attest(), {}, {}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("transport")).toObject(),
             QJsonObject({{QStringLiteral("format"), QStringLiteral("TR31")},
                          {QStringLiteral("encryption"), QStringLiteral("AES-256")},
                          {QStringLiteral("wrapped_under"), QStringLiteral("kek")}}));
    const QJsonObject keySet = reply.body.value(QStringLiteral("key_set")).toObject();
    QVERIFY(keySet.value(QStringLiteral("key_set_id")).toString().startsWith(QLatin1String("ks-")));
    QCOMPARE(keySet.value(QStringLiteral("issued_at")).toString(), QStringLiteral("2025-12-13T14:25:30Z"));
    QCOMPARE(keySet.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2026-12-13T14:25:30Z"));

    const QJsonObject keys = reply.body.value(QStringLiteral("keys")).toObject();
    QCOMPARE(keys.keys(), QStringList({"kek", "mac", "msk", "tdk", "tmk", "tpk"}));
    struct Expected {
        const char *name;
        const char *parent; // nullptr: the ZMK
        Tr31KeyBlock::Usage usage;
    };
    const Expected expected[] = {
        {"tmk", nullptr, Tr31KeyBlock::Usage::KeyEncryption}, {"kek", "tmk", Tr31KeyBlock::Usage::KeyEncryption},
        {"msk", "kek", Tr31KeyBlock::Usage::DataEncryption},  {"tpk", "kek", Tr31KeyBlock::Usage::PinEncryption},
        {"tdk", "kek", Tr31KeyBlock::Usage::DataEncryption},  {"mac", "kek", Tr31KeyBlock::Usage::Mac}};
    QHash<QString, QByteArray> clear;
    QSet<QByteArray> distinct;
    for (const Expected &key : expected) {
        const QJsonObject json = keys.value(QLatin1String(key.name)).toObject();
        QCOMPARE(json.keys(), QStringList({"kcv", "key_block", "key_id", "usage"}));
        const QByteArray block = QByteArray::fromBase64(json.value(QStringLiteral("key_block")).toString().toLatin1());
        QCOMPARE(block.at(0), 'D'); // TR-31 version D
        const QByteArray parent =
            key.parent ? clear.value(QLatin1String(key.parent)) : demoSecret("viopay-sandbox-zmk", SeedDevice);
        const auto unwrapped = Tr31KeyBlock::unwrap(parent, block, key.usage);
        QVERIFY2(unwrapped.ok(), key.name);
        QCOMPARE(unwrapped->size(), 32);
        QCOMPARE(json.value(QStringLiteral("usage")).toString().toLatin1(), Tr31KeyBlock::usageName(key.usage));
        QCOMPARE(json.value(QStringLiteral("kcv")).toString().toLatin1(), *crypto::Kcv::of(*unwrapped));
        clear.insert(QLatin1String(key.name), *unwrapped);
        distinct.insert(*unwrapped);
    }
    QCOMPARE(distinct.size(), 6);
    // The MSK is kept for the later steps, and across a restart.
    const auto stored = sandbox.stored(QString::fromLatin1(SeedDevice));
    QCOMPARE(stored->keySet.msk, clear.value(QStringLiteral("msk")));
    QCOMPARE(stored->keySet.keySetId, keySet.value(QStringLiteral("key_set_id")).toString());
    // Fresh keys every time.
    const SandboxReply again = sandbox.registry->keys(pos(), {sandbox.attest(), {}, {}});
    QVERIFY(sandbox.mskOf(again, SeedDevice) != clear.value(QStringLiteral("msk")));
}

void TestActivation::configIsSealedUnderTheMsk()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.throughKeys(&msk);
    const SandboxReply reply = sandbox.registry->config(pos(), {token, {}, {}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("format")).toString(), QStringLiteral("TR31-DATA"));
    QCOMPARE(reply.body.value(QStringLiteral("key_kcv")).toString().toLatin1(), *crypto::Kcv::of(msk));
    const QJsonObject config = openJson(msk, reply.body);
    QCOMPARE(config.value(QStringLiteral("device_id")).toString(), QString::fromLatin1(SeedDevice));
    QCOMPARE(config.value(QStringLiteral("terminal_id")).toString(),
             QStringLiteral("TID-%1").arg(0x8F3A2C91 % 1000000, 6, 10, QLatin1Char('0')));
    const QJsonObject merchant = config.value(QStringLiteral("merchant")).toObject();
    QCOMPARE(merchant.value(QStringLiteral("name")).toString(), QStringLiteral("Cafe Lumen"));
    for (const char *field : {"tip_info", "tax_info", "surcharge_info"})
        QVERIFY2(merchant.value(QLatin1String(field)).isObject(), field);
    for (const char *field : {"location", "emv", "security", "branding"})
        QVERIFY2(config.value(QLatin1String(field)).isObject(), field);
    QVERIFY(config.value(QStringLiteral("heartbeat_interval_sec")).toInt() > 0);
    QVERIFY(config.value(QStringLiteral("update_check_interval_sec")).toInt() > 0);
}

void TestActivation::terminalParametersAreChunkedAndLarge()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.throughKeys(&msk);
    sandbox.registry->config(pos(), {token, {}, {}});
    const SandboxReply reply = sandbox.registry->terminalParameters(pos(), {token, {}, {}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.value(QStringLiteral("format")).toString(), QStringLiteral("TR31-DATA-CHUNKED"));
    QCOMPARE(reply.body.value(QStringLiteral("content_encoding")).toString(), QStringLiteral("gzip"));
    QByteArray gzip;
    for (const QJsonValue chunk : reply.body.value(QStringLiteral("chunks")).toArray()) {
        const auto plaintext = crypto::AesCbc::decrypt(
            msk, *crypto::Hex::decode(chunk[QStringLiteral("initialization_vector")].toString().toLatin1()),
            *crypto::Hex::decode(chunk[QStringLiteral("ciphertext")].toString().toLatin1()),
            crypto::AesCbc::Padding::Pkcs7);
        QVERIFY(plaintext);
        QVERIFY(plaintext->size() <= 4096);
        gzip += *plaintext;
    }
    QVERIFY2(gzip.size() >= 12 * 1024, QByteArray::number(gzip.size()));
    const QJsonObject parameters = openJson(msk, reply.body);
    QCOMPARE(parameters.value(QStringLiteral("device_id")).toString(), QString::fromLatin1(SeedDevice));
    QVERIFY(parameters.value(QStringLiteral("ca_public_keys")).toArray().size() >= 50);
    for (const char *field : {"terminal", "contact", "contactless", "acquirers", "applications"})
        QVERIFY2(parameters.contains(QLatin1String(field)), field);
    // The same parameters every time for a device.
    const QByteArray again =
        *crypto::MskEnvelope::open(msk, sandbox.registry->terminalParameters(pos(), {token, {}, {}}).body);
    QCOMPARE(again, *crypto::MskEnvelope::open(msk, reply.body));
}

void TestActivation::activateChecks_data()
{
    QTest::addColumn<QJsonObject>("readiness");
    QTest::addColumn<QString>("detail");
    const QJsonObject ready = Sandbox::ready();
    QJsonObject missing = ready;
    missing.remove(QStringLiteral("keys_installed"));
    QJsonObject notBoolean = ready;
    notBoolean.insert(QStringLiteral("network_ok"), QStringLiteral("true"));
    QJsonObject notReady = ready;
    notReady.insert(QStringLiteral("emv_ready"), false);
    QTest::newRow("missing") << missing << "keys_installed is required";
    QTest::newRow("not boolean") << notBoolean << "network_ok must be a boolean";
    QTest::newRow("false") << notReady << "emv_ready must be true to activate";
}

void TestActivation::activateChecks()
{
    QFETCH(QJsonObject, readiness);
    QFETCH(QString, detail);
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.readyToActivate(&msk);
    const SandboxReply reply = sandbox.registry->activate(pos(), sandbox.activation(token, msk, readiness));
    QCOMPARE(reply.status, 400);
    QCOMPARE(codeOf(reply), QStringLiteral("4000"));
    QCOMPARE(detailOf(reply), detail);
    QCOMPARE(sandbox.registry->status(pos()).body.value(QStringLiteral("device_status")).toString(),
             QStringLiteral("claimed"));
}

void TestActivation::activateWithAnotherMskIs400()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.readyToActivate(&msk);
    const SandboxReply reply =
        sandbox.registry->activate(pos(), sandbox.activation(token, QByteArray(32, 'k'), Sandbox::ready()));
    QCOMPARE(reply.status, 400);
    QCOMPARE(detailOf(reply), QStringLiteral("the body must be an MSK envelope under this device's MSK"));
    // A plain JSON body is no envelope either; JSON needs its content type.
    ActivationRequest plain{token, QByteArray("application/json"), jsonBytes(Sandbox::ready())};
    QCOMPARE(sandbox.registry->activate(pos(), plain).status, 400);
    plain.contentType = QByteArray("text/plain");
    QCOMPARE(sandbox.registry->activate(pos(), plain).status, 415);
}

void TestActivation::activationCompletesTheFlow()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.readyToActivate(&msk);
    const quint64 version = *sandbox.registry->stateVersion(SeedDevice);
    sandbox.clock.advanceSeconds(5);
    const SandboxReply reply = sandbox.registry->activate(pos(), sandbox.activation(token, msk, Sandbox::ready()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(openJson(msk, reply.body),
             QJsonObject({{QStringLiteral("status"), QStringLiteral("activated")},
                          {QStringLiteral("activated_at"), QStringLiteral("2025-12-13T14:25:35Z")}}));
    QCOMPARE(*sandbox.registry->stateVersion(SeedDevice), version + 1); // a held status wakes
    const QJsonObject status = sandbox.registry->status(pos()).body;
    QCOMPARE(status.value(QStringLiteral("device_status")).toString(), QStringLiteral("activated"));
    QCOMPARE(status.value(QStringLiteral("is_claimed")).toBool(), true);
    const QByteArray bearer = sandbox.signIn();
    QHash<QString, QString> statuses;
    for (const QJsonValue device :
         sandbox.registry->devices({bearer, {}, {}}).body.value(QStringLiteral("devices")).toArray())
        statuses.insert(device[QStringLiteral("device_id")].toString(),
                        device[QStringLiteral("device_status")].toString());
    QCOMPARE(statuses.value(QString::fromLatin1(SeedDevice)), QStringLiteral("activated"));
    QCOMPARE(statuses.value(QStringLiteral("POS-1A2B3C00")), QStringLiteral("inactive"));
    // Once is enough.
    const SandboxReply again = sandbox.registry->activate(pos(), sandbox.activation(token, msk, Sandbox::ready()));
    QCOMPARE(again.status, 409);
    QCOMPARE(codeOf(again), QStringLiteral("4094"));
    // Paired already: no pairing code.
    QCOMPARE(codeOf(sandbox.registry->requestPairingCode(pos())), QStringLiteral("4090"));
}

void TestActivation::releaseRevokesTheKeySet()
{
    Sandbox sandbox;
    sandbox.claim();
    QByteArray msk;
    const QByteArray token = sandbox.readyToActivate(&msk);
    QCOMPARE(sandbox.registry->activate(pos(), sandbox.activation(token, msk, Sandbox::ready())).status, 200);
    const SandboxReply released =
        sandbox.registry->release({sandbox.signIn(), {}, {}}, QString::fromLatin1(SeedDevice));
    QCOMPARE(released.status, 200);
    QCOMPARE(sandbox.registry->status(pos()).body.value(QStringLiteral("device_status")).toString(),
             QStringLiteral("inactive"));
    const auto stored = sandbox.stored(QString::fromLatin1(SeedDevice));
    QVERIFY(stored->keySet.revoked);
    QCOMPARE(stored->activatedAtEpochMs, qint64(0));
    // Its attestation ended with the release; attesting needs a claim again.
    QCOMPARE(codeOf(sandbox.registry->config(pos(), {token, {}, {}})), QStringLiteral("4016"));
    QCOMPARE(codeOf(sandbox.registry->attest(pos(), sandbox.signedHeaders())), QStringLiteral("4092"));
}

void TestActivation::activationSurvivesRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    {
        Sandbox sandbox(path);
        sandbox.claim();
        QByteArray msk;
        const QByteArray token = sandbox.readyToActivate(&msk);
        QCOMPARE(sandbox.registry->activate(pos(), sandbox.activation(token, msk, Sandbox::ready())).status, 200);
    }
    Sandbox sandbox(path);
    QCOMPARE(sandbox.registry->status(pos()).body.value(QStringLiteral("device_status")).toString(),
             QStringLiteral("activated"));
}

void TestActivation::drillClockOffset()
{
    Sandbox sandbox;
    sandbox.claim();
    sandbox.claim(RoomDevice);
    TerminalDrill drill;
    drill.clockOffsetSec = -600;
    sandbox.registry->setDeviceDrills({{QString::fromLatin1(SeedDevice), drill}});
    QCOMPARE(sandbox.registry->bootstrap(pos()).body.value(QStringLiteral("server_time")).toString(),
             QStringLiteral("2025-12-13T14:15:30Z"));
    // A terminal with the right time is now 10 minutes ahead of its server.
    const SandboxReply skewed = sandbox.registry->attest(pos(), sandbox.signedHeaders());
    QCOMPARE(codeOf(skewed), QStringLiteral("4013"));
    QCOMPARE(skewed.body[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("server_time")].toString(),
             QStringLiteral("2025-12-13T14:15:30Z"));
    QCOMPARE(sandbox.registry->attest(pos(), sandbox.signedHeaders(SeedDevice, {}, -600'000)).status, 200);
    // Other devices keep the server's time.
    QCOMPARE(sandbox.registry->attest(pos(RoomDevice), sandbox.signedHeaders(RoomDevice)).status, 200);
}

void TestActivation::drillShortTokenLife()
{
    Sandbox sandbox;
    sandbox.claim();
    TerminalDrill drill;
    drill.attestationLifeSec = 30;
    sandbox.registry->setDeviceDrills({{QString::fromLatin1(SeedDevice), drill}});
    const SandboxReply attested = sandbox.registry->attest(pos(), sandbox.signedHeaders());
    QCOMPARE(attested.body.value(QStringLiteral("expires_in_sec")).toInt(), 30);
    const QByteArray token =
        "Attestation " + attested.body.value(QStringLiteral("attestation_token")).toString().toLatin1();
    sandbox.clock.advanceSeconds(29);
    QCOMPARE(sandbox.registry->keys(pos(), {token, {}, {}}).status, 200);
    sandbox.clock.advanceSeconds(1);
    QCOMPARE(codeOf(sandbox.registry->config(pos(), {token, {}, {}})), QStringLiteral("4016"));
}

void TestActivation::drillCorruptKeyBlock()
{
    Sandbox sandbox;
    sandbox.claim();
    TerminalDrill drill;
    drill.corruptKeyBlock = QStringLiteral("msk");
    sandbox.registry->setDeviceDrills({{QString::fromLatin1(SeedDevice), drill}});
    const SandboxReply keys = sandbox.registry->keys(pos(), {sandbox.attest(), {}, {}});
    QCOMPARE(keys.status, 200);
    // The block is authentic (it unwraps), but its key is not the one the KCV names.
    const QByteArray unwrapped = sandbox.mskOf(keys, SeedDevice);
    QCOMPARE(unwrapped.size(), 32);
    const QByteArray kcv =
        keys.body[QStringLiteral("keys")][QStringLiteral("msk")][QStringLiteral("kcv")].toString().toLatin1();
    QVERIFY(!crypto::Kcv::matches(unwrapped, kcv));
    QCOMPARE(sandbox.stored(QString::fromLatin1(SeedDevice))->keySet.msk.size(), 32);
    QVERIFY(crypto::Kcv::matches(sandbox.stored(QString::fromLatin1(SeedDevice))->keySet.msk, kcv));
    // The other keys are intact.
    const QByteArray tmkKcv =
        keys.body[QStringLiteral("keys")][QStringLiteral("tmk")][QStringLiteral("kcv")].toString().toLatin1();
    const QByteArray tmkBlock = QByteArray::fromBase64(
        keys.body[QStringLiteral("keys")][QStringLiteral("tmk")][QStringLiteral("key_block")].toString().toLatin1());
    QVERIFY(crypto::Kcv::matches(*Tr31KeyBlock::unwrap(demoSecret("viopay-sandbox-zmk", SeedDevice), tmkBlock,
                                                       Tr31KeyBlock::Usage::KeyEncryption),
                                 tmkKcv));
}

void TestActivation::drillFailingConfigAndActivate()
{
    Sandbox sandbox;
    sandbox.claim();
    TerminalDrill drill;
    drill.configErrorCode = QStringLiteral("5030");
    sandbox.registry->setDeviceDrills({{QString::fromLatin1(SeedDevice), drill}});
    QByteArray msk;
    const QByteArray token = sandbox.throughKeys(&msk);
    const SandboxReply failed = sandbox.registry->config(pos(), {token, {}, {}});
    QCOMPARE(failed.status, 503);
    QCOMPARE(codeOf(failed), QStringLiteral("5030"));
    // The failed step had no effect: the next is still out of order.
    QCOMPARE(codeOf(sandbox.registry->terminalParameters(pos(), {token, {}, {}})), QStringLiteral("4093"));

    drill.configErrorCode.clear();
    drill.activateErrorCode = QStringLiteral("5000");
    sandbox.registry->setDeviceDrills({{QString::fromLatin1(SeedDevice), drill}});
    QCOMPARE(sandbox.registry->config(pos(), {token, {}, {}}).status, 200);
    QCOMPARE(sandbox.registry->terminalParameters(pos(), {token, {}, {}}).status, 200);
    const SandboxReply refused = sandbox.registry->activate(pos(), sandbox.activation(token, msk, Sandbox::ready()));
    QCOMPARE(refused.status, 500);
    QCOMPARE(codeOf(refused), QStringLiteral("5000"));
    QCOMPARE(sandbox.registry->status(pos()).body.value(QStringLiteral("device_status")).toString(),
             QStringLiteral("claimed"));
    sandbox.registry->setDeviceDrills({});
    QCOMPARE(sandbox.registry->activate(pos(), sandbox.activation(token, msk, Sandbox::ready())).status, 200);
}

QTEST_GUILESS_MAIN(TestActivation)
#include "tst_activation.moc"
