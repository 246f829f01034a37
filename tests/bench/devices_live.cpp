// Benchmark (prints figures; not a test): another session's claim to the row changing on the
// Devices page. The page follows the server through its held list request (FLEET.md); the
// reference is the same page without it (a server that does not hold the list), where the operator
// presses F5 the moment the claim is answered: the best a reload can do. Each round claims one of
// Cafe Lumen's eleven terminals from a second sign-in, then releases it again.
// Usage: viopay-bench-devices-live [rounds per mode, default 21]
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "core/Clock.h"
#include "merchant/DeviceTableModel.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/DevicesPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
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

struct Figures {
    QList<double> samplesMs;
    double percentile(double p) const
    {
        QList<double> sorted = samplesMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin(sorted.size() - 1, int(p * sorted.size())));
    }
};

// The Status cell of the device's row as the page shows it.
QString statusOnPage(const QTableView &table, const QString &deviceId)
{
    const QAbstractItemModel *model = table.model();
    const QModelIndexList rows =
        model->match(model->index(0, DeviceTableModel::DeviceId), Qt::DisplayRole, deviceId, 1, Qt::MatchExactly);
    return rows.isEmpty() ? QString()
                          : model->index(rows.constFirst().row(), DeviceTableModel::Status).data().toString();
}

std::optional<Figures> measure(bool live, int rounds)
{
    sandbox::SandboxServer::Options options;
    options.holdStatus = live;
    sandbox::SandboxServer server(options);
    if (!server.start())
        return std::nullopt;
    QNetworkAccessManager network;
    HttpTransport transport(network);
    transport.setBaseUrl(server.url());
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    CredentialStore credentials;
    PortalClient portal(transport, Clock::system());
    MerchantSession session(portal, transport, credentials, settings, Clock::system());
    session.signIn({MerchantSession::AccountKind::PortalUser, QStringLiteral("ops@cafe-lumen.test")},
                   QStringLiteral("pairing-demo"), false);
    if (!waitFor([&] { return session.state() == MerchantSession::State::SignedIn; }))
        return std::nullopt;
    DevicesPage page(session);
    page.resize(900, 600);
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("devicesTableView"));

    PortalClient other(transport, Clock::system()); // another operator, on another computer
    bool otherSignedIn = false;
    other.signInWithPassword(QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("pairing-demo"), &other,
                             [&](const Result<SignInInfo> &) {
                                 other.initiateSession(QStringLiteral("merchant.viopay.io"), &other,
                                                       [&](const Result<SessionInfo> &) { otherSignedIn = true; });
                             });
    if (!waitFor([&] { return otherSignedIn; }))
        return std::nullopt;

    QElapsedTimer clock;
    clock.start();
    Figures figures;
    for (int round = 0; round < rounds; ++round) {
        const QString &deviceId = terminals.at(round % terminals.size());
        PosClient terminal(transport, *DeviceIdentity::create(deviceId, u"1.4.2", u"Android 12", u"PAX-A920"));
        std::optional<QString> code;
        terminal.requestPairingCode(&terminal, [&](const Result<PairingCodeGrant> &result) {
            if (const auto *grant = std::get_if<PairingCodeGrant>(&result))
                code = grant->code.value();
        });
        if (!waitFor([&] { return code.has_value(); }))
            return std::nullopt;
        // The new code changes the list too: let the page take that answer and hold the next.
        waitFor([] { return false; }, 200);
        if (live && !waitFor([&] { return session.isDevicesLive() && server.heldStatusRequests() == 1; }))
            return std::nullopt;
        std::optional<qint64> claimedAtNs;
        other.claim(*code, &other, [&](const Result<QString> &result) {
            if (!std::holds_alternative<QString>(result))
                return;
            claimedAtNs = clock.nsecsElapsed();
            if (!live)
                page.refresh(); // F5, the moment the claim is answered
        });
        if (!waitFor([&] {
                return claimedAtNs && statusOnPage(*table, deviceId) == DeviceTableModel::statusText("claimed");
            }))
            return std::nullopt;
        figures.samplesMs << (clock.nsecsElapsed() - *claimedAtNs) / 1e6;
        bool released = false;
        other.release(deviceId, &other, [&](const Result<QString> &) { released = true; });
        waitFor([&] { return released; });
        if (!live)
            page.refresh();
        waitFor([&] { return statusOnPage(*table, deviceId) == DeviceTableModel::statusText("inactive"); });
    }
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("viopay.*.info=false"));
    const int rounds = argc > 1 ? qMax(3, atoi(argv[1])) : 21;
    std::printf("another session's claim answered -> the row changed on the Devices page, %d claims each\n", rounds);
    std::printf("%-38s %9s %9s %9s\n", "", "p50 ms", "p90 ms", "max ms");
    struct Mode {
        const char *name;
        bool live;
    };
    for (const Mode &mode :
         {Mode{"live (held list request)", true}, Mode{"F5 at once after the claim (reference)", false}}) {
        const std::optional<Figures> figures = measure(mode.live, rounds);
        if (!figures) {
            std::printf("%-38s failed: the sandbox or the page did not respond\n", mode.name);
            return 1;
        }
        std::printf("%-38s %9.1f %9.1f %9.1f\n", mode.name, figures->percentile(0.5), figures->percentile(0.9),
                    figures->percentile(1.0));
    }
    return 0;
}
