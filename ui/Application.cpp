#include "Application.h"

#include "DiagnoseDialog.h"
#include "FaultDrillsDialog.h"
#include "InspectorWindow.h"
#include "KioskRoomWindow.h"
#include "KioskSettingsDialog.h"
#include "KioskWindow.h"
#include "MerchantWindow.h"
#include "ModeChooserDialog.h"
#include "core/DemoData.h"
#include "core/SettingsKeys.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

namespace viopay {

namespace {
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

// A tool window (inspector, drills) never keeps the app running once its main windows are closed.
void showTool(QWidget &window)
{
    window.setAttribute(Qt::WA_QuitOnClose, false);
    window.show();
    window.raise();
    window.activateWindow();
}

DeviceIdentity demoTerminal()
{
    return *DeviceIdentity::create(QString::fromLatin1(DemoData::DeviceId), QString::fromLatin1(DemoData::AppVersion),
                                   QString::fromLatin1(DemoData::Os), QString::fromLatin1(DemoData::Model));
}

KioskWindow::Setup kioskSetup(const Workspace &workspace, const DeviceIdentity &device)
{
    return {workspace.serverUrl().toString(QUrl::StripTrailingSlash), workspace.claimUrlTemplate(), device.footerText(),
            false, device.deviceId()};
}

std::unique_ptr<QWidget> kioskScreenFor(Workspace &workspace, bool room)
{
    const auto &terminals = workspace.terminals();
    if (!room && terminals.size() == 1) {
        const auto &terminal = terminals.front();
        return std::make_unique<KioskWindow>(*terminal->session, kioskSetup(workspace, terminal->device));
    }
    std::vector<KioskRoomWindow::Terminal> screens;
    screens.reserve(terminals.size());
    for (const auto &terminal : terminals)
        screens.push_back({terminal->session.get(), kioskSetup(workspace, terminal->device)});
    return std::make_unique<KioskRoomWindow>(screens, workspace.terminalsProblem());
}
} // namespace

Application::Application(QNetworkAccessManager &network, QSettings &settings, const Clock &clock, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_clock(clock)
    , m_options(std::move(options))
{}

Application::~Application()
{
    // Windows before the sessions they render.
    m_diagnose.reset();
    m_faultDrills.reset();
    m_inspector.reset();
    m_kiosk.reset();
    m_merchant.reset();
}

Application::Outcome Application::start()
{
    std::optional<LaunchMode> mode;
    std::optional<DeviceIdentity> device = m_options.device;
    for (;;) {
        mode = chooseMode();
        if (!mode)
            return Outcome::Cancelled;
        if (!openWorkspace(*mode))
            return Outcome::Failed;
        if (!picksTerminal(*mode))
            break;
        device = askForDevice();
        if (device)
            break;
        m_workspace.reset(); // the picker's Cancel goes back to the chooser, not out of the app
    }
    if (m_workspace->merchant())
        createMerchantWindow();
    if (*mode == LaunchMode::Merchant) {
        show(*m_merchant, m_options.fullScreen);
        m_workspace->merchant()->restoreSignIn(); // silent when a sign-in was kept on this computer
        return Outcome::Running;
    }

    // Kiosk or demo: one terminal (the command line's, or the one the operator picks), or a room.
    if (m_options.kioskCount != 1)
        device.reset();
    else if (!device)
        return Outcome::Cancelled;
    connect(m_workspace.get(), &Workspace::terminalsReady, this, &Application::showTerminals);
    m_workspace->openTerminals(m_options.kioskCount, device);
    return Outcome::Running;
}

std::optional<LaunchMode> Application::chooseMode()
{
    if (m_options.mode)
        return m_options.mode;
    ModeChooserDialog chooser(m_settings);
    chooser.setAllowInsecureHttp(m_options.allowInsecureHttp);
    for (LaunchMode mode : {LaunchMode::Kiosk, LaunchMode::Merchant, LaunchMode::Demo})
        chooser.setModeAvailable(mode, true);
    if (!m_options.server.isEmpty())
        chooser.setServer(m_options.server);
    if (chooser.exec() != QDialog::Accepted)
        return std::nullopt;
    m_options.server = chooser.server();
    return chooser.mode();
}

bool Application::openWorkspace(LaunchMode mode)
{
    m_workspace = std::make_unique<Workspace>(m_network, m_settings, m_clock);
    Workspace::Options options;
    options.server = mode == LaunchMode::Demo ? QUrl() : m_options.server;
    options.allowInsecureHttp = m_options.allowInsecureHttp;
    options.adminToken = m_options.adminToken;
    options.factory = m_options.factory;
    options.clockOffsetSeconds = m_options.clockOffsetSeconds;
    options.merchant = mode != LaunchMode::Kiosk;
    options.signInDemoMerchant = mode == LaunchMode::Demo;
    QString error;
    if (m_workspace->open(options, &error))
        return true;
    QMessageBox::critical(nullptr, tr("Viopay Pairing"), tr("The built-in sandbox could not start: %1").arg(error));
    return false;
}

// A single kiosk chosen in the mode chooser: the operator picks its terminal next.
bool Application::picksTerminal(LaunchMode mode) const
{
    return !m_options.mode && mode == LaunchMode::Kiosk && m_options.kioskCount == 1;
}

// Asks which terminal to simulate, offering the server's provisioned devices; nullopt when
// cancelled. The choice is remembered for next time.
std::optional<DeviceIdentity> Application::askForDevice()
{
    KioskSettingsDialog dialog(rememberedDevice(m_settings, m_options.device.value_or(demoTerminal())),
                               m_workspace->serverUrl().toString(), &m_workspace->devices());
    if (dialog.exec() != QDialog::Accepted || !dialog.device())
        return std::nullopt;
    rememberDevice(m_settings, *dialog.device());
    return dialog.device();
}

DeviceIdentity Application::rememberedDevice(const QSettings &settings, const DeviceIdentity &fallback)
{
    const auto remembered =
        DeviceIdentity::create(settings.value(SettingsKeys::KioskDeviceId, fallback.deviceId()).toString(),
                               settings.value(SettingsKeys::KioskAppVersion, fallback.appVersion()).toString(),
                               settings.value(SettingsKeys::KioskOs, fallback.os()).toString(),
                               settings.value(SettingsKeys::KioskModel, fallback.model()).toString());
    return remembered.value_or(fallback);
}

void Application::rememberDevice(QSettings &settings, const DeviceIdentity &device)
{
    settings.setValue(SettingsKeys::KioskDeviceId, device.deviceId());
    settings.setValue(SettingsKeys::KioskAppVersion, device.appVersion());
    settings.setValue(SettingsKeys::KioskOs, device.os());
    settings.setValue(SettingsKeys::KioskModel, device.model());
}

void Application::createMerchantWindow()
{
    m_merchant = std::make_unique<MerchantWindow>(*m_workspace->merchant());
    connect(m_merchant.get(), &MerchantWindow::inspectorRequested, this, &Application::openInspector);
    connect(m_merchant.get(), &MerchantWindow::traceRequested, this, [this](const QString &traceId) {
        openInspector();
        m_inspector->setFilterText(QStringLiteral("trace:") + traceId);
    });
    connect(m_merchant.get(), &MerchantWindow::faultDrillsRequested, this, &Application::openFaultDrills);
    connect(m_merchant.get(), &MerchantWindow::diagnoseRequested, this, &Application::openDiagnosis);
}

void Application::showTerminals()
{
    m_kiosk = kioskScreenFor(*m_workspace, m_options.kioskCount > 1);
    addToolActions(*m_kiosk);
    if (m_merchant)
        placeSideBySide(*m_kiosk, *m_merchant);
    show(*m_kiosk, m_options.fullScreen && !m_merchant);
    if (m_merchant)
        show(*m_merchant, false);
}

// A kiosk has no menu bar (and full screen, no title bar): its tools and Quit are shortcuts,
// also offered on a right click.
void Application::addToolActions(QWidget &window)
{
    auto *inspector = new QAction(tr("Network inspector"), &window);
    inspector->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    connect(inspector, &QAction::triggered, this, &Application::openInspector);
    auto *drills = new QAction(tr("Fault drills…"), &window);
    drills->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    connect(drills, &QAction::triggered, this, &Application::openFaultDrills);
    window.addActions({inspector, drills});
    if (m_merchant) { // the demo: the terminal's window diagnoses too, as the merchant's does
        auto *diagnose = new QAction(tr("Diagnose a terminal…"), &window);
        diagnose->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
        connect(diagnose, &QAction::triggered, this, &Application::openDiagnosis);
        window.addAction(diagnose);
    }
    auto *quit = new QAction(tr("Quit"), &window);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    window.addAction(quit);
    window.setContextMenuPolicy(Qt::ActionsContextMenu);
}

void Application::openInspector()
{
    if (!m_inspector) {
        m_inspector = std::make_unique<InspectorWindow>(m_workspace->log());
        m_inspector->setJournal(&m_workspace->journal());
    }
    showTool(*m_inspector);
}

void Application::openFaultDrills()
{
    if (!m_faultDrills) {
        m_faultDrills = std::make_unique<FaultDrillsDialog>(m_workspace->faultDrills());
        if (!m_workspace->terminals().empty()) // a drill is most often about the terminal on screen
            m_faultDrills->selectDevice(m_workspace->terminals().front()->device.deviceId());
    }
    showTool(*m_faultDrills);
}

void Application::openDiagnosis()
{
    if (!m_diagnose) {
        m_diagnose = std::make_unique<DiagnoseDialog>(m_workspace->diagnosis());
        if (!m_workspace->terminals().empty()) // in the demo, the terminal on screen
            m_diagnose->setDeviceId(m_workspace->terminals().front()->device.deviceId());
    }
    showTool(*m_diagnose);
}

} // namespace viopay
