#include "api/PosClient.h"
#include "crypto/AttestationSignature.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace viopay;

class TestPosClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    static DeviceIdentity seedDevice()
    {
        return *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
    }

    static ApiResponse answer(const QByteArray &json, int status = 200, HeaderList headers = {})
    {
        return {status, headers, json, QJsonDocument::fromJson(json).object(), "4bf92f3577b34da6a3ce929d0e0e4736"};
    }

    template <typename T>
    static std::optional<Result<T>> wait(const std::function<void(std::function<void(const Result<T> &)>)> &call)
    {
        std::optional<Result<T>> result;
        call([&result](const Result<T> &value) { result = value; });
        return QTest::qWaitFor([&result] { return result.has_value(); }, 10000) ? result : std::nullopt;
    }

private Q_SLOTS:
    void buildsTheVendorRequests()
    {
        HttpTransport transport(m_network);
        const PosClient client(transport, seedDevice());
        const HeaderList vendorHeaders{{"X-Device-Id", "POS-8F3A2C91"},
                                       {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                                       {"X-Client-Type", "pos"}};
        const ApiRequest bootstrap = client.bootstrapRequest();
        QCOMPARE(bootstrap.method, QByteArray("POST"));
        QCOMPARE(bootstrap.path, QString("/pos/bootstrap"));
        QCOMPARE(bootstrap.headers, vendorHeaders);
        QVERIFY(bootstrap.body.isEmpty());
        QVERIFY(bootstrap.repeatable);
        const ApiRequest code = client.pairingCodeRequest();
        QCOMPARE(code.path, QString("/pos/pairing-code"));
        QCOMPARE(code.headers, vendorHeaders);
        QVERIFY(code.repeatable);
    }

    void buildsTheAttestationRequests()
    {
        HttpTransport transport(m_network);
        const PosClient client(transport, seedDevice());
        const QByteArray secret(32, '\x5a');
        const crypto::AttestationSignature::Fields fields{"POS-8F3A2C91", "idk-POS-8F3A2C91-01", "2025-12-13T14:25:30Z",
                                                          "3F9A0C27B1D44E85A6C3"};
        const Attestation attestation{QString::fromLatin1(fields.keyId), fields.timestamp, fields.nonce,
                                      crypto::AttestationSignature::sign(secret, fields)};
        const ApiRequest attest = client.attestRequest(attestation);
        QCOMPARE(attest.method, QByteArray("POST"));
        QCOMPARE(attest.path, QString("/pos/attest"));
        QVERIFY(!attest.repeatable); // a nonce is good once
        QCOMPARE(attest.headers.size(), 7);
        QCOMPARE(attest.headers.at(0), (QPair<QByteArray, QByteArray>("X-Device-Id", "POS-8F3A2C91")));
        const auto header = [&](const QByteArray &name) {
            for (const auto &[key, value] : attest.headers) {
                if (key == name)
                    return value;
            }
            return QByteArray();
        };
        QCOMPARE(header("X-Key-Id"), fields.keyId);
        QCOMPARE(header("X-Timestamp"), fields.timestamp);
        QCOMPARE(header("X-Nonce"), fields.nonce);
        // What goes on the wire verifies over the headers beside it, as the server checks it.
        const crypto::AttestationSignature::Fields sent{header("X-Device-Id"), header("X-Key-Id"),
                                                        header("X-Timestamp"), header("X-Nonce")};
        QCOMPARE(crypto::AttestationSignature::verify(secret, sent, header("X-Signature")),
                 crypto::AttestationSignature::Verdict::Valid);

        const ApiRequest keys = client.attestedRequest("/pos/keys", "att_7Hq2");
        QCOMPARE(keys.method, QByteArray("POST"));
        QCOMPARE(keys.headers.constLast(), (QPair<QByteArray, QByteArray>("Authorization", "Attestation att_7Hq2")));
        QCOMPARE(keys.headers.at(0), (QPair<QByteArray, QByteArray>("X-Device-Id", "POS-8F3A2C91")));
        QVERIFY(!keys.repeatable);
        const ApiRequest activate = client.activateRequest("att_7Hq2", {{"format", "TR31-DATA"}});
        QCOMPARE(activate.path, QString("/pos/activate"));
        QCOMPARE(activate.contentType, QByteArray("application/json"));
        QCOMPARE(activate.body, QByteArray(R"({"format":"TR31-DATA"})"));
        QCOMPARE(activate.headers, keys.headers);
    }

    void keySetAnswersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray key =
            R"({"key_id":"k","key_block":"RDAwMTEyS0FCMDBFMDAwMA==","usage":"key-encryption","kcv":"0A1B2C"})";
        QByteArray keys = "{";
        for (const char *name : {"tmk", "kek", "msk", "tpk", "tdk", "mac"})
            keys += QByteArray("\"") + name + "\":" + key + ",";
        keys.chop(1);
        keys += "}";
        const QByteArray keySet = R"("key_set":{"key_set_id":"ks_1","issued_at":"x","expires_at":"y"})";
        QTest::newRow("six keys") << "{" + keySet + R"(,"keys":)" + keys + "}" << QString();
        QTest::newRow("no mac") << "{" + keySet + R"(,"keys":)" + QByteArray(keys).replace("\"mac\"", "\"mac2\"") + "}"
                                << "keys.mac";
        QTest::newRow("block not base64")
            << "{" + keySet + R"(,"keys":)" + QByteArray(keys).replace("RDAwMTEyS0FCMDBFMDAwMA==", "%%%") + "}"
            << "key_block";
        QTest::newRow("no kcv") << "{" + keySet + R"(,"keys":)" + QByteArray(keys).replace("\"kcv\"", "\"kvc\"") + "}"
                                << "kcv";
        QTest::newRow("no keys") << "{" + keySet + "}"
                                 << "keys";
    }

    void keySetAnswersAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Result<KeySetGrant> result = PosClient::parseKeySet(answer(json));
        if (problem.isEmpty()) {
            const KeySetGrant grant = std::get<KeySetGrant>(result);
            QCOMPARE(grant.keySetId, QString("ks_1"));
            QCOMPARE(grant.keys.size(), 6);
            QCOMPARE(grant.keys.at(0).name, QString("tmk"));
            QCOMPARE(grant.keys.at(0).keyBlock, QByteArray("D00112KAB00E0000"));
            QCOMPARE(grant.keys.at(5).name, QString("mac"));
            return;
        }
        const ApiError error = std::get<ApiError>(result);
        QCOMPARE(error.kind(), ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
    }

    void attestationAnswersAreChecked()
    {
        const auto grant = PosClient::parseAttestation(
            answer(R"({"status":"attested","attestation_token":"att_7Hq2","expires_in_sec":300})"));
        QCOMPARE(std::get<AttestationGrant>(grant).token, QString("att_7Hq2"));
        QCOMPARE(std::get<AttestationGrant>(grant).expiresInSec, 300);
        const auto noLife =
            PosClient::parseAttestation(answer(R"({"attestation_token":"att_7Hq2","expires_in_sec":0})"));
        QVERIFY(std::get<ApiError>(noLife).message().contains("not a token's life"));
        const auto noToken = PosClient::parseAttestation(answer(R"({"expires_in_sec":300})"));
        QVERIFY(std::get<ApiError>(noToken).message().contains("attestation_token"));
    }

    void statusRequestHoldsOnlyWhenAsked_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<int>("wait");
        QTest::addColumn<QByteArray>("prefer");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("plain poll") << QByteArray() << 0 << QByteArray() << 0;
        QTest::newRow("conditional") << QByteArray("\"3\"") << 0 << QByteArray() << 0;
        QTest::newRow("held 30 s") << QByteArray("\"3\"") << 30 << QByteArray("wait=30") << 40000;
    }

    void statusRequestHoldsOnlyWhenAsked()
    {
        QFETCH(QByteArray, etag);
        QFETCH(int, wait);
        QFETCH(QByteArray, prefer);
        QFETCH(int, timeoutMs);
        HttpTransport transport(m_network);
        const ApiRequest request = PosClient(transport, seedDevice()).statusRequest(etag, wait);
        QCOMPARE(request.method, QByteArray("GET"));
        ApiResponse view{0, request.headers, {}, {}, {}};
        QCOMPARE(view.header("If-None-Match"), etag);
        QCOMPARE(view.header("Prefer"), prefer);
        QCOMPARE(request.timeoutMs, timeoutMs);
    }

    void pairingCodeAnswersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("seed answer") << QByteArray(R"({"pairing_code":"K7M3NP","expires_in_sec":300})") << "";
        QTest::newRow("missing code") << QByteArray(R"({"expires_in_sec":300})") << "no \"pairing_code\"";
        QTest::newRow("code a number") << QByteArray(R"({"pairing_code":123456,"expires_in_sec":300})")
                                       << "\"pairing_code\" in the answer is not a string";
        QTest::newRow("expiry a string") << QByteArray(R"({"pairing_code":"K7M3NP","expires_in_sec":"300"})")
                                         << "\"expires_in_sec\" in the answer is not a whole number";
        QTest::newRow("expiry fractional")
            << QByteArray(R"({"pairing_code":"K7M3NP","expires_in_sec":1.5})") << "not a whole number";
        QTest::newRow("ambiguous symbol")
            << QByteArray(R"({"pairing_code":"K7M0NP","expires_in_sec":300})") << "not a valid code: K7M0NP";
        QTest::newRow("lower case") << QByteArray(R"({"pairing_code":"k7m3np","expires_in_sec":300})")
                                    << "not a valid code";
        QTest::newRow("zero life") << QByteArray(R"({"pairing_code":"K7M3NP","expires_in_sec":0})")
                                   << "not a code's life: 0";
        // Found by fuzzing: a life this long overflowed the kiosk's deadline.
        QTest::newRow("a life beyond a day")
            << QByteArray(R"({"pairing_code":"K7M3NP","expires_in_sec":2121111111111113})")
            << "not a code's life: 2121111111111113";
    }

    void pairingCodeAnswersAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Result<PairingCodeGrant> result = PosClient::parsePairingCode(answer(json));
        if (problem.isEmpty()) {
            QCOMPARE(std::get<PairingCodeGrant>(result).code.value(), QString("K7M3NP"));
            QCOMPARE(std::get<PairingCodeGrant>(result).expiresInSec, 300);
            return;
        }
        const ApiError error = std::get<ApiError>(result);
        QCOMPARE(error.kind(), ApiError::Kind::MalformedResponse);
        QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
        QCOMPARE(error.traceId(), QString("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    void statusAnswersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("pending")
            << QByteArray(
                   R"({"device_status":"inactive","is_claimed":false,"pairing_code_status":"pending","expires_in_sec":120})")
            << "";
        QTest::newRow("claimed")
            << QByteArray(
                   R"({"device_status":"claimed","is_claimed":true,"pairing_code_status":"used","merchant":{"id":"MRC-1001","name":"Cafe Lumen"}})")
            << "";
        QTest::newRow("is_claimed a string")
            << QByteArray(R"({"device_status":"claimed","is_claimed":"true","pairing_code_status":"used"})")
            << "\"is_claimed\" in the answer is not true or false";
        QTest::newRow("merchant without name")
            << QByteArray(
                   R"({"device_status":"claimed","is_claimed":true,"pairing_code_status":"used","merchant":{"id":"MRC-1001"}})")
            << "no \"merchant.name\"";
        QTest::newRow("expiry beyond a day")
            << QByteArray(
                   R"({"device_status":"inactive","is_claimed":false,"pairing_code_status":"pending","expires_in_sec":99999999999})")
            << "not a code's life";
        QTest::newRow("null expiry is absent")
            << QByteArray(
                   R"({"device_status":"inactive","is_claimed":false,"pairing_code_status":"none","expires_in_sec":null})")
            << "";
    }

    void statusAnswersAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Result<DeviceStatus> result = PosClient::parseStatus(answer(json, 200, {{"ETag", "\"4\""}}));
        if (problem.isEmpty()) {
            QCOMPARE(std::get<DeviceStatus>(result).etag, QByteArray("\"4\""));
            return;
        }
        QVERIFY2(std::get<ApiError>(result).message().contains(problem),
                 qPrintable(std::get<ApiError>(result).message()));
    }

    void talksToTheSandbox()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        HttpTransport transport(m_network);
        transport.setBaseUrl(sandbox.url());
        PosClient client(transport, seedDevice());

        const auto boot = wait<BootstrapInfo>([&](auto done) { client.bootstrap(this, done); });
        QVERIFY(boot && std::holds_alternative<BootstrapInfo>(*boot));
        QCOMPARE(std::get<BootstrapInfo>(*boot).minSupportedVersion, QString("1.3.5"));
        QVERIFY(qAbs(std::get<BootstrapInfo>(*boot).serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 5);

        const auto code = wait<PairingCodeGrant>([&](auto done) { client.requestPairingCode(this, done); });
        QVERIFY(code && std::holds_alternative<PairingCodeGrant>(*code));
        QCOMPARE(std::get<PairingCodeGrant>(*code).expiresInSec, 300);

        const auto first = wait<DeviceStatus>([&](auto done) { client.status({}, 0, this, done); });
        const DeviceStatus pending = std::get<DeviceStatus>(*first);
        QCOMPARE(pending.pairingCodeStatus, QString("pending"));
        QVERIFY(pending.expiresInSec.has_value());
        QVERIFY(!pending.waitHonoured);

        const auto held = wait<DeviceStatus>([&](auto done) { client.status(pending.etag, 1, this, done); });
        QVERIFY(std::get<DeviceStatus>(*held).notModified);
        QVERIFY2(std::get<DeviceStatus>(*held).waitHonoured, "the sandbox holds status requests");
        QCOMPARE(std::get<DeviceStatus>(*held).appliedWaitSeconds, 1);
    }

    void unknownDeviceIsAnHttpError()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        HttpTransport transport(m_network);
        transport.setBaseUrl(sandbox.url());
        PosClient client(transport, *DeviceIdentity::create(u"POS-DEADBEEF", u"1.4.2", u"Android 12", u"PAX-A920"));
        const auto boot = wait<BootstrapInfo>([&](auto done) { client.bootstrap(this, done); });
        const ApiError error = std::get<ApiError>(*boot);
        QCOMPARE(error.httpStatus(), 404);
        QCOMPARE(error.code(), QString("4040"));
    }
};

QTEST_GUILESS_MAIN(TestPosClient)
#include "tst_posclient.moc"
