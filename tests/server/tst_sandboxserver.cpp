// The sandbox over real HTTP on 127.0.0.1 port 0: every endpoint, holding, faults, limits,
// hostile input, and the request shapes of the vendor's example clients.
#include "HttpProbe.h"

#include "crypto/AttestationSignature.h"
#include "crypto/MskEnvelope.h"
#include "crypto/Tr31KeyBlock.h"

#include "sandbox/SandboxServer.h"
#include "sandbox/SecretHash.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace viopay::sandbox;
using Header = QPair<QByteArray, QByteArray>;
using Headers = QList<Header>;
using Response = HttpProbe::Response;

namespace {
Headers posHeaders(const QByteArray &deviceId = "POS-8F3A2C91")
{
    return {
        {"X-Device-Id", deviceId}, {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"}, {"X-Client-Type", "pos"}};
}

bool isTraceId(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(QString::fromLatin1(value)).hasMatch();
}

// The sandbox's request log (category viopay.sandbox.http), written on the server's thread,
// captured while one of these exists.
class RequestLogCapture {
public:
    RequestLogCapture()
    {
        std::lock_guard lock(s_mutex);
        s_lines = &m_lines;
        s_previous = qInstallMessageHandler(&RequestLogCapture::handle);
    }
    ~RequestLogCapture()
    {
        std::lock_guard lock(s_mutex);
        qInstallMessageHandler(s_previous);
        s_lines = nullptr;
    }
    QStringList lines() const
    {
        std::lock_guard lock(s_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        std::lock_guard lock(s_mutex);
        if (s_lines && qstrcmp(context.category, "viopay.sandbox.http") == 0)
            s_lines->append(message);
        else if (s_previous)
            s_previous(type, context, message);
    }

    static inline std::mutex s_mutex;
    static inline QStringList *s_lines = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
    QStringList m_lines;
};

// Holds every secret derivation (SecretHash's test hook) until opened, counting those that came.
class HashGate {
public:
    void pass()
    {
        std::unique_lock lock(m_mutex);
        ++m_arrivals;
        m_opened.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_opened.notify_all();
    }
    int arrivals() const
    {
        std::lock_guard lock(m_mutex);
        return m_arrivals;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_opened;
    int m_arrivals = 0;
    bool m_open = false;
};

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar symbol) {
        return symbol.unicode() < 0x20 || (symbol.unicode() >= 0x7f && symbol.unicode() <= 0x9f);
    });
}
} // namespace

class TestSandboxServer : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    quint16 m_port = 0;

    Response call(const QByteArray &method, const QByteArray &target, const Headers &headers = {},
                  const QByteArray &body = {}, int timeoutMs = 5000)
    {
        return HttpProbe::request(m_port, method, target, headers, body, timeoutMs);
    }

    QByteArray requestCode(const QByteArray &deviceId = "POS-8F3A2C91")
    {
        return call("POST", "/pos/pairing-code", posHeaders(deviceId)).json()["pairing_code"].toString().toLatin1();
    }

    QByteArray etag(const QByteArray &deviceId = "POS-8F3A2C91")
    {
        return call("GET", "/pos/status", posHeaders(deviceId)).header("ETag");
    }

    Response passwordGrant(const QByteArray &user = "ops@cafe-lumen.test")
    {
        return call("POST", "/realms/viopay/protocol/openid-connect/token",
                    {{"Content-Type", "application/x-www-form-urlencoded"}},
                    "grant_type=password&client_id=viopay-desk&username=" + user + "&password=pairing-demo");
    }

    Response revoke(const QByteArray &form)
    {
        return call("POST", "/realms/viopay/protocol/openid-connect/revoke",
                    {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
    }

    QByteArray signIn(const QByteArray &user = "ops@cafe-lumen.test")
    {
        const Response token = passwordGrant(user);
        QByteArray access = token.json()["access_token"].toString().toLatin1();
        call("POST", "/session/initiate", {{"Authorization", "Bearer " + access}, {"Content-Type", "application/json"}},
             R"({"host":"merchant.viopay.io"})");
        return access;
    }

    Response claim(const QByteArray &token, const QByteArray &code)
    {
        return call("POST", "/pos/claim", {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
                    R"({"pairing_code":")" + code + R"("})");
    }

    void setFaults(const QByteArray &faults)
    {
        QCOMPARE(call("PUT", "/sandbox/faults", {{"Content-Type", "application/json"}}, faults).status, 200);
    }

    Response setNetwork(const QByteArray &network)
    {
        return call("PUT", "/sandbox/network", {{"Content-Type", "application/json"}}, network);
    }

    // Sends one raw request on a new connection and waits for the server to close it: every byte
    // it sent first, or nullopt if it kept the connection open.
    std::optional<QByteArray> bytesBeforeClose(const QByteArray &raw)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!socket.waitForConnected(3000))
            return std::nullopt;
        socket.write(raw);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 3000) {
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        received += socket.readAll();
        if (socket.state() == QAbstractSocket::ConnectedState)
            return std::nullopt;
        return received;
    }

    // A device list request (FLEET.md), conditional and waiting when given a tag and a wait.
    Headers listHeaders(const QByteArray &token, const QByteArray &etag = {}, const QByteArray &wait = {})
    {
        Headers headers{{"Authorization", "Bearer " + token}};
        if (!etag.isEmpty())
            headers << Header{"If-None-Match", etag};
        if (!wait.isEmpty())
            headers << Header{"Prefer", wait};
        return headers;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(SandboxServer::Options{});
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_port = m_server->port();
        QVERIFY(m_port != 0);
    }

    void cleanup() { m_server.reset(); }

    void urlNamesTheBoundPort() { QCOMPARE(m_server->url(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port))); }

