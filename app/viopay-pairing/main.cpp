// viopay-pairing: the desktop app. Wiring only: parse the command line, choose a mode, build the
// objects that mode needs and show its window.
#include "PairingCommandLine.h"
#include "api/HttpTransport.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "core/LogLevel.h"
#include "inspector/ExchangeLog.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/KioskSettingsDialog.h"
#include "ui/KioskWindow.h"
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

// Everything a simulated terminal needs, alive as long as its window.
struct KioskMode {
    std::unique_ptr<sandbox::SandboxServer> sandbox; // only without --server
    QNetworkAccessManager network;                   // the process's one
    ExchangeLog log;
    std::unique_ptr<HttpTransport> transport;
    std::unique_ptr<PosClient> client;
    std::unique_ptr<KioskSession> session;
    std::unique_ptr<KioskWindow> window;
};

// Connects the kiosk to server, or to an embedded sandbox when server is empty. Returns nullptr
// (having told the user) when the sandbox cannot start.
std::unique_ptr<KioskMode> connectKiosk(const QUrl &server, bool allowInsecureHttp)
{
    auto kiosk = std::make_unique<KioskMode>();
    QUrl baseUrl = server;
    if (baseUrl.isEmpty()) {
        kiosk->sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QString error;
        if (!kiosk->sandbox->start(&error)) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Viopay Pairing"),
                QApplication::translate("main", "The built-in sandbox could not start: %1").arg(error));
            return nullptr;
        }
        baseUrl = kiosk->sandbox->url();
    }
    kiosk->transport = std::make_unique<HttpTransport>(kiosk->network, &kiosk->log);
    kiosk->transport->setBaseUrl(baseUrl);
    kiosk->transport->setAllowInsecureHttp(allowInsecureHttp);
    return kiosk;
}

// Asks which terminal to simulate, offering the sandbox's devices; nullopt when cancelled.
std::optional<DeviceIdentity> askForDevice(KioskMode &kiosk, const DeviceIdentity &initial)
{
    KioskSettingsDialog dialog(initial, kiosk.transport->baseUrl().toString());
    SandboxAdminClient admin(*kiosk.transport);
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

void openKiosk(KioskMode &kiosk, const DeviceIdentity &device, QSettings &settings)
{
    const QUrl baseUrl = kiosk.transport->baseUrl();
    kiosk.client = std::make_unique<PosClient>(*kiosk.transport, device);
    kiosk.session = std::make_unique<KioskSession>(*kiosk.client, Clock::system());
    // The claim page the QR code opens: the portal's, from the settings; the sandbox serves its own.
    QString claimUrl =
        settings.value(QStringLiteral("kiosk/claimUrlTemplate"), QStringLiteral("{server}/claim?code={code}"))
            .toString();
    claimUrl.replace(QLatin1String("{server}"), baseUrl.toString(QUrl::StripTrailingSlash));
    kiosk.window = std::make_unique<KioskWindow>(*kiosk.session,
                                                 KioskWindow::Setup{baseUrl.toString(), claimUrl, device.footerText()});
    kiosk.window->show();
    kiosk.session->start();
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
    if (!commandLine.kiosk()) {
        ModeChooserDialog chooser(settings);
        const QString notYet = QApplication::translate("main", "Not part of this version yet.");
        chooser.setModeAvailable(LaunchMode::Kiosk, true);
        chooser.setModeAvailable(LaunchMode::Merchant, false, notYet);
        chooser.setModeAvailable(LaunchMode::Demo, false, notYet);
        if (!server.isEmpty())
            chooser.setServer(server);
        if (chooser.exec() != QDialog::Accepted)
            return 0;
        server = chooser.server();
    }
    const std::unique_ptr<KioskMode> kiosk = connectKiosk(server, commandLine.allowInsecureHttp());
    if (!kiosk)
        return 1;
    // --kiosk takes the terminal from the command line; the chooser asks, offering what it used last.
    std::optional<DeviceIdentity> device = commandLine.device();
    if (!commandLine.kiosk()) {
        device = askForDevice(*kiosk, rememberedDevice(settings, *device));
        if (!device)
            return 0;
        rememberDevice(settings, *device);
    }
    openKiosk(*kiosk, *device, settings);
    return app.exec();
}
