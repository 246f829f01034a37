#pragma once

#include "BenchTable.h"

#include "api/HttpTransport.h"
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStringList>

#include <functional>
#include <optional>

// Runs the event loop until done() holds or timeoutMs pass; false on time-out.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000);

// The embedded sandbox a bench measures against, with a transport to it, and the bench's rounds
// on Cafe Lumen's eleven terminals in turn.
class BenchSandbox {
public:
    // One round on a terminal (a kiosk client of it on the transport): its sample in ms, read off
    // the clock, or nullopt when what the bench measures did not respond.
    using Round = std::function<std::optional<double>(const QString &deviceId, viopay::PosClient &terminal,
                                                      const QElapsedTimer &clock)>;

    // holdStatus: whether the sandbox holds status and list requests (Prefer: wait).
    explicit BenchSandbox(bool holdStatus);

    // Starts the sandbox and points the transport at it; false when it cannot listen.
    bool start();
    // Signs the client in as Cafe Lumen's operator and initiates its session; false on time-out.
    bool signIn(viopay::PortalClient &portal);
    // So many rounds, each on the next terminal, with one clock running from the first; nullopt at
    // the first round that fails.
    std::optional<BenchTable::Figures> measure(int rounds, const Round &round);

    viopay::sandbox::SandboxServer server;
    QNetworkAccessManager network;
    viopay::HttpTransport transport;

private:
    static const QStringList terminals;
};
