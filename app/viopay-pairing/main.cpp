// viopay-pairing: the desktop app. Wiring only: parse the command line, choose a mode, open the
// workspace that mode needs and show its windows.
#include "PairingCommandLine.h"
#include "core/Clock.h"
#include "core/LogLevel.h"
#include "ui/FaultDrillsDialog.h"
#include "ui/InspectorWindow.h"
#include "ui/KioskRoomWindow.h"
#include "ui/KioskSettingsDialog.h"
#include "ui/KioskWindow.h"
#include "ui/MerchantWindow.h"
#include "ui/ModeChooserDialog.h"
#include "ui/Translations.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
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

// The interface language: --lang, else the system's; English when there is no translation.
void loadTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (Translations::install(locale) || language.isEmpty())
        return;
    std::fprintf(stderr,
                 "viopay-pairing: no translation for \"%s\" (there are: en, %s); the interface stays in "
                 "English\n",
                 qPrintable(language), qPrintable(Translations::available().join(QStringLiteral(", "))));
    Translations::install(QLocale(QLocale::English));
}

// The mode from the command line, or from the chooser (with the server); nullopt when cancelled.
std::optional<LaunchMode> chooseMode(const PairingCommandLine &commandLine, QSettings &settings, QUrl &server)
{
    if (commandLine.mode())
        return commandLine.mode();
    ModeChooserDialog chooser(settings);
    for (LaunchMode mode : {LaunchMode::Kiosk, LaunchMode::Merchant, LaunchMode::Demo})
        chooser.setModeAvailable(mode, true);
    if (!server.isEmpty())
        chooser.setServer(server);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    server = chooser.server();
    return chooser.mode();
}

// Asks which terminal to simulate, offering the server's provisioned devices; nullopt when
// cancelled. The choice is remembered for next time.
std::optional<DeviceIdentity> askForDevice(Workspace &workspace, QSettings &settings, const DeviceIdentity &fallback)
{
    const auto remembered =
        DeviceIdentity::create(settings.value(QStringLiteral("kiosk/deviceId"), fallback.deviceId()).toString(),
                               settings.value(QStringLiteral("kiosk/appVersion"), fallback.appVersion()).toString(),
                               settings.value(QStringLiteral("kiosk/os"), fallback.os()).toString(),
                               settings.value(QStringLiteral("kiosk/model"), fallback.model()).toString());
    KioskSettingsDialog dialog(remembered.value_or(fallback), workspace.serverUrl().toString());
    workspace.admin().provisionedDevices(&dialog, [&dialog](const Result<QList<ProvisionedDevice>> &result) {
        if (const auto *error = std::get_if<ApiError>(&result))
            dialog.setDevicesUnavailable(error->userMessage());
        else
            dialog.setProvisionedDevices(std::get<QList<ProvisionedDevice>>(result));
    });
    if (dialog.exec() != QDialog::Accepted || !dialog.device())
        return std::nullopt;
    const DeviceIdentity device = *dialog.device();
    settings.setValue(QStringLiteral("kiosk/deviceId"), device.deviceId());
    settings.setValue(QStringLiteral("kiosk/appVersion"), device.appVersion());
    settings.setValue(QStringLiteral("kiosk/os"), device.os());
    settings.setValue(QStringLiteral("kiosk/model"), device.model());
    return device;
}

// The windows of this run, and the tools any of them can open.
struct Screens {
    std::unique_ptr<QWidget> kiosk; // one KioskWindow, or a KioskRoomWindow
    std::unique_ptr<MerchantWindow> merchant;
    std::unique_ptr<InspectorWindow> inspector;
    std::unique_ptr<FaultDrillsDialog> faultDrills;
};

void openInspector(Screens &screens, Workspace &workspace)
{
    if (!screens.inspector)
        screens.inspector = std::make_unique<InspectorWindow>(workspace.log());
    screens.inspector->show();
    screens.inspector->raise();
    screens.inspector->activateWindow();
}

void openFaultDrills(Screens &screens, Workspace &workspace)
{
    if (!screens.faultDrills)
        screens.faultDrills = std::make_unique<FaultDrillsDialog>(workspace.admin(), workspace.merchant());
    screens.faultDrills->show();
    screens.faultDrills->raise();
    screens.faultDrills->activateWindow();
}

// A kiosk has no menu bar: its tools are shortcuts, also offered on a right click.
void addToolActions(QWidget &window, Screens &screens, Workspace &workspace)
{
    auto *inspector = new QAction(QApplication::translate("main", "Network inspector"), &window);
    inspector->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    QObject::connect(inspector, &QAction::triggered, &window,
                     [&screens, &workspace] { openInspector(screens, workspace); });
    auto *drills = new QAction(QApplication::translate("main", "Fault drills…"), &window);
    drills->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    QObject::connect(drills, &QAction::triggered, &window,
                     [&screens, &workspace] { openFaultDrills(screens, workspace); });
    window.addActions({inspector, drills});
    window.setContextMenuPolicy(Qt::ActionsContextMenu);
}

