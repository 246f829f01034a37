// The "Diagnose a terminal" dialog against the real sandbox: typed and run from the keyboard, each
// check shown with its result as a word beside its icon, the first failure selected with its
// evidence and next step, Copy as text, and a support bundle saved where asked.
#include "api/HttpTransport.h"
#include "core/Clock.h"
#include "inspector/ExchangeLog.h"
#include "sandbox/SandboxServer.h"
#include "support/DiagnosisSession.h"
#include "ui/DiagnoseDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace viopay;

class TestDiagnoseDialog : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    ExchangeLog m_log;
    std::unique_ptr<DiagnosisSession> m_session;
    std::unique_ptr<DiagnoseDialog> m_dialog;

    template <typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    QTreeWidget *checks() const { return child<QTreeWidget>("checksTreeWidget"); }
    QString status() const { return child<QLabel>("statusLabel")->text(); }

    // Types the id into the field and presses Enter, as a keyboard user does.
    void runFromTheKeyboard(const QString &deviceId)
    {
        QLineEdit *field = child<QLineEdit>("deviceLineEdit");
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, deviceId);
        QTest::keyClick(field, Qt::Key_Return);
    }

    QStringList rowsOf(int column) const
    {
        QStringList rows;
        for (int row = 0; row < checks()->topLevelItemCount(); ++row)
            rows << checks()->topLevelItem(row)->text(column);
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(m_sandbox->url());
        connect(m_transport.get(), &HttpTransport::exchangeFinished, &m_log, &ExchangeLog::record);
        m_session = std::make_unique<DiagnosisSession>(*m_transport, Clock::system(),
                                                       DiagnosisSession::Setup{{}, nullptr, &m_log, nullptr});
        m_dialog = std::make_unique<DiagnoseDialog>(*m_session);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_transport.reset();
        m_sandbox.reset();
        m_log.clear();
    }

    void healthyTerminalShowsEveryCheck()
    {
        QVERIFY(!child<QPushButton>("copyButton")->isEnabled()); // nothing to copy yet
        QList<bool> runEnabledWhileChecking;
        connect(m_session.get(), &DiagnosisSession::checkFinished, this,
                [&] { runEnabledWhileChecking << child<QPushButton>("runButton")->isEnabled(); });
        runFromTheKeyboard("POS-8f3a2c91");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("runButton")->isEnabled(), 20000);
        QCOMPARE(child<QLineEdit>("deviceLineEdit")->text(), QString("POS-8F3A2C91")); // as the server spells it
        QCOMPARE(checks()->topLevelItemCount(), DiagnosisSession::checkCount());
        QCOMPARE(runEnabledWhileChecking, QList<bool>(DiagnosisSession::checkCount(), false)); // one run at a time
        QVERIFY2(!rowsOf(0).contains("Fail"), qPrintable(rowsOf(0).join(", ")));
        QCOMPARE(rowsOf(0).first(), QString("Pass"));
        QCOMPARE(rowsOf(1).first(), QString("API reachable"));
        QVERIFY(rowsOf(0).contains("Not available")); // no merchant signed in: checks 6 to 8
        QVERIFY(!checks()->topLevelItem(0)->icon(0).isNull());
        QVERIFY2(!status().contains("failed"), qPrintable(status()));
        QVERIFY(!child<QProgressBar>("progressBar")->isVisible());
        QVERIFY(child<QPushButton>("copyButton")->isEnabled());
    }

    void failingTerminalSelectsTheFailureWithItsNextStep()
    {
        runFromTheKeyboard("POS-DEADBEEF");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("runButton")->isEnabled(), 20000);
        QVERIFY2(status().contains("failed"), qPrintable(status()));
        const QTreeWidgetItem *current = checks()->currentItem();
        QVERIFY(current);
        QCOMPARE(current->text(0), QString("Fail"));
        QCOMPARE(current->text(1), QString("Device provisioned"));
        const QString details = child<QPlainTextEdit>("detailsPlainTextEdit")->toPlainText();
        QVERIFY2(details.contains("HTTP 404"), qPrintable(details));
        QVERIFY2(details.contains("Next: A terminal must be provisioned"), qPrintable(details));

        QTest::keyClick(child<QPushButton>("copyButton"), Qt::Key_Space);
        QCOMPARE(QApplication::clipboard()->text(), m_session->diagnosis().toText());
        QVERIFY(QApplication::clipboard()->text().contains(QString::fromUtf8("\u2717 Device provisioned")));
    }

    void malformedIdIsSaidNotSent()
    {
        runFromTheKeyboard("POS-XYZ");
        QVERIFY2(status().contains("8 hexadecimal digits"), qPrintable(status()));
        QCOMPARE(m_log.rowCount(), 0);
        QVERIFY(!m_session->isRunning());
        // A server's words are shown as typed, never as markup.
        QCOMPARE(child<QLabel>("statusLabel")->textFormat(), Qt::PlainText);
    }

    void savesTheBundleWhereAsked()
    {
        runFromTheKeyboard("POS-8F3A2C91");
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("saveBundleButton")->isEnabled(), 20000);
        QTemporaryDir folder;
        QString suggested;
        m_dialog->setAskPath([&](QWidget *, const QString &offered) {
            suggested = offered;
            return folder.filePath("bundle.zip");
        });
        QTest::keyClick(child<QPushButton>("saveBundleButton"), Qt::Key_Space);
        QVERIFY(suggested.endsWith(".zip") && suggested.contains("POS-8F3A2C91"));
        QVERIFY(QFileInfo(folder.filePath("bundle.zip")).size() > 0);
        QVERIFY2(status().startsWith("Saved "), qPrintable(status()));

        m_dialog->setAskPath([](QWidget *, const QString &) { return QString(); }); // cancelled
        QVERIFY(!m_dialog->saveBundle());
    }
};

QTEST_MAIN(TestDiagnoseDialog)
#include "tst_diagnosedialog.moc"
