#pragma once

#include "api/HttpTransport.h"
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/DeviceIdentity.h"
#include "drills/FaultDrillsSession.h"
#include "inspector/ExchangeJournal.h"
#include "inspector/ExchangeLog.h"
#include "kiosk/KioskSession.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "support/DiagnosisSession.h"
#include "support/SessionMerchantChecks.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QSettings;

namespace viopay {

namespace sandbox {
class SandboxServer;
}

// Everything one run of the app talks through, whatever the mode: the connection (a server, or
// an embedded sandbox on a free loopback port), the exchange log every request passes through,
// the simulated terminals and the merchant's session. Windows render its sessions; main() only
// chooses the options. Demo mode is a workspace with terminals and a merchant signed in as the
// demo user.
class Workspace : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxHoldingTerminals = 3; // of Qt's six connections per server

    struct Options {
        QUrl server; // empty: an embedded sandbox
        bool allowInsecureHttp = false;
        QByteArray adminToken; // for a sandbox's /sandbox/ endpoints beyond loopback
        bool merchant = false;
        bool signInDemoMerchant = false; // the demo: no typing but the code
        // The first terminal's factory secrets (--factory); nullopt: each terminal asks the
        // sandbox for its own (GET /sandbox/devices/{id}/factory), and without them stays claimed.
        std::optional<FactorySecrets> factory;
        int clockOffsetSeconds = 0; // every terminal's clock runs this far from the Clock
    };

    struct Terminal {
        DeviceIdentity device;
        std::unique_ptr<PosClient> client;
        std::unique_ptr<KioskSession> session;
    };

    Workspace(QNetworkAccessManager &network, QSettings &settings, const Clock &clock, QObject *parent = nullptr);
    ~Workspace() override;

    // Starts the embedded sandbox when there is no server, then the merchant session if asked;
    // false (with *error) when the sandbox cannot start.
    bool open(const Options &options, QString *error = nullptr);
    // Simulated terminals: the given device when there is one, otherwise count of the server's
    // provisioned devices (the demo merchant's first; an embedded sandbox provisions more when
    // it has too few). terminalsReady() when they are started.
    void openTerminals(int count, const std::optional<DeviceIdentity> &device = std::nullopt);

    bool isEmbeddedSandbox() const { return m_sandbox != nullptr; }
    QUrl serverUrl() const { return m_transport->baseUrl(); }
    HttpTransport &transport() { return *m_transport; }
    ExchangeLog &log() { return m_log; }
    ExchangeJournal &journal() { return m_journal; } // the log kept across restarts, when asked
    SandboxAdminClient &admin() { return *m_admin; }
    MerchantSession *merchant() const { return m_merchant.get(); }
    FaultDrillsSession &faultDrills() { return *m_faultDrills; }
    DiagnosisSession &diagnosis() { return *m_diagnosis; }
    DeviceDirectory &devices() { return *m_devices; }
    // What a kiosk's QR code opens, with {server} filled in and {code} left for the kiosk: the
    // setting SettingsKeys::KioskClaimUrlTemplate, by default the sandbox's own claim page.
    QString claimUrlTemplate() const;
    const std::vector<std::unique_ptr<Terminal>> &terminals() const { return m_terminals; }
    // Why fewer terminals than asked were opened; empty when all were.
    const QString &terminalsProblem() const { return m_terminalsProblem; }
    // The problem said when the server's terminals could not be listed.
    static QString listingProblemText(const ApiError &error);

Q_SIGNALS:
    void terminalsReady();

private:
    void provisionThenOpen(QList<ProvisionedDevice> devices, int count);
    void startTerminals(const QList<DeviceIdentity> &devices);
    void retryTerminalsIfQuiet(); // when no fault is in force and the server is online
    void giveFactorySecrets(KioskSession &session, const QString &deviceId, bool first);

    QNetworkAccessManager &m_network;
    QSettings &m_settings;
    const Clock &m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    ExchangeLog m_log;
    ExchangeJournal m_journal; // after the log it reads back into
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SandboxAdminClient> m_admin;
    std::unique_ptr<PortalClient> m_portal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MerchantSession> m_merchant;
    std::unique_ptr<FaultDrillsSession> m_faultDrills;
    std::unique_ptr<SessionMerchantChecks> m_merchantChecks;
    std::unique_ptr<DiagnosisSession> m_diagnosis;
    std::unique_ptr<DeviceDirectory> m_devices;
    std::vector<std::unique_ptr<Terminal>> m_terminals;
    QString m_terminalsProblem;
    std::optional<FactorySecrets> m_factory;
    int m_clockOffsetSeconds = 0;
};

} // namespace viopay
