#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

namespace viopay {
class Clock;
}

namespace viopay::sandbox {

// The sandbox on its own thread: Store, PairingRegistry and the HTTP adapter are created, used
// and destroyed there, so the registry needs no locks and Qt Sql stays on one thread. Used by
// viopay-sandbox, by demo mode and by tests.
class SandboxServer {
public:
    struct Options {
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0; // 0: any free port
        QString databasePath = QStringLiteral(":memory:");
        bool reset = false;     // re-seed the demo data
        QByteArray adminToken;  // required for /sandbox/ when not empty
        bool holdStatus = true; // false: ignore Prefer: wait, so clients poll
        // A CSV of devices (device_id,merchant_id,model) provisioned before serving, all or none:
        // a bad row makes start() fail naming its line.
        QByteArray provisionCsv;
        // The registry's time; nullptr: the system's. Read from the server's thread, so a test's
        // clock must be safe to read there while the test advances it.
        const Clock *clock = nullptr;
    };

    explicit SandboxServer(Options options);
    ~SandboxServer(); // stops the server
    SandboxServer(const SandboxServer &) = delete;
    SandboxServer &operator=(const SandboxServer &) = delete;

    // Returns once the server listens (true) or failed to (false, *error says why).
    bool start(QString *error = nullptr);
    // Closes every connection and waits for the server thread. Idempotent.
    void stop();

    quint16 port() const; // 0 until started
    QUrl url() const;     // http://<address>:<port>
    // Status requests the server holds now until their device changes (0 when not serving), so
    // a test can tell that a request is held. Safe from any thread.
    int heldStatusRequests() const;
    // Password and client-secret checks running or waiting (0 when not serving), so a test can
    // tell that a sign-in is being checked. Safe from any thread.
    int secretChecksInFlight() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace viopay::sandbox
