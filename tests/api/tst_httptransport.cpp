// HttpTransport against a scripted misbehaving server and against the real sandbox.
#include "ScriptedServer.h"

#include "api/HttpTransport.h"
#include "api/RequestWatch.h"
#include "inspector/ExchangeLog.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace viopay;
using Behaviour = ScriptedServer::Behaviour;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ScriptedServer::Behaviour)

class TestHttpTransport : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    struct Outcome {
        std::optional<ApiResult> result;
        qint64 elapsedMs = 0;
    };

    // Sends and waits for the answer (at most waitMs).
    static Outcome exchange(HttpTransport &transport, const ApiRequest &request, int waitMs = 10000)
    {
        Outcome outcome;
        QElapsedTimer timer;
        timer.start();
        QObject context;
        transport.send(request, &context, [&outcome, &timer](const ApiResult &result) {
            outcome.result = result;
            outcome.elapsedMs = timer.elapsed();
        });
        if (!QTest::qWaitFor([&outcome] { return outcome.result.has_value(); }, waitMs))
            outcome.result = ApiError::network(QStringLiteral("test: no callback within the wait"));
        return outcome;
    }

    static ApiRequest statusRequest(bool repeatable = true)
    {
        ApiRequest request;
        request.path = QStringLiteral("/pos/status");
        request.headers = {{"X-Device-Id", "POS-8F3A2C91"},
                           {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                           {"X-Client-Type", "pos"}};
        request.repeatable = repeatable;
        return request;
    }

    static QUrl local(quint16 port) { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }

private Q_SLOTS:
    void buildsTheRequest()
    {
        HttpTransport transport(m_network);
        transport.setBaseUrl(QUrl("https://api.viopay.io"));
        ApiRequest request = statusRequest();
        request.method = "POST";
        request.path = "/pos/claim";
        request.contentType = "application/json";
        request.timeoutMs = 2500;
        const QNetworkRequest built =
            transport.buildRequest(request, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        QCOMPARE(built.url(), QUrl("https://api.viopay.io/pos/claim"));
        QCOMPARE(built.rawHeader("X-Device-Id"), QByteArray("POS-8F3A2C91"));
        QCOMPARE(built.rawHeader("User-Agent"), QByteArray("Viopay-POS/1.4.2 (Android 12; PAX-A920)"));
        QCOMPARE(built.rawHeader("traceparent"), QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        QCOMPARE(built.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        QCOMPARE(built.transferTimeout(), 2500);
        QCOMPARE(built.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        request.timeoutMs = 0;
        QCOMPARE(transport.buildRequest(request, "x").transferTimeout(), HttpTransport::DefaultTimeoutMs);
    }

    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.viopay.io" << false << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << false << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << false << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080" << false << true;
        QTest::newRow("http remote") << "http://api.viopay.io" << false << false;
        QTest::newRow("http private address") << "http://192.168.1.20:8080" << false << false;
        QTest::newRow("http remote, allowed") << "http://api.viopay.io" << true << true;
        QTest::newRow("ftp") << "ftp://api.viopay.io" << true << false;
        QTest::newRow("no host") << "https://" << false << false;
    }

    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, allowed);
        HttpTransport transport(m_network);
        transport.setAllowInsecureHttp(allowInsecure);
        QCOMPARE(transport.refusalFor(QUrl(url)).isEmpty(), allowed);
    }

    void refusedUrlSendsNothing()
    {
        ScriptedServer never({{Behaviour::Answer, ScriptedServer::answer(200, "{}")}});
        HttpTransport transport(m_network);
        transport.setBaseUrl(QUrl("http://api.viopay.invalid"));
        const Outcome outcome = exchange(transport, statusRequest());
        const auto *error = std::get_if<ApiError>(&*outcome.result);
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::Refused);
        QVERIFY(error->message().contains("--allow-insecure-http"));
        QCOMPARE(never.requestsSeen(), 0);
    }

    void plainHttpToAnotherMachineIsRefusedOnceAndSaysWhy()
    {
        HttpTransport transport(m_network);
        transport.setRetryPolicy(RetryPolicy([] { return 0.0; })); // a retry would come at once
        transport.setBaseUrl(QUrl("http://192.0.2.1"));            // TEST-NET-1: refused before anything is sent
        QSignalSpy sent(&transport, &HttpTransport::exchangeFinished);
        QList<ApiResult> results;
        QObject context;
        transport.send(statusRequest(true), &context, [&results](const ApiResult &result) { results.append(result); });
        QTRY_COMPARE(results.size(), 1);
        QVERIFY(!sent.wait(500)); // nothing went on the wire, so nothing is retried either
        QCOMPARE(results.size(), 1);
        const auto *error = std::get_if<ApiError>(&results.first());
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::Refused);
        QVERIFY(!error->isTransient());
        const QString message = error->userMessage();
        QVERIFY2(message.contains("192.0.2.1") && message.contains("--allow-insecure-http") &&
                     message.contains("https://") && !message.contains("certificate"),
                 qPrintable(message));
    }

    void misbehavingServers_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("hangs") << Behaviour::Hang << QByteArray() << Kind::Timeout << 0;
        // Qt's HTTP parser drops a connection that answers with something other than HTTP and
        // reports it as "Connection closed", so it reads as a network failure, like a reset.
        QTest::newRow("garbage") << Behaviour::Garbage << QByteArray() << Kind::Network << 0;
        QTest::newRow("truncates") << Behaviour::Truncate << QByteArray() << Kind::Network << 200;
        QTest::newRow("sends 5 MiB") << Behaviour::Huge << QByteArray() << Kind::MalformedResponse << 200;
        QTest::newRow("resets") << Behaviour::Reset << QByteArray() << Kind::Network << 0;
        QTest::newRow("200 not JSON") << Behaviour::Answer << ScriptedServer::answer(200, "<html>ok</html>")
                                      << Kind::MalformedResponse << 200;
        QTest::newRow("200 JSON array") << Behaviour::Answer << ScriptedServer::answer(200, "[1,2]")
                                        << Kind::MalformedResponse << 200;
        QTest::newRow("error without envelope")
            << Behaviour::Answer << ScriptedServer::answer(502, "<html>Bad gateway</html>") << Kind::Http << 502;
    }

    void misbehavingServers()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(QByteArray, response);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        ScriptedServer server({{behaviour, response}});
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(local(server.port()));
        transport.setDefaultTimeoutMs(1000);
        const Outcome outcome = exchange(transport, statusRequest(false), 8000);
        const auto *error = std::get_if<ApiError>(&*outcome.result);
        QVERIFY2(error, "a misbehaving server must give an ApiError");
        QCOMPARE(error->kind(), kind);
        if (kind == Kind::Http || kind == Kind::MalformedResponse)
            QCOMPARE(error->httpStatus(), status);
        QVERIFY(!error->userMessage().isEmpty());
        QVERIFY2(outcome.elapsedMs < 5000, "every failure arrives within its time-out");
        QCOMPARE(log.rowCount(), 1);
    }

    void retriesARepeatableRequestThenSucceeds()
    {
        ScriptedServer server({{Behaviour::Answer, ScriptedServer::answer(503, "{}", "Retry-After: 0\r\n")},
                               {Behaviour::Answer, ScriptedServer::answer(200, R"({"device_status":"inactive"})")}});
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(local(server.port()));
        const Outcome outcome = exchange(transport, statusRequest(true));
        const auto *response = std::get_if<ApiResponse>(&*outcome.result);
        QVERIFY(response);
        QCOMPARE(response->json["device_status"].toString(), QString("inactive"));
        QCOMPARE(server.requestsSeen(), 2);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.exchange(1).retries, 1);
        QCOMPARE(log.exchange(0).traceId, log.exchange(1).traceId);
    }

    void neverRetriesAClaim()
    {
        ScriptedServer server({{Behaviour::Answer, ScriptedServer::answer(503, "{}", "Retry-After: 0\r\n")}});
        HttpTransport transport(m_network);
        transport.setBaseUrl(local(server.port()));
        ApiRequest claim;
        claim.method = "POST";
        claim.path = "/pos/claim";
        claim.body = R"({"pairing_code":"K7M3NP"})";
        claim.contentType = "application/json";
        const Outcome outcome = exchange(transport, claim);
        QCOMPARE(std::get<ApiError>(*outcome.result).httpStatus(), 503);
        // The answer is the later event: a request that is retried is answered only after its
        // last attempt, and Retry-After: 0 would have sent every retry at once.
        QCOMPARE(server.requestsSeen(), 1);
    }

    void aServerThatNeverAnswersIsSaidWithinSecondsAndRetryNowSendsAgain()
    {
        ScriptedServer server({{Behaviour::Hang, {}}});
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(local(server.port()));
        RequestWatch watch(transport);
        RequestWatch otherActivity(transport);
        QSignalSpy waitingChanged(&watch, &RequestWatch::stillWaitingChanged);
        bool called = false;
        QElapsedTimer outstanding;
        outstanding.start();
        transport.send(statusRequest(true), &watch, [&called](const ApiResult &) { called = true; });

        QVERIFY(waitingChanged.wait(10'000));
        // The bound is the behaviour here: a person is told within 3 s, long before the 15 s time-out.
        QVERIFY2(outstanding.elapsed() <= 3000, qPrintable(QString::number(outstanding.elapsed())));
        const std::optional<StillWaiting> waiting = watch.stillWaiting();
        QVERIFY(waiting);
        QCOMPARE(waiting->host, QString("127.0.0.1"));
        QCOMPARE(waiting->attempt, 1);
        QCOMPARE(waiting->attempts, RetryPolicy::MaxRetries + 1);
        QVERIFY(!otherActivity.stillWaiting());
        QCOMPARE(server.requestsSeen(), 1);

        outstanding.restart();
        watch.retryNow();
        QTRY_COMPARE(server.requestsSeen(), 2);
        QVERIFY2(outstanding.elapsed() < HttpTransport::DefaultTimeoutMs / 3,
                 "sent again at once, not after a time-out");
        QCOMPARE(watch.stillWaiting()->attempt, 2);
        QCOMPARE(log.rowCount(), 1); // the abandoned attempt is on the record
        QCOMPARE(log.exchange(0).status, 0);
        QVERIFY(!called);

        watch.cancel();
        QVERIFY(!watch.stillWaiting());
        QVERIFY(!called);
    }

    void aHeldRequestIsNotSlow()
    {
        ScriptedServer server({{Behaviour::Hang, {}}});
        HttpTransport transport(m_network);
        transport.setBaseUrl(local(server.port()));
        RequestWatch watch(transport);
        ApiRequest held = statusRequest(true);
        held.heldMs = 30'000; // Prefer: wait=30
        transport.send(held, &watch, [](const ApiResult &) {});
        QTRY_COMPARE(server.requestsSeen(), 1);
        QSignalSpy waitingChanged(&watch, &RequestWatch::stillWaitingChanged);
        QVERIFY(!waitingChanged.wait(HttpTransport::StillWaitingAfterMs + 1500));
        QVERIFY(!watch.stillWaiting());
    }

    // A connection that never comes up, made deterministic on any machine, with or without a
    // network: HTTPS to a server that accepts TCP and never answers the TLS handshake. A
    // non-routable address would fail at once without a route, and a full backlog depends on the
    // kernel; here the request is never sent, which is what the connect time-out watches.
    void aConnectionThatNeverComesUpIsItsOwnError()
    {
        ScriptedServer server({{Behaviour::Hang, {}}});
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())));
        transport.setConnectTimeoutMs(500);
        transport.setDefaultTimeoutMs(20'000);
        const Outcome outcome = exchange(transport, statusRequest(false), 15'000);
        const auto *error = std::get_if<ApiError>(&*outcome.result);
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::ConnectTimeout);
        QVERIFY2(error->userMessage().contains("Could not connect to 127.0.0.1"), qPrintable(error->userMessage()));
        QVERIFY(error->isTransient());
        QVERIFY2(outcome.elapsedMs < 10'000, "given up on the connection, not the transfer time-out");
        QCOMPARE(log.rowCount(), 1);
        QVERIFY(log.exchange(0).error.contains("Could not connect"));
    }

    void aConnectedServerThatHangsIsATransferTimeout_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("without a body") << QByteArray("GET") << QByteArray();
        QTest::newRow("with a body, sent") << QByteArray("POST") << QByteArray(R"({"pairing_code":"K7M3NP"})");
    }

    void aConnectedServerThatHangsIsATransferTimeout()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        ScriptedServer server({{Behaviour::Hang, {}}});
        HttpTransport transport(m_network);
        transport.setBaseUrl(local(server.port()));
        transport.setConnectTimeoutMs(300); // over once the request is on the wire
        transport.setDefaultTimeoutMs(1500);
        ApiRequest request = statusRequest(false);
        request.method = method;
        request.body = body;
        const Outcome outcome = exchange(transport, request, 10'000);
        const auto *error = std::get_if<ApiError>(&*outcome.result);
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::Timeout);
        QCOMPARE(server.requestsSeen(), 1);
    }

    void ownerGoingAwayCancelsWithoutCallback()
    {
        ScriptedServer server({{Behaviour::Hang, {}}});
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(local(server.port()));
        bool called = false;
        // Like a QWidget, the owner says destroyed() while its QPointers still see it.
        struct WidgetLike : QObject {
            ~WidgetLike() override { Q_EMIT destroyed(this); }
        };
        auto owner = std::make_unique<WidgetLike>();
        transport.send(statusRequest(), owner.get(), [&called](const ApiResult &) { called = true; });
        QTRY_COMPARE(server.requestsSeen(), 1);
        owner.reset();
        // The transport records the exchange in the same step that would call back, so once it
        // is recorded the callback has been skipped, not merely delayed.
        QTRY_COMPARE(log.rowCount(), 1);
        QVERIFY(!called);
        QCOMPARE(log.exchange(0).status, 0);
    }

    void untrustedCertificateIsNeverIgnored()
    {
        // A server with a self-signed certificate, made for this test only.
        QTemporaryDir dir;
        const QString key = dir.filePath("key.pem");
        const QString certificate = dir.filePath("cert.pem");
        QCOMPARE(QProcess::execute("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out",
                                               certificate, "-days", "1", "-subj", "/CN=127.0.0.1"}),
                 0);
        QFile keyFile(key);
        QFile certificateFile(certificate);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificateFile));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        HttpTransport transport(m_network);
        transport.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
        transport.setDefaultTimeoutMs(5000);
        const Outcome outcome = exchange(transport, statusRequest(true));
        const auto *error = std::get_if<ApiError>(&*outcome.result);
        QVERIFY(error);
        QCOMPARE(error->kind(), Kind::Tls);
        QVERIFY(error->userMessage().contains("certificate"));
    }

    void talksToTheSandboxWithATraceId()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(sandbox.url());
        const Outcome outcome = exchange(transport, statusRequest());
        const auto *response = std::get_if<ApiResponse>(&*outcome.result);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->json["pairing_code_status"].toString(), QString("none"));
        // The sandbox reused the trace id of our traceparent, so both sides' logs match.
        QCOMPARE(response->traceId, log.exchange(0).traceId);
        QCOMPARE(response->header("ETag"), QByteArray("\"0\""));

        ApiRequest unknown = statusRequest();
        unknown.headers[0].second = "POS-00000000";
        const Outcome failed = exchange(transport, unknown);
        const auto *error = std::get_if<ApiError>(&*failed.result);
        QVERIFY(error);
        QCOMPARE(error->code(), QString("4040"));
        QCOMPARE(error->traceId().size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
