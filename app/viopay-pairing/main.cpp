// viopay-pairing: the desktop app. Wiring only: parse the command line, choose a mode, build the
// objects that mode needs and show its window.
#include "PairingCommandLine.h"
#include "api/HttpTransport.h"
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "core/LogLevel.h"
#include "inspector/ExchangeLog.h"
#include "kiosk/KioskSession.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/KioskSettingsDialog.h"
#include "ui/KioskWindow.h"
#include "ui/MerchantWindow.h"
#include "ui/ModeChooserDialog.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <optional>

using namespace viopay;

namespace {
int printAndExit(const QString &text, FILE *stream, int exitCode)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    return exitCode;
}

// The process's one connection: the transport every mode uses, to a server or to an embedded
// sandbox, with the exchange log every request passes through.
struct Connection {
    std::unique_ptr<sandbox::SandboxServer> sandbox; // only without --server
    QNetworkAccessManager network;                   // the process's one
    ExchangeLog log;
    std::unique_ptr<HttpTransport> transport;
};

// Connects to server, or to an embedded sandbox when server is empty. Returns nullptr (having
// told the user) when the sandbox cannot start.
std::unique_ptr<Connection> connectTo(const QUrl &server, bool allowInsecureHttp)
{
    auto connection = std::make_unique<Connection>();
    QUrl baseUrl = server;
    if (baseUrl.isEmpty()) {
        connection->sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QString error;
        if (!connection->sandbox->start(&error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Viopay Pairing"),
                QApplication::translate("main", "The built-in sandbox could not start: %1").arg(error));
            return nullptr;
        }
        baseUrl = connection->sandbox->url();
    }
    connection->transport = std::make_unique<HttpTransport>(connection->network, &connection->log);
    connection->transport->setBaseUrl(baseUrl);
    connection->transport->setAllowInsecureHttp(allowInsecureHttp);
    return connection;
}

// A simulated terminal, alive as long as its window.
struct KioskMode {
    std::unique_ptr<PosClient> client;
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<KioskWindow> window;
};

// The counter operator's window with its session.
struct MerchantMode {
    std::unique_ptr<PortalClient> portal;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<MerchantSession> session;
    std::unique_ptr<MerchantWindow> window;
};

