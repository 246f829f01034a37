// Writes a PNG of each screen state into a directory (scripts/screenshots: docs/screenshots).
// Every screen is driven through its real session against the embedded sandbox, with a test
// clock so the countdown shows a chosen time.
// Usage: viopay-screenshots DIRECTORY
#include "ActivationAnswers.h"
#include "FakeIssuer.h"
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "core/Clock.h"
#include "kiosk/KioskSession.h"
#include "merchant/ClaimQueue.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/ClaimQueuePage.h"
#include "ui/CodeEntry.h"
#include "ui/DiagnoseDialog.h"
#include "ui/FaultDrillsDialog.h"
#include "ui/InspectorWindow.h"
#include "ui/KioskRoomWindow.h"
#include "ui/KioskWindow.h"
#include "ui/MerchantWindow.h"
#include "ui/Translations.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace viopay;
using State = KioskSession::State;

namespace {
class Screenshots {
public:
    explicit Screenshots(QDir directory)
        : m_directory(std::move(directory))
        , m_sandbox(sandbox::SandboxServer::Options{})
        , m_transport(m_network)
        , m_clock(QDateTime::currentDateTimeUtc()) // in step with the sandbox, as a real terminal
    {}

    bool run()
    {
        if (!m_sandbox.start())
            return fail("the sandbox did not start");
        m_transport.setBaseUrl(m_sandbox.url());
        m_transport.setRetryPolicy(RetryPolicy([] { return 0.0; }));
        return kioskFlow() && kioskProblems() && kioskActivation() && merchantFlow() && demoFlow() && roomOfTerminals();
    }

private:
    struct Kiosk {
        std::unique_ptr<PosClient> client;
        std::unique_ptr<KioskSession> session;
        std::unique_ptr<KioskWindow> window;
    };

    Kiosk openKiosk(const char16_t *deviceId, const char16_t *version = u"1.4.2")
    {
        const DeviceIdentity device = *DeviceIdentity::create(deviceId, version, u"Android 12", u"PAX-A920");
        Kiosk kiosk;
        kiosk.client = std::make_unique<PosClient>(m_transport, device);
        kiosk.session = std::make_unique<KioskSession>(*kiosk.client, m_clock);
        const QString server = m_sandbox.url().toString();
        kiosk.window = std::make_unique<KioskWindow>(
            *kiosk.session,
            KioskWindow::Setup{server, server + QStringLiteral("/claim?code={code}"), device.footerText()});
        kiosk.window->resize(1000, 720);
        kiosk.window->show();
        kiosk.session->start();
        return kiosk;
    }

