// The merchant window driven from the keyboard against the sandbox, offscreen: sign-in, claim
// outcomes, devices, release.
#include "HttpProbe.h"

#include "api/PortalClient.h"
#include "core/Clock.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/ClaimPage.h"
#include "ui/CodeEntry.h"
#include "ui/DevicesPage.h"
#include "ui/MerchantWindow.h"
#include "ui/SignInPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "ui/Translations.h"

#include <memory>

using namespace viopay;
using State = MerchantSession::State;

class TestMerchantWindow : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PortalClient> m_portal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MerchantSession> m_session;
    std::unique_ptr<MerchantWindow> m_window;
    TestClock m_clock;

    template <typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(name);
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    CodeEntry *codeEntry() const { return child<CodeEntry>("codeEntry"); }

    QString codeFor(const QByteArray &deviceId)
    {
        const QList<QPair<QByteArray, QByteArray>> headers{{"X-Device-Id", deviceId},
                                                           {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                                                           {"X-Client-Type", "pos"}};
        return HttpProbe::request(m_sandbox->port(), "POST", "/pos/pairing-code", headers)
            .json()["pairing_code"]
            .toString();
    }

    // Signs in from the keyboard alone, as an operator would.
    void signInWithKeyboard(const QString &password = "pairing-demo")
    {
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("accountEdit"));
        QTest::keyClicks(QApplication::focusWidget(), "ops@cafe-lumen.test");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("secretEdit"));
        QTest::keyClicks(QApplication::focusWidget(), password);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    void typeAndClaim(const QString &code)
    {
        QTRY_COMPARE(QApplication::focusWidget(), codeEntry());
        QTest::keyClicks(codeEntry(), code);
        QTest::keyClick(codeEntry(), Qt::Key_Return);
        QTRY_VERIFY(m_session->claimOutcome().kind != MerchantSession::ClaimOutcome::Kind::Claiming);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QLocale(QLocale::English))); // the plural forms
        QCoreApplication::setOrganizationName("Viopay");
        QCoreApplication::setApplicationName("Viopay Pairing Window Tests");
    }

    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(m_sandbox->url());
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
        m_portal = std::make_unique<PortalClient>(*m_transport, m_clock);
        m_credentials = std::make_unique<CredentialStore>();
        m_settings = std::make_unique<QSettings>();
        m_settings->clear();
        m_session = std::make_unique<MerchantSession>(*m_portal, *m_transport, *m_credentials, *m_settings, m_clock);
        m_window = std::make_unique<MerchantWindow>(*m_session);
        m_window->resize(900, 680);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_portal.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void signInAndClaimFromTheKeyboard()
    {
        QCOMPARE(child<QLineEdit>("serverEdit")->text(), m_sandbox->url().toString());
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QVERIFY(text("signedInLabel").contains("ops@cafe-lumen.test"));
        QVERIFY(text("signedInLabel").contains("Cafe Lumen"));
        QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty()); // the password is gone from the screen

        const QString code = codeFor("POS-8F3A2C91");
        typeAndClaim(code.left(3).toLower() + "-" + code.mid(3).toLower());
        QCOMPARE(text("outcomeTitleLabel"), QString("Terminal claimed"));
        QTRY_VERIFY(text("outcomeTextLabel").contains("POS-8F3A2C91 · PAX-A920 now belongs to Cafe Lumen"));
        auto *another = child<QPushButton>("outcomeActionButton");
        QCOMPARE(QApplication::focusWidget(), another);
        QTest::keyClick(another, Qt::Key_Space);
        QVERIFY(codeEntry()->code().isEmpty());
        QCOMPARE(QApplication::focusWidget(), codeEntry());
        QVERIFY(!child<QWidget>("outcomeFrame")->isVisible());
    }

    void anUnreachableServerIsNamedOnSignIn()
    {
        const QString host = "127.0.0.1:" + QString::number(m_sandbox->port());
        m_sandbox->stop();
        signInWithKeyboard();
        QTRY_VERIFY(text("messageLabel").startsWith("Could not reach " + host + "."));
    }

    void anUnreachableServerIsNamedOnAClaim()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        const QString code = codeFor("POS-8F3A2C91");
        const QString host = "127.0.0.1:" + QString::number(m_sandbox->port());
        m_sandbox->stop();
        typeAndClaim(code);
        QTRY_COMPARE(text("outcomeTitleLabel"), QString("The claim did not go through"));
        QVERIFY2(text("outcomeTextLabel").startsWith("Could not reach " + host + "."),
                 qPrintable(text("outcomeTextLabel")));
    }

    void aServerAddressWithoutSchemeIsRefusedAsEverywhere()
    {
        // The chooser and the command line refuse "host" without http(s)://; so does this page.
        auto *server = child<QLineEdit>("serverEdit");
        server->setText(m_sandbox->url().authority());
        signInWithKeyboard();
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(text("messageLabel").contains("not a web address"));
        QCOMPARE(QApplication::focusWidget(), server);
        server->setText(m_sandbox->url().toString());
        QTest::keyClick(child<QLineEdit>("secretEdit"), Qt::Key_Return);
        QTRY_COMPARE(m_session->state(), State::SignedIn);
    }

    void aDeadCodeSaysWhatToDoAndStaysForAFix()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        typeAndClaim("ZZZ999");
        QCOMPARE(text("outcomeTitleLabel"), QString("This code is not active"));
        QVERIFY(text("outcomeTextLabel").contains("it shows the current one"));
        QVERIFY(text("outcomeReferenceLabel").startsWith("Error 4041"));
        QCOMPARE(codeEntry()->code(), QString("ZZZ999"));
        QCOMPARE(QApplication::focusWidget(), codeEntry());
    }

    void aRefusedSymbolShowsTheHint()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QTRY_COMPARE(QApplication::focusWidget(), codeEntry());
        QTest::keyClicks(codeEntry(), "K7O");
        QCOMPARE(codeEntry()->code(), QString("K7"));
        QVERIFY(text("hintLabel").contains("never contain 0, O, I or 1"));
        QTest::keyClick(codeEntry(), Qt::Key_Return); // incomplete: said, not sent
        QVERIFY(text("hintLabel").contains("2 typed so far"));
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::None);
    }

    void aWrongPasswordIsSaidAndTheEmailStays()
    {
        signInWithKeyboard("not-it");
        QTRY_VERIFY(child<QLabel>("messageLabel")->text().contains("e-mail or the password is wrong"));
        QCOMPARE(child<QLineEdit>("accountEdit")->text(), QString("ops@cafe-lumen.test"));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("secretEdit"));
    }

    void theLockCountsDown()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        for (int attempt = 0; attempt < 11; ++attempt) {
            codeEntry()->clear();
            typeAndClaim("ZZZ999");
        }
        QCOMPARE(text("outcomeTitleLabel"), QString("Claims are locked for now"));
        const QString before = text("outcomeTextLabel");
        QVERIFY(!child<QPushButton>("claimButton")->isEnabled());
        m_clock.advanceSeconds(61);
        QTRY_VERIFY(text("outcomeTextLabel") != before); // the ticker shows the new time left
        QVERIFY(text("outcomeTextLabel").contains(QRegularExpression("again in \\d+:\\d\\d")));
    }

    void devicesFilterAndReleaseWithConfirmation()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        typeAndClaim(codeFor("POS-1A2B3C01"));
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        QCOMPARE(child<QTabWidget>("tabWidget")->currentWidget()->objectName(), QString("devicesTab"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_VERIFY(!m_session->devicesLoading());
        QTRY_COMPARE(table->model()->rowCount(), 11);
        QTest::keyClicks(child<QLineEdit>("filterEdit"), "sunmi");
        QCOMPARE(table->model()->rowCount(), 3); // POS-1A2B3C01, 04, 07
        QVERIFY2(text("statusLabel").startsWith("3 of 11 devices shown"), qPrintable(text("statusLabel")));
        table->selectRow(0);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QString("POS-1A2B3C01"));
        QString asked;
        m_window->devicesPage()->setConfirm([&](QWidget *, const MerchantDevice &device, const QString &merchant) {
            asked = device.deviceId + " " + device.model + " " + merchant;
            return true;
        });
        QTest::mouseClick(child<QPushButton>("releaseButton"), Qt::LeftButton);
        QCOMPARE(asked, QString("POS-1A2B3C01 Sunmi-P2 Cafe Lumen"));
        QTRY_VERIFY(text("statusLabel").contains("POS-1A2B3C01 was released"));
        QTRY_COMPARE(table->model()->index(0, 2).data().toString(), QString("Inactive"));
    }
};

QTEST_MAIN(TestMerchantWindow)
#include "tst_merchantwindow.moc"
