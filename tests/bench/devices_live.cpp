// Benchmark (prints figures; not a test): another session's claim to the row changing on the
// Devices page. The page follows the server through its held list request (FLEET.md); the
// reference is the same page without it (a server that does not hold the list), where the operator
// presses F5 the moment the claim is answered: the best a reload can do. Each round claims one of
// Cafe Lumen's eleven terminals from a second sign-in, then releases it again.
// Usage: viopay-bench-devices-live [rounds per mode, default 21]
#include "BenchSandbox.h"
#include "BenchTable.h"

#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "core/Clock.h"
#include "merchant/DeviceTableModel.h"
#include "merchant/MerchantSession.h"
#include "ui/DevicesPage.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <optional>

using namespace viopay;

namespace {
// The Status cell of the device's row as the page shows it.
QString statusOnPage(const QTableView &table, const QString &deviceId)
{
    const QAbstractItemModel *model = table.model();
    const QModelIndexList rows =
        model->match(model->index(0, DeviceTableModel::DeviceId), Qt::DisplayRole, deviceId, 1, Qt::MatchExactly);
    return rows.isEmpty() ? QString()
                          : model->index(rows.constFirst().row(), DeviceTableModel::Status).data().toString();
}

std::optional<BenchTable::Figures> measure(bool live, int rounds)
{
    BenchSandbox sandbox(live);
    if (!sandbox.start())
        return std::nullopt;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    CredentialStore credentials;
    PortalClient portal(sandbox.transport, Clock::system());
    MerchantSession session(portal, sandbox.transport, credentials, settings, Clock::system());
    session.signIn({MerchantSession::AccountKind::PortalUser, QStringLiteral("ops@cafe-lumen.test")},
                   QStringLiteral("pairing-demo"), false);
    if (!waitFor([&] { return session.state() == MerchantSession::State::SignedIn; }))
        return std::nullopt;
    DevicesPage page(session);
    page.resize(900, 600);
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("devicesTableView"));

    PortalClient other(sandbox.transport, Clock::system()); // another operator, on another computer
    if (!sandbox.signIn(other))
        return std::nullopt;

    return sandbox.measure(
        rounds, [&](const QString &deviceId, PosClient &terminal, const QElapsedTimer &clock) -> std::optional<double> {
            std::optional<QString> code;
            terminal.requestPairingCode(&terminal, [&](const Result<PairingCodeGrant> &result) {
                if (const auto *grant = std::get_if<PairingCodeGrant>(&result))
                    code = grant->code.value();
            });
            if (!waitFor([&] { return code.has_value(); }))
                return std::nullopt;
            // The new code changes the list too: let the page take that answer and hold the next.
            waitFor([] { return false; }, 200);
            if (live && !waitFor([&] { return session.isDevicesLive() && sandbox.server.heldStatusRequests() == 1; }))
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
            const double sampleMs = (clock.nsecsElapsed() - *claimedAtNs) / 1e6;
            bool released = false;
            other.release(deviceId, &other, [&](const Result<QString> &) { released = true; });
            waitFor([&] { return released; });
            if (!live)
                page.refresh();
            waitFor([&] { return statusOnPage(*table, deviceId) == DeviceTableModel::statusText("inactive"); });
            return sampleMs;
        });
}
} // namespace

int main(int argc, char *argv[])
{
    const BenchTable table{
        "another session's claim answered -> the row changed on the Devices page",
        38,
        "the sandbox or the page",
        21,
        {{"live (held list request)", [](int rounds) { return measure(true, rounds); }},
         {"F5 at once after the claim (reference)", [](int rounds) { return measure(false, rounds); }}}};
    return table.run(argc, argv);
}
