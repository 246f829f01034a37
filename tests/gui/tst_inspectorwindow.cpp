// The network inspector over a recorded log: filtering by text and trace id, the details pane,
// Copy as cURL, Export HAR and Clear; no secret in any of them.
#include "inspector/ExchangeLog.h"
#include "ui/InspectorWindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "ui/Translations.h"

using namespace viopay;

namespace {
const QByteArray secretToken = "eyJhbGciOi.secret-access-token.sig";

Exchange exchange(const QByteArray &method, const QString &path, int status, const QString &traceId,
                  const QByteArray &requestBody, const QByteArray &responseBody)
{
    Exchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = method;
    exchange.url = QUrl("http://127.0.0.1:8080" + path);
    exchange.requestHeaders = {{"Authorization", "Bearer " + secretToken}, {"Content-Type", "application/json"}};
    exchange.requestBody = requestBody;
    exchange.status = status;
    exchange.responseHeaders = {{"X-Trace-Id", traceId.toLatin1()}};
    exchange.responseBody = responseBody;
    exchange.durationMs = 12;
    exchange.traceId = traceId;
    return exchange;
}
} // namespace

class TestInspectorWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<InspectorWindow> m_window;

    QTableView *table() const { return m_window->findChild<QTableView *>("exchangesTableView"); }
    QString status() const { return m_window->findChild<QLabel *>("statusLabel")->text(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::English))); } // the plural forms

    void init()
    {
        m_log = std::make_unique<ExchangeLog>();
        m_log->record(exchange("POST", "/pos/claim", 404, "4bf92f3577b34da6a3ce929d0e0e4736",
                               "{\"pairing_code\":\"K7M3NP\"}",
                               "{\"error\":{\"code\":\"4041\",\"message\":\"Pairing code not found or expired\"}}"));
        m_log->record(exchange("GET", "/pos/status", 200, "6f1c0d2b9a8e4f7c8d3b2a1908e7f6d5", {},
                               "{\"device_status\":\"active\",\"is_claimed\":false}"));
        m_window = std::make_unique<InspectorWindow>(*m_log);
        m_window->show();
    }

    void filtersByTextTraceIdAndStatus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << "" << 2;
        QTest::newRow("trace id") << "6f1c0d2b" << 1;
        QTest::newRow("a code in a body") << "k7m3np" << 1;
        QTest::newRow("status") << "404" << 1;
        QTest::newRow("method") << "get" << 1;
        QTest::newRow("path") << "/pos/" << 2;
        QTest::newRow("nothing") << "no-such-thing" << 0;
    }

    void filtersByTextTraceIdAndStatus()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        m_window->setFilterText(text);
        QCOMPARE(table()->model()->rowCount(), rows);
        QVERIFY2(status().startsWith(rows == 2 ? QString("2 requests") : QString::number(rows) + " of 2"),
                 qPrintable(status()));
    }

    void detailsShowHeadersPrettyBodyAndNoSecret()
    {
        table()->selectRow(0);
        const QString details = m_window->findChild<QPlainTextEdit *>("detailsEdit")->toPlainText();
        QVERIFY(details.startsWith("POST http://127.0.0.1:8080/pos/claim\n404 · 12 ms"));
        QVERIFY(details.contains("trace 4bf92f3577b34da6a3ce929d0e0e4736"));
        QVERIFY(details.contains("\"pairing_code\": \"K7M3NP\"")); // indented JSON
        QVERIFY(details.contains("Authorization: "));
        QVERIFY(!details.contains(secretToken));
    }

    void copyAsCurlWithoutTheSecret()
    {
        table()->selectRow(0);
        m_window->copyAsCurl();
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY(command.startsWith("curl"));
        QVERIFY(command.contains("http://127.0.0.1:8080/pos/claim"));
        QVERIFY(!command.contains(secretToken));
    }

    void exportHarWritesEveryRequest()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath("session.har");
        m_window->setAskPath(
            [&](QWidget *, const QString &suggested) { return suggested.endsWith(".har") ? path : QString(); });
        QVERIFY(m_window->exportHar());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray har = file.readAll();
        QVERIFY(!har.contains(secretToken));
        const QJsonObject log = QJsonDocument::fromJson(har).object()["log"].toObject();
        QCOMPARE(log["version"].toString(), QString("1.2"));
        QCOMPARE(log["entries"].toArray().size(), 2);
        QVERIFY(status().contains(path));
    }

    void anUnwritableHarPathIsSaid()
    {
        m_window->setAskPath([](QWidget *, const QString &) { return QString("/nonexistent-dir/x.har"); });
        QVERIFY(!m_window->exportHar());
        QVERIFY(status().startsWith("The HAR file could not be written to /nonexistent-dir/x.har"));
    }

    void clearEmptiesTheLog()
    {
        QTest::mouseClick(m_window->findChild<QPushButton *>("clearButton"), Qt::LeftButton);
        QCOMPARE(m_log->rowCount(), 0);
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(status(), QString("0 requests"));
    }

    void newRequestsAppearLive()
    {
        m_window->setFilterText("/pos/claim");
        m_log->record(exchange("POST", "/pos/claim", 200, "11112222333344445555666677778888",
                               "{\"pairing_code\":\"ABCDEF\"}", "{}"));
        QCOMPARE(table()->model()->rowCount(), 2);
        QVERIFY(status().startsWith("2 of 3"));
    }
};

QTEST_MAIN(TestInspectorWindow)
#include "tst_inspectorwindow.moc"
