// The kiosk screen driven through its real session against the sandbox, offscreen.
#include "ActivationAnswers.h"
#include "ContextMenu.h"
#include "Fits.h"
#include "HttpProbe.h"
#include "ScriptedServer.h"

#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "drills/FaultDrillsSession.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/CountdownRing.h"
#include "ui/KioskWindow.h"
#include "ui/QrCodeWidget.h"
#include "ui/StateColors.h"
#include "ui/Translations.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace viopay;
using State = KioskSession::State;

class TestKioskWindow : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PosClient> m_client;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<KioskWindow> m_window;
    TestClock m_clock;

    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>("pagesStackedWidget")->currentWidget();
    }
    // As read: the no-break spaces and word joiners that keep words together read as plain text.
    QString labelText(const char *name) const
    {
        return m_window->findChild<QLabel *>(name)->text().remove(QChar(0x2060)).replace(QChar(0x00a0), ' ');
    }

    std::unique_ptr<ScriptedServer> m_scripted;
    ActivationAnswers m_answers;

    // The window's terminal, with its factory secrets, against a scripted server that pairs it
    // (bootstrap saying serverTime) and then gives script.
    void activateAgainst(const QList<ScriptedServer::Step> &script,
                         const QByteArray &serverTime = "2025-12-13T14:25:30Z")
    {
        m_scripted = std::make_unique<ScriptedServer>(m_answers.pairedUntilClaimed(serverTime) + script);
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_scripted->port())));
        m_session->setFactorySecrets(m_answers.secrets());
        m_session->start();
    }

    QString stepLabel(const char *kind, int step) const
    {
        return labelText(qPrintable(QStringLiteral("activationStep%1Label%2").arg(QLatin1String(kind)).arg(step)));
    }

    inline static const QByteArray Markup = R"(<b>x</b><img src='file:///etc/hostname'>)";

    // The label holds the text as given and shows it as plain text.
    bool showsLiterally(const char *name, const QString &text) const
    {
        const auto *label = m_window->findChild<QLabel *>(name);
        if (!label->text().contains(text) || label->textFormat() != Qt::PlainText) {
            qWarning("%s: format %d, text %s", name, int(label->textFormat()), qPrintable(label->text()));
            return false;
        }
        return true;
    }

    // The code label's font, the ring's and the QR code's sides once the window is laid out at size.
    struct CodeSizes {
        int font, ring, qr;
    };
    CodeSizes codeSizesAt(QSize size)
    {
        m_window->resize(size);
        for (int round = 0; round < 3; ++round) // a new preferred side asks for one more layout
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const auto *ring = m_window->findChild<CountdownRing *>("countdownRing");
        const auto *qr = m_window->findChild<QrCodeWidget *>("qrCodeWidget");
        return {m_window->findChild<QLabel *>("codeLabel")->font().pixelSize(), qMin(ring->width(), ring->height()),
                qMin(qr->width(), qr->height())};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::English))); } // the plural forms

    void init()
    {
        m_clock = TestClock(); // each test from the same moment
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(m_sandbox->url());
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
        const DeviceIdentity device = *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
        m_client = std::make_unique<PosClient>(*m_transport, device);
        m_session = std::make_unique<KioskSession>(*m_client, m_clock);
        m_window = std::make_unique<KioskWindow>(
            *m_session, KioskWindow::Setup{m_sandbox->url().toString(),
                                           m_sandbox->url().toString() + "/claim?code={code}", device.footerText()});
        m_window->resize(900, 700);
        m_window->show();
    }

    void cleanup()
    {
        Translations::install(QLocale(QLocale::English));
        m_window.reset();
        m_scripted.reset();
        m_session.reset();
        m_client.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void showsTheCodeGroupedWithCountdownAndQr()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        QCOMPARE(currentPage()->objectName(), QString("codePage"));
        const QString code = m_session->code();
        QCOMPARE(labelText("codeLabel"), code.left(3) + " " + code.mid(3));
        QCOMPARE(m_window->findChild<QLabel *>("codeLabel")->accessibleName(),
                 "Pairing code " + KioskWindow::spokenCode(code));
        QCOMPARE(m_window->findChild<CountdownRing *>("countdownRing")->timeText(), QString("05:00"));
        QVERIFY(m_window->findChild<QrCodeWidget *>("qrCodeWidget")->text().endsWith("/claim?code=" + code));
        QVERIFY(labelText("footerLabel").startsWith(QString::fromUtf8("POS-8F3A2C91 · PAX-A920 · Android 12 · 1.4.2")));
        // The big code grows with the window.
        const int before = m_window->findChild<QLabel *>("codeLabel")->font().pixelSize();
        m_window->resize(1400, 1000);
        QTRY_VERIFY(m_window->findChild<QLabel *>("codeLabel")->font().pixelSize() > before);
    }

    // A full screen shows the code, its ring and the QR code large; a small window shows them
    // small, and whole.
    void theCodeRingAndQrGrowWithTheWindow()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        const CodeSizes small = codeSizesAt({800, 600});
        QCOMPARE(Fits::clipped(m_window.get()), QStringList());
        const CodeSizes large = codeSizesAt({1920, 1080});
        QCOMPARE(Fits::clipped(m_window.get()), QStringList());
        const QString sizes = QString("font %1 -> %2, ring %3 -> %4, QR %5 -> %6")
                                  .arg(small.font)
                                  .arg(large.font)
                                  .arg(small.ring)
                                  .arg(large.ring)
                                  .arg(small.qr)
                                  .arg(large.qr);
        QVERIFY2(large.font >= 1.5 * small.font, qPrintable(sizes));
        QVERIFY2(large.ring >= 1.5 * small.ring, qPrintable(sizes));
        QVERIFY2(large.qr >= 1.5 * small.qr, qPrintable(sizes));
        // Back to a small window, smaller than before: everything shrinks again, nothing is cut off.
        const CodeSizes smallest = codeSizesAt({720, 540});
        QCOMPARE(m_window->size(), QSize(720, 540)); // a full screen's code leaves no minimum size behind
        QVERIFY2(smallest.font < small.font && smallest.ring < small.ring && smallest.qr < small.qr, qPrintable(sizes));
        QCOMPARE(Fits::clipped(m_window.get()), QStringList());
        for (const char *drawing : {"countdownRing", "qrCodeWidget"}) {
            const auto *widget = m_window->findChild<QWidget *>(drawing);
            QVERIFY2(Fits::whollyVisible(widget), qPrintable(Fits::describe(widget, widget->minimumSizeHint())));
        }
    }

    // The keys are named on the code page, in small muted print below the code.
    void aHintLineNamesTheKeys()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        const auto *hint = m_window->findChild<QLabel *>("keysHintLabel");
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        for (const char *key : {"R", "D", "F11", "Esc"})
            QVERIFY2(hint->text().contains(QRegularExpression(QString("\\b%1\\b").arg(key))), qPrintable(hint->text()));
        QCOMPARE(hint->palette().color(QPalette::WindowText), StateColors::muted());
        const auto *instruction = m_window->findChild<QLabel *>("codeInstructionLabel");
        QVERIFY(QFontInfo(hint->font()).pixelSize() < QFontInfo(instruction->font()).pixelSize());
        QVERIFY(hint->geometry().top() > m_window->findChild<QLabel *>("codeLabel")->geometry().bottom());
        QCOMPARE(Fits::clipped(m_window.get()), QStringList());
    }

    // A right click opens a menu of the same actions as the keys, their keys shown beside them.
    void theContextMenuOffersTheKeysActions()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        const QList<QPair<const char *, QKeySequence>> expected{
            {"renewAction", QKeySequence(Qt::Key_R)},
            {"detailsAction", QKeySequence(Qt::Key_D)},
            {"fullScreenAction", QKeySequence(Qt::Key_F11)},
            {"leaveFullScreenAction", QKeySequence(Qt::Key_Escape)}};
        auto *codeLabel = m_window->findChild<QLabel *>("codeLabel");
        QStringList wanted;
        for (const auto &[name, key] : expected)
            wanted << QString(name) + " " + key.toString();
        QCOMPARE(ContextMenu::use(codeLabel), wanted);
        for (const auto &[name, key] : expected)
            QVERIFY(m_window->findChild<QAction *>(name)->isShortcutVisibleInContextMenu());

        // Each does what its key does.
        const QString first = m_session->code();
        ContextMenu::use(codeLabel, "renewAction");
        QTRY_COMPARE(m_session->codesIssued(), 2);
        QVERIFY(m_session->code() != first);
        auto *details = m_window->findChild<QLabel *>("detailsLabel");
        ContextMenu::use(codeLabel, "detailsAction");
        QVERIFY(details->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(!details->isVisible());
        ContextMenu::use(codeLabel, "leaveFullScreenAction"); // offered, but only in full screen
        QVERIFY(!m_window->isFullScreen());
        ContextMenu::use(codeLabel, "fullScreenAction");
        QVERIFY(m_window->isFullScreen());
        ContextMenu::use(codeLabel, "leaveFullScreenAction");
        QVERIFY(!m_window->isFullScreen());
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->isFullScreen());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->isFullScreen());
    }

    // R on the error page retries at once, as its Retry now button does.
    void rAfterAFailureRetriesNow()
    {
        const auto faults = [&](const QByteArray &body) {
            return HttpProbe::request(m_sandbox->port(), "PUT", "/sandbox/faults",
                                      {{"Content-Type", "application/json"}}, body)
                .status;
        };
        QCOMPARE(faults(R"({"offline":true})"), 200);
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Failed);
        QCOMPARE(faults("{}"), 200);
        QTest::keyClick(m_window.get(), Qt::Key_R); // the test clock stands still: no automatic retry
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
    }

    void countdownTurnsUrgentAndTheCodeRenewsWithR()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        auto *ring = m_window->findChild<CountdownRing *>("countdownRing");
        m_clock.advanceMs(245'000);
        m_session->tick();
        QCOMPARE(ring->timeText(), QString("00:55"));
        QCOMPARE(ring->urgency(), CountdownRing::Urgency::Warning);
        QVERIFY(m_window->findChild<QLabel *>("codeLabel")
                    ->styleSheet()
                    .contains(CountdownRing::colorFor(CountdownRing::Urgency::Warning).name()));
        QCOMPARE(ring->accessibleName(), QString("Code valid for less than a minute"));
        m_clock.advanceMs(50'000);
        m_session->tick();
        QCOMPARE(ring->urgency(), CountdownRing::Urgency::Urgent);
        QCOMPARE(ring->accessibleName(), QString("Code about to expire; a new one follows"));
        QVERIFY(m_window->findChild<QLabel *>("codeLabel")
                    ->styleSheet()
                    .contains(CountdownRing::colorFor(CountdownRing::Urgency::Urgent).name()));
        const QString first = m_session->code();
        QTest::keyClick(m_window.get(), Qt::Key_R);
        QTRY_VERIFY(m_session->codesIssued() == 2 && m_session->state() == State::ShowingCode);
        QVERIFY(m_session->code() != first);
        QVERIFY(labelText("codesUsedLabel").startsWith("Code 2 of this session"));
        QCOMPARE(ring->urgency(), CountdownRing::Urgency::Calm);
    }

    void theRingAndTheTextFollowTheLifeTheServerGives()
    {
        const auto answer = [](const QByteArray &body, const QByteArray &headers = {}) {
            return ScriptedServer::Step{ScriptedServer::Behaviour::Answer, ScriptedServer::answer(200, body, headers)};
        };
        ScriptedServer server({
            answer(R"({"status":"ok","server_time":"2025-06-01T09:00:00Z","min_supported_version":"1.3.5"})"),
            answer(R"({"pairing_code":"K7M3NP","expires_in_sec":90})"),
            answer(R"({"device_status":"inactive","is_claimed":false,"pairing_code_status":"pending",)"
                   R"("expires_in_sec":85})",
                   "ETag: \"1\"\r\n"),
            answer(R"({"pairing_code":"P4XH2R","expires_in_sec":600})"),
            {ScriptedServer::Behaviour::Answer, ScriptedServer::answer(304, {}, "ETag: \"2\"\r\n")},
        });
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        const DeviceIdentity device = *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
        PosClient client(*m_transport, device);
        KioskSession session(client, m_clock);
        KioskWindow window(session, {"http://127.0.0.1:1", "{code}", device.footerText()});
        auto *ring = window.findChild<CountdownRing *>("countdownRing");
        auto *codesUsed = window.findChild<QLabel *>("codesUsedLabel");
        session.start();
        QTRY_COMPARE(session.state(), State::ShowingCode);
        QCOMPARE(ring->totalSeconds(), 90);
        QCOMPARE(codesUsed->text(), QString("First code of this session. A new one comes every 90 seconds."));
        QTRY_COMPARE(ring->timeText(), QString("01:25")); // the server's count, after its status answer
        QCOMPARE(ring->totalSeconds(), 90);
        QTest::keyClick(&window, Qt::Key_R);
        QTRY_COMPARE(session.codesIssued(), 2);
        QCOMPARE(ring->totalSeconds(), 600);
        QCOMPARE(ring->timeText(), QString("10:00"));
        QCOMPARE(codesUsed->text(), QString("Code 2 of this session. A new one comes every 10 minutes."));
    }

    // Starts the kiosk and claims its code as the demo merchant; the merchant's session headers.
    QList<QPair<QByteArray, QByteArray>> claimTheTerminal()
    {
        m_session->start();
        [&] { QTRY_COMPARE(m_session->state(), State::ShowingCode); }();
        auto merchant = HttpProbe::demoMerchantSession(m_sandbox->port());
        const auto response = HttpProbe::request(m_sandbox->port(), "POST", "/pos/claim", merchant,
                                                 R"({"pairing_code":")" + m_session->code().toLatin1() + R"("})");
        [&] { QCOMPARE(response.status, 200); }();
        [&] { QTRY_COMPARE(m_session->state(), State::Claimed); }();
        return merchant;
    }

    void aClaimIsShownWithoutNamingTheMerchant()
    {
        claimTheTerminal();
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(currentPage()->objectName(), QString("claimedPage"));
        QCOMPARE(labelText("claimedDetailLabel"), QString("A merchant has claimed this terminal."));
    }

    void rWhileClaimedAnswers()
    {
        claimTheTerminal();
        QVERIFY(!QTest::currentTestFailed());
        const auto *answer = m_window->findChild<QLabel *>("claimedAnswerLabel");
        QVERIFY(!answer->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_R);
        QVERIFY(answer->isVisible());
        QVERIFY(answer->text().contains("release it in the merchant's device list"));
        QCOMPARE(currentPage()->objectName(), QString("claimedPage"));
    }

    void aReleaseShowsANewCodeAndSaysSo()
    {
        const auto merchant = claimTheTerminal();
        QVERIFY(!QTest::currentTestFailed());
        m_clock.advanceMs(KioskSession::MinStatusIntervalMs); // the window's ticks ask again
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
        QCOMPARE(
            HttpProbe::request(m_sandbox->port(), "POST", "/merchant/devices/POS-8F3A2C91/release", merchant).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage()->objectName(), QString("codePage"), 10000);
        QCOMPARE(m_session->code().size(), 6);
        QVERIFY(labelText("codesUsedLabel").contains("released by its merchant"));
    }

    void failureShowsWhatHappenedAndRetries()
    {
        QCOMPARE(HttpProbe::request(m_sandbox->port(), "PUT", "/sandbox/faults", {{"Content-Type", "application/json"}},
                                    R"({"offline":true})")
                     .status,
                 200);
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Failed);
        QCOMPARE(currentPage()->objectName(), QString("errorPage"));
        QVERIFY(labelText("errorMessageLabel").contains("offline"));
        QVERIFY(labelText("errorReferenceLabel").contains("Error 5030"));
        QVERIFY(labelText("errorReferenceLabel").contains("trace "));
        QVERIFY(labelText("retryCountdownLabel").startsWith("Trying again in"));
        QCOMPARE(HttpProbe::request(m_sandbox->port(), "PUT", "/sandbox/faults", {{"Content-Type", "application/json"}},
                                    "{}")
                     .status,
                 200);
        QTest::mouseClick(m_window->findChild<QPushButton *>("retryNowButton"), Qt::LeftButton);
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        QCOMPARE(currentPage()->objectName(), QString("codePage"));
    }

    void offlineDrillMakesTheServerUnreachableAndStopAllRecovers()
    {
        SandboxAdminClient admin(*m_transport);
        FaultDrillsSession drills(admin, nullptr);
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // waiting for a claim
        const QString code = m_session->code();
        drills.setOffline(true);
        // The held status request loses its connection, as when the server goes down: the code
        // stays on screen and the kiosk says it cannot reach the server.
        auto *connection = m_window->findChild<QLabel *>("connectionLabel");
        QTRY_VERIFY(connection->isVisible());
        QVERIFY2(connection->text().startsWith("Could not reach 127.0.0.1:"), qPrintable(connection->text()));
        QVERIFY(!connection->text().contains("5030"));
        QCOMPARE(m_session->code(), code);
        drills.stopAll();
        QTRY_COMPARE(drills.offline(), std::optional<bool>(false));
        QElapsedTimer sinceStop;
        sinceStop.start();
        m_clock.advanceMs(KioskSession::PollIntervalMs); // the next status check is due
        QTRY_VERIFY_WITH_TIMEOUT(!connection->isVisible(), 2000);
        QVERIFY(sinceStop.elapsed() < 2000);
        QCOMPARE(currentPage()->objectName(), QString("codePage"));
        m_clock.advanceMs(KioskSession::PollIntervalMs); // the next check waits for a claim again
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
    }

    void aServerThatNeverAnswersIsSaidWithItsHostAndRetryNow()
    {
        ScriptedServer server({{ScriptedServer::Behaviour::Hang, {}}});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        m_session->start();
        QCOMPARE(currentPage()->objectName(), QString("startingPage"));
        auto *notice = m_window->findChild<QWidget *>("stillWaitingNotice");
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10'000);
        QCOMPARE(labelText("stillWaitingLabel"), QString("Still waiting for 127.0.0.1… (attempt 1 of 3)"));
        QCOMPARE(server.requestsSeen(), 1);
        QTest::mouseClick(m_window->findChild<QPushButton *>("stillWaitingRetryButton"), Qt::LeftButton);
        QTRY_COMPARE(server.requestsSeen(), 2);
        QCOMPARE(labelText("stillWaitingLabel"), QString("Still waiting for 127.0.0.1… (attempt 2 of 3)"));
        QCOMPARE(m_session->state(), State::Starting);
    }

    void aLostConnectionIsSaidWithoutRepeatingItself()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        m_sandbox.reset(); // the held status request breaks off: the service cannot be reached
        auto *connection = m_window->findChild<QLabel *>("connectionLabel");
        QTRY_VERIFY(connection->isVisible());
        const QString text = connection->text();
        QVERIFY2(text.startsWith("Could not reach 127.0.0.1:"), qPrintable(text));
        QVERIFY2(text.count("not reach", Qt::CaseInsensitive) + text.count("Cannot", Qt::CaseInsensitive) == 1,
                 qPrintable(text));
        QVERIFY2(text.contains("The code stays valid"), qPrintable(text));
    }

    void anUnreachableServerIsNamed()
    {
        const QString host = "127.0.0.1:" + QString::number(m_sandbox->port());
        m_sandbox->stop();
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Failed);
        QCOMPARE(currentPage()->objectName(), QString("errorPage"));
        QVERIFY2(labelText("errorMessageLabel").startsWith("Could not reach " + host + "."),
                 qPrintable(labelText("errorMessageLabel")));
    }

    void aRefusedAddressIsSaidOnceWithoutACountdown()
    {
        m_transport->setBaseUrl(QUrl("http://192.0.2.1")); // refused before anything is sent
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Failed);
        QCOMPARE(currentPage()->objectName(), QString("errorPage"));
        const QString message = labelText("errorMessageLabel");
        QVERIFY2(message.contains("192.0.2.1") && message.contains("--allow-insecure-http") &&
                     !message.contains("certificate"),
                 qPrintable(message));
        m_clock.advanceMs(KioskSession::MaxRetryDelayMs);
        QTest::qWait(600); // the window's ticker runs twice: still nothing to count down to
        QVERIFY(!m_window->findChild<QLabel *>("retryCountdownLabel")->isVisible());
        QVERIFY(!m_window->findChild<QPushButton *>("retryNowButton")->isVisible());
        QCOMPARE(m_session->state(), State::Failed);
    }

    void theErrorPanelShowsItsWholeTextAt640x480_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("offline");
        for (const char *language : {"en", "de", "es", "vi"}) {
            QTest::addRow("%s, a long host out of reach", language) << QString(language) << false;
            QTest::addRow("%s, an error code and trace id", language) << QString(language) << true;
        }
    }

    // A small kiosk display: the message names a long host or carries a code and trace id, and
    // every word of it, the title, the countdown and the button still show in full.
    void theErrorPanelShowsItsWholeTextAt640x480()
    {
        QFETCH(QString, language);
        QFETCH(bool, offline);
        QVERIFY(Translations::install(QLocale(language)) || language == "en");
        const QString server = "https://pairing-sandbox.training-room-3.viopay-partner-integration.example.com:8443";
        m_window = std::make_unique<KioskWindow>(
            *m_session, KioskWindow::Setup{server, server + "/claim?code={code}",
                                           "POS-8F3A2C91 · PAX-A920 · Android 12 · 1.4.2", false, "POS-8F3A2C91"});
        m_window->resize(640, 480);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (offline)
            QCOMPARE(HttpProbe::request(m_sandbox->port(), "PUT", "/sandbox/faults",
                                        {{"Content-Type", "application/json"}}, R"({"offline":true})")
                         .status,
                     200);
        else
            m_sandbox->stop();
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Failed);
        QTRY_VERIFY(m_window->findChild<QWidget *>("retryNowButton")->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(m_window->size(), QSize(640, 480));
        QVERIFY(labelText(offline ? "errorReferenceLabel" : "errorMessageLabel")
                    .contains(offline ? "5030" : "viopay-partner-integration.example.com"));
        QCOMPARE(Fits::clipped(m_window->findChild<QWidget *>("errorPage")), QStringList());
    }

    void aServersMarkupShowsLiterally()
    {
        // A server's message and trace id go on screen as the characters they are, never as markup.
        ScriptedServer server({{ScriptedServer::Behaviour::Answer,
                                ScriptedServer::answer(400, R"({"error":{"code":"4000","message":")" + Markup +
                                                                R"(","trace_id":"<i>t</i>"}})")}});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Failed);
        QVERIFY(showsLiterally("errorMessageLabel", Markup));
        QVERIFY(showsLiterally("errorReferenceLabel", "<i>t</i>"));
    }

    void aMerchantsNameShowsLiterally()
    {
        const auto answer = [](const QByteArray &body) {
            return ScriptedServer::Step{ScriptedServer::Behaviour::Answer, ScriptedServer::answer(200, body)};
        };
        ScriptedServer server({
            answer(R"({"status":"ok","server_time":"2025-06-01T09:00:00Z","min_supported_version":"1.3.5"})"),
            answer(R"({"pairing_code":"K7M3NP","expires_in_sec":300})"),
            answer(R"({"device_status":"claimed","is_claimed":true,"pairing_code_status":"used",)"
                   R"("merchant":{"id":"MRC-1","name":")" +
                   Markup + R"("}})"),
        });
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::Claimed);
        QVERIFY(showsLiterally("claimedDetailLabel", Markup));
    }

    void notProvisionedIsSaidPlainly()
    {
        const DeviceIdentity stranger = *DeviceIdentity::create(u"POS-00000002", u"1.4.2", u"Android 12", u"PAX-A920");
        PosClient client(*m_transport, stranger);
        KioskSession session(client, m_clock);
        KioskWindow window(session, {"http://127.0.0.1:1", "{code}", stranger.footerText()});
        session.start();
        QTRY_COMPARE(session.state(), State::NotProvisioned);
        QCOMPARE(window.findChild<QLabel *>("messageTitleLabel")->text(), QString("This device is not provisioned"));
    }

    void detailsShowTheServerClockAndHowUpdatesArrive()
    {
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        auto *details = m_window->findChild<QLabel *>("detailsLabel");
        QVERIFY(!details->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(details->isVisible());
        QVERIFY(details->text().contains("Server: " + m_sandbox->url().toString()));
        // The test clock lives in 2025, the server now: the kiosk's clock is far behind.
        QVERIFY(details->text().contains(QRegularExpression("Clock: \\d+ days behind the server")));
        QTRY_VERIFY(details->text().contains("Status updates: held by the server"));
        QVERIFY(details->text().contains("Codes this session: 1"));
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(!details->isVisible());
    }

    void activationTicksEachStepWithItsTime()
    {
        auto &activation = m_session->activation();
        connect(&activation, &KioskActivation::stepChanged, this, [&](KioskActivation::Step step) {
            if (activation.stepState(step) == KioskActivation::StepState::Running)
                m_clock.advanceMs(1200); // each step takes 1.2 s on the terminal's clock
        });
        activateAgainst({m_answers.attested(), m_answers.keys(), {ScriptedServer::Behaviour::Hang, {}}});
        QTRY_COMPARE(m_session->state(), State::Activating);
        QTRY_COMPARE(m_scripted->requestsSeen(), 6); // config asked, and left unanswered
        QCOMPARE(currentPage()->objectName(), QString("activationPage"));
        QCOMPARE(stepLabel("Name", 1), QString("Attestation"));
        QCOMPARE(stepLabel("Mark", 1), QString("✓"));
        QCOMPARE(stepLabel("Time", 1), QString("1.2 s"));
        QCOMPARE(stepLabel("Mark", 2), QString("✓"));
        QCOMPARE(stepLabel("Name", 3), QString("Configuration"));
        QCOMPARE(stepLabel("Mark", 3), QString("…"));
        QCOMPARE(m_window->findChild<QLabel *>("activationStepMarkLabel3")->accessibleName(), QString("In progress"));
        QCOMPARE(stepLabel("Mark", 4), QString("○"));
        QCOMPARE(stepLabel("Time", 4), QString());
        // The token's life counts down with the clock (it came 2.4 s ago, after attest's 1.2 s).
        QTRY_COMPARE(labelText("tokenLifeLabel"), QString("Attestation valid for another 4:58")); // as the window ticks
        m_clock.advanceSeconds(60);
        m_session->tick();
        QCOMPARE(labelText("tokenLifeLabel"), QString("Attestation valid for another 3:58"));
        QTRY_COMPARE(stepLabel("Time", 3), QString("61.2 s")); // the running step's time, as the window ticks
    }

    void activatedSaysReadyForPayments()
    {
        activateAgainst(m_answers.activation());
        QTRY_COMPARE(m_session->state(), State::Activated);
        QCOMPARE(currentPage()->objectName(), QString("activatedPage"));
        QCOMPARE(labelText("activatedTitleLabel"), QString("Ready for payments"));
        const QString detail = labelText("activatedDetailLabel");
        QVERIFY2(
            detail.startsWith(QString::fromUtf8("Terminal TID-482913\nCafe Lumen · Main counter, Lisbon\nActivated ")),
            qPrintable(detail));
        QVERIFY(showsLiterally("activatedDetailLabel", "TID-482913"));
    }

    void rWhileActivatedAnswers()
    {
        activateAgainst(m_answers.activation());
        QTRY_COMPARE(m_session->state(), State::Activated);
        const auto *answer = m_window->findChild<QLabel *>("activatedAnswerLabel");
        QVERIFY(!answer->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_R);
        QVERIFY(answer->isVisible());
        QVERIFY(answer->text().contains("release it in the merchant's device list"));
        QCOMPARE(currentPage()->objectName(), QString("activatedPage"));
    }

    void anActivationFailureNamesTheStepAndRetries()
    {
        activateAgainst({m_answers.attested(), m_answers.keys("msk"), m_answers.keys(), m_answers.config(),
                         m_answers.terminalParameters(), m_answers.activated()});
        QTRY_COMPARE(m_session->state(), State::ActivationFailed);
        QCOMPARE(currentPage()->objectName(), QString("errorPage"));
        QCOMPARE(labelText("errorTitleLabel"), QString("Activation stopped at step 2 of 5: Keys"));
        QVERIFY(labelText("errorMessageLabel").startsWith("The MSK's check value"));
        QCOMPARE(labelText("retryCountdownLabel"), QString("Retry starts again at: Keys."));
        auto *retry = m_window->findChild<QPushButton *>("retryNowButton");
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(m_session->state(), State::Activated);
        QCOMPARE(currentPage()->objectName(), QString("activatedPage"));
    }

    void aSkewedClockIsNamedWithCodeAndTrace()
    {
        activateAgainst({ActivationAnswers::error(401, "4013", "X-Timestamp is outside the allowed window",
                                                  {{"server_time", "2025-12-13T14:21:50Z"}})},
                        "2025-12-13T14:21:50Z");
        QTRY_COMPARE(m_session->state(), State::ActivationFailed);
        QCOMPARE(labelText("errorTitleLabel"), QString("Activation stopped at step 1 of 5: Attestation"));
        QCOMPARE(labelText("errorMessageLabel"),
                 QString("This terminal's clock is 3 min 40 s ahead of Viopay's; attestation allows 1 minute."));
        QVERIFY(labelText("errorReferenceLabel").contains("4013"));
        QVERIFY(labelText("errorReferenceLabel").contains("4bf92f35"));
        // The details had said so from bootstrap on.
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(labelText("detailsLabel").contains("Warning: this terminal's clock is 3 min ahead of the server"));
        QVERIFY(labelText("detailsLabel").contains("Last error: Error 4013"));
    }

    void theClockOffsetCountsInTheDetails()
    {
        m_session->setClockOffsetSeconds(-400); // a drill: the terminal runs 6 min 40 s slow
        activateAgainst({{ScriptedServer::Behaviour::Hang, {}}});
        QTRY_COMPARE(m_session->state(), State::Activating);
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY2(labelText("detailsLabel").contains("Clock: 6 min behind the server (clock offset -400 s)"),
                 qPrintable(labelText("detailsLabel")));
        QVERIFY(labelText("detailsLabel").contains("Warning: this terminal's clock is 6 min behind the server"));
    }

    void aClockWithinTheWindowIsNoWarning()
    {
        activateAgainst({{ScriptedServer::Behaviour::Hang, {}}}, "2025-12-13T14:29:30Z"); // 4 min behind
        QTRY_COMPARE(m_session->state(), State::Activating);
        QTest::keyClick(m_window.get(), Qt::Key_D);
        QVERIFY(labelText("detailsLabel").contains("Clock: 4 min behind the server"));
        QVERIFY(!labelText("detailsLabel").contains("Warning"));
    }

    void qrCodeEncodesTheUrl()
    {
        const QImage modules = QrCodeWidget::encode("http://127.0.0.1:8080/claim?code=K7M3NP");
        QVERIFY(!modules.isNull());
        QCOMPARE(modules.width(), modules.height());
        QVERIFY(modules.width() >= 21); // version 1 is 21 modules across
        // The finder pattern's corner module is dark.
        QCOMPARE(modules.pixelColor(0, 0), QColor(Qt::black));
    }
};

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
