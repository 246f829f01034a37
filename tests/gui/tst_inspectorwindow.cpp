// The network inspector over a recorded log: filtering by text and trace id, the details pane,
// Copy as cURL, Export HAR and Clear; no secret in any of them.
#include "inspector/ExchangeJournal.h"
#include "inspector/ExchangeLog.h"
#include "ui/InspectorWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "ui/StateColors.h"
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
    QString details(const char *edit) const { return m_window->findChild<QPlainTextEdit *>(edit)->toPlainText(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::English))); } // the plural forms

    void init()
    {
        m_log = std::make_unique<ExchangeLog>();
        Exchange claim =
            exchange("POST", "/pos/claim", 404, "4bf92f3577b34da6a3ce929d0e0e4736", "{\"pairing_code\":\"K7M3NP\"}",
                     "{\"error\":{\"code\":\"4041\",\"message\":\"Pairing code not found or expired\"}}");
        claim.origin = ExchangeOrigin::merchant();
        m_log->record(claim);
        Exchange status = exchange("GET", "/pos/status", 200, "6f1c0d2b9a8e4f7c8d3b2a1908e7f6d5", {},
                                   "{\"device_status\":\"active\",\"is_claimed\":false}");
        status.origin = ExchangeOrigin::terminal("POS-8F3A2C91");
        status.requestHeaders.append(qMakePair(QByteArray("X-Device-Id"), QByteArray("POS-8F3A2C91")));
        m_log->record(status);
        m_window = std::make_unique<InspectorWindow>(*m_log);
        m_window->show();
    }

    void closesOnEscCtrlWAndItsOwnShortcut_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("Ctrl+W") << QKeySequence("Ctrl+W");
        QTest::newRow("Ctrl+Shift+I") << QKeySequence("Ctrl+Shift+I");
    }

    void closesOnEscCtrlWAndItsOwnShortcut()
    {
        QFETCH(QKeySequence, keys);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), keys);
        QTRY_VERIFY(!m_window->isVisible());
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

    void detailsAreInTabsWithoutASecret()
    {
        table()->selectRow(0);
        auto *tabs = m_window->findChild<QTabWidget *>("detailsTabWidget");
        QCOMPARE(tabs->count(), 4);
        QStringList titles;
        for (int index = 0; index < tabs->count(); ++index)
            titles << tabs->tabText(index).remove('&');
        QCOMPARE(titles, QStringList({"Headers", "Request", "Response", "Timing"}));
        const QString headers = details("headersEdit");
        QVERIFY2(headers.startsWith("POST http://127.0.0.1:8080/pos/claim\n404 · Merchant"), qPrintable(headers));
        QVERIFY(headers.contains("Authorization: "));
        QVERIFY(headers.contains("X-Trace-Id: 4bf92f3577b34da6a3ce929d0e0e4736"));
        QVERIFY(!headers.contains(secretToken));
        QCOMPARE(details("requestEdit"), QString("{\n    \"pairing_code\": \"K7M3NP\"\n}")); // indented JSON
        QVERIFY(details("responseEdit").contains("\"message\": \"Pairing code not found or expired\""));
        QVERIFY(details("timingEdit").contains("12 ms"));
        QVERIFY(details("timingEdit").contains("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    void unansweredRequestSaysWhyInItsResponseTab()
    {
        Exchange refused = exchange("GET", "/pos/status", 0, "77778888999900001111222233334444", {}, {});
        refused.error = "Connection refused";
        m_log->record(refused);
        table()->selectRow(2);
        QCOMPARE(details("responseEdit"), QString("No answer: Connection refused"));
    }

    void failuresAreInTheProblemColourAndSendersNamed()
    {
        const QAbstractItemModel *model = table()->model();
        QCOMPARE(model->headerData(ExchangeLog::SenderColumn, Qt::Horizontal).toString(), QString("From"));
        QCOMPARE(model->index(0, ExchangeLog::SenderColumn).data().toString(), QString("Merchant"));
        QCOMPARE(model->index(1, ExchangeLog::SenderColumn).data().toString(), QString("Terminal POS-8F3A2C91"));
        QCOMPARE(model->index(0, ExchangeLog::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                 StateColors::urgent());                                                         // 404
        QVERIFY(!model->index(1, ExchangeLog::StatusColumn).data(Qt::ForegroundRole).isValid()); // 200
    }

    void rowsAreInStartOrder()
    {
        Exchange early = exchange("GET", "/pos/status", 200, "00001111222233334444555566667777", {}, {});
        early.startedAt = early.startedAt.addSecs(-60); // a held request finishes after later ones
        m_log->record(early);
        QCOMPARE(table()->model()->index(0, ExchangeLog::TraceIdColumn).data().toString(),
                 QString("00001111222233334444555566667777"));
    }

    void statusIsNotTruncated()
    {
        Exchange refused = exchange("GET", "/pos/status", 0, "77778888999900001111222233334444", {}, {});
        refused.error = "Could not reach 127.0.0.1:8080: Connection refused";
        m_log->record(refused);
        QHeaderView *header = table()->horizontalHeader();
        // What the cell paints: the text, a margin each side and the grid line.
        const int margin = table()->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table()) + 1;
        QVERIFY(header->sectionSize(ExchangeLog::StatusColumn) >
                table()->fontMetrics().horizontalAdvance(refused.error) + 2 * margin + 1);
    }

    void newRowsScrollIntoViewUnlessScrolledAway()
    {
        for (int index = 0; index < 60; ++index)
            m_log->record(exchange("GET", "/pos/status", 304, QString::number(index), {}, {}));
        QScrollBar *scrollBar = table()->verticalScrollBar();
        QTRY_VERIFY(scrollBar->maximum() > 0);
        QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());
        scrollBar->setValue(0); // the user reads an older one
        m_log->record(exchange("GET", "/pos/status", 304, "after", {}, {}));
        QCoreApplication::processEvents();
        QCOMPARE(scrollBar->value(), 0);
        scrollBar->setValue(scrollBar->maximum()); // back at the end: follows again
        m_log->record(exchange("GET", "/pos/status", 304, "following", {}, {}));
        QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());
        const QModelIndex last = table()->model()->index(table()->model()->rowCount() - 1, 0);
        QVERIFY(table()->viewport()->rect().contains(table()->visualRect(last)));
    }

    void filterTermsAndWhatIsNotUnderstood()
    {
        auto *problem = m_window->findChild<QLabel *>("filterProblemLabel");
        QTest::keyClicks(m_window->findChild<QLineEdit *>("filterEdit"), "status:4xx method:POST");
        QCOMPARE(table()->model()->rowCount(), 1);
        QVERIFY(!problem->isVisible());
        m_window->setFilterText("colour:red");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith("Unknown filter \"colour:\""), qPrintable(problem->text()));
        m_window->setFilterText("device:POS-8F3A2C91");
        QCOMPARE(table()->model()->rowCount(), 1);
        QVERIFY(!problem->isVisible());
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

    // "Keep after restart" turns the journal on and off; "Forget the log" deletes its file.
    void keepingTheLogIsAChoiceWithAForget()
    {
        auto *keep = m_window->findChild<QCheckBox *>("keepLogCheckBox");
        auto *forget = m_window->findChild<QPushButton *>("forgetLogButton");
        QVERIFY(!keep->isVisibleTo(m_window.get())); // no journal, no choice
        QTemporaryDir folder;
        QSettings settings(folder.filePath("settings.ini"), QSettings::IniFormat);
        ExchangeJournal journal(*m_log, settings, folder.filePath("exchange-log.jsonl"));
        m_window->setJournal(&journal);
        QVERIFY(keep->isVisibleTo(m_window.get()));
        QVERIFY(!keep->isChecked()); // off by default
        QTest::keyClick(keep, Qt::Key_Space);
        QVERIFY(journal.isEnabled());
        m_log->record(exchange("GET", "/pos/status", 200, "11112222333344445555666677778888", {}, "{}"));
        QVERIFY(QFile::exists(journal.path()));
        QTest::keyClick(forget, Qt::Key_Space);
        QVERIFY(!QFile::exists(journal.path()));
        QCOMPARE(m_log->rowCount(), 0);
        QCOMPARE(status(), QString("The kept log is deleted and this list is empty."));
    }
};

QTEST_MAIN(TestInspectorWindow)
#include "tst_inspectorwindow.moc"