    void everyAnswerCarriesATraceId_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("withPosHeaders");
        QTest::addColumn<int>("status");
        QTest::newRow("200 bootstrap") << QByteArray("POST") << QByteArray("/pos/bootstrap") << true << 200;
        QTest::newRow("400 headers") << QByteArray("POST") << QByteArray("/pos/bootstrap") << false << 400;
        QTest::newRow("404 path") << QByteArray("GET") << QByteArray("/no/such/path") << false << 404;
        QTest::newRow("405 method") << QByteArray("DELETE") << QByteArray("/pos/status") << true << 405;
        QTest::newRow("401 claim") << QByteArray("POST") << QByteArray("/pos/claim") << false << 401;
        QTest::newRow("200 admin") << QByteArray("GET") << QByteArray("/sandbox/state") << false << 200;
    }

    void everyAnswerCarriesATraceId()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(bool, withPosHeaders);
        QFETCH(int, status);
        const Response response = call(method, target, withPosHeaders ? posHeaders() : Headers{});
        QCOMPARE(response.status, status);
        QVERIFY2(isTraceId(response.header("X-Trace-Id")), response.header("X-Trace-Id").constData());
        if (status >= 400)
            QCOMPARE(response.error()["trace_id"].toString().toLatin1(), response.header("X-Trace-Id"));
    }

    void everyAnswerForbidsSniffingAndStoring_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::newRow("200 bootstrap") << QByteArray("POST") << QByteArray("/pos/bootstrap") << posHeaders() << 200;
        QTest::newRow("400 headers") << QByteArray("POST") << QByteArray("/pos/bootstrap") << Headers{} << 400;
        QTest::newRow("404 path") << QByteArray("GET") << QByteArray("/no/such/path") << Headers{} << 404;
        QTest::newRow("405 method") << QByteArray("DELETE") << QByteArray("/pos/status") << posHeaders() << 405;
        QTest::newRow("401 claim") << QByteArray("POST") << QByteArray("/pos/claim") << Headers{} << 401;
        QTest::newRow("400 token") << QByteArray("POST") << QByteArray("/realms/viopay/protocol/openid-connect/token")
                                   << Headers{{"Content-Type", "application/x-www-form-urlencoded"}} << 400;
        QTest::newRow("200 admin") << QByteArray("GET") << QByteArray("/sandbox/state") << Headers{} << 200;
        QTest::newRow("403 admin") << QByteArray("GET") << QByteArray("/sandbox/state")
                                   << Headers{{"Host", "evil.example"}} << 403;
        QTest::newRow("200 claim page") << QByteArray("GET") << QByteArray("/claim?code=K7M3NP") << Headers{} << 200;
    }

    void everyAnswerForbidsSniffingAndStoring()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        const Response answer = call(method, target, headers);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(answer.header("Cache-Control"), QByteArray("no-store"));
    }

    void notModifiedForbidsStoringToo()
    {
        Headers headers = posHeaders();
        headers.append(Header{"If-None-Match", etag()});
        const Response answer = call("GET", "/pos/status", headers);
        QCOMPARE(answer.status, 304);
        QCOMPARE(answer.header("Cache-Control"), QByteArray("no-store"));
    }

    void traceparentTraceIdIsReused()
    {
        Headers headers = posHeaders();
        headers.append(Header{"traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"});
        QCOMPARE(call("POST", "/pos/bootstrap", headers).header("X-Trace-Id"),
                 QByteArray("4bf92f3577b34da6a3ce929d0e0e4736"));
        headers.last().second = "garbage";
        const QByteArray fresh = call("POST", "/pos/bootstrap", headers).header("X-Trace-Id");
        QVERIFY(isTraceId(fresh));
        QVERIFY(fresh != "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    void unknownPathAndWrongMethodUseTheEnvelope()
    {
        const Response missing = call("GET", "/pos/unknown");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error()["code"].toString(), QString("4040"));
        QCOMPARE(missing.error()["message"].toString(), QString("No such endpoint: /pos/unknown"));
        const Response wrongMethod = call("GET", "/pos/pairing-code", posHeaders());
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.error()["code"].toString(), QString("4050"));
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST"));
        QCOMPARE(call("POST", "/sandbox/faults", {}, "{}").header("Allow"), QByteArray("GET, PUT"));
    }

    void posHeadersAreCheckedInOrder_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << Headers{} << 400 << "4000"
                              << "X-Device-Id header is required";
        QTest::newRow("bad user agent") << Headers{{"X-Device-Id", "POS-8F3A2C91"}, {"User-Agent", "curl/8.0"}} << 400
                                        << "4000"
                                        << "User-Agent";
        QTest::newRow("no client type") << Headers{{"X-Device-Id", "POS-8F3A2C91"},
                                                   {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"}}
                                        << 400 << "4000"
                                        << "X-Client-Type";
        QTest::newRow("unknown device") << posHeaders("POS-00000000") << 404 << "4040"
                                        << "";
    }

    void posHeadersAreCheckedInOrder()
    {
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        for (const QByteArray target : {"/pos/bootstrap", "/pos/pairing-code"}) {
            const Response response = call("POST", target, headers);
            QCOMPARE(response.status, status);
            QCOMPARE(response.error()["code"].toString(), code);
            QVERIFY2(response.error()["message"].toString().contains(message), response.body.constData());
        }
        QCOMPARE(call("GET", "/pos/status", headers).status, status);
    }

    void wholeFlowOverHttp()
    {
        const Response bootstrap = call("POST", "/pos/bootstrap", posHeaders());
        QCOMPARE(bootstrap.json()["min_supported_version"].toString(), QString("1.3.5"));
        QVERIFY(QDateTime::fromString(bootstrap.json()["server_time"].toString(), Qt::ISODate).isValid());

        const Response code = call("POST", "/pos/pairing-code", posHeaders());
        QCOMPARE(code.status, 200);
        QCOMPARE(code.json()["expires_in_sec"].toInt(), 300);
        const QByteArray value = code.json()["pairing_code"].toString().toLatin1();
        QCOMPARE(call("GET", "/pos/status", posHeaders()).json()["pairing_code_status"].toString(), QString("pending"));

        const QByteArray token = signIn();
        QVERIFY(!token.isEmpty());
        const QByteArray typed = value.toLower().insert(3, '-');
        const Response claimed = claim(token, typed);
        QCOMPARE(claimed.status, 200);
        QCOMPARE(claimed.json()["device_id"].toString(), QString("POS-8F3A2C91"));

        const QJsonObject status = call("GET", "/pos/status", posHeaders()).json();
        QCOMPARE(status["is_claimed"].toBool(), true);
        QCOMPARE(status["pairing_code_status"].toString(), QString("used"));
        QVERIFY(!status.contains("merchant")); // anyone knowing the device id may ask

        const Headers bearer{{"Authorization", "Bearer " + token}};
        const QJsonArray devices = call("GET", "/merchant/devices", bearer).json()["devices"].toArray();
        QCOMPARE(devices.size(), 11);
        const Response released = call("POST", "/merchant/devices/POS-8F3A2C91/release", bearer);
        QCOMPARE(released.status, 200);
        QCOMPARE(released.json()["device_status"].toString(), QString("inactive"));
        QCOMPARE(call("GET", "/pos/status", posHeaders()).json()["pairing_code_status"].toString(), QString("none"));
        QCOMPARE(call("POST", "/merchant/devices/POS-0BADF00D/release", bearer).status, 404);
    }

    // Steps 5 to 8 as a terminal runs them, with the secrets the admin endpoint gives.
    void activationOverHttp()
    {
        const QByteArray device = "POS-1A2B3C05";
        const QByteArray code = requestCode(device);
        QCOMPARE(claim(signIn(), code).status, 200);
        const QJsonObject factory = call("GET", "/sandbox/devices/" + device + "/factory").json()["factory"].toObject();
        const QByteArray keyId = factory["identity_key_id"].toString().toLatin1();
        const QByteArray secret = QByteArray::fromBase64(factory["identity_secret"].toString().toLatin1());
        const QByteArray zmk = QByteArray::fromBase64(factory["zmk"].toString().toLatin1());
        const QByteArray timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
        const QByteArray nonce = "n0nce0ver0http";
        const QByteArray signature =
            viopay::crypto::AttestationSignature::sign(secret, {device, keyId, timestamp, nonce});
        Headers attestHeaders = posHeaders(device);
        attestHeaders +=
            {{"X-Key-Id", keyId}, {"X-Timestamp", timestamp}, {"X-Nonce", nonce}, {"X-Signature", signature}};
        const Response attested = call("POST", "/pos/attest", attestHeaders);
        QCOMPARE(attested.status, 200);
        QCOMPARE(call("POST", "/pos/attest", attestHeaders).error()["code"].toString(), QString("4014"));

        Headers steps = posHeaders(device);
        steps += {"Authorization", "Attestation " + attested.json()["attestation_token"].toString().toLatin1()};
        const Response keys = call("POST", "/pos/keys", steps);
        QCOMPARE(keys.status, 200);
        const auto block = [&](const char *name) {
            return QByteArray::fromBase64(keys.json()["keys"][QLatin1String(name)]["key_block"].toString().toLatin1());
        };
        using viopay::crypto::Tr31KeyBlock;
        const QByteArray tmk = Tr31KeyBlock::unwrap(zmk, block("tmk"), Tr31KeyBlock::Usage::KeyEncryption).value();
        const QByteArray kek = Tr31KeyBlock::unwrap(tmk, block("kek"), Tr31KeyBlock::Usage::KeyEncryption).value();
        const QByteArray msk = Tr31KeyBlock::unwrap(kek, block("msk"), Tr31KeyBlock::Usage::DataEncryption).value();
        const Response config = call("POST", "/pos/config", steps);
        QCOMPARE(config.status, 200);
        QVERIFY(viopay::crypto::MskEnvelope::open(msk, config.json()).ok());
        const Response parameters = call("POST", "/pos/terminal-parameters", steps);
        QCOMPARE(parameters.status, 200);
        QVERIFY(viopay::crypto::MskEnvelope::open(msk, parameters.json()).ok());

        const QByteArray ready = R"({"emv_ready":true,"keys_installed":true,"network_ok":true})";
        const QJsonObject envelope = viopay::crypto::MskEnvelope::seal(msk, ready).value();
        const Response activated = call("POST", "/pos/activate", steps + Headers{{"Content-Type", "application/json"}},
                                        QJsonDocument(envelope).toJson(QJsonDocument::Compact));
        QCOMPARE(activated.status, 200);
        const QByteArray answer = viopay::crypto::MskEnvelope::open(msk, activated.json()).value();
        QCOMPARE(QJsonDocument::fromJson(answer)["status"].toString(), QString("activated"));
        QCOMPARE(call("GET", "/pos/status", posHeaders(device)).json()["device_status"].toString(),
                 QString("activated"));
        // The secrets are the admin's only: the state shows none.
        QVERIFY(!call("GET", "/sandbox/state").body.contains(factory["zmk"].toString().toLatin1()));
    }

    void revokingTheRefreshTokenRefusesItsAccessToken()
    {
        const Response token = passwordGrant();
        const QByteArray access = token.json()["access_token"].toString().toLatin1();
        const QByteArray refresh = token.json()["refresh_token"].toString().toLatin1();
        const Headers bearer{{"Authorization", "Bearer " + access}, {"Content-Type", "application/json"}};
        QCOMPARE(call("POST", "/session/initiate", bearer, R"({"host":"merchant.viopay.io"})").status, 200);
        QCOMPARE(call("GET", "/merchant/devices", bearer).status, 200);

        const Response revoked = revoke("token=" + refresh + "&token_type_hint=refresh_token&client_id=viopay-desk");
        QCOMPARE(revoked.status, 200);
        QVERIFY(revoked.body.isEmpty());
        QCOMPARE(revoked.header("Content-Length"), QByteArray("0"));
        QVERIFY(revoked.header("Content-Type").isEmpty());
        QVERIFY(isTraceId(revoked.header("X-Trace-Id")));

        const Response devices = call("GET", "/merchant/devices", bearer);
        QCOMPARE(devices.status, 401);
        QCOMPARE(devices.error()["code"].toString(), QString("4010"));
        const Response refreshed = call("POST", "/realms/viopay/protocol/openid-connect/token",
                                        {{"Content-Type", "application/x-www-form-urlencoded"}},
                                        "grant_type=refresh_token&client_id=viopay-desk&refresh_token=" + refresh);
        QCOMPARE(refreshed.status, 401);
        QCOMPARE(refreshed.json()["error"].toString(), QString("invalid_grant"));
    }

    void revokingAnUnknownTokenIs200AndNoTokenIs400()
    {
        const Response unknown = revoke("token=bm9wZQ&client_id=viopay-desk");
        QCOMPARE(unknown.status, 200);
        QVERIFY(unknown.body.isEmpty());

        const Response missing = revoke("client_id=viopay-desk");
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json()["error"].toString(), QString("invalid_request"));
        QVERIFY(!missing.json()["error_description"].toString().isEmpty());
        QCOMPARE(missing.header("Cache-Control"), QByteArray("no-store"));

        const Response get = call("GET", "/realms/viopay/protocol/openid-connect/revoke");
        QCOMPARE(get.status, 405);
        QCOMPARE(get.header("Allow"), QByteArray("POST"));
    }

    void heldStatusIsAnsweredWhenTheDeviceIsClaimed()
    {
        const QByteArray code = requestCode();
        const QByteArray token = signIn();
        HttpProbe held(m_port);
        QVERIFY(held.connectToServer());
        Headers headers = posHeaders();
        headers << Header{"If-None-Match", etag()} << Header{"Prefer", "wait=20"};
        QVERIFY(held.send(HttpProbe::build("GET", "/pos/status", headers, {})));
        QTRY_COMPARE(m_server->heldStatusRequests(), 1);
        QCOMPARE(claim(token, code).status, 200);
        QElapsedTimer sinceClaim;
        sinceClaim.start();
        const Response answer = held.receive(5000);
        QCOMPARE(answer.status, 200);
        QVERIFY2(sinceClaim.elapsed() < 2000, "the held request should be answered right after the claim");
        QCOMPARE(answer.json()["is_claimed"].toBool(), true);
        QCOMPARE(answer.header("Preference-Applied"), QByteArray("wait=20"));
        QVERIFY(answer.header("ETag") != headers.at(3).second);
    }

    void heldStatusRequestsAreCounted()
    {
        const QByteArray code = requestCode();
        const QByteArray token = signIn();
        QCOMPARE(m_server->heldStatusRequests(), 0);
        HttpProbe held(m_port);
        QVERIFY(held.connectToServer());
        Headers headers = posHeaders();
        headers << Header{"If-None-Match", etag()} << Header{"Prefer", "wait=20"};
        QVERIFY(held.send(HttpProbe::build("GET", "/pos/status", headers, {})));
        QTRY_COMPARE(m_server->heldStatusRequests(), 1);
        QCOMPARE(claim(token, code).status, 200);
        QCOMPARE(held.receive(5000).status, 200);
        QCOMPARE(m_server->heldStatusRequests(), 0);
    }

    void heldStatusTimesOutWith304()
    {
        requestCode();
        const QByteArray current = etag();
        Headers headers = posHeaders();
        headers << Header{"If-None-Match", current} << Header{"Prefer", "wait=1"};
        QElapsedTimer timer;
        timer.start();
        const Response answer = call("GET", "/pos/status", headers);
        QCOMPARE(answer.status, 304);
        QVERIFY(timer.elapsed() >= 900);
        QCOMPARE(answer.header("ETag"), current);
        QCOMPARE(answer.header("Preference-Applied"), QByteArray("wait=1"));
        QVERIFY(isTraceId(answer.header("X-Trace-Id")));
        QVERIFY(answer.body.isEmpty());
        QCOMPARE(m_server->heldStatusRequests(), 0);
    }

    void heldDeviceListAnswersOnEachKindOfChange_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::newRow("another operator's claim") << QByteArray("claim");
        QTest::newRow("release") << QByteArray("release");
        QTest::newRow("rename") << QByteArray("rename");
        QTest::newRow("new code") << QByteArray("code");
        QTest::newRow("provisioning") << QByteArray("provision");
    }

    void heldDeviceListAnswersOnEachKindOfChange()
    {
        QFETCH(QByteArray, change);
        const QByteArray code = requestCode();
        const QByteArray viewer = signIn("viewer@cafe-lumen.test");
        const QByteArray ops = signIn();
        if (change == "release")
            QCOMPARE(claim(ops, code).status, 200);
        const Response first = call("GET", "/merchant/devices", listHeaders(viewer));
        QCOMPARE(first.status, 200);
        const QByteArray tag = first.header("ETag");
        QVERIFY(!tag.isEmpty());

        HttpProbe held(m_port);
        QVERIFY(held.connectToServer());
        QVERIFY(held.send(HttpProbe::build("GET", "/merchant/devices", listHeaders(viewer, tag, "wait=20"), {})));
        QTRY_COMPARE(m_server->heldStatusRequests(), 1);
        const Headers opsJson{{"Authorization", "Bearer " + ops}, {"Content-Type", "application/json"}};
        if (change == "claim")
            QCOMPARE(claim(ops, code).status, 200);
        else if (change == "release")
            QCOMPARE(call("POST", "/merchant/devices/POS-8F3A2C91/release", opsJson).status, 200);
        else if (change == "rename")
            QCOMPARE(call("PATCH", "/merchant/devices/POS-1A2B3C01", opsJson, R"({"name":"Patio"})").status, 200);
        else if (change == "code")
            requestCode("POS-1A2B3C02");
        else
            QCOMPARE(call("POST", "/sandbox/devices", {{"Content-Type", "text/csv"}},
                          "device_id,merchant_id,model\nPOS-AA000001,MRC-1001,PAX-A920\n")
                         .status,
                     201);
        QElapsedTimer sinceChange;
        sinceChange.start();
        const Response answer = held.receive(5000);
        QCOMPARE(answer.status, 200);
        QVERIFY2(sinceChange.elapsed() < 1000, "the held list should be answered right after the change");
        QVERIFY(answer.header("ETag") != tag);
        QCOMPARE(answer.header("Preference-Applied"), QByteArray("wait=20"));
        QCOMPARE(answer.json(), call("GET", "/merchant/devices", listHeaders(viewer)).json());
    }

    void heldDeviceListTimesOutWith304()
    {
        const QByteArray token = signIn();
        const QByteArray tag = call("GET", "/merchant/devices", listHeaders(token)).header("ETag");
        QElapsedTimer timer;
        timer.start();
        const Response answer = call("GET", "/merchant/devices", listHeaders(token, tag, "wait=1"));
        QCOMPARE(answer.status, 304);
        QVERIFY(timer.elapsed() >= 900);
        QCOMPARE(answer.header("ETag"), tag);
        QVERIFY(answer.body.isEmpty());
        QCOMPARE(call("GET", "/merchant/devices", listHeaders(token, tag)).status, 304); // no wait: at once
        const Response stale = call("GET", "/merchant/devices", listHeaders(token, "\"other\"", "wait=99"));
        QCOMPARE(stale.status, 200);                                         // another tag: the list at once
        QCOMPARE(stale.header("Preference-Applied"), QByteArray("wait=30")); // above 30 counts as 30
    }

    void heldDeviceListsAreBoundedPerMerchant()
    {
        const QByteArray token = signIn();
        const QByteArray tag = call("GET", "/merchant/devices", listHeaders(token)).header("ETag");
        std::vector<std::unique_ptr<HttpProbe>> probes;
        for (int i = 0; i < 32; ++i) {
            probes.push_back(std::make_unique<HttpProbe>(m_port));
            QVERIFY(probes.back()->connectToServer());
            QVERIFY(probes.back()->send(
                HttpProbe::build("GET", "/merchant/devices", listHeaders(token, tag, "wait=20"), {})));
        }
        QTRY_COMPARE(m_server->heldStatusRequests(), 32);
        const Response refused = call("GET", "/merchant/devices", listHeaders(token, tag, "wait=20"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.error()["code"].toString(), QStringLiteral("4290"));
        QVERIFY(!refused.header("Retry-After").isEmpty());
    }

    void fleetEndpointsOverHttp()
    {
        const QByteArray ops = signIn();
        const Headers opsJson{{"Authorization", "Bearer " + ops}, {"Content-Type", "application/json"}};
        QCOMPARE(call("GET", "/merchant/locations", opsJson).json()["locations"].toArray().size(), 2);
        const Response patched =
            call("PATCH", "/merchant/devices/POS-1A2B3C00", opsJson, R"({"location_id":"LOC-1001-HARB"})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()["location_id"].toString(), QStringLiteral("LOC-1001-HARB"));
        const Response events = call("GET", "/merchant/devices/POS-1A2B3C00/events?limit=1", opsJson);
        QCOMPARE(events.status, 200);
        QCOMPARE(events.json()["events"].toArray().size(), 1);
        QCOMPARE(events.json()["events"][0]["trace_id"].toString().toLatin1(), patched.header("X-Trace-Id"));
        const Response wrongMethod = call("GET", "/merchant/devices/POS-1A2B3C00", opsJson);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("PATCH"));
        const Response viewer = call(
            "PATCH", "/merchant/devices/POS-1A2B3C00",
            {{"Authorization", "Bearer " + signIn("viewer@cafe-lumen.test")}, {"Content-Type", "application/json"}},
            R"({"name":"x"})");
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.error()["code"].toString(), QStringLiteral("4031"));
    }

    void idempotencyKeyOverHttp()
    {
        const QByteArray code = requestCode();
        const QByteArray ops = signIn();
        const Headers headers{{"Authorization", "Bearer " + ops},
                              {"Content-Type", "application/json"},
                              {"Idempotency-Key", "lost-answer-1"}};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("pairing_code"), QString::fromLatin1(code)}})
                                    .toJson(QJsonDocument::Compact);
        const Response first = call("POST", "/pos/claim", headers, body);
        QCOMPARE(first.status, 200);
        const Response retry = call("POST", "/pos/claim", headers, body);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body, first.body);
        const Response other = call("POST", "/pos/claim", headers, "{\"pairing_code\":\"ABCDEF\"}");
        QCOMPARE(other.status, 422);
        QCOMPARE(other.error()["code"].toString(), QStringLiteral("4220"));
    }

    // viopay-sandbox --provision: the training room is there before the first request, or the
    // server does not start and says which line is wrong.
    void provisionCsvBeforeServing()
    {
        SandboxServer::Options options;
        options.provisionCsv = "device_id,merchant_id,model\nPOS-AA000001,MRC-1001,PAX-A920\nPOS-AA000002,MRC-9,X\n";
        SandboxServer refused(options);
        QString error;
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(QStringLiteral("line 3:")), qPrintable(error));

        options.provisionCsv = "device_id,merchant_id,model\nPOS-AA000001,MRC-1001,PAX-A920\n";
        SandboxServer room(options);
        QVERIFY2(room.start(&error), qPrintable(error));
        const QByteArray state = HttpProbe::request(room.port(), "GET", "/sandbox/state", {{"Host", "127.0.0.1"}}).body;
        QVERIFY(state.contains("POS-AA000001"));
    }

    void bulkProvisioningTakesCsvButNotText()
    {
        const QByteArray csv = "device_id,merchant_id,model\nPOS-AA000001,MRC-1001,PAX-A920\n";
        QCOMPARE(call("POST", "/sandbox/devices", {{"Content-Type", "text/plain"}}, csv).status, 415);
        const Response created = call("POST", "/sandbox/devices", {{"Content-Type", "text/csv"}}, csv);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json()["devices"].toArray().size(), 1);
        const Response again = call("POST", "/sandbox/devices", {{"Content-Type", "text/csv"}}, csv);
        QCOMPARE(again.status, 409);
        QVERIFY(again.error()["message"].toString().startsWith(QStringLiteral("line 2:")));
    }

    void conditionalStatusWithoutWaitAnswersAtOnce_data()
    {
        QTest::addColumn<bool>("matching");
        QTest::addColumn<QByteArray>("prefer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("applied");
        QTest::newRow("match, no Prefer") << true << QByteArray() << 304 << QByteArray();
        QTest::newRow("match, wait=0") << true << QByteArray("wait=0") << 304 << QByteArray("wait=0");
        QTest::newRow("stale etag, wait=20") << false << QByteArray("wait=20") << 200 << QByteArray("wait=20");
        QTest::newRow("stale etag, wait=99 capped") << false << QByteArray("wait=99") << 200 << QByteArray("wait=30");
    }

    void conditionalStatusWithoutWaitAnswersAtOnce()
    {
        QFETCH(bool, matching);
        QFETCH(QByteArray, prefer);
        QFETCH(int, status);
        QFETCH(QByteArray, applied);
        requestCode();
        Headers headers = posHeaders();
        headers.append(Header{"If-None-Match", matching ? etag() : QByteArray("\"999\"")});
        if (!prefer.isEmpty())
            headers.append(Header{"Prefer", prefer});
        QElapsedTimer timer;
        timer.start();
        const Response answer = call("GET", "/pos/status", headers);
        QCOMPARE(answer.status, status);
        QVERIFY(timer.elapsed() < 900);
        QCOMPARE(answer.header("Preference-Applied"), applied);
    }

    void expiringACodeWakesTheHeldRequest()
    {
        requestCode();
        HttpProbe held(m_port);
        QVERIFY(held.connectToServer());
        Headers headers = posHeaders();
        headers << Header{"If-None-Match", etag()} << Header{"Prefer", "wait=20"};
        QVERIFY(held.send(HttpProbe::build("GET", "/pos/status", headers, {})));
        QTRY_COMPARE(m_server->heldStatusRequests(), 1);
        QCOMPARE(
            call("POST", "/sandbox/devices/POS-8F3A2C91/expire-code", {{"Content-Type", "application/json"}}).status,
            200);
        const Response answer = held.receive(3000);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()["pairing_code_status"].toString(), QString("expired"));
    }

    void fiftyParallelClaimsHaveOneWinner()
    {
        const QByteArray code = requestCode();
        const QByteArray token = signIn();
        std::vector<std::unique_ptr<HttpProbe>> probes;
        const QByteArray request = HttpProbe::build(
            "POST", "/pos/claim", {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}},
            R"({"pairing_code":")" + code + R"("})");
        for (int i = 0; i < 50; ++i) {
            probes.push_back(std::make_unique<HttpProbe>(m_port));
            QVERIFY(probes.back()->connectToServer());
        }
        for (auto &probe : probes)
            QVERIFY(probe->send(request));
        int won = 0;
        int conflicts = 0;
        for (auto &probe : probes) {
            const Response answer = probe->receive();
            won += answer.status == 200;
            conflicts += answer.status == 409 && answer.error()["code"].toString() == QLatin1String("4090");
        }
        QCOMPARE(won, 1);
        QCOMPARE(conflicts, 49);
    }

    void faultLatencyDelaysApiAnswersOnly()
    {
        setFaults(R"({"latency_ms":400})");
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
        QVERIFY(timer.elapsed() >= 390);
        timer.restart();
        QCOMPARE(call("GET", "/sandbox/faults").json()["latency_ms"].toInt(), 400);
        QVERIFY(timer.elapsed() < 390);
    }

    void faultErrorRateReplacesAnswersWithoutEffect()
    {
        setFaults(R"({"error_rate":1.0,"error_code":"4290"})");
        const Response answer = call("POST", "/pos/pairing-code", posHeaders());
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.error()["code"].toString(), QString("4290"));
        const QJsonArray devices = call("GET", "/sandbox/state").json()["devices"].toArray();
        for (const QJsonValue device : devices)
            QVERIFY2(device["pairing_code"].isNull(), "an injected failure must have no effect");
        setFaults("{}");
        QCOMPARE(call("POST", "/pos/pairing-code", posHeaders()).status, 200);
    }

    void faultOfflineAnswers503ButNotTheAdminEndpoints()
    {
        setFaults(R"({"offline":true})");
        const Response answer = call("POST", "/pos/bootstrap", posHeaders());
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.error()["code"].toString(), QString("5030"));
        QCOMPARE(call("GET", "/sandbox/state").status, 200);
        const QJsonObject faults = call("GET", "/sandbox/faults").json();
        QCOMPARE(faults["offline"].toBool(), true);
        QCOMPARE(faults["error_code"].toString(), QString("5000"));
    }

    void droppedConnectionsGetNoAnswerButTheAdminEndpointsDo()
    {
        const Response on = setNetwork(R"({"drop_connections":true})");
        QCOMPARE(on.status, 200);
        QCOMPARE(on.json(), QJsonObject({{"drop_connections", true}}));
        QCOMPARE(call("GET", "/sandbox/network").json(), QJsonObject({{"drop_connections", true}}));
        const std::optional<QByteArray> answer =
            bytesBeforeClose(HttpProbe::build("POST", "/pos/bootstrap", posHeaders(), {}));
        QVERIFY2(answer.has_value(), "the server should close the connection");
        QCOMPARE(*answer, QByteArray()); // not a byte: no status line, no 503
        // What an HTTP client sees: the server closed the connection.
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/pos/status").arg(m_port)));
        for (const auto &[name, value] : posHeaders())
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply->readAll(), QByteArray());
        // Never the drills' own endpoints, nor the faults, nor the claim page.
        QCOMPARE(call("GET", "/sandbox/state").status, 200);
        QCOMPARE(call("GET", "/sandbox/faults").json()["offline"].toBool(), false);
        QCOMPARE(call("GET", "/claim?code=K7M3NP").status, 200);
        QCOMPARE(setNetwork("{}").json(), QJsonObject({{"drop_connections", false}})); // a missing field: false
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
    }

    void droppedRequestsHaveNoEffect()
    {
        QCOMPARE(setNetwork(R"({"drop_connections":true})").status, 200);
        QCOMPARE(bytesBeforeClose(HttpProbe::build("POST", "/pos/pairing-code", posHeaders(), {})), QByteArray());
        const QJsonArray devices = call("GET", "/sandbox/state").json()["devices"].toArray();
        for (const QJsonValue device : devices)
            QVERIFY2(device["pairing_code"].isNull(), "a dropped request must have no effect");
    }

    void droppingConnectionsFreesTheirSlotsAndHeldRequests()
    {
        // A held status request loses its connection when the drill begins.
        requestCode();
        HttpProbe held(m_port);
        QVERIFY(held.connectToServer());
        Headers headers = posHeaders();
        headers << Header{"If-None-Match", etag()} << Header{"Prefer", "wait=20"};
        QVERIFY(held.send(HttpProbe::build("GET", "/pos/status", headers, {})));
        QTRY_COMPARE(m_server->heldStatusRequests(), 1);
        QCOMPARE(setNetwork(R"({"drop_connections":true})").status, 200);
        QVERIFY(held.isClosedByServer(2000));
        QCOMPARE(held.receive(100).status, 0);
        QCOMPARE(m_server->heldStatusRequests(), 0);
        // More dropped connections than one client may hold open (128): each frees its slot.
        for (int index = 0; index < 200; ++index)
            QCOMPARE(bytesBeforeClose(HttpProbe::build("POST", "/pos/bootstrap", posHeaders(), {})), QByteArray());
        QCOMPARE(setNetwork(R"({"drop_connections":false})").status, 200);
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
    }

    void anAnswerDelayedByLatencyIsDroppedWhenTheDrillBegins()
    {
        setFaults(R"({"latency_ms":1500})");
        HttpProbe delayed(m_port);
        QVERIFY(delayed.connectToServer());
        QVERIFY(delayed.send(HttpProbe::build("POST", "/pos/bootstrap", posHeaders(), {})));
        QCOMPARE(setNetwork(R"({"drop_connections":true})").status, 200); // admin answers are never delayed
        QVERIFY(delayed.isClosedByServer(4000));
        QCOMPARE(delayed.receive(100).status, 0);
    }

    void badNetworkDrillsAreRefusedAndLeaveTheOldOne_data()
    {
        QTest::addColumn<QByteArray>("network");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("{") << "JSON object";
        QTest::newRow("an array") << QByteArray("[true]") << "JSON object";
        QTest::newRow("not a boolean") << QByteArray(R"({"drop_connections":"yes"})") << "drop_connections";
        QTest::newRow("a number") << QByteArray(R"({"drop_connections":1})") << "drop_connections";
    }

    void badNetworkDrillsAreRefusedAndLeaveTheOldOne()
    {
        QFETCH(QByteArray, network);
        QFETCH(QString, fragment);
        QCOMPARE(setNetwork(R"({"drop_connections":true})").status, 200);
        const Response answer = setNetwork(network);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error()["code"].toString(), QString("4000"));
        QVERIFY2(answer.error()["message"].toString().contains(fragment), answer.body.constData());
        QCOMPARE(call("GET", "/sandbox/network").json()["drop_connections"].toBool(), true);
    }

    void networkDrillIsGuardedLikeTheFaults()
    {
        const QByteArray on = R"({"drop_connections":true})";
        const Response foreignHost =
            call("PUT", "/sandbox/network", {{"Content-Type", "application/json"}, {"Host", "evil.example"}}, on);
        QCOMPARE(foreignHost.status, 403);
        QCOMPARE(foreignHost.error()["code"].toString(), QString("4032"));
        QCOMPARE(call("POST", "/sandbox/network", {{"Content-Type", "application/json"}}, on).header("Allow"),
                 QByteArray("GET, PUT"));
        QCOMPARE(call("GET", "/sandbox/network").json()["drop_connections"].toBool(), false);
    }

    void claimPageIsOneSelfContainedPageLockedToItsOwnScript()
    {
        setFaults("{\"offline\":true}"); // the page is not the API: drills leave it alone
        const Response page = call("GET", "/claim?code=K7M3NP");
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains("<form id=\"claim-form\""));
        QVERIFY(page.body.contains("const ALPHABET = \"23456789ABCDEFGHJKLMNPQRSTUVWXYZ\""));
        QVERIFY(!page.body.contains("{{"));                                       // every placeholder filled
        QVERIFY(!page.body.contains("src=\"") && !page.body.contains("href=\"")); // no external assets
        const QByteArray policy = page.header("Content-Security-Policy");
        QVERIFY(policy.startsWith("default-src 'none'"));
        QVERIFY(policy.contains("script-src 'sha256-") && policy.contains("connect-src 'self'"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(call("POST", "/claim").status, 405);
    }

    // The identity provider over HTTP: the issuer is the address the client used, the login form
    // is checked off the server thread and answers with a redirect, and fault drills leave it alone.
    void identityProviderAnswersAtTheAddressUsed()
    {
        setFaults("{\"offline\":true}");
        const Response discovery = call("GET", "/realms/viopay/.well-known/openid-configuration",
                                        {{"Host", "localhost:" + QByteArray::number(m_port)}});
        QCOMPARE(discovery.status, 200);
        const QString issuer = QStringLiteral("http://localhost:%1/realms/viopay").arg(m_port);
        QCOMPARE(discovery.json()["issuer"].toString(), issuer);
        QCOMPARE(discovery.json()["jwks_uri"].toString(), issuer + "/protocol/openid-connect/certs");
        QCOMPARE(call("GET", "/realms/viopay/protocol/openid-connect/certs").json()["keys"].toArray().size(), 1);
        QCOMPARE(call("GET", "/health/live").status, 503); // the API's liveness: the drill fails it
        setFaults("{}");
        const Response health = call("GET", "/health/live");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json(), QJsonObject({{"status", "ok"}}));
        QCOMPARE(call("POST", "/health/live").status, 405);

        const QByteArray request = "client_id=viopay-desk&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcb"
                                   "&response_type=code&scope=openid&state=s1&code_challenge_method=S256"
                                   "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGlSstw-cM";
        const Response page = call("GET", "/realms/viopay/protocol/openid-connect/auth?" + request);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        QVERIFY(page.body.contains(R"(<form method="post" action="/realms/viopay/protocol/openid-connect/auth">)"));
        const Response login = call("POST", "/realms/viopay/protocol/openid-connect/auth",
                                    {{"Content-Type", "application/x-www-form-urlencoded"}},
                                    request + "&username=ops%40cafe-lumen.test&password=pairing-demo&action=sign-in");
        QCOMPARE(login.status, 302);
        QVERIFY(login.header("Location").startsWith("http://127.0.0.1:5000/cb?code="));
        QVERIFY(login.header("Location").endsWith("&state=s1"));
        QVERIFY(login.body.isEmpty());
        const Response refused = call("GET", "/realms/viopay/protocol/openid-connect/auth?client_id=viopay-desk"
                                             "&redirect_uri=https%3A%2F%2Fevil.test%2F&response_type=code");
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.header("Location").isEmpty());
    }

    // The vendor's legacy name answers exactly as /client/session.
    void legacyAuthTokenAnswersAsClientSession()
    {
        const QByteArray good = R"({"client_id":"cafe-lumen-desk","client_secret":"sandbox-secret-1001"})";
        const QByteArray bad = R"({"client_id":"cafe-lumen-desk","client_secret":"wrong"})";
        for (const QByteArray &body : {good, bad, QByteArray("{}")}) {
            const Response legacy = call("POST", "/auth/token", {{"Content-Type", "application/json"}}, body);
            const Response current = call("POST", "/client/session", {{"Content-Type", "application/json"}}, body);
            QCOMPARE(legacy.status, current.status);
            QJsonObject legacyJson = legacy.json();
            QJsonObject currentJson = current.json();
            for (QJsonObject *json : {&legacyJson, &currentJson}) {
                json->remove("access_token"); // each sign-in gets its own
                QJsonObject error = json->value("error").toObject();
                error.remove("trace_id");
                if (!error.isEmpty())
                    json->insert("error", error);
            }
            QCOMPARE(legacyJson, currentJson);
        }
        QCOMPARE(call("GET", "/auth/token").status, 405);
    }

    // The activation drills sit beside the four fields, which keep their meaning; a device's
    // missing fields take their defaults.
    void deviceDrillsAreKeptAndApplied()
    {
        setFaults(R"({"latency_ms":5,"devices":{"POS-8f3a2c91":{"clock_offset_sec":-600}}})");
        const QJsonObject faults = call("GET", "/sandbox/faults").json();
        QCOMPARE(faults["latency_ms"].toInt(), 5);
        QCOMPARE(faults["error_code"].toString(), QString("5000"));
        const QJsonObject drill = faults["devices"]["POS-8F3A2C91"].toObject();
        QCOMPARE(drill["clock_offset_sec"].toInt(), -600);
        QCOMPARE(drill["attestation_life_sec"].toInt(), 300);
        QVERIFY(drill["corrupt_key_block"].isNull());
        QVERIFY(drill["config_error_code"].isNull());
        QVERIFY(drill["activate_error_code"].isNull());
        const QDateTime serverTime = QDateTime::fromString(
            call("POST", "/pos/bootstrap", posHeaders()).json()["server_time"].toString(), Qt::ISODate);
        QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc()) - 600) <= 5);
        const QDateTime otherTime = QDateTime::fromString(
            call("POST", "/pos/bootstrap", posHeaders("POS-1A2B3C00")).json()["server_time"].toString(), Qt::ISODate);
        QVERIFY(qAbs(otherTime.secsTo(QDateTime::currentDateTimeUtc())) <= 5);
        // The whole object replaces the faults: without devices, no drill is left.
        setFaults(R"({"latency_ms":5})");
        QCOMPARE(call("GET", "/sandbox/faults").json()["devices"].toObject(), QJsonObject());
        const QDateTime restored = QDateTime::fromString(
            call("POST", "/pos/bootstrap", posHeaders()).json()["server_time"].toString(), Qt::ISODate);
        QVERIFY(qAbs(restored.secsTo(QDateTime::currentDateTimeUtc())) <= 5);
    }

    void badFaultsAreRefusedAndLeaveTheOldOnes_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("{") << "JSON object";
        QTest::newRow("negative latency") << QByteArray(R"({"latency_ms":-1})") << "latency_ms";
        QTest::newRow("rate above one") << QByteArray(R"({"error_rate":1.5})") << "error_rate";
        QTest::newRow("code not a string") << QByteArray(R"({"error_code":5000})") << "error_code";
        QTest::newRow("code not an error") << QByteArray(R"({"error_code":"2000"})") << "error_code";
        QTest::newRow("offline not a boolean") << QByteArray(R"({"offline":"yes"})") << "offline";
        QTest::newRow("devices not an object") << QByteArray(R"({"devices":[]})") << "devices";
        QTest::newRow("drill of no device id") << QByteArray(R"({"devices":{"POS-1":{}}})") << "POS-1";
        QTest::newRow("drill not an object")
            << QByteArray(R"({"devices":{"POS-8F3A2C91":1}})") << "devices.POS-8F3A2C91 must be an object";
        QTest::newRow("clock offset beyond a day")
            << QByteArray(R"({"devices":{"POS-8F3A2C91":{"clock_offset_sec":86401}}})") << "clock_offset_sec";
        QTest::newRow("token life above 300")
            << QByteArray(R"({"devices":{"POS-8F3A2C91":{"attestation_life_sec":301}}})") << "attestation_life_sec";
        QTest::newRow("unknown key to corrupt")
            << QByteArray(R"({"devices":{"POS-8F3A2C91":{"corrupt_key_block":"zmk"}}})") << "corrupt_key_block";
        QTest::newRow("config code not an error")
            << QByteArray(R"({"devices":{"POS-8F3A2C91":{"config_error_code":"2000"}}})") << "config_error_code";
        QTest::newRow("activate code not a string")
            << QByteArray(R"({"devices":{"POS-8F3A2C91":{"activate_error_code":5000}}})") << "activate_error_code";
    }

    void badFaultsAreRefusedAndLeaveTheOldOnes()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QString, fragment);
        setFaults(R"({"latency_ms":5})");
        const Response answer = call("PUT", "/sandbox/faults", {{"Content-Type", "application/json"}}, faults);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.error()["code"].toString(), QString("4000"));
        QVERIFY2(answer.error()["message"].toString().contains(fragment), answer.body.constData());
        QCOMPARE(call("GET", "/sandbox/faults").json()["latency_ms"].toInt(), 5);
    }

    void sizeLimitsAnswerInTheEnvelope_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("body over 16 KiB") << QByteArray("/pos/claim") << Headers{{"Content-Type", "application/json"}}
                                          << QByteArray(16 * 1024 + 1, 'a') << 413 << "4130";
        QTest::newRow("body of 16 KiB is read")
            << QByteArray("/pos/claim") << Headers{} << QByteArray(16 * 1024, 'a') << 401 << "4010";
        QTest::newRow("target over 2 KiB")
            << QByteArray("/pos/bootstrap?") + QByteArray(2100, 'q') << posHeaders() << QByteArray() << 414 << "4140";
        QTest::newRow("headers over 16 KiB")
            << QByteArray("/pos/bootstrap") << Headers{{"X-Padding", QByteArray(17 * 1024, 'p')}} << QByteArray() << 431
            << "4310";
        QTest::newRow("413 before 401") << QByteArray("/pos/claim") << Headers{} << QByteArray(20000, '{') << 413
                                        << "4130";
    }

    void sizeLimitsAnswerInTheEnvelope()
    {
        QFETCH(QByteArray, target);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Response answer = call("POST", target, headers, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.error()["code"].toString(), code);
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
    }

    void hostileInputLeavesTheServerAnswering_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status"); // 0: the server closes the connection without an answer
        const QByteArray claimHead = "POST /pos/claim HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n"
                                     "Content-Type: application/json\r\n";
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00 not http at all\r\n\r\n") << 0;
        QTest::newRow("body of 3 MB") << QByteArray(
                                             "POST /pos/claim HTTP/1.1\r\nHost: x\r\nContent-Length: 3000000\r\n\r\n") +
                                             QByteArray(3000000, 'a')
                                      << 0;
        QTest::newRow("URL of 20 KiB") << "GET /" + QByteArray(20 * 1024, 'u') + " HTTP/1.1\r\nHost: x\r\n\r\n" << 0;
        QTest::newRow("invalid JSON") << claimHead + "Content-Length: 5\r\n\r\n{\"pai" << 401;
        QTest::newRow("invalid UTF-8 header")
            << QByteArray("POST /pos/bootstrap HTTP/1.1\r\nHost: x\r\nX-Device-Id: POS-\xff\xfe\xfd\r\n"
                          "Content-Length: 0\r\n\r\n")
            << 400;
        QTest::newRow("invalid UTF-8 body")
            << QByteArray("PUT /sandbox/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Content-Length: 4\r\n\r\n\xc3\x28\xa0\xa1")
            << 400;
        QTest::newRow("negative length") << QByteArray(
                                                "POST /pos/bootstrap HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n")
                                         << 0;
    }

    void hostileInputLeavesTheServerAnswering()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        HttpProbe probe(m_port);
        QVERIFY(probe.connectToServer());
        probe.send(raw);
        if (status == 0)
            QVERIFY(probe.isClosedByServer());
        else
            QCOMPARE(probe.receive().status, status);
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
    }

    void slowClientDoesNotBlockOthers()
    {
        HttpProbe slow(m_port);
        QVERIFY(slow.connectToServer());
        const QByteArray request = HttpProbe::build("POST", "/pos/bootstrap", posHeaders(), {});
        for (int index = 0; index < 20; ++index) {
            slow.send(request.mid(index, 1));
            QCOMPARE(call("POST", "/pos/bootstrap", posHeaders("POS-1A2B3C00")).status, 200);
        }
        slow.send(request.mid(20));
        QCOMPARE(slow.receive().status, 200);
    }

    void pipelinedRequestsLeaveTheServerAnswering()
    {
        // RESTinio 0.6.16 answers only the first of several requests that arrive in one read;
        // the rest are processed but their answers are dropped. No vendor client pipelines, so
        // what must hold is that the first is answered and the server goes on serving.
        HttpProbe probe(m_port);
        QVERIFY(probe.connectToServer());
        const QByteArray bootstrap = HttpProbe::build("POST", "/pos/bootstrap", posHeaders(), {});
        probe.send(bootstrap + HttpProbe::build("GET", "/missing", {}, {}) + bootstrap);
        QCOMPARE(probe.receive().status, 200);
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
    }

    void clientHangingUpWhileHeldDoesNoHarm()
    {
        const QByteArray code = requestCode();
        {
            HttpProbe held(m_port);
            QVERIFY(held.connectToServer());
            Headers headers = posHeaders();
            headers << Header{"If-None-Match", etag()} << Header{"Prefer", "wait=5"};
            QVERIFY(held.send(HttpProbe::build("GET", "/pos/status", headers, {})));
            QTRY_COMPARE(m_server->heldStatusRequests(), 1);
        }
        QCOMPARE(claim(signIn(), code).status, 200);
        QCOMPARE(call("GET", "/pos/status", posHeaders()).json()["is_claimed"].toBool(), true);
    }

    void vendorExampleClientsGetTheSeedAnswer_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QByteArray identity =
            "X-Device-Id: POS-8F3A2C91\r\nUser-Agent: Viopay-POS/1.4.2 (Android 12; PAX-A920)\r\n"
            "X-Client-Type: pos\r\n";
        QTest::newRow("curl") << "POST /pos/pairing-code HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n" + identity +
                                     "Content-Type: application/json\r\n\r\n";
        QTest::newRow("python requests")
            << "POST /pos/pairing-code HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\n"
               "Connection: keep-alive\r\n" +
                   identity + "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n";
        QTest::newRow("ruby net/http")
            << "POST /pos/pairing-code HTTP/1.1\r\nAccept-Encoding: gzip;q=1.0,deflate;q=0.6,"
               "identity;q=0.3\r\nAccept: */*\r\n" +
                   identity +
                   "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n"
                   "Host: x\r\n\r\n";
        QTest::newRow("go net/http") << "POST /pos/pairing-code HTTP/1.1\r\nHost: x\r\n" + identity +
                                            "Content-Length: 0\r\nAccept-Encoding: gzip\r\n\r\n";
        QTest::newRow("php curl") << "POST /pos/pairing-code HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n" + identity +
                                         "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                                         "Expect: 100-continue\r\n\r\n0\r\n\r\n";
        QTest::newRow("java HttpClient")
            << "POST /pos/pairing-code HTTP/1.1\r\nConnection: Upgrade, HTTP2-Settings\r\n"
               "Content-Length: 0\r\nHost: x\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
               "Upgrade: h2c\r\n" +
                   identity + "Content-Type: application/json\r\n\r\n";
    }

    void vendorExampleClientsGetTheSeedAnswer()
    {
        QFETCH(QByteArray, raw);
        HttpProbe probe(m_port);
        QVERIFY(probe.connectToServer());
        QVERIFY(probe.send(raw));
        const Response answer = probe.receive();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()["expires_in_sec"].toInt(), 300);
        QCOMPARE(answer.json()["pairing_code"].toString().size(), 6);
    }

    void adminEndpointsNeedTheTokenWhenOneIsSet()
    {
        m_server.reset();
        SandboxServer::Options options;
        options.adminToken = "s3cret-admin";
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
        m_port = m_server->port();
        QCOMPARE(call("GET", "/sandbox/state").status, 401);
        QCOMPARE(call("GET", "/sandbox/state", {{"Authorization", "Bearer wrong"}}).status, 401);
        QCOMPARE(call("GET", "/sandbox/state", {{"Authorization", "Bearer s3cret-admin"}}).status, 200);
        QCOMPARE(call("PUT", "/sandbox/network", {{"Content-Type", "application/json"}}, R"({"drop_connections":true})")
                     .status,
                 401);
        QCOMPARE(call("GET", "/sandbox/network", {{"Authorization", "Bearer s3cret-admin"}}).status, 200);
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
        // Beyond loopback the token is the guard, whatever name the sandbox is reached by.
        QCOMPARE(call("GET", "/sandbox/state",
                      {{"Authorization", "Bearer s3cret-admin"}, {"Host", "sandbox.training.example:8080"}})
                     .status,
                 200);
    }

    void openAdminEndpointsAnswerOnlyLoopbackHosts_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        const QByteArray port = QByteArray::number(m_port);
        QTest::newRow("localhost") << QByteArray("localhost") << 200;
        QTest::newRow("localhost with port") << "localhost:" + port << 200;
        QTest::newRow("LOCALHOST upper case") << QByteArray("LOCALHOST:8080") << 200;
        QTest::newRow("127.0.0.1 with port") << "127.0.0.1:" + port << 200;
        QTest::newRow("127.8.9.10") << QByteArray("127.8.9.10") << 200;
        QTest::newRow("[::1]") << QByteArray("[::1]") << 200;
        QTest::newRow("[::1] with port") << "[::1]:" + port << 200;
        QTest::newRow("evil.example") << QByteArray("evil.example") << 403;
        QTest::newRow("evil.example with port") << "evil.example:" + port << 403;
        QTest::newRow("localhost as a subdomain") << QByteArray("localhost.evil.example") << 403;
        QTest::newRow("loopback address as a subdomain") << QByteArray("127.0.0.1.nip.io") << 403;
        QTest::newRow("private address") << QByteArray("192.168.1.20") << 403;
        QTest::newRow("port not a number") << QByteArray("localhost:80x") << 403;
        QTest::newRow("unclosed bracket") << QByteArray("[::1") << 403;
        QTest::newRow("empty") << QByteArray("") << 403;
    }

    void openAdminEndpointsAnswerOnlyLoopbackHosts()
    {
        // DNS rebinding: a page on evil.example whose name now resolves to 127.0.0.1.
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        const Response answer = call("GET", "/sandbox/state", {{"Host", host}});
        QCOMPARE(answer.status, status);
        if (status == 403) {
            QCOMPARE(answer.error()["code"].toString(), QString("4032"));
            QVERIFY2(answer.error()["message"].toString().contains("Host header"), answer.body.constData());
        }
    }

    void adminRequestWithoutAHostIsRefused()
    {
        HttpProbe probe(m_port);
        QVERIFY(probe.connectToServer());
        QVERIFY(probe.send("GET /sandbox/state HTTP/1.1\r\n\r\n"));
        QCOMPARE(probe.receive().status, 403);
    }

    void theVendorApiAnswersAnyHost()
    {
        Headers headers = posHeaders();
        headers.append(Header{"Host", "pos-gateway.example"});
        QCOMPARE(call("POST", "/pos/bootstrap", headers).status, 200);
    }

    void adminChangesNeedAJsonContentType_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const QByteArray expire = "/sandbox/devices/POS-8F3A2C91/expire-code";
        const QByteArray device = R"({"device_id":"POS-0C0FFEE0","merchant_id":"MRC-1001","model":"Sunmi-P2"})";
        QTest::newRow("expire-code as text/plain")
            << QByteArray("POST") << expire << Headers{{"Content-Type", "text/plain"}} << QByteArray() << 415;
        QTest::newRow("expire-code without a type") << QByteArray("POST") << expire << Headers{} << QByteArray() << 415;
        QTest::newRow("expire-code as a form")
            << QByteArray("POST") << expire << Headers{{"Content-Type", "application/x-www-form-urlencoded"}}
            << QByteArray("a=b") << 415;
        QTest::newRow("provision as text/plain") << QByteArray("POST") << QByteArray("/sandbox/devices")
                                                 << Headers{{"Content-Type", "text/plain"}} << device << 415;
        QTest::newRow("faults as text/plain")
            << QByteArray("PUT") << QByteArray("/sandbox/faults") << Headers{{"Content-Type", "text/plain"}}
            << QByteArray(R"({"offline":true})") << 415;
        QTest::newRow("network as text/plain")
            << QByteArray("PUT") << QByteArray("/sandbox/network") << Headers{{"Content-Type", "text/plain"}}
            << QByteArray(R"({"drop_connections":true})") << 415;
        QTest::newRow("network without a type") << QByteArray("PUT") << QByteArray("/sandbox/network") << Headers{}
                                                << QByteArray(R"({"drop_connections":true})") << 415;
        QTest::newRow("expire-code as JSON")
            << QByteArray("POST") << expire << Headers{{"Content-Type", "application/json"}} << QByteArray() << 200;
        QTest::newRow("expire-code as JSON with a charset")
            << QByteArray("POST") << expire << Headers{{"Content-Type", "application/json; charset=utf-8"}}
            << QByteArray("{}") << 200;
        QTest::newRow("state needs no type")
            << QByteArray("GET") << QByteArray("/sandbox/state") << Headers{} << QByteArray() << 200;
    }

    void adminChangesNeedAJsonContentType()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Response answer = call(method, target, headers, body);
        QCOMPARE(answer.status, status);
        if (status == 415) {
            QCOMPARE(answer.error()["code"].toString(), QString("4150"));
            QCOMPARE(call("GET", "/sandbox/faults").json()["offline"].toBool(), false); // no effect
            QCOMPARE(call("GET", "/sandbox/network").json()["drop_connections"].toBool(), false);
            QCOMPARE(call("GET", "/sandbox/state").json()["devices"].toArray().size(), 12);
        }
    }

    void aTakenPortIsReported()
    {
        SandboxServer::Options options;
        options.port = m_port;
        SandboxServer second(options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(QString::number(m_port)), qPrintable(error));
    }

    // Abuse and misbehaving clients (issue 14): held requests, connections, log lines.
