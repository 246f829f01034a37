#include "core/ApiError.h"

#include <QJsonDocument>
#include <QTest>

using namespace viopay;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject {
    Q_OBJECT

    static const QByteArray traceId() { return "4bf92f3577b34da6a3ce929d0e0e4736"; }

private Q_SLOTS:
    void fromHttpResponse_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("traceHeader");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("traceId");
        QTest::addColumn<QString>("detailsMessage");

        QTest::newRow("vendor envelope")
            << 400
            << QByteArray(R"({"error":{"code":"4000","message":"X-Device-Id header is required","trace_id":"abc123"}})")
            << QByteArray() << "4000"
            << "X-Device-Id header is required"
            << "abc123"
            << "";
        QTest::newRow("envelope with details")
            << 400
            << QByteArray(
                   R"({"error":{"code":"4000","message":"Invalid request body","details":{"message":"pairing_code is missing"},"trace_id":"t1"}})")
            << QByteArray() << "4000"
            << "Invalid request body"
            << "t1"
            << "pairing_code is missing";
        QTest::newRow("envelope trace id wins over header")
            << 404
            << QByteArray(R"({"error":{"code":"4041","message":"Pairing code not found","trace_id":"fromBody"}})")
            << QByteArray("fromHeader") << "4041"
            << "Pairing code not found"
            << "fromBody"
            << "";
        QTest::newRow("header trace id when the body has none")
            << 409 << QByteArray(R"({"error":{"code":"4090","message":"Device already claimed"}})") << traceId()
            << "4090"
            << "Device already claimed" << QString(traceId()) << "";
        QTest::newRow("oauth body")
            << 401 << QByteArray(R"({"error":"invalid_grant","error_description":"Invalid user credentials"})")
            << QByteArray() << "invalid_grant"
            << "Invalid user credentials"
            << ""
            << "";
        QTest::newRow("html from a proxy")
            << 502 << QByteArray("<html><body>Bad gateway</body></html>") << QByteArray() << ""
            << ""
            << ""
            << "";
        QTest::newRow("empty body") << 503 << QByteArray() << traceId() << ""
                                    << "" << QString(traceId()) << "";
        QTest::newRow("json array") << 500 << QByteArray("[1,2]") << QByteArray() << ""
                                    << ""
                                    << ""
                                    << "";
    }

    void fromHttpResponse()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, traceHeader);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, traceId);
        QFETCH(QString, detailsMessage);

        const ApiError error = ApiError::fromHttpResponse(status, body, traceHeader);
        QCOMPARE(error.kind(), Kind::Http);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.message(), message);
        QCOMPARE(error.traceId(), traceId);
        QCOMPARE(error.details().value("message").toString(), detailsMessage);
        QVERIFY(!error.userMessage().isEmpty());
    }

    void userMessageFitsTheCase_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("4000 repeats the server's words") << 400 << "4000"
                                                         << "User-Agent must start with Viopay-POS/"
                                                         << "User-Agent must start with Viopay-POS/";
        QTest::newRow("4041 asks for the current code") << 404 << "4041"
                                                        << ""
                                                        << "it shows the current one";
        QTest::newRow("4090 already claimed") << 409 << "4090"
                                              << ""
                                              << "already claimed";
        QTest::newRow("4030 another merchant") << 403 << "4030"
                                               << ""
                                               << "another merchant";
        QTest::newRow("4040 not provisioned") << 404 << "4040"
                                              << ""
                                              << "not provisioned";
        QTest::newRow("4010 sign in again") << 401 << "4010"
                                            << ""
                                            << "Sign in again";
        QTest::newRow("oauth invalid_grant") << 401 << "invalid_grant"
                                             << ""
                                             << "Sign in again";
        QTest::newRow("5030 offline") << 503 << "5030"
                                      << ""
                                      << "offline";
        QTest::newRow("unknown 5xx") << 502 << ""
                                     << ""
                                     << "HTTP 502";
        QTest::newRow("unknown 4xx") << 418 << ""
                                     << ""
                                     << "HTTP 418";
    }

    void userMessageFitsTheCase()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, serverMessage);
        QFETCH(QString, fragment);
        const QString message = ApiError::http(status, code, serverMessage).userMessage();
        QVERIFY2(message.contains(fragment), qPrintable(message));
    }

    void rateLimitMessageSaysWhen()
    {
        ApiError error = ApiError::http(429, "4290", "Too many requests");
        QVERIFY(error.userMessage().contains("Wait a moment"));
        error.setRetryAfterSeconds(42);
        QCOMPARE(error.retryAfterSeconds(), std::optional<int>(42));
        QVERIFY2(error.userMessage().contains("42 seconds"), qPrintable(error.userMessage()));
    }

    void transportKindsHaveTheirOwnMessages_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("network") << ApiError::network("Connection refused") << Kind::Network << "Cannot reach";
        QTest::newRow("timeout") << ApiError::timeout("after 15 s") << Kind::Timeout << "did not answer in time";
        QTest::newRow("tls") << ApiError::tls("self-signed certificate") << Kind::Tls << "certificate";
        QTest::newRow("malformed") << ApiError::malformedResponse("pairing_code is not a string", 200)
                                   << Kind::MalformedResponse << "does not understand";
        QTest::newRow("cancelled") << ApiError::cancelled() << Kind::Cancelled << "cancelled";
        QTest::newRow("refused: its own sentence") << ApiError::refused("Plain http:// is only used for this computer")
                                                   << Kind::Refused << "Plain http:// is only used for this computer";
    }

    void transportKindsHaveTheirOwnMessages()
    {
        QFETCH(ApiError, error);
        QFETCH(Kind, kind);
        QFETCH(QString, fragment);
        QCOMPARE(error.kind(), kind);
        QVERIFY2(error.userMessage().contains(fragment), qPrintable(error.userMessage()));
    }

    void unreachableAndSilentServersAreNamed()
    {
        const QUrl server("http://127.0.0.1:8080");
        QCOMPARE(ApiError::network("Connection refused").userMessage(server),
                 QString("Could not reach 127.0.0.1:8080. Check the network connection."));
        QCOMPARE(ApiError::timeout("after 15 s").userMessage(QUrl("https://api.viopay.io")),
                 QString("api.viopay.io did not answer in time."));
        const ApiError http = ApiError::http(404, "4041", "Pairing code not found");
        QCOMPARE(http.userMessage(server), http.userMessage());
        QCOMPARE(ApiError::network("reset").userMessage(QUrl()), ApiError::network("reset").userMessage());
    }

    void malformedKeepsItsDetailAndStatus()
    {
        const ApiError error = ApiError::malformedResponse("expires_in_sec is not an integer", 200);
        QCOMPARE(error.message(), QString("expires_in_sec is not an integer"));
        QCOMPARE(error.httpStatus(), 200);
    }

    void isTransient_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("transient");
        QTest::newRow("network") << ApiError::network("reset") << true;
        QTest::newRow("timeout") << ApiError::timeout("") << true;
        QTest::newRow("500") << ApiError::http(500, "5000", "") << true;
        QTest::newRow("503 offline") << ApiError::http(503, "5030", "") << true;
        QTest::newRow("429") << ApiError::http(429, "4290", "") << true;
        QTest::newRow("404") << ApiError::http(404, "4041", "") << false;
        QTest::newRow("409") << ApiError::http(409, "4090", "") << false;
        QTest::newRow("401") << ApiError::http(401, "4010", "") << false;
        QTest::newRow("tls") << ApiError::tls("") << false;
        QTest::newRow("malformed") << ApiError::malformedResponse("") << false;
        QTest::newRow("cancelled") << ApiError::cancelled() << false;
        QTest::newRow("refused") << ApiError::refused("plain http") << false;
    }

    void isTransient()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, transient);
        QCOMPARE(error.isTransient(), transient);
    }

    void supportReference_data()
    {
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<QString>("reference");
        QTest::newRow("everything") << ApiError::http(404, "4041", "").setTraceId(traceId())
                                    << QString::fromUtf8("Error 4041 · HTTP 404 · trace ") + traceId();
        QTest::newRow("no trace id") << ApiError::http(409, "4090", "") << QString::fromUtf8("Error 4090 · HTTP 409");
        QTest::newRow("status only") << ApiError::http(502, "", "") << "HTTP 502";
        QTest::newRow("network") << ApiError::network("refused") << "";
    }

    void supportReference()
    {
        QFETCH(ApiError, error);
        QFETCH(QString, reference);
        QCOMPARE(error.supportReference(), reference);
    }

    void envelopeRoundTrips()
    {
        ApiError original = ApiError::http(400, "4000", "Invalid request body");
        original.setDetails({{"message", "pairing_code must be 6 symbols"}}).setTraceId(traceId());
        const QByteArray body = QJsonDocument(original.toEnvelope()).toJson(QJsonDocument::Compact);
        const ApiError parsed = ApiError::fromHttpResponse(400, body);
        QCOMPARE(parsed.code(), original.code());
        QCOMPARE(parsed.message(), original.message());
        QCOMPARE(parsed.details(), original.details());
        QCOMPARE(parsed.traceId(), original.traceId());
    }

    void envelopeLeavesOutEmptyParts()
    {
        const QJsonObject inner =
            ApiError::http(500, "5000", "Failed to create pairing code").toEnvelope()["error"].toObject();
        QCOMPARE(inner.keys(), (QStringList{"code", "message"}));
        QCOMPARE(inner["message"].toString(), QString("Failed to create pairing code"));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