KioskWindow::Setup kioskSetup(const Workspace &workspace, const DeviceIdentity &device, QSettings &settings)
{
    // The claim page the QR code opens: the portal's, from the settings; the sandbox serves its own.
    const QString server = workspace.serverUrl().toString(QUrl::StripTrailingSlash);
    QString claimUrl =
        settings.value(QStringLiteral("kiosk/claimUrlTemplate"), QStringLiteral("{server}/claim?code={code}"))
            .toString();
    claimUrl.replace(QLatin1String("{server}"), server);
    return {server, claimUrl, device.footerText(), false};
}

std::unique_ptr<QWidget> kioskScreen(Workspace &workspace, QSettings &settings, bool room)
{
    const auto &terminals = workspace.terminals();
    if (!room && terminals.size() == 1) {
        const auto &terminal = terminals.front();
        return std::make_unique<KioskWindow>(*terminal->session, kioskSetup(workspace, terminal->device, settings));
    }
    std::vector<KioskRoomWindow::Terminal> screens;
    screens.reserve(terminals.size());
    for (const auto &terminal : terminals)
        screens.push_back({terminal->session.get(), kioskSetup(workspace, terminal->device, settings)});
    return std::make_unique<KioskRoomWindow>(screens, workspace.terminalsProblem());
}

// Demo: the terminal(s) on the left half of the screen, the merchant on the right.
void placeSideBySide(QWidget &left, QWidget &right)
{
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    const int half = area.width() / 2;
    left.setGeometry(area.x(), area.y(), half, area.height());
    right.setGeometry(area.x() + half, area.y(), area.width() - half, area.height());
}

void show(QWidget &window, bool fullScreen)
{
    if (fullScreen)
        window.showFullScreen();
    else
        window.show();
}
} // namespace

int main(int argc, char *argv[])
{
    // The command line first: --help, --version and usage errors need no display.
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments << QString::fromLocal8Bit(argv[index]);
    PairingCommandLine commandLine;
    switch (commandLine.parse(arguments)) {
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

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Viopay"));
    QApplication::setApplicationName(QStringLiteral("Viopay Pairing"));
    QApplication::setApplicationVersion(QStringLiteral(VIOPAY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.viopay.Pairing")); // its window icon and grouping
    Q_INIT_RESOURCE(resources);                                               // the icon lives in the static ui library
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/viopay-pairing.svg")));
    LogLevel::apply(commandLine.logLevel());
    loadTranslations(commandLine.language());

    QSettings settings;
    QUrl server = commandLine.server();
    const std::optional<LaunchMode> mode = chooseMode(commandLine, settings, server);
    if (!mode)
        return 0;

    QNetworkAccessManager network; // the process's one
    Workspace workspace(network, settings, Clock::system());
    Workspace::Options options;
    options.server = *mode == LaunchMode::Demo ? QUrl() : server;
    options.allowInsecureHttp = commandLine.allowInsecureHttp();
    options.adminToken = commandLine.adminToken();
    options.merchant = *mode != LaunchMode::Kiosk;
    options.signInDemoMerchant = *mode == LaunchMode::Demo;
    QString error;
    if (!workspace.open(options, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Viopay Pairing"),
                              QApplication::translate("main", "The built-in sandbox could not start: %1").arg(error));
        return 1;
    }

    Screens screens;
    if (workspace.merchant()) {
        screens.merchant = std::make_unique<MerchantWindow>(*workspace.merchant());
        QObject::connect(screens.merchant.get(), &MerchantWindow::inspectorRequested, &app,
                         [&] { openInspector(screens, workspace); });
        QObject::connect(screens.merchant.get(), &MerchantWindow::faultDrillsRequested, &app,
                         [&] { openFaultDrills(screens, workspace); });
        if (*mode == LaunchMode::Merchant) {
            show(*screens.merchant, commandLine.fullScreen());
            workspace.merchant()->restoreSignIn(); // silent when a sign-in was kept on this computer
            return app.exec();
        }
    }

    // Kiosk or demo: one terminal (the command line's, or the one the operator picks), or a room.
    std::optional<DeviceIdentity> device;
    if (commandLine.kioskCount() == 1) {
        device = commandLine.device();
        if (!commandLine.mode() && *mode == LaunchMode::Kiosk)
            device = askForDevice(workspace, settings, *device);
        if (!device)
            return 0;
    }
    QObject::connect(&workspace, &Workspace::terminalsReady, &app, [&] {
        screens.kiosk = kioskScreen(workspace, settings, commandLine.kioskCount() > 1);
        addToolActions(*screens.kiosk, screens, workspace);
        if (screens.merchant)
            placeSideBySide(*screens.kiosk, *screens.merchant);
        show(*screens.kiosk, commandLine.fullScreen() && !screens.merchant);
        if (screens.merchant)
            show(*screens.merchant, false);
    });
    workspace.openTerminals(commandLine.kioskCount(), device);
    return app.exec();
}
