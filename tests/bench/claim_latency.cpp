// Benchmark (prints figures; not a test): the time from a claim's 200 to the kiosk painting its
// claimed screen, with the sandbox holding status requests and with it ignoring Prefer: wait, so
// the kiosk polls every 3 s; and, holding, to its activated screen once it has its factory
// secrets (attest, keys, config, terminal parameters, activate with real cryptography). Each round
// uses one of Cafe Lumen's eleven terminals, claims its code at a random moment of the code's
// life, and releases it again.
// Usage: viopay-bench-claim-latency [rounds per mode, default 22]
#include "BenchSandbox.h"
#include "BenchTable.h"

#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "kiosk/KioskSession.h"
#include "ui/KioskWindow.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QRandomGenerator>

#include <optional>

using namespace viopay;

namespace {
// Reports the first paint of a widget.
class PaintWatch : public QObject {
public:
    std::optional<qint64> paintedAtNs;
    const QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !paintedAtNs)
            paintedAtNs = clock->nsecsElapsed();
        return QObject::eventFilter(watched, event);
    }
};

std::optional<BenchTable::Figures> measure(bool holding, bool activate, int rounds)
{
    BenchSandbox sandbox(holding);
    if (!sandbox.start())
        return std::nullopt;
    PortalClient portal(sandbox.transport, Clock::system());
    SandboxAdminClient admin(sandbox.transport);
    if (!sandbox.signIn(portal))
        return std::nullopt;

    return sandbox.measure(
        rounds, [&](const QString &deviceId, PosClient &client, const QElapsedTimer &clock) -> std::optional<double> {
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
            KioskWindow window(session, {sandbox.server.url().toString(), QStringLiteral("{code}"), deviceId});
            window.resize(900, 700);
            window.show();
            PaintWatch watch;
            watch.clock = &clock;
            window
                .findChild<QLabel *>(activate ? QStringLiteral("activatedTitleLabel")
                                              : QStringLiteral("claimedTitleLabel"))
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
            const double sampleMs = (*watch.paintedAtNs - *claimedAtNs) / 1e6;
            bool released = false;
            portal.release(deviceId, &portal, [&](const Result<QString> &) { released = true; });
            waitFor([&] { return released; });
            return sampleMs;
        });
}
} // namespace

int main(int argc, char *argv[])
{
    const BenchTable table{"claim's 200 -> claimed (or activated) screen painted",
                           34,
                           "the sandbox or the kiosk",
                           22,
                           {{"holding (Prefer: wait)", [](int rounds) { return measure(true, false, rounds); }},
                            {"polling every 3 s (reference)", [](int rounds) { return measure(false, false, rounds); }},
                            {"holding, to activated", [](int rounds) { return measure(true, true, rounds); }}}};
    return table.run(argc, argv);
}
