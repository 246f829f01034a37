#include "api/PosClient.h"
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
