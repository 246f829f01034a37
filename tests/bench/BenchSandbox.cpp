#include "BenchSandbox.h"

#include <QCoreApplication>
#include <QTimer>

using namespace viopay;

namespace {
sandbox::SandboxServer::Options holding(bool holdStatus)
{
    sandbox::SandboxServer::Options options;
    options.holdStatus = holdStatus;
    return options;
}
} // namespace

bool waitFor(const std::function<bool()> &done, int timeoutMs)
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

const QStringList BenchSandbox::terminals{
    QStringLiteral("POS-8F3A2C91"), QStringLiteral("POS-1A2B3C00"), QStringLiteral("POS-1A2B3C01"),
    QStringLiteral("POS-1A2B3C02"), QStringLiteral("POS-1A2B3C03"), QStringLiteral("POS-1A2B3C04"),
    QStringLiteral("POS-1A2B3C05"), QStringLiteral("POS-1A2B3C06"), QStringLiteral("POS-1A2B3C07"),
    QStringLiteral("POS-1A2B3C08"), QStringLiteral("POS-1A2B3C09"),
};

BenchSandbox::BenchSandbox(bool holdStatus)
    : server(holding(holdStatus))
    , transport(network)
{}

bool BenchSandbox::start()
{
    if (!server.start())
        return false;
    transport.setBaseUrl(server.url());
    return true;
}

bool BenchSandbox::signIn(PortalClient &portal)
{
    bool signedIn = false;
    portal.signInWithPassword(QStringLiteral("ops@cafe-lumen.test"), QStringLiteral("pairing-demo"), &portal,
                              [&](const Result<SignInInfo> &) {
                                  portal.initiateSession(QStringLiteral("merchant.viopay.io"), &portal,
                                                         [&](const Result<SessionInfo> &) { signedIn = true; });
                              });
    return waitFor([&] { return signedIn; });
}

std::optional<BenchTable::Figures> BenchSandbox::measure(int rounds, const Round &round)
{
    QElapsedTimer clock;
    clock.start();
    BenchTable::Figures figures;
    for (int index = 0; index < rounds; ++index) {
        const QString &deviceId = terminals.at(index % terminals.size());
        PosClient terminal(transport, *DeviceIdentity::create(deviceId, u"1.4.2", u"Android 12", u"PAX-A920"));
        const std::optional<double> sampleMs = round(deviceId, terminal, clock);
        if (!sampleMs)
            return std::nullopt;
        figures.samplesMs << *sampleMs;
    }
    return figures;
}