private:
    static constexpr int HeldPerDevice = 32;
    static constexpr int HeldPerClient = 64;

    Headers heldStatusHeaders(const QByteArray &deviceId, const QByteArray &currentEtag)
    {
        Headers headers = posHeaders(deviceId);
        headers << Header{"If-None-Match", currentEtag} << Header{"Prefer", "wait=30"};
        return headers;
    }

    // Sends a status request that the server should hold; the probe keeps its connection.
    std::unique_ptr<HttpProbe> sendHeldStatus(const QByteArray &deviceId, const QByteArray &currentEtag,
                                              const QHostAddress &source = {})
    {
        auto probe = std::make_unique<HttpProbe>(m_port, source);
        if (!probe->connectToServer() ||
            !probe->send(HttpProbe::build("GET", "/pos/status", heldStatusHeaders(deviceId, currentEtag), {})))
            return nullptr;
        return probe;
    }

    bool holdMany(std::vector<std::unique_ptr<HttpProbe>> &probes, const QByteArray &deviceId, int count)
    {
        const QByteArray currentEtag = etag(deviceId);
        for (int index = 0; index < count; ++index) {
            probes.push_back(sendHeldStatus(deviceId, currentEtag));
            if (!probes.back())
                return false;
        }
        return true;
    }

    static void verifyRefusedAsTooMany(const Response &answer)
    {
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.error()["code"].toString(), QStringLiteral("4290"));
        QVERIFY(answer.header("Retry-After").toInt() > 0);
        QVERIFY2(answer.header("Preference-Applied").isEmpty(), "a refused request was not held");
        QVERIFY(isTraceId(answer.header("X-Trace-Id")));
        QCOMPARE(answer.error()["trace_id"].toString().toLatin1(), answer.header("X-Trace-Id"));
    }

    // Raw sockets, lighter than a QTcpSocket each, for a flood of idle connections.
    static int connectIdleSocket(quint16 port)
    {
        const int socketFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (socketFd < 0)
            return -1;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(socketFd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(socketFd);
            return -1;
        }
        return socketFd;
    }

    // True once the peer has closed (end of file or reset); false while open after timeoutMs.
    static bool waitUntilClosedByPeer(int socketFd, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            pollfd polled{socketFd, POLLIN, 0};
            const int left = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
            if (::poll(&polled, 1, left) <= 0)
                return false;
            char byte = 0;
            const ssize_t received = ::recv(socketFd, &byte, 1, MSG_DONTWAIT);
            if (received <= 0)
                return received == 0 || errno != EAGAIN;
        }
    }

    // Room for count more descriptors: raises the soft limit toward the hard one if needed.
    static bool ensureDescriptors(rlim_t count)
    {
        rlimit limit{};
        if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
            return false;
        if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= count)
            return true;
        if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < count)
            return false;
        limit.rlim_cur = count;
        return ::setrlimit(RLIMIT_NOFILE, &limit) == 0;
    }

