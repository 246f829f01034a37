// Benchmark (prints figures; not a test): the time from a claim's 200 to the kiosk painting its
// claimed screen, with the sandbox holding status requests and with it ignoring Prefer: wait, so
// the kiosk polls every 3 s; and, holding, to its activated screen once it has its factory
// secrets (attest, keys, config, terminal parameters, activate with real cryptography). Each round
// uses one of Cafe Lumen's eleven terminals, claims its code at a random moment of the code's
// life, and releases it again.
// Usage: viopay-bench-claim-latency [rounds per mode, default 22]
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/KioskWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace viopay;

namespace {
const QStringList terminals{
    QStringLiteral("POS-8F3A2C91"), QStringLiteral("POS-1A2B3C00"), QStringLiteral("POS-1A2B3C01"),
    QStringLiteral("POS-1A2B3C02"), QStringLiteral("POS-1A2B3C03"), QStringLiteral("POS-1A2B3C04"),
    QStringLiteral("POS-1A2B3C05"), QStringLiteral("POS-1A2B3C06"), QStringLiteral("POS-1A2B3C07"),
    QStringLiteral("POS-1A2B3C08"), QStringLiteral("POS-1A2B3C09"),
};

// Runs the event loop until done() holds or timeoutMs pass; false on time-out.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wakeUp; // sleeps between events instead of spinning, which would skew the figures
    wakeUp.start(10);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Reports the first paint of a widget.
class PaintWatch : public QObject {
public:
    std::optional<qint64> paintedAtNs;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !paintedAtNs)
            paintedAtNs = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

struct Figures {
    QList<double> samplesMs;
    double percentile(double p) const
    {
        QList<double> sorted = samplesMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin(sorted.size() - 1, int(p * sorted.size())));
    }
};

std::optional<Figures> measure(bool holding, bool activate, int rounds)
{
    sandbox::SandboxServer::Options options;
    options.holdStatus = holding;
    sandbox::SandboxServer server(options);
    if (!server.start())
        return std::nullopt;
    QNetworkAccessManager network;
    HttpTransport transport(network);
    transport.setBaseUrl(server.url());
    PortalClient portal(transport, Clock::system());
    SandboxAdminClient admin(transport);
    bool signedIn = false;
    portal.signInWithPassword(QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("pairing-demo"), &portal,
                              [&](const Result<SignInInfo> &) {
                                  portal.initiateSession(QStringLiteral("merchant.viopay.io"), &portal,
                                                         [&](const Result<SessionInfo> &) { signedIn = true; });
                              });
    if (!waitFor([&] { return signedIn; }))
        return std::nullopt;

    QElapsedTimer clock;
    clock.start();
    Figures figures;
    for (int round = 0; round < rounds; ++round) {
        const QString deviceId = terminals.at(round % terminals.size());
        PosClient client(transport, *DeviceIdentity::create(deviceId, u"1.4.2", u"Android 12", u"PAX-A920"));
        KioskSession session(client, Clock::system());
        if (activate) {
            std::optional<FactorySecrets> secrets;
            admin.factorySecrets(deviceId, &admin, [&](const Result<FactorySecrets> &result) {
                if (const auto *given = std::get_if<FactorySecrets>(&result))
                    secrets = *given;
            });
            if (!waitFor([&] { return secrets.has_value(); }))
                return std::nullopt;
            session.setFactorySecrets(*secrets);
        }
        KioskWindow window(session, {server.url().toString(), QStringLiteral("{code}"), deviceId});
        window.resize(900, 700);
        window.show();
        PaintWatch watch;
        watch.clock = &clock;
        window
            .findChild<QLabel *>(activate ? QStringLiteral("activatedTitleLabel") : QStringLiteral("claimedTitleLabel"))
            ->installEventFilter(&watch);
        session.start();
        if (!waitFor([&] { return session.state() == KioskSession::State::ShowingCode; }))
            return std::nullopt;
        // A merchant types the code at any moment of the poll cycle.
        const int pause = 100 + int(QRandomGenerator::global()->bounded(KioskSession::PollIntervalMs));
        waitFor([] { return false; }, pause);
        std::optional<qint64> claimedAtNs;
        portal.claim(session.code(), &portal, [&](const Result<QString> &result) {
            if (std::holds_alternative<QString>(result))
                claimedAtNs = clock.nsecsElapsed();
        });
        if (!waitFor([&] { return claimedAtNs && watch.paintedAtNs; }))
            return std::nullopt;
        figures.samplesMs << (*watch.paintedAtNs - *claimedAtNs) / 1e6;
        bool released = false;
        portal.release(deviceId, &portal, [&](const Result<QString> &) { released = true; });
        waitFor([&] { return released; });
    }
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("viopay.*.info=false"));
    const int rounds = argc > 1 ? qMax(3, atoi(argv[1])) : 22;
    std::printf("claim's 200 -> claimed (or activated) screen painted, %d claims each\n", rounds);
    std::printf("%-34s %9s %9s %9s\n", "", "p50 ms", "p90 ms", "max ms");
    struct Mode {
        const char *name;
        bool holding;
        bool activate;
    };
    for (const Mode &mode :
         {Mode{"holding (Prefer: wait)", true, false}, Mode{"polling every 3 s (reference)", false, false},
          Mode{"holding, to activated", true, true}}) {
        const std::optional<Figures> figures = measure(mode.holding, mode.activate, rounds);
        if (!figures) {
            std::printf("%-34s failed: the sandbox or the kiosk did not respond\n", mode.name);
            return 1;
        }
        std::printf("%-34s %9.1f %9.1f %9.1f\n", mode.name, figures->percentile(0.5), figures->percentile(0.9),
                    figures->percentile(1.0));
    }
    return 0;
}
