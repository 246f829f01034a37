// The merchant window driven from the keyboard against the sandbox, offscreen: sign-in, claim
// outcomes, devices, release, and what a counter operator's keyboard habits meet.
#include "FakeIssuer.h"
#include "Fits.h"
#include "HttpProbe.h"
#include "Mnemonics.h"
#include "ScriptedServer.h"

#include "api/PortalClient.h"
#include "core/Clock.h"
#include "core/Csv.h"
#include "merchant/ClaimQueue.h"
#include "merchant/CredentialStore.h"
#include "merchant/DeviceHistoryModel.h"
#include "merchant/DeviceTableModel.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/Store.h"
#include "ui/ClaimPage.h"
#include "ui/ClaimQueuePage.h"
#include "ui/CodeEntry.h"
#include "ui/ContinueInBrowserPage.h"
#include "ui/DevicesPage.h"
#include "ui/MerchantWindow.h"
#include "ui/SignInPage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

#include "ui/Translations.h"

#include <QScopeGuard>

#include <algorithm>
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
    QTemporaryDir m_scripts;

    template <typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(name);
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    CodeEntry *codeEntry() const { return child<CodeEntry>("codeEntry"); }

    QString codeFor(const QByteArray &deviceId) { return HttpProbe::pairingCode(m_sandbox->port(), deviceId); }

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

    // Opens Advanced and names the issuer, as an administrator would.
    void chooseIssuer(const QUrl &issuer)
    {
        auto *advanced = child<QToolButton>("advancedButton");
        if (!advanced->isChecked())
            QTest::mouseClick(advanced, Qt::LeftButton);
        auto *edit = child<QLineEdit>("issuerEdit");
        QTRY_VERIFY(edit->isVisible());
        edit->setFocus();
        edit->setText(issuer.toString());
        QTest::keyClick(edit, Qt::Key_Tab); // editingFinished: the page discovers the issuer
        QTRY_COMPARE(m_session->issuerStatus().kind, MerchantSession::IssuerStatus::Kind::Ready);
    }

    static bool listensAt(const QUrl &url)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(url.host()), quint16(url.port()));
        return socket.waitForConnected(2000);
    }

    QString browserScript(const QByteArray &body)
    {
        QString path = m_scripts.filePath("browser");
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write("#!/bin/sh\n" + body + "\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // A different code the sandbox does not know, for each attempt.
    static QString deadCode(int attempt)
    {
        return QStringLiteral("ZZZ9") + QString("23456789ABCDEFGH").mid(attempt, 2);
    }

    void signIn()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
    }

    void claimATerminal()
    {
        typeAndClaim(codeFor("POS-8F3A2C91"));
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::Claimed);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>("outcomeActionButton"));
    }

    // Each key to whichever widget has the focus then, as a keyboard delivers it.
    static void typeAtFocus(const QString &keys)
    {
        for (QChar key : keys)
            QTest::keyClick(QApplication::focusWidget(), key.toLatin1());
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
        Translations::install(QLocale(QLocale::English));
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
        QCOMPARE(text("hintLabel"), QString("Codes never contain the letter O (it looks like 0)"));
        QTest::keyClick(codeEntry(), Qt::Key_Return); // incomplete: said, not sent
        QVERIFY(text("hintLabel").contains("2 typed so far"));
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::None);
    }

    void aServerThatNeverAnswersIsSaidOnTheSignInPageWithRetryNow()
    {
        ScriptedServer server({{ScriptedServer::Behaviour::Hang, {}}});
        child<QLineEdit>("serverEdit")->setText(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        signInWithKeyboard();
        QTRY_COMPARE(server.requestsSeen(), 1);
        auto *page = m_window->findChild<SignInPage *>();
        auto *notice = page->findChild<QWidget *>("stillWaitingNotice");
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10'000);
        auto *label = page->findChild<QLabel *>("stillWaitingLabel");
        QCOMPARE(label->text(), QString("Still waiting for 127.0.0.1… (attempt 1 of 1)"));
        // Everything else is disabled while signing in: the keyboard is on Retry now.
        auto *retry = page->findChild<QPushButton *>("stillWaitingRetryButton");
        QTRY_COMPARE(QApplication::focusWidget(), retry);
        QTest::keyClick(retry, Qt::Key_Space);
        QTRY_COMPARE(server.requestsSeen(), 2);
        QCOMPARE(label->text(), QString("Still waiting for 127.0.0.1… (attempt 2 of 2)"));
        QCOMPARE(m_session->state(), State::SigningIn);
    }

    void aClaimWithoutAnswerIsSaidOnTheClaimPageWithRetryNow()
    {
        signInWithKeyboard();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        ScriptedServer server({{ScriptedServer::Behaviour::Hang, {}}});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        QTRY_COMPARE(QApplication::focusWidget(), codeEntry());
        QTest::keyClicks(codeEntry(), "K7M3NP");
        QTest::keyClick(codeEntry(), Qt::Key_Return);
        auto *page = m_window->findChild<ClaimPage *>();
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QWidget *>("stillWaitingNotice")->isVisible(), 10'000);
        QCOMPARE(page->findChild<QLabel *>("stillWaitingLabel")->text(),
                 QString("Still waiting for 127.0.0.1… (attempt 1 of 1)"));
        QTest::mouseClick(page->findChild<QPushButton *>("stillWaitingRetryButton"), Qt::LeftButton);
        QTRY_COMPARE(server.requestsSeen(), 2);
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::Claiming);
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
            typeAndClaim(deadCode(attempt));
        }
        QCOMPARE(text("outcomeTitleLabel"), QString("Claims are locked for now"));
        const QString before = text("outcomeTextLabel");
        QVERIFY(!child<QPushButton>("claimButton")->isEnabled());
        m_clock.advanceSeconds(61);
        QTRY_VERIFY(text("outcomeTextLabel") != before); // the ticker shows the new time left
        // Minutes and seconds in words: "14:51" would read as a time of day.
        QVERIFY2(text("outcomeTextLabel").contains(QRegularExpression("again in \\d+ min( \\d+ s)?\\.")),
                 qPrintable(text("outcomeTextLabel")));
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
        QCOMPARE(table->model()->index(0, DeviceTableModel::DeviceId).data().toString(), QString("POS-1A2B3C01"));
        QString asked;
        m_window->devicesPage()->setConfirm([&](QWidget *, const MerchantDevice &device, const QString &merchant) {
            asked = device.deviceId + " " + device.model + " " + merchant;
            return true;
        });
        QTest::mouseClick(child<QPushButton>("releaseButton"), Qt::LeftButton);
        QCOMPARE(asked, QString("POS-1A2B3C01 Sunmi-P2 Cafe Lumen"));
        QTRY_VERIFY(text("statusLabel").contains("POS-1A2B3C01 was released"));
        QTRY_COMPARE(table->model()->index(0, DeviceTableModel::Status).data().toString(), QString("Inactive"));
    }

    void anActivatedTerminalShowsItsTimeAndCanBeReleased()
    {
        // A sandbox whose POS-1A2B3C01 is claimed and activated, as a terminal's activation leaves it.
        QTemporaryDir dir;
        sandbox::SandboxServer::Options options;
        options.databasePath = dir.filePath("sandbox.db");
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        m_sandbox.reset();
        const QDateTime activatedAt(QDate(2026, 11, 29), QTime(12, 3, 10), Qt::UTC);
        {
            const std::unique_ptr<sandbox::Store> store = sandbox::Store::open(options.databasePath, false);
            QVERIFY(store);
            for (sandbox::Store::Device device : store->devices()) {
                if (device.deviceId != "POS-1A2B3C01")
                    continue;
                device.claimedAtEpochMs = activatedAt.addSecs(-120).toMSecsSinceEpoch();
                device.claimedBy = "ops@cafe-lumen.test";
                device.activatedAtEpochMs = activatedAt.toMSecsSinceEpoch();
                QVERIFY(store->updateDevice(device));
            }
        }
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        child<QLineEdit>("serverEdit")->setText(m_sandbox->url().toString());
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_COMPARE(table->model()->rowCount(), 11);
        const QModelIndexList found = table->model()->match(table->model()->index(0, DeviceTableModel::DeviceId),
                                                            Qt::DisplayRole, "POS-1A2B3C01", 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        const int row = found.constFirst().row();
        const auto cell = [&](int r, int column) { return table->model()->index(r, column).data().toString(); };
        QCOMPARE(cell(row, DeviceTableModel::Status), QString("Activated"));
        QCOMPARE(cell(row, DeviceTableModel::ActivatedAt),
                 QLocale().toString(activatedAt.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(cell(row + 1, DeviceTableModel::ActivatedAt).isEmpty()); // not activated
        table->selectRow(row);
        QVERIFY(child<QPushButton>("releaseButton")->isEnabled());
        m_window->devicesPage()->setConfirm([](QWidget *, const MerchantDevice &, const QString &) { return true; });
        QTest::mouseClick(child<QPushButton>("releaseButton"), Qt::LeftButton);
        QTRY_VERIFY(text("statusLabel").contains("POS-1A2B3C01 was released"));
        QTRY_COMPARE(cell(row, DeviceTableModel::Status), QString("Inactive"));
        QVERIFY(cell(row, DeviceTableModel::ActivatedAt).isEmpty());
    }

    // Another operator's claim changes the row on the Devices page by itself (no F5): the list
    // follows the server through its held request. The time it took is printed.
    void anotherSessionsClaimChangesTheRowWithoutF5()
    {
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_COMPARE(table->model()->rowCount(), 11);
        QTRY_COMPARE(text("liveLabel"), QString("● Live"));
        const QString code = codeFor("POS-1A2B3C03");
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
        const QModelIndexList found = table->model()->match(table->model()->index(0, DeviceTableModel::DeviceId),
                                                            Qt::DisplayRole, "POS-1A2B3C03", 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        const auto status = [&] {
            const QModelIndexList rows = table->model()->match(table->model()->index(0, DeviceTableModel::DeviceId),
                                                               Qt::DisplayRole, "POS-1A2B3C03", 1, Qt::MatchExactly);
            return table->model()->index(rows.constFirst().row(), DeviceTableModel::Status).data().toString();
        };
        QCOMPARE(status(), QString("Inactive"));

        // Another computer's operator, with a sign-in of their own.
        PortalClient other(*m_transport, m_clock);
        std::optional<Result<SignInInfo>> signedIn;
        other.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, [&](const Result<SignInInfo> &result) {
            other.initiateSession("merchant.viopay.io", this,
                                  [&, result](const Result<SessionInfo> &) { signedIn = result; });
        });
        QTRY_VERIFY(signedIn.has_value());
        std::optional<Result<QString>> claimed;
        other.claim(code, this, [&](const Result<QString> &result) { claimed = result; });
        QTRY_VERIFY(claimed.has_value());
        QVERIFY(std::holds_alternative<QString>(*claimed));
        QElapsedTimer sinceClaim;
        sinceClaim.start();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QString("Claimed"), 1000);
        qInfo("another session's claim answered to the row changing on the Devices page: %lld ms",
              sinceClaim.elapsed());
        QCOMPARE(text("liveLabel"), QString("● Live"));

        // The server gone: the list stays, and says its age as the clock moves on.
        m_sandbox.reset();
        QTRY_VERIFY_WITH_TIMEOUT(text("liveLabel").startsWith("Updated"), 15000);
        m_clock.advanceSeconds(12);
        QTRY_COMPARE(text("liveLabel"), QString("Updated 12 s ago"));
        QCOMPARE(table->model()->rowCount(), 11);
    }

    // A viewer sees every terminal and changes nothing: each control that would is disabled and
    // says why.
    void aViewerSeesEverythingAndChangesNothing()
    {
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("accountEdit"));
        QTest::keyClicks(QApplication::focusWidget(), "viewer@cafe-lumen.test");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), "pairing-demo");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QVERIFY(!m_session->canChangeFleet());
        QVERIFY(!codeEntry()->isEnabled());
        QVERIFY(!child<QPushButton>("claimButton")->isEnabled());
        QVERIFY(child<QPushButton>("claimButton")->toolTip().contains("viewer"));
        QVERIFY(text("hintLabel").contains("but not claim"));
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+3"));
        QVERIFY(!child<QPlainTextEdit>("codesEdit")->isEnabled());
        QVERIFY(!child<QPushButton>("addButton")->isEnabled());
        QVERIFY(!child<QPushButton>("claimAllButton")->isEnabled());
        QVERIFY(child<QPushButton>("claimAllButton")->toolTip().contains("viewer"));
        QVERIFY(text("addedLabel").contains("but not claim"));
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_COMPARE(table->model()->rowCount(), 11);
        table->selectRow(0);
        QVERIFY(!child<QPushButton>("releaseButton")->isEnabled());
        QVERIFY(child<QPushButton>("releaseButton")->toolTip().contains("viewer"));
        QVERIFY(!(table->model()->index(0, DeviceTableModel::Name).flags() & Qt::ItemIsEditable));
        QTRY_VERIFY2(text("statusLabel").contains("but not claim, release, rename or move"),
                     qPrintable(text("statusLabel")));
        // Were a change sent anyway, the server's 403/4031 is said as it is.
        QSignalSpy failed(m_session.get(), &MerchantSession::changeFailed);
        m_session->renameDevice("POS-1A2B3C00", "Patio");
        QVERIFY(failed.wait(5000));
        QTRY_VERIFY(text("statusLabel").contains("POS-1A2B3C00 was not changed: Your role does not allow this"));
        QVERIFY(text("statusLabel").contains("4031"));
    }

    void renameAndMoveInPlace()
    {
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_COMPARE(table->model()->rowCount(), 11);
        QTRY_VERIFY(m_session->isDevicesLive() && m_session->locations().size() == 2);
        const auto rowOf = [&](const QString &id) {
            return table->model()
                ->match(table->model()->index(0, DeviceTableModel::DeviceId), Qt::DisplayRole, id, 1, Qt::MatchExactly)
                .constFirst()
                .row();
        };
        const QModelIndex name = table->model()->index(rowOf("POS-1A2B3C00"), DeviceTableModel::Name);
        QVERIFY(name.flags() & Qt::ItemIsEditable);
        table->setCurrentIndex(name);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QTest::keyClicks(editor, "Front counter");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(rowOf("POS-1A2B3C00"), DeviceTableModel::Name).data().toString(),
                     QString("Front counter"));
        QTRY_VERIFY(
            std::any_of(m_session->devices().cbegin(), m_session->devices().cend(), [](const MerchantDevice &d) {
                return d.deviceId == "POS-1A2B3C00" && d.name == "Front counter"; // the server's list says so too
            }));
        const QModelIndex location = table->model()->index(rowOf("POS-1A2B3C00"), DeviceTableModel::Location);
        table->setCurrentIndex(location);
        QTest::keyClick(table, Qt::Key_F2);
        auto *places = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY(places);
        places->setCurrentIndex(places->findText("Harbour Kiosk"));
        QTest::keyClick(places, Qt::Key_Return);
        QTRY_VERIFY(
            std::any_of(m_session->devices().cbegin(), m_session->devices().cend(), [](const MerchantDevice &d) {
                return d.deviceId == "POS-1A2B3C00" && d.locationId == "LOC-1001-HARB";
            }));
        QTRY_COMPARE(table->model()->index(rowOf("POS-1A2B3C00"), DeviceTableModel::Location).data().toString(),
                     QString("Harbour Kiosk"));

        // The export holds every terminal as the table shows it, and reads back the same.
        child<QLineEdit>("filterEdit")->setText("Front counter"); // the filter does not limit it
        QTemporaryDir dir;
        const QString path = dir.filePath("devices.csv");
        QVERIFY(m_window->devicesPage()->exportListTo(path));
        QVERIFY2(text("statusLabel").contains(" saved to "), qPrintable(text("statusLabel")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = Csv::parse(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 12);
        QCOMPARE(rows[0][DeviceTableModel::LastSeen], QString("Last seen"));
        const auto exported = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &row) {
            return row[DeviceTableModel::DeviceId] == "POS-1A2B3C00";
        });
        QVERIFY(exported != rows.cend());
        QCOMPARE((*exported)[DeviceTableModel::Name], QString("Front counter"));
        QCOMPARE((*exported)[DeviceTableModel::Location], QString("Harbour Kiosk"));
    }

    // The selected terminal's history: each event in words with who did it; Enter on one asks
    // for its requests in the inspector; the history exports as CSV and reads back.
    void theHistoryOfTheSelectedTerminal()
    {
        signIn();
        claimATerminal(); // POS-8F3A2C91
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_COMPARE(table->model()->rowCount(), 11);
        const QModelIndexList found = table->model()->match(table->model()->index(0, DeviceTableModel::DeviceId),
                                                            Qt::DisplayRole, "POS-8F3A2C91", 1, Qt::MatchExactly);
        table->selectRow(found.constFirst().row());
        auto *history = child<QTableView>("historyTableView");
        QTRY_VERIFY(history->model()->rowCount() >= 2); // its code, then the claim
        QVERIFY(text("historyLabel").startsWith("History of POS-8F3A2C91"));
        const QModelIndex newest = history->model()->index(0, DeviceHistoryModel::Event);
        QCOMPARE(newest.data().toString(), QString("Claimed"));
        QCOMPARE(history->model()->index(0, DeviceHistoryModel::Actor).data().toString(),
                 QString("ops@cafe-lumen.test"));
        const QString traceId = history->model()->index(0, DeviceHistoryModel::TraceId).data().toString();
        QVERIFY(!traceId.isEmpty());

        QSignalSpy traces(m_window.get(), &MerchantWindow::traceRequested);
        history->setFocus();
        history->setCurrentIndex(history->model()->index(0, DeviceHistoryModel::TraceId));
        QTest::keyClick(history, Qt::Key_Return);
        QCOMPARE(traces.size(), 1);
        QCOMPARE(traces.first().first().toString(), traceId);

        QTemporaryDir dir;
        const QString path = dir.filePath("history.csv");
        QVERIFY(m_window->devicesPage()->exportHistoryTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = Csv::parse(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), history->model()->rowCount() + 1);
        QCOMPARE(rows[1][DeviceHistoryModel::Event], QString("Claimed"));
        QCOMPARE(rows[1][DeviceHistoryModel::TraceId], traceId);
    }

    // A rollout from the keyboard: paste the codes, Ctrl+Enter, Enter, then fix the row that
    // failed in place and claim it.
    void theClaimQueueFromTheKeyboard()
    {
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+3"));
        auto *codes = child<QPlainTextEdit>("codesEdit");
        QTRY_COMPARE(QApplication::focusWidget(), codes);
        const QString patio = codeFor("POS-1A2B3C03");
        QApplication::clipboard()->setText(patio + ", Patio\n" + deadCode(0) + "\nK7M 3N\n");
        QTest::keySequence(codes, QKeySequence::Paste);
        QTest::keyClick(codes, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(codes->toPlainText().isEmpty());
        QCOMPARE(text("addedLabel"), QString("3 codes added."));
        auto *claimAll = child<QPushButton>("claimAllButton");
        QCOMPARE(QApplication::focusWidget(), claimAll);
        QTest::keyClick(claimAll, Qt::Key_Return);
        ClaimQueue &queue = m_window->claimQueuePage()->queue();
        QTRY_COMPARE(queue.run(), ClaimQueue::Run::Idle);
        auto *table = child<QTableView>("queueTableView");
        const auto outcome = [&](int row) { return table->model()->index(row, ClaimQueue::Outcome).data().toString(); };
        QCOMPARE(outcome(0), QString("Claimed: POS-1A2B3C03"));
        QCOMPARE(outcome(1), QString("Not active: ask the terminal for the code it shows now"));
        QVERIFY2(outcome(2).startsWith("Fix: The code is too short"), qPrintable(outcome(2)));
        QVERIFY2(text("progressLabel").startsWith("Claimed: 1 · To fix: 2 · Waiting: 0. Fix a marked row"),
                 qPrintable(text("progressLabel")));

        // The keyboard is on the first row to fix: F2, the terminal's code now, Enter.
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, codeFor("POS-1A2B3C04"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(outcome(1), QString("Waiting"));                // the delegate commits once the event loop runs
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier); // Claim a&ll
        QTRY_COMPARE(outcome(1), QString("Claimed: POS-1A2B3C04"));
        QTRY_COMPARE(queue.run(), ClaimQueue::Run::Idle);
        QCOMPARE(QApplication::focusWidget(), table); // on the row still to fix
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_Tab);
        QTest::keyClick(m_window.get(), Qt::Key_Tab); // Remove is disabled without a selection
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>("clearClaimedButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(text("progressLabel"), QString("The queue is empty: add codes above."));
    }

    void theClaimQueuesControlsFollowTheirTabOrder()
    {
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+3"));
        const QStringList expected{"codesEdit",    "queueLocationComboBox", "addButton",     "queueTableView",
                                   "removeButton", "clearClaimedButton",    "claimAllButton"};
        QStringList chain;
        QWidget *widget = child<QWidget>("codesEdit");
        for (int step = 0; step < 200 && chain.size() < expected.size(); ++step, widget = widget->nextInFocusChain()) {
            if (expected.contains(widget->objectName()) && !chain.contains(widget->objectName()))
                chain << widget->objectName();
        }
        QCOMPARE(chain, expected);
    }

    // Stale codes in a queue stop before the lock; the lock, once there, shows on the Claim page too.
    void theClaimQueueStopsBeforeTheLockAndTheClaimPageSaysIt()
    {
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+3"));
        QString codes;
        for (int attempt = 0; attempt < 11; ++attempt)
            codes += deadCode(attempt) + "\n";
        child<QPlainTextEdit>("codesEdit")->setPlainText(codes);
        auto *claimAll = child<QPushButton>("claimAllButton");
        QTest::keyClick(claimAll, Qt::Key_Space); // pasted and claimed at once: added first
        ClaimQueue &queue = m_window->claimQueuePage()->queue();
        QTRY_COMPARE(queue.pause(), ClaimQueue::Pause::LastAttempt);
        QCOMPARE(queue.rowCount(), 11);
        QVERIFY2(text("progressLabel")
                     .contains("Paused: one more code that is not active would lock claims for 15 "
                               "minutes"),
                 qPrintable(text("progressLabel")));
        QTest::keyClick(claimAll, Qt::Key_Space);
        QTRY_COMPARE(queue.pause(), ClaimQueue::Pause::Locked);
        QVERIFY2(text("progressLabel").contains("Claims are locked for 1"), qPrintable(text("progressLabel")));
        QVERIFY(!claimAll->isEnabled());

        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+1"));
        QVERIFY(!child<QPushButton>("claimButton")->isEnabled());
        QVERIFY2(text("hintLabel").startsWith("Claims are locked for 1"), qPrintable(text("hintLabel")));
        const QString before = text("hintLabel");
        m_clock.advanceSeconds(61);
        QTRY_VERIFY(text("hintLabel") != before); // it counts down
        m_clock.advanceSeconds(15 * 60);
        QTRY_VERIFY(!text("hintLabel").contains("locked"));
        QVERIFY(child<QPushButton>("claimButton")->isEnabled());
    }

    void noMnemonicIsSharedAfterAClaimOrAFailure()
    {
        signIn();
        QVERIFY2(Mnemonics::clashes(*m_window).isEmpty(), qPrintable(Mnemonics::clashes(*m_window).join("\n")));
        claimATerminal(); // "Claim another" once shared Alt+A with the Account menu
        QVERIFY2(Mnemonics::clashes(*m_window).isEmpty(), qPrintable(Mnemonics::clashes(*m_window).join("\n")));
        m_sandbox->stop();
        typeAtFocus("K7M3NP");
        QTest::keyClick(codeEntry(), Qt::Key_Return);
        QTRY_COMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::Failed);
        QVERIFY(child<QPushButton>("outcomeActionButton")->isVisible()); // Try again
        QVERIFY2(Mnemonics::clashes(*m_window).isEmpty(), qPrintable(Mnemonics::clashes(*m_window).join("\n")));
    }

    void signingOutAsksFirstWhenTheSignInIsNotKept()
    {
        signIn(); // "keep me signed in" unticked
        int asked = 0;
        bool answer = false;
        m_window->setConfirmSignOut([&](QWidget *) {
            ++asked;
            return answer;
        });
        QTest::keyClick(child<QPushButton>("signOutButton"), Qt::Key_Space);
        QCOMPARE(asked, 1);
        QCOMPARE(m_session->state(), State::SignedIn);
        answer = true;
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+Shift+L"));
        QCOMPARE(asked, 2);
        QCOMPARE(m_session->state(), State::SignedOut);
    }

    // View > Diagnose a terminal, and its shortcut, signed in or not.
    void ctrlShiftDAsksForADiagnosis()
    {
        QSignalSpy asked(m_window.get(), &MerchantWindow::diagnoseRequested);
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+Shift+D"));
        QCOMPARE(asked.count(), 1);
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+Shift+D"));
        QCOMPARE(asked.count(), 2);
    }

    void afterARefusedCodeTheRightCodeCanBeTyped()
    {
        signIn();
        typeAndClaim(deadCode(0));
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::NotActive);
        QCOMPARE(QApplication::focusWidget(), codeEntry());
        const QString code = codeFor("POS-8F3A2C91");
        QTest::keyClick(codeEntry(), code.at(0).toLatin1());
        QVERIFY(!child<QWidget>("outcomeFrame")->isVisible()); // the panel goes as soon as one types
        QTest::keyClicks(codeEntry(), code.mid(1));
        QCOMPARE(codeEntry()->code(), code); // typed over the refused one, from the first cell
        QTest::keyClick(codeEntry(), Qt::Key_Return);
        QTRY_COMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::Claimed);
    }

    void theSameRefusedCodeIsNotSentAgain()
    {
        signIn();
        typeAndClaim(deadCode(0));
        const int left = m_session->claimAttemptsLeft();
        QCOMPARE(left, 9);
        QTest::keyClick(codeEntry(), Qt::Key_Return); // Enter again on the refused code
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::SameAsRefused);
        QVERIFY(text("outcomeTitleLabel").contains("just refused"));
        QCOMPARE(m_session->claimAttemptsLeft(), left); // nothing sent, nothing counted
    }

    void fewAttemptsLeftAreWarnedBeforeTheLock()
    {
        signIn();
        for (int attempt = 0; attempt < 6; ++attempt)
            typeAndClaim(deadCode(attempt));
        QVERIFY(!text("hintLabel").contains("will lock claims"));
        typeAndClaim(deadCode(6));
        QVERIFY2(text("hintLabel").contains("3 more codes that are not active will lock claims for 15 minutes"),
                 qPrintable(text("hintLabel")));
        QTest::keyClick(codeEntry(), Qt::Key_K); // the panel goes; the warning stays under the cells
        QVERIFY(!child<QWidget>("outcomeFrame")->isVisible());
        QVERIFY(text("hintLabel").contains("3 more codes"));
        m_clock.advanceSeconds(15 * 60); // the refusals age out of the server's window
        QCOMPARE(m_session->claimAttemptsLeft(), 10);
    }

    void afterAClaimTypingStartsTheNextCode()
    {
        signIn();
        claimATerminal();
        typeAtFocus("k7m");
        QCOMPARE(QApplication::focusWidget(), codeEntry());
        QCOMPARE(codeEntry()->code(), QString("K7M"));
        QVERIFY(!child<QWidget>("outcomeFrame")->isVisible());
    }

    void enterPressesTheFocusedButton()
    {
        signIn();
        claimATerminal();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Claim another
        QCOMPARE(QApplication::focusWidget(), codeEntry());
        QVERIFY(codeEntry()->code().isEmpty());
        QCOMPARE(m_session->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::None);
    }

    void theFocusedButtonShowsItsFocus()
    {
        signIn();
        claimATerminal();
        auto *another = child<QPushButton>("outcomeActionButton");
        const QImage focused = another->grab().toImage();
        codeEntry()->setFocus(Qt::TabFocusReason);
        const QImage unfocused = another->grab().toImage();
        QVERIFY2(focused != unfocused, "the button with the focus looks like any other");
    }

    void enterSignsInFromTheCheckBox()
    {
        QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("accountEdit"));
        QTest::keyClicks(QApplication::focusWidget(), "ops@cafe-lumen.test");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), "pairing-demo");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("keepSignedInCheckBox"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(m_session->state(), State::SignedIn);
    }

    void aLockedUserDoesNotBlockAnother()
    {
        for (int attempt = 0; attempt < 6; ++attempt) { // five refusals, then the lock
            signInWithKeyboard("not-it");
            QTRY_VERIFY(m_session->state() == State::SignedOut && !child<QLineEdit>("secretEdit")->text().isEmpty());
            child<QLineEdit>("accountEdit")->clear();
            child<QLineEdit>("secretEdit")->clear();
            child<QLineEdit>("accountEdit")->setFocus();
        }
        QCOMPARE(m_session->signInProblem().kind, MerchantSession::SignInProblem::Kind::LockedOut);
        QTest::keyClicks(child<QLineEdit>("accountEdit"), "ops@cafe-lumen.test");
        QVERIFY(!child<QPushButton>("signInButton")->isEnabled());
        QVERIFY2(text("messageLabel").contains(QRegularExpression("Try again in \\d+ min( \\d+ s)?\\.")),
                 qPrintable(text("messageLabel")));
        child<QLineEdit>("accountEdit")->clear();
        QTest::keyClicks(child<QLineEdit>("accountEdit"), "desk@harbor-books.test");
        QVERIFY(child<QPushButton>("signInButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>("secretEdit"), "pairing-demo");
        QTest::keyClick(child<QLineEdit>("secretEdit"), Qt::Key_Return);
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QCOMPARE(m_session->merchant().name, QString("Harbor Books"));
    }

    void keepSignedInIsOffWhereTheServerForgets()
    {
        auto *keep = child<QCheckBox>("keepSignedInCheckBox");
        QVERIFY(keep->isEnabled());
        m_session->setServerForgetsSignIns(m_sandbox->url()); // as the built-in sandbox's is
        m_window->signInPage()->prepare();
        QVERIFY(!keep->isEnabled());
        QVERIFY(!keep->isChecked());
        QVERIFY(child<QLabel>("keepSignedInNoteLabel")->isVisible());
        QVERIFY(keep->accessibleDescription().contains("built-in sandbox"));
        child<QLineEdit>("serverEdit")->setText("https://api.viopay.io");
        QVERIFY(keep->isEnabled());
        QVERIFY(!child<QLabel>("keepSignedInNoteLabel")->isVisible());
    }

    void theClaimTimeStaysOnOneClock()
    {
        signIn();
        claimATerminal();
        // This computer's (test) clock is far from the sandbox's: the time shown must not switch.
        const QString shown = QLocale().toString(m_clock.utcNow().toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(text("outcomeTextLabel").contains("Claimed at " + shown), qPrintable(text("outcomeTextLabel")));
        QTRY_VERIFY(text("outcomeTextLabel").contains("PAX-A920")); // the device list has arrived
        QVERIFY2(text("outcomeTextLabel").contains("Claimed at " + shown), qPrintable(text("outcomeTextLabel")));
    }

    void theWindowKeepsASensibleMinimumSize()
    {
        signIn();
        m_window->resize(100, 100);
        QTRY_VERIFY(m_window->width() > 100);
        typeAndClaim(deadCode(0)); // the tallest page: code, hint, button and a panel
        // Everything on the claim page fits, without overlapping or being cut.
        for (const char *name : {"codeEntry", "claimButton", "outcomeTextLabel", "outcomeReferenceLabel"}) {
            QWidget *widget = child<QWidget>(name);
            QVERIFY2(widget->visibleRegion().boundingRect() == widget->rect(), name);
            const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                           : widget->minimumSizeHint().height();
            QVERIFY2(widget->height() >= needed, name);
        }
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->viewport()->height() >= 5 * table->verticalHeader()->defaultSectionSize());
    }

    void theHeaderShowsItsWholeTextAtTheMinimumSize_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es", "vi"})
            QTest::newRow(language) << QString(language);
    }

    // The Vietnamese "Đăng xuất (O)" was cut to "Đăng xu" beside the account line at 640 px.
    void theHeaderShowsItsWholeTextAtTheMinimumSize()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(QLocale(language)) || language == "en");
        const QFont font = QApplication::font();
        QFont large = font; // a large-text setting, as a counter's screen across the desk often has
        large.setPointSizeF(font.pointSizeF() * 1.4);
        QApplication::setFont(large);
        const auto restoreFont = qScopeGuard([&] { QApplication::setFont(font); });
        m_window = std::make_unique<MerchantWindow>(*m_session); // the forms read the language when built
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        signIn();
        m_window->resize(100, 100);
        QTRY_VERIFY(m_window->width() > 100);
        QCOMPARE(m_window->size(), m_window->minimumSize());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(child<QPushButton>("signOutButton")->text() != QString("Sign &out") || language == "en");
        QList<const QWidget *> header;
        const QLayout *account = child<QWidget>("workPage")->findChild<QLayout *>("accountLayout");
        for (int item = 0; item < account->count(); ++item)
            if (account->itemAt(item)->widget())
                header << account->itemAt(item)->widget();
        header << child<QWidget>("keychainLabel");
        QCOMPARE(header.size(), 3);
        QCOMPARE(Fits::clipped(header), QStringList());
        auto *tabs = child<QTabWidget>("tabWidget")->tabBar();
        QVERIFY(tabs->sizeHint().width() <= tabs->width()); // every tab at its full size, none elided
    }

    void theBrowserIsTheMainWayAndPasswordsOnlyWhereTheIssuerAllowsThem()
    {
        FakeIssuer issuer; // lists no password grant
        chooseIssuer(issuer.issuer());
        QVERIFY(child<QPushButton>("browserButton")->isVisible());
        QVERIFY(child<QPushButton>("browserButton")->isDefault());
        QVERIFY(!child<QLineEdit>("secretEdit")->isVisible());
        QVERIFY(!child<QLineEdit>("accountEdit")->isVisible());
        QVERIFY(!child<QPushButton>("signInButton")->isVisible());

        issuer.setOffersPassword(true);
        chooseIssuer(issuer.url("/realms/test/")); // the same issuer again, discovered anew
        QTRY_VERIFY(child<QLineEdit>("secretEdit")->isVisible());
        QCOMPARE(child<QPushButton>("signInButton")->text(), QString("Sign &in with password"));
        // An API client still signs in with its id and secret, never in a browser.
        QTest::mouseClick(child<QRadioButton>("apiClientRadio"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>("browserButton")->isVisible());
        QVERIFY(child<QLineEdit>("secretEdit")->isVisible());
    }

    void theConnectionToViopayShowsBeforeAnyoneTypes()
    {
        ScriptedServer live({{ScriptedServer::Behaviour::Answer, ScriptedServer::answer(200, R"({"status":"ok"})")}});
        auto *server = child<QLineEdit>("serverEdit");
        server->setFocus();
        server->setText(QStringLiteral("http://127.0.0.1:%1").arg(live.port()));
        QTest::keyClick(server, Qt::Key_Tab);
        QTRY_COMPARE(text("connectivityLabel"), QString("Viopay reachable"));
        QVERIFY(live.requests().join().contains("GET /health/live"));

        ScriptedServer other({{ScriptedServer::Behaviour::Answer, ScriptedServer::answer(404, R"({"error":"x"})")}});
        server->setFocus();
        server->setText(QStringLiteral("http://127.0.0.1:%1").arg(other.port()));
        QTest::keyClick(server, Qt::Key_Tab);
        QTRY_COMPARE(text("connectivityLabel"),
                     QString("The server answers, but not as Viopay: its health check gave HTTP 404."));

        const quint16 port = live.port();
        live.close();
        server->setFocus();
        server->setText(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QTest::keyClick(server, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(text("connectivityLabel").startsWith("Viopay is not reachable: "), 10'000);
        QVERIFY(child<QLabel>("connectivityLabel")->isVisible());
    }

    void aBrowserSignInCanBeCancelledAndNothingListensAfterwards()
    {
        FakeIssuer issuer;
        qputenv("VIOPAY_BROWSER", "true"); // a browser that never comes back
        const auto unset = qScopeGuard([] { qunsetenv("VIOPAY_BROWSER"); });
        chooseIssuer(issuer.issuer());
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        auto *page = m_window->findChild<ContinueInBrowserPage *>();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(QApplication::focusWidget(), page->findChild<QPushButton *>("cancelButton"));
        const QUrl redirect(QUrlQuery(m_session->browserUrl()).queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QVERIFY(listensAt(redirect));

        QTest::mouseClick(page->findChild<QPushButton *>("copyLinkButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_session->browserUrl().toString(QUrl::FullyEncoded));
        QVERIFY(QGuiApplication::clipboard()->text().contains("code_challenge_method=S256"));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // Cancel, from wherever the focus is
        QTRY_COMPARE(m_session->state(), State::SignedOut);
        QVERIFY(!page->isVisible());
        QTRY_VERIFY(text("messageLabel").startsWith("Browser sign-in cancelled."));
        QVERIFY(!listensAt(redirect));
    }

    void aDeclinedBrowserSignInSaysSo()
    {
        FakeIssuer issuer;
        issuer.setAuthorizationError("access_denied");
        // The "browser" follows the issuer's redirect back to the app, as a person's would.
        qputenv("VIOPAY_BROWSER", browserScript(R"(exec curl -s -L -o /dev/null "$1")").toLocal8Bit());
        const auto unset = qScopeGuard([] { qunsetenv("VIOPAY_BROWSER"); });
        chooseIssuer(issuer.issuer());
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->signInProblem().kind, MerchantSession::SignInProblem::Kind::BrowserDenied,
                                  10'000);
        QCOMPARE(m_session->state(), State::SignedOut);
        QTRY_VERIFY(text("messageLabel").startsWith("The sign-in was declined in the browser"));
        QVERIFY(issuer.lastTokenRequest().isEmpty());
    }

    void anUnreachableIssuerSaysSo()
    {
        FakeIssuer issuer;
        const QUrl gone = issuer.issuer();
        chooseIssuer(gone);
        issuer.close();
        QTest::mouseClick(child<QPushButton>("browserButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->signInProblem().kind,
                                  MerchantSession::SignInProblem::Kind::IssuerUnreachable, 10'000);
        QVERIFY2(text("messageLabel").startsWith("The sign-in service " + gone.toString() + " could not be reached: "),
                 qPrintable(text("messageLabel")));
    }

    void devicesColumnsKeepTheirWidths()
    {
        signIn();
        QTest::keySequence(m_window.get(), QKeySequence("Ctrl+2"));
        auto *table = child<QTableView>("devicesTableView");
        QTRY_COMPARE(table->model()->rowCount(), 11);
        QHeaderView *header = table->horizontalHeader();
        header->resizeSection(1, 260); // the person's own width for Model
        QTest::keyClicks(child<QLineEdit>("filterEdit"), "sunmi");
        QCOMPARE(header->sectionSize(1), 260);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY(!m_session->devicesLoading());
        QCOMPARE(header->sectionSize(1), 260);
        // The last column still takes the spare width as the window grows.
        const int last = header->sectionSize(header->count() - 1);
        m_window->resize(m_window->width() + 200, m_window->height());
        QTRY_VERIFY(header->sectionSize(header->count() - 1) > last);
    }
};

QTEST_MAIN(TestMerchantWindow)
#include "tst_merchantwindow.moc"