private Q_SLOTS:
    void idleConnectionsFromOneClientLeaveOthersServedAndAreClosed()
    {
        // More than the server's 1,024 connections; the test process holds both ends of those
        // the server accepts.
        constexpr int IdleSockets = 1030;
        QVERIFY2(ensureDescriptors(3 * IdleSockets), "the hard limit on open files is too low for this test");
        std::vector<int> idle;
        const auto closeAll = qScopeGuard([&idle] {
            for (int socketFd : idle)
                ::close(socketFd);
        });
        for (int index = 0; index < IdleSockets; ++index) {
            idle.push_back(connectIdleSocket(m_port));
            QVERIFY(idle.back() >= 0);
        }
        const Response other = HttpProbe::request(m_port, "POST", "/pos/bootstrap", posHeaders(), {}, 3000,
                                                  QHostAddress(QStringLiteral("127.0.0.2")));
        QCOMPARE(other.status, 200);
        QElapsedTimer sinceOpened;
        sinceOpened.start();
        for (int socketFd : idle)
            QVERIFY2(waitUntilClosedByPeer(socketFd, int(qMax<qint64>(1, 20000 - sinceOpened.elapsed()))),
                     "an idle connection that sent nothing should be closed within seconds");
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders()).status, 200);
    }

    void bodyDeclaredFarOverTheLimitIsRefusedWithoutWaitingForIt()
    {
        // Bodies a little over 16 KiB get the 413 envelope (sizeLimitsAnswerInTheEnvelope); one
        // declared far over it is refused as soon as its headers arrive, before any is buffered.
        HttpProbe probe(m_port);
        QVERIFY(probe.connectToServer());
        QVERIFY(probe.send("POST /pos/claim HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: 40000\r\n\r\n"));
        QVERIFY(probe.isClosedByServer(2000));
    }

    void expectContinueIsAnsweredBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content length") << QByteArray("Content-Length: 2\r\n") << QByteArray("{}");
        QTest::newRow("chunked, like PHP curl")
            << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("2\r\n{}\r\n0\r\n\r\n");
    }

    void expectContinueIsAnsweredBeforeTheBody()
    {
        QFETCH(QByteArray, framing);
        QFETCH(QByteArray, body);
        HttpProbe probe(m_port);
        QVERIFY(probe.connectToServer());
        QByteArray head = "POST /pos/pairing-code HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        for (const auto &[name, value] : posHeaders())
            head += name + ": " + value + "\r\n";
        QVERIFY(probe.send(head + framing + "Expect: 100-continue\r\n\r\n"));
        // A client waits about a second for the interim answer before sending the body anyway.
        QCOMPARE(probe.receive(900).status, 100);
        QVERIFY(probe.send(body));
        const Response answer = probe.receive();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()["pairing_code"].toString().size(), 6);
    }

    void heldRequestsOverTheDeviceCapAreRefusedWith429()
    {
        std::vector<std::unique_ptr<HttpProbe>> probes;
        QVERIFY(holdMany(probes, "POS-8F3A2C91", HeldPerDevice));
        QTRY_COMPARE(m_server->heldStatusRequests(), HeldPerDevice);
        verifyRefusedAsTooMany(call("GET", "/pos/status", heldStatusHeaders("POS-8F3A2C91", etag())));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_server->heldStatusRequests(), HeldPerDevice);
        // Another device is still held.
        QVERIFY(holdMany(probes, "POS-1A2B3C00", 1));
        QTRY_COMPARE(m_server->heldStatusRequests(), HeldPerDevice + 1);
    }

    void heldSlotsAreFreedWhenTheirClientsHangUp()
    {
        std::vector<std::unique_ptr<HttpProbe>> probes;
        QVERIFY(holdMany(probes, "POS-8F3A2C91", HeldPerDevice));
        QTRY_COMPARE(m_server->heldStatusRequests(), HeldPerDevice);
        probes.clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->heldStatusRequests(), 0, 10000);
        QVERIFY(holdMany(probes, "POS-8F3A2C91", HeldPerDevice));
        QTRY_COMPARE(m_server->heldStatusRequests(), HeldPerDevice);
    }

    void heldRequestsOverTheClientCapAreRefusedWith429()
    {
        std::vector<std::unique_ptr<HttpProbe>> probes;
        QVERIFY(holdMany(probes, "POS-1A2B3C00", HeldPerDevice));
        QVERIFY(holdMany(probes, "POS-1A2B3C01", HeldPerClient - HeldPerDevice));
        QTRY_COMPARE(m_server->heldStatusRequests(), HeldPerClient);
        verifyRefusedAsTooMany(call("GET", "/pos/status", heldStatusHeaders("POS-1A2B3C02", etag("POS-1A2B3C02"))));
        if (QTest::currentTestFailed())
            return;
        // Another client is held for the same device.
        const std::unique_ptr<HttpProbe> other =
            sendHeldStatus("POS-1A2B3C02", etag("POS-1A2B3C02"), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(other);
        QTRY_COMPARE(m_server->heldStatusRequests(), HeldPerClient + 1);
    }

private:
    static constexpr int SecretChecksBound = 8; // HttpAdapter::Settings::maxSecretChecks

    // Installs a closed gate in front of every secret derivation; it opens when the test ends.
    std::shared_ptr<HashGate> closeHashGate()
    {
        auto gate = std::make_shared<HashGate>();
        SecretHash::setBeforeDerivationForTesting([gate] { gate->pass(); });
        return gate;
    }

    static QByteArray passwordGuess(const QByteArray &username)
    {
        return HttpProbe::build("POST", "/realms/viopay/protocol/openid-connect/token",
                                {{"Content-Type", "application/x-www-form-urlencoded"}},
                                "grant_type=password&client_id=viopay-desk&username=" + username + "&password=guess");
    }

    // Sends a wrong password for a user of its own; the probe keeps the connection for the answer.
    std::unique_ptr<HttpProbe> sendPasswordGuess(int guesser)
    {
        auto probe = std::make_unique<HttpProbe>(m_port);
        const QByteArray username = "guesser" + QByteArray::number(guesser) + "%40cafe-lumen.test";
        if (!probe->connectToServer() || !probe->send(passwordGuess(username)))
            return nullptr;
        return probe;
    }

    static void verifyGuessRefused(HttpProbe &probe)
    {
        const Response answer = probe.receive();
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json()["error"].toString(), QStringLiteral("invalid_grant"));
    }

