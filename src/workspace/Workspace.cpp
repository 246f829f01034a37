#include "Workspace.h"

#include "core/DemoData.h"
#include "core/LogText.h"
#include "core/SettingsKeys.h"
#include "sandbox/SandboxServer.h"

#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWorkspace, "viopay.workspace")

namespace viopay {

namespace {
// Terminals the room adds to an embedded sandbox when its demo data has too few.
QString extraDeviceId(int index)
{
    return QStringLiteral("POS-DE%1").arg(index, 6, 16, QLatin1Char('0')).toUpper();
}

bool isDemoMerchants(const ProvisionedDevice &device)
{
    return device.merchantId == QLatin1String(DemoData::CafeLumen.id);
}
} // namespace

Workspace::Workspace(QNetworkAccessManager &network, QSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_clock(clock)
    , m_journal(m_log, settings, ExchangeJournal::defaultPath())
{}

Workspace::~Workspace()
{
    // Sessions before the clients and the transport they use; the sandbox last.
    m_terminals.clear();
    m_devices.reset();
    m_diagnosis.reset();
    m_merchantChecks.reset();
    m_faultDrills.reset();
    m_merchant.reset();
    m_portal.reset();
    m_admin.reset();
    m_transport.reset();
}

bool Workspace::open(const Options &options, QString *error)
{
    QUrl baseUrl = options.server;
    if (baseUrl.isEmpty()) {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        if (!m_sandbox->start(error))
            return false;
        baseUrl = m_sandbox->url();
    }
    m_transport = std::make_unique<HttpTransport>(m_network);
    connect(m_transport.get(), &HttpTransport::exchangeFinished, &m_log, &ExchangeLog::record);
    m_transport->setBaseUrl(baseUrl);
    m_transport->setAllowInsecureHttp(options.allowInsecureHttp);
    m_admin = std::make_unique<SandboxAdminClient>(*m_transport);
    m_admin->setAdminToken(options.adminToken);
    m_factory = options.factory;
    m_clockOffsetSeconds = options.clockOffsetSeconds;
    if (options.merchant) {
        m_portal = std::make_unique<PortalClient>(*m_transport, m_clock);
        m_credentials = std::make_unique<CredentialStore>();
        m_merchant = std::make_unique<MerchantSession>(*m_portal, *m_transport, *m_credentials, m_settings, m_clock);
        if (m_sandbox) // its database lives in memory: a sign-in kept for the next run finds nobody
            m_merchant->setServerForgetsSignIns(baseUrl);
        if (options.signInDemoMerchant)
            m_merchant->signIn({MerchantSession::AccountKind::PortalUser, QLatin1String(DemoData::CafeLumenUser)},
                               QLatin1String(DemoData::Password), false);
    }
    m_faultDrills = std::make_unique<FaultDrillsSession>(*m_admin, m_merchant.get());
    // Stop all sends two requests (faults, network); the terminals retry once both are quiet.
    connect(m_faultDrills.get(), &FaultDrillsSession::applied, this, &Workspace::retryTerminalsIfQuiet);
    connect(m_faultDrills.get(), &FaultDrillsSession::offlineChanged, this, &Workspace::retryTerminalsIfQuiet);
    m_devices = std::make_unique<DeviceDirectory>(*m_admin);
    if (m_merchant)
        m_merchantChecks = std::make_unique<SessionMerchantChecks>(*m_merchant, *m_portal);
    m_diagnosis = std::make_unique<DiagnosisSession>(
        *m_transport, m_clock,
        DiagnosisSession::Setup{options.adminToken, m_merchantChecks.get(), &m_log, &m_settings});
    return true;
}

QString Workspace::claimUrlTemplate() const
{
    QString url =
        m_settings.value(SettingsKeys::KioskClaimUrlTemplate, QStringLiteral("{server}/claim?code={code}")).toString();
    return url.replace(QLatin1String("{server}"), serverUrl().toString(QUrl::StripTrailingSlash));
}

QString Workspace::listingProblemText(const ApiError &error)
{
    return tr("Terminals not listed: %1").arg(error.userMessageWithReference());
}

void Workspace::openTerminals(int count, const std::optional<DeviceIdentity> &device)
{
    if (device) {
        startTerminals({*device});
        return;
    }
    m_admin->provisionedDevices(this, [this, count](const Result<QList<ProvisionedDevice>> &state) {
        if (const auto *error = std::get_if<ApiError>(&state)) {
            m_terminalsProblem = listingProblemText(*error);
            startTerminals({});
            return;
        }
        provisionThenOpen(std::get<QList<ProvisionedDevice>>(state), count);
    });
}

void Workspace::provisionThenOpen(QList<ProvisionedDevice> devices, int count)
{
    // The demo merchant's terminals first, so every one can be claimed in the demo.
    std::stable_sort(devices.begin(), devices.end(), [](const ProvisionedDevice &a, const ProvisionedDevice &b) {
        return isDemoMerchants(a) > isDemoMerchants(b);
    });
    if (devices.size() < count && isEmbeddedSandbox()) {
        // Our own sandbox: add the missing terminals to the demo merchant, then start over.
        const ProvisionedDevice extra{extraDeviceId(int(devices.size())),
                                      QLatin1String(DemoData::CafeLumen.id),
                                      QLatin1String(DemoData::Models[devices.size() % DemoData::ModelCount]),
                                      {}};
        m_admin->provision(extra, this, [this, devices, extra, count](const Result<QString> &added) mutable {
            if (std::holds_alternative<ApiError>(added)) {
                m_terminalsProblem = tr("Only %1 of %2 terminals could be provisioned.").arg(devices.size()).arg(count);
                count = int(devices.size());
            } else {
                devices.append(extra);
            }
            provisionThenOpen(devices, count);
        });
        return;
    }
    if (devices.size() < count)
        m_terminalsProblem =
            tr("The server has %1 provisioned terminals; %2 were asked for.").arg(devices.size()).arg(count);
    QList<DeviceIdentity> identities;
    const QString appVersion = QLatin1String(DemoData::AppVersion);
    const QString os = QLatin1String(DemoData::Os);
    for (const ProvisionedDevice &device : std::as_const(devices).first(qMin(count, int(devices.size())))) {
        if (auto identity = DeviceIdentity::create(device.deviceId, appVersion, os, device.model))
            identities.append(*identity);
    }
    startTerminals(identities);
}

// A terminal activates after its claim only with its factory secrets: the --factory file's for
// the first, otherwise the sandbox's (embedded or standalone), which made them when it
// provisioned the device. A server that has none leaves the terminal claimed, as before.
void Workspace::giveFactorySecrets(KioskSession &session, const QString &deviceId, bool first)
{
    if (first && m_factory) {
        session.setFactorySecrets(*m_factory);
        return;
    }
    m_admin->factorySecrets(deviceId, &session, [&session, deviceId](const Result<FactorySecrets> &result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            qCInfo(lcWorkspace).noquote() << "no factory secrets for" << deviceId
                                          << "(it will stay claimed):" << escapedForLog(error->supportReference());
            return;
        }
        session.setFactorySecrets(std::get<FactorySecrets>(result));
    });
}

// Once the drills stop, the trainer expects the terminals back now, not after their back-off.
void Workspace::retryTerminalsIfQuiet()
{
    const std::optional<FaultDrill> &inForce = m_faultDrills->inForce();
    if ((inForce && !inForce->isQuiet()) || m_faultDrills->offline().value_or(false))
        return;
    for (const auto &terminal : m_terminals)
        terminal->session->retryNow();
}

void Workspace::startTerminals(const QList<DeviceIdentity> &devices)
{
    // Qt opens at most six connections to one server: held status requests from a room would
    // take them all and stall the merchant. A room polls; a few terminals hold.
    const bool hold = devices.size() <= MaxHoldingTerminals;
    for (const DeviceIdentity &device : devices) {
        auto terminal = std::make_unique<Terminal>(Terminal{device, nullptr, nullptr});
        terminal->client = std::make_unique<PosClient>(*m_transport, device);
        terminal->session = std::make_unique<KioskSession>(*terminal->client, m_clock);
        terminal->session->setHoldStatus(hold);
        terminal->session->setClockOffsetSeconds(m_clockOffsetSeconds);
        // The inspector shows what the terminal opened of its MSK envelopes beside the ciphertext.
        connect(&terminal->session->activation(), &KioskActivation::envelopesOpened, &m_log,
                &ExchangeLog::attachDecrypted);
        giveFactorySecrets(*terminal->session, device.deviceId(), m_terminals.empty());
        terminal->session->start();
        m_terminals.push_back(std::move(terminal));
    }
    Q_EMIT terminalsReady();
}

} // namespace viopay
