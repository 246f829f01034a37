#include "inspector/ExchangeDetails.h"
#include "inspector/ExchangeLog.h"
#include "inspector/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace viopay;

namespace {
const QByteArray password = "hunter2-PASSWORD-x1";
const QByteArray clientSecret = "CLIENT-SECRET-x2";
const QByteArray accessToken = "ACCESS-TOKEN-x3";
const QByteArray refreshToken = "REFRESH-TOKEN-x4";
const QList<QByteArray> secrets{password, clientSecret, accessToken, refreshToken};

Exchange signIn()
{
    Exchange exchange;
    exchange.startedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
    exchange.method = "POST";
    exchange.url = QUrl("http://127.0.0.1:8080/realms/viopay/protocol/openid-connect/token");
    exchange.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                               {"traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}};
    exchange.requestBody =
        "grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test&password=" + password;
    exchange.status = 200;
    exchange.responseHeaders = {{"Content-Type", "application/json"},
                                {"X-Trace-Id", "4bf92f3577b34da6a3ce929d0e0e4736"}};
    exchange.responseBody = "{\"access_token\":\"" + accessToken + "\",\"expires_in\":900,\"refresh_token\":\"" +
                            refreshToken + "\",\"token_type\":\"Bearer\"}";
    exchange.durationMs = 42;
    exchange.traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    return exchange;
}

Exchange claim()
{
    Exchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = "POST";
    exchange.url = QUrl("http://127.0.0.1:8080/pos/claim?client_secret=" + clientSecret);
    exchange.requestHeaders = {{"Authorization", "Bearer " + accessToken},
                               {"Content-Type", "application/json"},
                               {"Cookie", "session=" + refreshToken}};
    exchange.requestBody = "{\"pairing_code\":\"K7M3NP\",\"nested\":{\"client_secret\":\"" + clientSecret + "\"}}";
    exchange.status = 404;
    exchange.responseBody = "{\"error\":{\"code\":\"4041\",\"message\":\"Pairing code not found\"}}";
    exchange.traceId = "0af7651916cd43dd8448eb211c80319c";
    return exchange;
}

void verifyNoSecret(const QByteArray &text)
{
    for (const QByteArray &secret : secrets)
        QVERIFY2(!text.contains(secret), (secret + " leaked in: " + text.left(400)).constData());
}
} // namespace

class TestExchangeLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void redactsBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("kept");
        QTest::newRow("json password") << QByteArray("{\"username\":\"ops\",\"password\":\"" + password + "\"}")
                                       << QByteArray("application/json") << QByteArray("\"username\":\"ops\"");
        QTest::newRow("json nested tokens") << QByteArray("{\"a\":[{\"access_token\":\"" + accessToken +
                                                          "\"}],\"refresh_token\":\"" + refreshToken + "\"}")
                                            << QByteArray("application/json") << QByteArray("\"a\":[{");
        // A terminal's factory secrets, as GET /sandbox/devices/{id}/factory answers, and its token.
        QTest::newRow("factory secrets") << QByteArray(
                                                "{\"factory\":{\"identity_key_id\":\"idk-1\",\"identity_secret\":\"" +
                                                password + "\",\"zmk\":\"" + clientSecret + "\"}}")
                                         << QByteArray("application/json")
                                         << QByteArray("\"identity_key_id\":\"idk-1\"");
        // POST /sandbox/devices answers a provisioned device with its factory secrets once.
        QTest::newRow("provisioned device")
            << QByteArray("{\"device_id\":\"POS-1\",\"factory\":{\"identity_secret\":\"" + password + "\",\"zmk\":\"" +
                          clientSecret + "\",\"zmk_kcv\":\"A1B2C3\"}}")
            << QByteArray("application/json; charset=utf-8") << QByteArray("\"zmk_kcv\":\"A1B2C3\"");
        // POST /pos/keys: the wrapped keys go, their ids and check values stay.
        QTest::newRow("key blocks") << QByteArray("{\"keys\":{\"tmk\":{\"key_id\":\"tmk-1\",\"key_block\":\"" +
                                                  refreshToken +
                                                  "\",\"usage\":\"key-encryption\",\"kcv\":\"0F1E2D\"}}}")
                                    << QByteArray("application/json")
                                    << QByteArray(
                                           "\"kcv\":\"0F1E2D\",\"key_block\":\"[redacted]\",\"key_id\":\"tmk-1\"");
        QTest::newRow("key block cut off") << QByteArray("{\"key_id\":\"tmk-1\",\"key_block\":\"" + refreshToken)
                                           << QByteArray("application/json") << QByteArray("\"key_id\":\"tmk-1\"");
        QTest::newRow("attestation token")
            << QByteArray("{\"attestation_token\":\"" + accessToken + "\",\"expires_in_sec\":300}")
            << QByteArray("application/json") << QByteArray("\"expires_in_sec\":300");
        QTest::newRow("form") << "client_id=x&client_secret=" + clientSecret + "&grant_type=password"
                              << QByteArray("application/x-www-form-urlencoded") << QByteArray("grant_type=password");
        QTest::newRow("form without content type")
            << "password=" + password + "&username=ops" << QByteArray() << QByteArray("username=ops");
        QTest::newRow("form field case") << "PassWord=" + password << QByteArray("application/x-www-form-urlencoded")
                                         << QByteArray("PassWord=");
        // Bodies that do not parse: the same fields are masked as text.
        QTest::newRow("json cut off in a password")
            << QByteArray("{\"username\":\"ops\",\"password\":\"" + password) << QByteArray("application/json")
            << QByteArray("\"username\":\"ops\"");
        QTest::newRow("json cut off after the tokens")
            << QByteArray("{\"access_token\": \"" + accessToken + "\", \"expires_in\":900,\"refresh_token\":\"" +
                          refreshToken + "\",\"tok")
            << QByteArray("application/json") << QByteArray("\"expires_in\":900");
        QTest::newRow("json with an escaped quote, cut off")
            << QByteArray("{\"client_secret\":\"a\\\"" + clientSecret + "\",\"scope\":\"x\"") << QByteArray()
            << QByteArray("\"scope\":\"x\"");
        QTest::newRow("form labelled as text") << "username=ops&password=" + password << QByteArray("text/plain")
                                               << QByteArray("username=ops&password=[redacted]");
        QTest::newRow("an error page echoing a form")
            << "<p>grant_type=password&refresh_token=" + refreshToken + "</p>" << QByteArray("text/html")
            << QByteArray("grant_type=password&refresh_token=[redacted]</p>");
    }

    void redactsBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, kept);
        const QByteArray redacted = Redactor::redactBody(body, contentType);
        verifyNoSecret(redacted);
        QVERIFY2(redacted.contains(kept), redacted.constData());
        QVERIFY(redacted.contains("redacted"));
    }

    void plainTextBodiesAreKept()
    {
        QCOMPARE(Redactor::redactBody("<html>hello</html>", "text/html"), QByteArray("<html>hello</html>"));
    }

    void authorizationKeepsItsScheme()
    {
        const HeaderList headers = Redactor::redactHeaders({{"authorization", "Bearer " + accessToken},
                                                            {"Proxy-Authorization", "Basic abc"},
                                                            {"Set-Cookie", "s=" + refreshToken},
                                                            {"X-Device-Id", "POS-8F3A2C91"},
                                                            {"Authorization", "Attestation att_" + accessToken}});
        QCOMPARE(headers.at(0).second, QByteArray("Bearer [redacted]"));
        QCOMPARE(headers.at(1).second, QByteArray("Basic [redacted]"));
        QCOMPARE(headers.at(2).second, QByteArray("[redacted]"));
        QCOMPARE(headers.at(3).second, QByteArray("POS-8F3A2C91"));
        QCOMPARE(headers.at(4).second, QByteArray("Attestation [redacted]"));
    }

    // The attest request's HMAC under the identity secret (ACTIVATION.md): its version stays.
    void signatureKeepsItsVersion()
    {
        const HeaderList headers = Redactor::redactHeaders(
            {{"X-Signature", "v1=" + accessToken}, {"x-signature", clientSecret}, {"X-Key-Id", "idk-POS-8F3A2C91-01"}});
        QCOMPARE(headers.at(0).second, QByteArray("v1=[redacted]"));
        QCOMPARE(headers.at(1).second, QByteArray("[redacted]"));
        QCOMPARE(headers.at(2).second, QByteArray("idk-POS-8F3A2C91-01"));
    }

    void queryAndUserInfoAreRedacted()
    {
        const QUrl url = Redactor::redactUrl(
            QUrl("https://user:" + password + "@api.viopay.io/x?code=K7M3NP&access_token=" + accessToken));
        verifyNoSecret(url.toString().toUtf8());
        QVERIFY(url.toString().contains("code=K7M3NP"));
    }

    void aRedirectLosesItsCodeStateAndTokens()
    {
        const QByteArray code = "AUTH-CODE-x5";
        const QByteArray state = "STATE-x6";
        const HeaderList headers = Redactor::redactHeaders(
            {{"Location", "http://127.0.0.1:9/callback?code=" + code + "&state=" + state + "&iss=viopay"},
             {"location", "https://app.example/cb#access_token=" + accessToken + "&token_type=Bearer"},
             {"Location", "https://user:" + password + "@app.example/next"},
             {"Location", "/pos/status?device=POS-8F3A2C91"}});
        const QByteArray all = headers.at(0).second + headers.at(1).second + headers.at(2).second;
        verifyNoSecret(all);
        QVERIFY2(!all.contains(code) && !all.contains(state), all.constData());
        QCOMPARE(headers.at(0).second,
                 QByteArray("http://127.0.0.1:9/callback?code=[redacted]&state=[redacted]&iss=viopay"));
        QCOMPARE(headers.at(1).second, QByteArray("https://app.example/cb#access_token=[redacted]&token_type=Bearer"));
        QCOMPARE(headers.at(2).second, QByteArray("https://user@app.example/next"));
        QCOMPARE(headers.at(3).second, QByteArray("/pos/status?device=POS-8F3A2C91"));
    }

    void recordKeepsNoSecret()
    {
        ExchangeLog log;
        log.record(signIn());
        log.record(claim());
        QCOMPARE(log.rowCount(), 2);
        for (int row = 0; row < log.rowCount(); ++row) {
            const Exchange &entry = log.exchange(row);
            verifyNoSecret(entry.requestBody + entry.responseBody + entry.url.toEncoded());
            for (const auto &[name, value] : entry.requestHeaders + entry.responseHeaders)
                verifyNoSecret(value);
            for (int column = 0; column < log.columnCount(); ++column)
                verifyNoSecret(log.data(log.index(row, column)).toString().toUtf8());
        }
        QCOMPARE(log.exchange(1).requestHeader("Authorization"), QByteArray("Bearer [redacted]"));
    }

    void tableShowsTheExchange()
    {
        ExchangeLog log;
        log.record(signIn());
        QCOMPARE(log.columnCount(), int(ExchangeLog::ColumnCount));
        QCOMPARE(log.data(log.index(0, ExchangeLog::MethodColumn)).toString(), QString("POST"));
        QCOMPARE(log.data(log.index(0, ExchangeLog::StatusColumn)).toString(), QString("200"));
        QCOMPARE(log.data(log.index(0, ExchangeLog::DurationColumn)).toLongLong(), 42);
        QCOMPARE(log.data(log.index(0, ExchangeLog::TraceIdColumn)).toString(),
                 QString("4bf92f3577b34da6a3ce929d0e0e4736"));
        QVERIFY(log.data(log.index(0, ExchangeLog::UrlColumn)).toString().endsWith("/openid-connect/token"));
        QCOMPARE(log.headerData(ExchangeLog::TraceIdColumn, Qt::Horizontal).toString(), QString("Trace id"));
        Exchange failed = claim();
        failed.status = 0;
        failed.error = "Timed out after 15 s";
        log.record(failed);
        QCOMPARE(log.data(log.index(1, ExchangeLog::StatusColumn)).toString(), QString("Timed out after 15 s"));
    }

    void rowsAreInStartOrder()
    {
        ExchangeLog log;
        Exchange held = claim();
        held.traceId = "held";
        Exchange later = claim();
        later.traceId = "later";
        later.startedAt = held.startedAt.addMSecs(500);
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        log.record(later); // finished first
        log.record(held);
        QCOMPARE(log.exchange(0).traceId, QString("held"));
        QCOMPARE(log.exchange(1).traceId, QString("later"));
        QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    }

    void failuresAreColoured()
    {
        ExchangeLog log;
        log.record(signIn()); // 200
        log.record(claim());  // 404
        Exchange unanswered = claim();
        unanswered.status = 0;
        unanswered.error = "Connection refused";
        log.record(unanswered);
        QVERIFY(!log.data(log.index(2, ExchangeLog::StatusColumn), Qt::ForegroundRole).isValid());
        QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
        log.setFailureColour(QColor(0xb3, 0x26, 0x1e));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!log.data(log.index(0, ExchangeLog::StatusColumn), Qt::ForegroundRole).isValid());
        for (int row : {1, 2})
            QCOMPARE(log.data(log.index(row, ExchangeLog::UrlColumn), Qt::ForegroundRole).value<QColor>(),
                     QColor(0xb3, 0x26, 0x1e));
    }

    void senderColumnSaysWhoSentIt_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("terminal") << int(ExchangeOrigin::Kind::Terminal) << "Terminal POS-8F3A2C91";
        QTest::newRow("merchant") << int(ExchangeOrigin::Kind::Merchant) << "Merchant";
        QTest::newRow("drill") << int(ExchangeOrigin::Kind::Drill) << "Fault drill";
        QTest::newRow("unknown") << int(ExchangeOrigin::Kind::Unknown) << "";
    }

    void senderColumnSaysWhoSentIt()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        ExchangeLog log;
        Exchange entry = claim();
        entry.origin = {ExchangeOrigin::Kind(kind), kind == int(ExchangeOrigin::Kind::Terminal) ? "POS-8F3A2C91" : ""};
        log.record(entry);
        QCOMPARE(log.headerData(ExchangeLog::SenderColumn, Qt::Horizontal).toString(), QString("From"));
        QCOMPARE(log.data(log.index(0, ExchangeLog::SenderColumn)).toString(), text);
    }

    void capacityDropsTheOldest()
    {
        ExchangeLog log(nullptr, 3);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        for (int index = 0; index < 5; ++index) {
            Exchange entry = claim();
            entry.traceId = QString::number(index);
            log.record(entry);
        }
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(log.exchange(0).traceId, QString("2"));
        QCOMPARE(log.exchange(2).traceId, QString("4"));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void bodyPreviewsAreCapped()
    {
        ExchangeLog log;
        Exchange big = claim();
        big.responseBody = QByteArray(5 * 1024 * 1024, 'x');
        log.record(big);
        QCOMPARE(log.exchange(0).responseBody.size(), ExchangeLog::BodyPreviewBytes);
    }

    // Issue 16: the plaintext of an MSK envelope goes to the latest attempt with its trace id,
    // shows below the ciphertext and in the HAR, and loses any key field like a body would.
    void decryptedPlaintextShowsBesideTheCiphertext()
    {
        ExchangeLog log;
        Exchange config = claim();
        config.url = QUrl("http://127.0.0.1:8080/pos/config");
        config.status = 200;
        config.responseBody = R"({"format":"TR31-DATA","ciphertext":"9A0B","initialization_vector":"00"})";
        log.record(config);
        config.retries = 1; // a retry of the same request: same trace id
        config.startedAt = config.startedAt.addSecs(1);
        log.record(config);
        QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
        log.attachDecrypted(config.traceId, {},
                            R"({"terminal_id":"TID-482913","merchant":{"name":"Cafe Lumen"},"key_block":")" + password +
                                R"("})");
        log.attachDecrypted("no-such-trace", "{}", "{}");
        QCOMPARE(changed.count(), 1);
        QVERIFY(log.exchange(0).decryptedResponse.isEmpty());
        const QString details = ExchangeDetails::response(log.exchange(1));
        QVERIFY2(details.contains(R"("ciphertext": "9A0B")") && details.contains("Decrypted") &&
                     details.contains(R"("terminal_id": "TID-482913")") && details.contains("Cafe Lumen"),
                 qPrintable(details));
        QVERIFY(details.indexOf("ciphertext") < details.indexOf("TID-482913"));
        QVERIFY(!ExchangeDetails::request(log.exchange(1)).contains("Decrypted")); // nothing was sealed
        const QByteArray har = log.toHar();
        verifyNoSecret(har + details.toUtf8());
        const QJsonArray entries = QJsonDocument::fromJson(har)["log"]["entries"].toArray();
        QVERIFY(!entries.at(0).toObject().contains("_decrypted"));
        QVERIFY(entries.at(1)["_decrypted"]["response"].toString().contains("TID-482913"));
    }

    void harIsVersion12WithEveryEntryAndNoSecret()
    {
        ExchangeLog log;
        log.record(signIn());
        log.record(claim());
        const QByteArray har = log.toHar();
        verifyNoSecret(har);
        const QJsonObject root = QJsonDocument::fromJson(har).object()["log"].toObject();
        QCOMPARE(root["version"].toString(), QString("1.2"));
        QCOMPARE(root["creator"].toObject()["name"].toString(), QString("Viopay Pairing"));
        const QJsonArray entries = root["entries"].toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first["startedDateTime"].toString(), QString("2026-11-24T09:30:00.000Z"));
        QCOMPARE(first["time"].toInt(), 42);
        QCOMPARE(first["_traceId"].toString(), QString("4bf92f3577b34da6a3ce929d0e0e4736"));
        const QJsonObject request = first["request"].toObject();
        QCOMPARE(request["method"].toString(), QString("POST"));
        QCOMPARE(request["headersSize"].toInt(), -1);
        QVERIFY(request["postData"].toObject()["text"].toString().contains("grant_type=password"));
        const QJsonObject response = first["response"].toObject();
        QCOMPARE(response["status"].toInt(), 200);
        QCOMPARE(response["content"].toObject()["mimeType"].toString(), QString("application/json"));
        for (const char *key : {"cache", "timings"})
            QVERIFY(first.contains(key));
        QCOMPARE(entries.at(1).toObject()["request"].toObject()["queryString"].toArray().size(), 1);
    }

    void curlRepeatsTheRequestWithoutSecrets()
    {
        Exchange exchange = claim();
        exchange.requestBody = "{\"pairing_code\":\"K7M3NP\",\"note\":\"it's\"}";
        const QString curl = ExchangeLog::toCurl(exchange);
        verifyNoSecret(curl.toUtf8());
        QVERIFY2(curl.startsWith("curl -X POST 'http://127.0.0.1:8080/pos/claim?client_secret="), qPrintable(curl));
        QVERIFY(curl.contains("-H 'Authorization: Bearer [redacted]'"));
        QVERIFY(curl.contains("-H 'Content-Type: application/json'"));
        QVERIFY2(curl.contains("--data-raw '{\"note\":\"it'\\''s\",\"pairing_code\":\"K7M3NP\"}'"), qPrintable(curl));
    }
};

QTEST_GUILESS_MAIN(TestExchangeLog)
#include "tst_exchangelog.moc"