private Q_SLOTS:
    void passwordGuessesDoNotHoldUpDevices()
    {
        const std::shared_ptr<HashGate> gate = closeHashGate();
        const auto openGate = qScopeGuard([gate] {
            gate->open();
            SecretHash::setBeforeDerivationForTesting({});
        });
        std::vector<std::unique_ptr<HttpProbe>> guesses;
        for (int guesser = 0; guesser < 4; ++guesser) {
            guesses.push_back(sendPasswordGuess(guesser));
            QVERIFY(guesses.back());
        }
        QTRY_VERIFY(gate->arrivals() > 0); // a guess is being hashed, and cannot finish
        QCOMPARE(call("POST", "/pos/bootstrap", posHeaders(), {}, 3000).status, 200);
        gate->open();
        for (const std::unique_ptr<HttpProbe> &guess : guesses)
            verifyGuessRefused(*guess);
    }

    void secretChecksOverTheBoundAreRefusedAtOnce()
    {
        const std::shared_ptr<HashGate> gate = closeHashGate();
        const auto openGate = qScopeGuard([gate] {
            gate->open();
            SecretHash::setBeforeDerivationForTesting({});
        });
        std::vector<std::unique_ptr<HttpProbe>> guesses;
        for (int guesser = 0; guesser < SecretChecksBound; ++guesser) {
            guesses.push_back(sendPasswordGuess(guesser));
            QVERIFY(guesses.back());
        }
        QTRY_COMPARE(m_server->secretChecksInFlight(), SecretChecksBound);

        const Response token =
            HttpProbe::request(m_port, "POST", "/realms/viopay/protocol/openid-connect/token",
                               {{"Content-Type", "application/x-www-form-urlencoded"}},
                               "grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test&password=x");
        QCOMPARE(token.status, 429);
        QCOMPARE(token.json()["error"].toString(), QStringLiteral("temporarily_unavailable"));
        QVERIFY(token.header("Retry-After").toInt() > 0);
        QVERIFY(isTraceId(token.header("X-Trace-Id")));
        const Response client = call("POST", "/client/session", {{"Content-Type", "application/json"}},
                                     R"({"client_id":"cafe-lumen-desk","client_secret":"x"})");
        verifyRefusedAsTooMany(client);
        QCOMPARE(m_server->secretChecksInFlight(), SecretChecksBound);

        gate->open();
        for (const std::unique_ptr<HttpProbe> &guess : guesses)
            verifyGuessRefused(*guess);
        QTRY_COMPARE(m_server->secretChecksInFlight(), 0);
        // The workers are free again.
        QVERIFY(!signIn().isEmpty());
    }

    void requestTextIsLoggedOnOneEscapedLine_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("expected"); // in the log line
        // The path's device id is decoded before it is logged.
        QTest::newRow("percent-encoded CR LF ESC in a device id")
            << QByteArray("POST") << QByteArray("/merchant/devices/%0d%0aFAKE%1b[31m/release")
            << "device=\\r\\nFAKE\\x1b[31m";
        // The HTTP parser lets a raw tab, form feed and UTF-8 C1 control through in a path.
        QTest::newRow("raw tab, form feed and CSI in the path") << QByteArray("GET")
                                                                << QByteArray("/pos/status\tTAB\x0c\xc2\x9b"
                                                                              "31m")
                                                                << "/pos/status\\tTAB\\x0c\\u009b31m";
    }

    void requestTextIsLoggedOnOneEscapedLine()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QString, expected);
        const RequestLogCapture log;
        QVERIFY(call(method, target).status >= 400);
        QTRY_COMPARE(log.lines().size(), 1); // written just after the answer
        const QString line = log.lines().constFirst();
        QVERIFY2(!hasControlCharacters(line), qPrintable(line.toUtf8().toPercentEncoding(" /:=[]")));
        QVERIFY2(line.contains(expected), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