    bool kioskFlow()
    {
        Kiosk kiosk = openKiosk(u"POS-8F3A2C91");
        if (!reach(*kiosk.session, State::ShowingCode))
            return fail("the kiosk did not show a code");
        // The details say how status updates come: held by the server, once it has said so.
        if (!QTest::qWaitFor([&] { return kiosk.session->serverHoldsStatus(); }, 5000))
            return fail("the sandbox did not hold the kiosk's status request");
        advance(*kiosk.session, 37'000);
        save(*kiosk.window, "kiosk-code");
        kiosk.window->resize(1920, 1080); // a full screen's size, without a screen to fill
        save(*kiosk.window, "kiosk-full-screen");
        kiosk.window->resize(1000, 720);
        QTest::keyClick(kiosk.window.get(), Qt::Key_D);
        save(*kiosk.window, "kiosk-details");
        QTest::keyClick(kiosk.window.get(), Qt::Key_D);
        advance(*kiosk.session, 218'000);
        save(*kiosk.window, "kiosk-last-minute");
        if (!claim(kiosk.session->code()) || !reach(*kiosk.session, State::Claimed))
            return fail("the claim did not reach the kiosk");
        save(*kiosk.window, "kiosk-claimed");
        return true;
    }

    bool kioskProblems()
    {
        Kiosk stranger = openKiosk(u"POS-00000001");
        if (!reach(*stranger.session, State::NotProvisioned))
            return fail("the unknown device was not refused");
        save(*stranger.window, "kiosk-not-provisioned");
        Kiosk outdated = openKiosk(u"POS-1A2B3C00", u"1.2.0");
        if (!reach(*outdated.session, State::UpdateRequired))
            return fail("the old app version was not refused");
        save(*outdated.window, "kiosk-update-required");
        setFaults(R"({"offline":true})");
        Kiosk offline = openKiosk(u"POS-1A2B3C01");
        const bool failed = reach(*offline.session, State::Failed);
        setFaults("{}");
        if (!failed)
            return fail("the offline drill did not reach the kiosk");
        save(*offline.window, "kiosk-error");
        return true;
    }

    // A terminal's activation after its claim, against answers the crypto library built (the
    // sandbox's activation endpoints are another helper's): the steps ticking, the activated
    // screen, and a clock too far ahead.
    bool kioskActivation()
    {
        ActivationAnswers answers;
        const QByteArray now = m_clock.utcNow().toString(Qt::ISODate).toLatin1();
        const auto activate = [&](const QList<ScriptedServer::Step> &script, int clockOffsetSeconds,
                                  const std::function<bool(KioskSession &)> &until, const char *name) {
            ScriptedServer server(answers.pairedUntilClaimed(now) + script);
            HttpTransport transport(m_network);
            transport.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
            const DeviceIdentity device =
                *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
            PosClient client(transport, device);
            KioskSession session(client, m_clock);
            session.setFactorySecrets(answers.secrets());
            session.setClockOffsetSeconds(clockOffsetSeconds);
            KioskWindow window(
                session, {QStringLiteral("https://api.viopay.io"), QStringLiteral("{code}"), device.footerText()});
            QObject::connect(&session.activation(), &KioskActivation::stepChanged, &window,
                             [&](KioskActivation::Step step) {
                                 if (session.activation().stepState(step) == KioskActivation::StepState::Running)
                                     m_clock.advanceMs(180 + 140 * int(step)); // as long as steps take
                             });
            window.resize(1000, 720);
            window.show();
            session.start();
            if (!QTest::qWaitFor([&] { return until(session); }, 8000))
                return fail(name);
            QTest::qWait(300); // a tick of the window: the running step's time
            if (std::string(name) == "kiosk-activation-skew")
                QTest::keyClick(&window, Qt::Key_D);
            save(window, name);
            return true;
        };
        const auto stateIs = [](State state) {
            return [state](KioskSession &session) { return session.state() == state; };
        };
        return activate(
                   {answers.attested(), answers.keys(), answers.config(), {ScriptedServer::Behaviour::Hang, {}}}, 0,
                   [](KioskSession &session) {
                       return session.activation().stepState(KioskActivation::Step::TerminalParameters) ==
                              KioskActivation::StepState::Running;
                   },
                   "kiosk-activating") &&
               activate(answers.activation(), 0, stateIs(State::Activated), "kiosk-activated") &&
               activate({ActivationAnswers::error(401, "4013", "X-Timestamp is outside the allowed window",
                                                  {{"server_time", QString::fromLatin1(now)}})},
                        200, stateIs(State::ActivationFailed), "kiosk-activation-skew");
    }

    // The sign-in page against an issuer without the password grant, and "Continue in your
    // browser" (with a browser that never comes back), then back to the server's own issuer.
    bool browserSignInShots(MerchantWindow &window, MerchantSession &session)
    {
        FakeIssuer issuer;
        session.setIssuer(issuer.issuer());
        session.discoverIssuer();
        if (!QTest::qWaitFor([&] { return session.issuerStatus().kind == MerchantSession::IssuerStatus::Kind::Ready; },
                             5000))
            return fail("the test issuer was not discovered");
        save(window, "merchant-sign-in-browser");
        qputenv("VIOPAY_BROWSER", "true");
        session.signInWithBrowser(false);
        const bool waiting = QTest::qWaitFor([&] { return !session.browserUrl().isEmpty(); }, 5000);
        if (waiting)
            save(window, "merchant-continue-in-browser");
        session.cancelBrowserSignIn();
        qunsetenv("VIOPAY_BROWSER");
        session.setIssuer({});
        session.discoverIssuer();
        QTest::qWaitFor([&] { return session.issuerStatus().kind != MerchantSession::IssuerStatus::Kind::Checking; },
                        5000);
        return waiting || fail("the browser sign-in did not start");
    }

    bool merchantFlow()
    {
        QTemporaryDir scratch;
        QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        PortalClient portal(m_transport, m_clock);
        CredentialStore credentials;
        MerchantSession session(portal, m_transport, credentials, settings, m_clock);
        MerchantWindow window(session);
        window.resize(900, 640);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return fail("the merchant window did not become active");
        window.findChild<QLineEdit *>(QStringLiteral("accountEdit"))->setText(QStringLiteral("ops@cafe-lumen.test"));
        window.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("pairing-demo"));
        save(window, "merchant-sign-in");
        if (!browserSignInShots(window, session))
            return false;
        session.signIn({MerchantSession::AccountKind::PortalUser, QStringLiteral("ops@cafe-lumen.test")},
                       QStringLiteral("pairing-demo"), false);
        if (!QTest::qWaitFor([&] { return session.state() == MerchantSession::State::SignedIn; }, 8000))
            return fail("the merchant did not sign in");
        auto *entry = window.findChild<CodeEntry *>(QStringLiteral("codeEntry"));
        QTest::keyClicks(entry, QStringLiteral("K7M3"));
        QTest::keyClicks(entry, QStringLiteral("O"));
        save(window, "merchant-refused-symbol");
        entry->clear();
        QTest::keyClicks(entry, QStringLiteral("ZZZ999"));
        if (!claimFromWindow(session, *entry))
            return fail("the dead code was not answered");
        save(window, "merchant-not-active");
        Kiosk kiosk = openKiosk(u"POS-1A2B3C05");
        if (!reach(*kiosk.session, State::ShowingCode))
            return fail("no code to claim");
        if (!QTest::qWaitFor([&] { return !session.locations().isEmpty(); }, 3000))
            return fail("the locations did not load");
        window.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Front counter"));
        window.findChild<QComboBox *>(QStringLiteral("locationComboBox"))->setCurrentIndex(1);
        entry->setCode(kiosk.session->code());
        save(window, "merchant-claim-details");
        if (!claimFromWindow(session, *entry))
            return fail("the claim was not answered");
        if (!QTest::qWaitFor([&] { return !session.claimOutcome().model.isEmpty(); }, 3000))
            return fail("the claimed terminal's model did not arrive");
        save(window, "merchant-claimed");
        window.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(1);
        if (!QTest::qWaitFor([&] { return !session.devicesLoading() && session.isDevicesLive(); }, 5000))
            return fail("the devices did not load");
        window.resize(1100, 800); // every column, and the history below, at a counter PC's usual size
        window.findChild<QTableView *>(QStringLiteral("devicesTableView"))->selectRow(5);
        if (!QTest::qWaitFor([&] { return !session.history().isEmpty(); }, 3000))
            return fail("the history did not load");
        save(window, "merchant-devices");
        return claimQueueShot(window);
    }

    // A rollout's queue after a run: claimed rows, a mistyped code to fix, a code no terminal shows.
    bool claimQueueShot(MerchantWindow &window)
    {
        Kiosk patio = openKiosk(u"POS-1A2B3C06");
        Kiosk bar = openKiosk(u"POS-1A2B3C07");
        if (!reach(*patio.session, State::ShowingCode) || !reach(*bar.session, State::ShowingCode))
            return fail("no codes for the queue");
        window.findChild<QTabWidget *>(QStringLiteral("tabWidget"))->setCurrentIndex(2);
        const QString codes = patio.session->code() + QStringLiteral(", Patio\nK7M 3N, Terrace\n") +
                              bar.session->code() + QStringLiteral("\tBar\nZZZ 999\n");
        window.findChild<QPlainTextEdit *>(QStringLiteral("codesEdit"))->setPlainText(codes);
        window.findChild<QPushButton *>(QStringLiteral("claimAllButton"))->click();
        ClaimQueue &queue = window.claimQueuePage()->queue();
        if (!QTest::qWaitFor([&] { return queue.run() == ClaimQueue::Run::Idle; }, 8000) || queue.counts().claimed != 2)
            return fail("the queue did not claim its two terminals");
        save(window, "merchant-claim-queue");
        return true;
    }

    // The demo as a trainer shows it: the terminal and the merchant side by side, then the
    // inspector after the pairing and the fault drills.
    bool demoFlow()
    {
        QTemporaryDir scratch;
        QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Workspace workspace(m_network, settings, Clock::system());
        Workspace::Options options;
        options.merchant = true;
        options.signInDemoMerchant = true;
        if (!workspace.open(options))
            return fail("the demo did not start");
        workspace.openTerminals(1, DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920"));
        if (workspace.terminals().empty() || !reach(*workspace.terminals().front()->session, State::ShowingCode) ||
            !QTest::qWaitFor([&] { return workspace.merchant()->state() == MerchantSession::State::SignedIn; }, 8000))
            return fail("the demo did not reach a code and a signed-in merchant");
        KioskSession &terminal = *workspace.terminals().front()->session;
        const QString server = workspace.serverUrl().toString();
        KioskWindow kiosk(terminal, {server, server + QStringLiteral("/claim?code={code}"),
                                     workspace.terminals().front()->device.footerText(), false});
        MerchantWindow merchant(*workspace.merchant());
        for (QWidget *window : std::initializer_list<QWidget *>{&kiosk, &merchant}) {
            window->resize(800, 640);
            window->show();
        }
        auto *entry = merchant.findChild<CodeEntry *>(QStringLiteral("codeEntry"));
        entry->setFocus();
        QTest::keyClicks(entry, terminal.code().left(4));
        saveSideBySide(kiosk, merchant, "demo");
        entry->setCode(terminal.code());
        if (!claimFromWindow(*workspace.merchant(), *entry) || !reach(terminal, State::Activated))
            return fail("the demo pairing did not complete");
        if (!QTest::qWaitFor([&] { return !workspace.merchant()->claimOutcome().model.isEmpty(); }, 3000))
            return fail("the claimed terminal's model did not arrive");
        saveSideBySide(kiosk, merchant, "demo-claimed");

        InspectorWindow inspector(workspace.log());
        inspector.resize(1100, 700);
        inspector.show();
        inspector.setFilterText(QStringLiteral("/pos/"));
        auto *requests = inspector.findChild<QTableView *>(QStringLiteral("exchangesTableView"));
        for (int row = 0; row < requests->model()->rowCount(); ++row) {
            if (requests->model()
                    ->index(row, ExchangeLog::UrlColumn)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("/claim")))
                requests->selectRow(row);
        }
        save(inspector, "inspector");

        FaultDrillsDialog drills(workspace.faultDrills());
        drills.show();
        if (!QTest::qWaitFor(
                [&] { return drills.findChild<QComboBox *>(QStringLiteral("deviceComboBox"))->count() > 0; }, 5000))
            return fail("the fault drills did not load");
        drills.findChild<QSpinBox *>(QStringLiteral("latencySpinBox"))->setValue(1500);
        drills.findChild<QCheckBox *>(QStringLiteral("offlineCheckBox"))->setChecked(true);
        const auto *status = drills.findChild<QLabel *>(QStringLiteral("statusLabel"));
        drills.applyNow();
        // Offline and the faults are two requests: wait for both answers.
        if (!QTest::qWaitFor(
                [&] { return status->text().contains(QLatin1String("offline (connections dropped), +1500 ms")); },
                5000))
            return fail("the fault drill was not answered");
        save(drills, "fault-drills");
        const QString inForce = status->text();
        drills.findChild<QPushButton *>(QStringLiteral("stopFaultsButton"))->click();
        if (!QTest::qWaitFor([&] { return status->text() != inForce; }, 5000))
            return fail("stopping the fault drill was not answered");
        return diagnoses(workspace);
    }

    // "Diagnose a terminal" as support staff see it: the paired terminal, then another merchant's.
    bool diagnoses(Workspace &workspace)
    {
        DiagnoseDialog dialog(workspace.diagnosis());
        dialog.resize(900, 640);
        dialog.show();
        const struct {
            const char *deviceId;
            const char *name;
        } shots[] = {{"POS-8F3A2C91", "diagnose-passing"}, {"POS-0BADF00D", "diagnose-failing"}};
        for (const auto &shot : shots) {
            dialog.setDeviceId(QLatin1String(shot.deviceId));
            dialog.run();
            if (!QTest::qWaitFor([&] { return !workspace.diagnosis().isRunning(); }, 20000))
                return fail("the diagnosis did not finish");
            save(dialog, shot.name);
        }
        return true;
    }

    bool roomOfTerminals()
    {
        QTemporaryDir scratch;
        QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Workspace workspace(m_network, settings, Clock::system());
        if (!workspace.open({}))
            return fail("the room did not start");
        workspace.openTerminals(9);
        if (!QTest::qWaitFor([&] { return workspace.terminals().size() == 9; }, 10000))
            return fail("the room did not open nine terminals");
        std::vector<KioskRoomWindow::Terminal> terminals;
        for (const auto &terminal : workspace.terminals()) {
            if (!reach(*terminal->session, State::ShowingCode))
                return fail("a terminal of the room did not show a code");
            terminals.push_back(
                {terminal->session.get(),
                 {workspace.serverUrl().toString(), QStringLiteral("{code}"), terminal->device.footerText(), false}});
        }
        KioskRoomWindow room(terminals);
        room.resize(1280, 800);
        room.show();
        HttpTransport roomServer(m_network); // the room's own sandbox
        roomServer.setBaseUrl(workspace.serverUrl());
        KioskSession &claimed = *workspace.terminals().at(4)->session;
        if (!claim(claimed.code(), roomServer) || !reach(claimed, State::Activated))
            return fail("a claim did not reach the room's middle terminal");
        save(room, "kiosk-room");
        return true;
    }

    void saveSideBySide(QWidget &left, QWidget &right, const char *name)
    {
        settle(left);
        settle(right);
        const QPixmap leftShot = left.grab();
        const QPixmap rightShot = right.grab();
        QPixmap both(leftShot.width() + rightShot.width(), qMax(leftShot.height(), rightShot.height()));
        both.fill(Qt::black);
        QPainter painter(&both);
        painter.drawPixmap(0, 0, leftShot);
        painter.drawPixmap(leftShot.width(), 0, rightShot);
        painter.end();
        const QString path = m_directory.filePath(QLatin1String(name) + QStringLiteral(".png"));
        if (both.save(path))
            std::printf("%s\n", qPrintable(path));
        else
            std::fprintf(stderr, "viopay-screenshots: cannot write %s\n", qPrintable(path));
    }

    static bool claimFromWindow(MerchantSession &session, CodeEntry &entry)
    {
        QTest::keyClick(&entry, Qt::Key_Return);
        return QTest::qWaitFor(
            [&] { return session.claimOutcome().kind != MerchantSession::ClaimOutcome::Kind::Claiming; }, 8000);
    }

    bool claim(const QString &code) { return claim(code, m_transport); }

    bool claim(const QString &code, HttpTransport &transport)
    {
        PortalClient portal(transport, Clock::system());
        bool claimed = false;
        portal.signInWithPassword(
            QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("pairing-demo"), &portal,
            [&](const Result<SignInInfo> &) {
                portal.initiateSession(QStringLiteral("merchant.viopay.io"), &portal, [&](const Result<SessionInfo> &) {
                    portal.claim(code, &portal, [&](const Result<QString> &result) {
                        claimed = std::holds_alternative<QString>(result);
                    });
                });
            });
        return QTest::qWaitFor([&] { return claimed; }, 8000);
    }

    void setFaults(const QByteArray &faults)
    {
        bool done = false;
        ApiRequest request;
        request.method = "PUT";
        request.path = QStringLiteral("/sandbox/faults");
        request.body = faults;
        request.contentType = "application/json";
        m_transport.send(request, &m_transport, [&](const ApiResult &) { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            fail("the fault drill was not applied");
    }

    static bool reach(KioskSession &session, State state)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, 8000);
    }

    void advance(KioskSession &session, qint64 ms)
    {
        m_clock.advanceMs(ms);
        session.tick();
    }

    // A line edit's clear button fades in when it has text and out when it has none (Qt animates
    // its "opacity" property); true once every one has arrived.
    static bool clearButtonsFaded(const QWidget &window)
    {
        const QList<QLineEdit *> edits = window.findChildren<QLineEdit *>();
        return std::all_of(edits.begin(), edits.end(), [](const QLineEdit *edit) {
            if (!edit->isClearButtonEnabled())
                return true;
            const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
            return std::all_of(buttons.begin(), buttons.end(), [edit](const QToolButton *button) {
                const QVariant opacity = button->property("opacity");
                const qreal arrived = edit->text().isEmpty() ? 0.0 : 1.0;
                return !opacity.isValid() || qFuzzyIsNull(opacity.toReal() - arrived);
            });
        });
    }

    // Processes events until what the window shows stops changing: a label's new text redoes its
    // layout, and an item view lays out its rows, on a later turn of the event loop.
    static void settle(QWidget &window)
    {
        std::optional<QImage> shown;
        const auto unchanged = [&] {
            if (!clearButtonsFaded(window))
                return false;
            QImage now = window.grab().toImage();
            const bool same = shown && now == *shown;
            shown = std::move(now);
            return same;
        };
        if (!QTest::qWaitForWindowExposed(&window) || !QTest::qWaitFor(unchanged))
            fail("a window did not settle; its screenshot may be half drawn");
    }

    void save(QWidget &window, const char *name)
    {
        settle(window);
        const QString path = m_directory.filePath(QLatin1String(name) + QStringLiteral(".png"));
        if (window.grab().save(path))
            std::printf("%s\n", qPrintable(path));
        else
            std::fprintf(stderr, "viopay-screenshots: cannot write %s\n", qPrintable(path));
    }

    static bool fail(const char *what)
    {
        std::fprintf(stderr, "viopay-screenshots: %s\n", what);
        return false;
    }

    QDir m_directory;
    sandbox::SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    HttpTransport m_transport;
    TestClock m_clock;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("viopay.*.info=false"));
    Translations::install(QLocale(QLocale::English)); // English plural forms, as the app shows them
    if (argc != 2) {
        std::fprintf(stderr, "usage: viopay-screenshots DIRECTORY\n");
        return 2;
    }
    QDir directory(QString::fromLocal8Bit(argv[1]));
    if (!directory.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "viopay-screenshots: cannot create %s\n", argv[1]);
        return 1;
    }
    return Screenshots(directory).run() ? 0 : 1;
}