// Asks which terminal to simulate, offering the sandbox's devices; nullopt when cancelled.
std::optional<DeviceIdentity> askForDevice(HttpTransport &transport, const DeviceIdentity &initial)
{
    KioskSettingsDialog dialog(initial, transport.baseUrl().toString());
    SandboxAdminClient admin(transport);
    admin.provisionedDevices(&dialog, [&dialog](const Result<QList<ProvisionedDevice>> &result) {
        if (const auto *error = std::get_if<ApiError>(&result))
            dialog.setDevicesUnavailable(error->userMessage());
        else
            dialog.setProvisionedDevices(std::get<QList<ProvisionedDevice>>(result));
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.device();
}

std::unique_ptr<KioskMode> openKiosk(HttpTransport &transport, const DeviceIdentity &device, QSettings &settings)
{
    auto kiosk = std::make_unique<KioskMode>();
    const QUrl baseUrl = transport.baseUrl();
    kiosk->client = std::make_unique<PosClient>(transport, device);
    kiosk->session = std::make_unique<KioskSession>(*kiosk->client, Clock::system());
    // The claim page the QR code opens: the portal's, from the settings; the sandbox serves its own.
    QString claimUrl =
        settings.value(QStringLiteral("kiosk/claimUrlTemplate"), QStringLiteral("{server}/claim?code={code}"))
            .toString();
    claimUrl.replace(QLatin1String("{server}"), baseUrl.toString(QUrl::StripTrailingSlash));
    kiosk->window = std::make_unique<KioskWindow>(
        *kiosk->session, KioskWindow::Setup{baseUrl.toString(), claimUrl, device.footerText()});
    kiosk->window->show();
    kiosk->session->start();
    return kiosk;
}

std::unique_ptr<MerchantMode> openMerchant(HttpTransport &transport, QSettings &settings)
{
    auto merchant = std::make_unique<MerchantMode>();
    merchant->portal = std::make_unique<PortalClient>(transport, Clock::system());
    merchant->credentials = std::make_unique<CredentialStore>();
    merchant->session = std::make_unique<MerchantSession>(*merchant->portal, transport, *merchant->credentials,
                                                          settings, Clock::system());
    merchant->window = std::make_unique<MerchantWindow>(*merchant->session);
    merchant->window->show();
    merchant->session->restoreSignIn(); // silent when a sign-in was kept on this computer
    return merchant;
}

DeviceIdentity rememberedDevice(QSettings &settings, const DeviceIdentity &fallback)
{
    const auto remembered =
        DeviceIdentity::create(settings.value(QStringLiteral("kiosk/deviceId"), fallback.deviceId()).toString(),
                               settings.value(QStringLiteral("kiosk/appVersion"), fallback.appVersion()).toString(),
                               settings.value(QStringLiteral("kiosk/os"), fallback.os()).toString(),
                               settings.value(QStringLiteral("kiosk/model"), fallback.model()).toString());
    return remembered.value_or(fallback);
}

void rememberDevice(QSettings &settings, const DeviceIdentity &device)
{
    settings.setValue(QStringLiteral("kiosk/deviceId"), device.deviceId());
    settings.setValue(QStringLiteral("kiosk/appVersion"), device.appVersion());
    settings.setValue(QStringLiteral("kiosk/os"), device.os());
    settings.setValue(QStringLiteral("kiosk/model"), device.model());
}

// The mode from the command line, or from the chooser (with the server); nullopt when cancelled.
std::optional<LaunchMode> chooseMode(const PairingCommandLine &commandLine, QSettings &settings, QUrl &server)
{
    if (commandLine.kiosk())
        return LaunchMode::Kiosk;
    if (commandLine.merchant())
        return LaunchMode::Merchant;
    ModeChooserDialog chooser(settings);
    chooser.setModeAvailable(LaunchMode::Kiosk, true);
    chooser.setModeAvailable(LaunchMode::Merchant, true);
    chooser.setModeAvailable(LaunchMode::Demo, false, QApplication::translate("main", "Not part of this version yet."));
    if (!server.isEmpty())
        chooser.setServer(server);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    server = chooser.server();
    return chooser.mode();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Viopay"));
    QApplication::setApplicationName(QStringLiteral("Viopay Pairing"));
    QApplication::setApplicationVersion(QStringLiteral(VIOPAY_VERSION));
    Q_INIT_RESOURCE(resources); // the icon lives in the static ui library
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/viopay-pairing.svg")));

    PairingCommandLine commandLine;
    switch (commandLine.parse(QApplication::arguments())) {
    case PairingCommandLine::Outcome::ShowHelp:
        return printAndExit(commandLine.helpText(), stdout, 0);
    case PairingCommandLine::Outcome::ShowVersion:
        return printAndExit(PairingCommandLine::versionText(), stdout, 0);
    case PairingCommandLine::Outcome::Error:
        return printAndExit(QStringLiteral("viopay-pairing: ") + commandLine.errorText() +
                                QStringLiteral("\nTry 'viopay-pairing --help' for the options."),
                            stderr, PairingCommandLine::UsageErrorExitCode);
    case PairingCommandLine::Outcome::Run:
        break;
    }
    LogLevel::apply(commandLine.logLevel());

    QSettings settings;
    QUrl server = commandLine.server();
    const std::optional<LaunchMode> mode = chooseMode(commandLine, settings, server);
    if (!mode)
        return 0;
    const std::unique_ptr<Connection> connection = connectTo(server, commandLine.allowInsecureHttp());
    if (!connection)
        return 1;

    if (*mode == LaunchMode::Merchant) {
        const std::unique_ptr<MerchantMode> merchant = openMerchant(*connection->transport, settings);
        return app.exec();
    }
    // --kiosk takes the terminal from the command line; the chooser asks, offering what it used last.
    std::optional<DeviceIdentity> device = commandLine.device();
    if (!commandLine.kiosk()) {
        device = askForDevice(*connection->transport, rememberedDevice(settings, *device));
        if (!device)
            return 0;
        rememberDevice(settings, *device);
    }
    const std::unique_ptr<KioskMode> kiosk = openKiosk(*connection->transport, *device, settings);
    return app.exec();
}
