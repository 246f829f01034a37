// viopay-pairing: the desktop app. Wiring only: parse the command line, choose a mode, build the
// objects that mode needs and show its window.
#include "PairingCommandLine.h"
#include "api/HttpTransport.h"
#include "api/PosClient.h"
#include "core/Clock.h"
#include "core/LogLevel.h"
#include "inspector/ExchangeLog.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/KioskWindow.h"
#include "ui/ModeChooserDialog.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

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

// Starts the kiosk against server, or against an embedded sandbox when server is empty.
// Returns nullptr (having told the user) when the sandbox cannot start.
std::unique_ptr<KioskMode> openKiosk(const QUrl &server, const DeviceIdentity &device, bool allowInsecureHttp,
                                     QSettings &settings)
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
    kiosk->client = std::make_unique<PosClient>(*kiosk->transport, device);
    kiosk->session = std::make_unique<KioskSession>(*kiosk->client, Clock::system());
    // The claim page the QR code opens: the portal's, from the settings; the sandbox serves its own.
    QString claimUrl =
        settings.value(QStringLiteral("kiosk/claimUrlTemplate"), QStringLiteral("{server}/claim?code={code}"))
            .toString();
    claimUrl.replace(QLatin1String("{server}"), baseUrl.toString(QUrl::StripTrailingSlash));
    kiosk->window = std::make_unique<KioskWindow>(*kiosk->session, claimUrl, device.footerText());
    kiosk->window->show();
    kiosk->session->start();
    return kiosk;
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
    const std::unique_ptr<KioskMode> kiosk =
        openKiosk(server, *commandLine.device(), commandLine.allowInsecureHttp(), settings);
    return kiosk ? app.exec() : 1;
}
