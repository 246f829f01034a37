#pragma once

#include <QString>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>

namespace viopay::sandbox {

class PairingRegistry;
class SandboxApi;
class Store;

// The sandbox's HTTP server: the only code that knows RESTinio. Turns HTTP into SandboxApi
// calls and back, enforces the transport limits, holds status requests until their device
// changes, fires code expiries on time, and group-commits the Store. Everything runs on the thread
// that calls run(), except the hashing of secrets, which runs on a few workers of its own.
class HttpAdapter {
public:
    struct Settings {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0;                          // 0: any free port
        std::size_t maxConnections = 1024;         // lowered to what the process's open-file limit allows
        std::size_t maxConnectionsPerClient = 128; // per source address
        int maxHeldPerDevice = 32;
        int maxHeldPerClient = 64; // per source address, across devices
        int maxHeldTotal = 20000;
        // To receive a whole request, and the most a kept-alive connection idles between two, so
        // sockets that send nothing (or too slowly) do not pile up.
        std::chrono::seconds requestReadTimeout{5};
        // Secrets are hashed on threads of their own; more checks than this running or waiting
        // are refused at once with 429, so password guessers cannot queue up unbounded work.
        int secretCheckThreads = 2;
        int maxSecretChecks = 8;
    };

    HttpAdapter(SandboxApi &api, PairingRegistry &registry, Store &store, Settings settings);
    ~HttpAdapter();
    HttpAdapter(const HttpAdapter &) = delete;
    HttpAdapter &operator=(const HttpAdapter &) = delete;

    // Binds and listens; returns the bound port, or nullopt with *error saying why.
    std::optional<quint16> open(QString *error);
    // Serves until stop(); call on the thread that called open().
    void run();
    // Closes every connection and makes run() return. Safe from any thread.
    void stop();
    // Status requests held now, waiting for their device to change. Safe from any thread.
    int heldStatusRequests() const;
    // Secret checks (password or client secret hashes) running or waiting. Safe from any thread.
    int secretChecksInFlight() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace viopay::sandbox
