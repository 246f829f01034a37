// One run of the desktop app as main() starts it: each mode's windows, the tools any window
// opens, the mode chooser and the terminal picker, and what is remembered for next time.
#include "core/Clock.h"
#include "core/SettingsKeys.h"
#include "ui/Application.h"
#include "ui/DiagnoseDialog.h"
#include "ui/FaultDrillsDialog.h"
#include "ui/InspectorWindow.h"
#include "ui/KioskRoomWindow.h"
#include "ui/KioskSettingsDialog.h"
#include "ui/KioskWindow.h"
#include "ui/MerchantWindow.h"
#include "ui/ModeChooserDialog.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace viopay;

class TestApplication : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;

    static DeviceIdentity device(const char *id = "POS-1A2B3C01", const char *model = "Sunmi-P2")
    {
        return *DeviceIdentity::create(QString::fromLatin1(id), u"1.4.2", u"Android 12", QString::fromLatin1(model));
    }

    static Application::Options options(std::optional<LaunchMode> mode)
    {
        Application::Options options;
        options.mode = mode;
        options.device = device();
        return options;
    }

    // Runs what to do with the modal dialog of type T once exec() has shown it.
    template <typename T>
    static void whenShown(std::function<void(T &)> action)
    {
        QTimer::singleShot(0, [action] {
            QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
            action(*qobject_cast<T *>(QApplication::activeModalWidget()));
        });
    }

    // The app's event loop as main() runs it: 0 once the app quits, 1 if it is still running after
    // a generous wait.
    static int runEventLoop()
    {
        QTimer stillRunning;
        stillRunning.setSingleShot(true);
        QObject::connect(&stillRunning, &QTimer::timeout, [] { QCoreApplication::exit(1); });
        stillRunning.start(10'000);
        return QApplication::exec();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("Viopay");
        QCoreApplication::setApplicationName("Viopay Pairing Application Tests");
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>();
        m_settings->clear();
    }

    void demoShowsTheTerminalBesideTheSignedInMerchant()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Demo));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QVERIFY(app.workspace()->isEmbeddedSandbox());
        QTRY_VERIFY(app.kioskScreen() && app.kioskScreen()->isVisible());
        QVERIFY(qobject_cast<KioskWindow *>(app.kioskScreen()));
        QVERIFY(app.merchantWindow()->isVisible());
        QTRY_COMPARE(app.workspace()->merchant()->state(), MerchantSession::State::SignedIn);
        QCOMPARE(app.workspace()->terminals().front()->device.deviceId(), QString("POS-1A2B3C01"));
        // Side by side: the terminal on the left, the merchant on the right.
        QVERIFY(app.kioskScreen()->x() < app.merchantWindow()->x());
    }

    // Ctrl+Shift+D from either demo window opens one diagnosis, of the terminal on screen.
    void demoDiagnosesTheTerminalOnScreen()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Demo));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QTRY_VERIFY(app.kioskScreen() && app.kioskScreen()->isVisible());
        QAction *fromKiosk = nullptr;
        for (QAction *action : app.kioskScreen()->actions())
            fromKiosk = action->shortcut() == QKeySequence("Ctrl+Shift+D") ? action : fromKiosk;
        QVERIFY(fromKiosk);
        fromKiosk->trigger();
        DiagnoseDialog *dialog = app.diagnoseDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>("deviceLineEdit")->text(), QString("POS-1A2B3C01"));
        dialog->hide();
        app.merchantWindow()->findChild<QAction *>("diagnoseAction")->trigger();
        QCOMPARE(app.diagnoseDialog(), dialog); // the same dialog, shown again
        QVERIFY(dialog->isVisible());
    }

    void aRoomIsOneWindowOfTerminals()
    {
        Application::Options room = options(LaunchMode::Kiosk);
        room.kioskCount = 4;
        room.device.reset();
        Application app(m_network, *m_settings, Clock::system(), room);
        QCOMPARE(app.start(), Application::Outcome::Running);
        QTRY_VERIFY(app.kioskScreen());
        QVERIFY(qobject_cast<KioskRoomWindow *>(app.kioskScreen()));
        QCOMPARE(app.workspace()->terminals().size(), size_t(4));
        QVERIFY(!app.merchantWindow());
    }

    void merchantModeShowsOnlyTheMerchant()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Merchant));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QVERIFY(app.merchantWindow()->isVisible());
        QVERIFY(!app.kioskScreen());
        QCOMPARE(app.workspace()->merchant()->state(), MerchantSession::State::SignedOut);
    }

    void toolsOpenOnceAndComeForward()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Kiosk));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QTRY_VERIFY(app.kioskScreen());
        // A kiosk has no menu: its tools are shortcuts, also on a right click.
        const QList<QAction *> actions = app.kioskScreen()->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(app.kioskScreen()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(actions.at(0)->shortcut(), QKeySequence("Ctrl+Shift+I"));
        QCOMPARE(actions.at(1)->shortcut(), QKeySequence("Ctrl+Shift+F"));
        QCOMPARE(actions.at(2)->shortcut(), QKeySequence(QKeySequence::Quit));
        actions.at(0)->trigger();
        InspectorWindow *inspector = app.inspector();
        QVERIFY(inspector && inspector->isVisible());
        inspector->hide();
        actions.at(0)->trigger();
        QCOMPARE(app.inspector(), inspector); // the same window, shown again
        QVERIFY(inspector->isVisible());
        actions.at(1)->trigger();
        QVERIFY(app.faultDrills() && app.faultDrills()->isVisible());
        auto *drillTerminal = app.faultDrills()->findChild<QComboBox *>("deviceComboBox");
        QTRY_VERIFY(drillTerminal->count() > 0);
        QCOMPARE(drillTerminal->currentData().toString(), QString("POS-1A2B3C01")); // the one on screen
    }

    void merchantQuitQuitsWithTheToolsOpen()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Merchant));
        QCOMPARE(app.start(), Application::Outcome::Running);
        app.openInspector();
        app.openFaultDrills();
        auto *quit = app.merchantWindow()->findChild<QAction *>("quitAction");
        QTimer::singleShot(0, quit, &QAction::trigger);
        QCOMPARE(runEventLoop(), 0);
    }

    void kioskQuitQuitsWithTheInspectorOpen()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Kiosk));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QTRY_VERIFY(app.kioskScreen());
        app.openInspector();
        QTimer::singleShot(0, app.kioskScreen()->actions().at(2), &QAction::trigger);
        QCOMPARE(runEventLoop(), 0);
    }

    void closingTheLastMainWindowQuitsWithTheInspectorOpen()
    {
        Application app(m_network, *m_settings, Clock::system(), options(LaunchMode::Kiosk));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QTRY_VERIFY(app.kioskScreen());
        app.openInspector();
        QTimer::singleShot(0, app.kioskScreen(), &QWidget::close);
        QCOMPARE(runEventLoop(), 0);
    }

    void theChooserOpensTheChosenMode()
    {
        whenShown<ModeChooserDialog>([](ModeChooserDialog &chooser) {
            chooser.findChild<QRadioButton *>("merchantRadioButton")->setChecked(true);
            chooser.accept();
        });
        Application app(m_network, *m_settings, Clock::system(), options(std::nullopt));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QVERIFY(app.merchantWindow() && app.merchantWindow()->isVisible());
        QVERIFY(!app.kioskScreen());
        QCOMPARE(m_settings->value(SettingsKeys::ChooserMode).toString(), QString("merchant"));
    }

    void cancellingTheChooserOpensNothing()
    {
        whenShown<ModeChooserDialog>([](ModeChooserDialog &chooser) { chooser.reject(); });
        Application app(m_network, *m_settings, Clock::system(), options(std::nullopt));
        QCOMPARE(app.start(), Application::Outcome::Cancelled);
        QVERIFY(!app.workspace());
    }

    void aChosenKioskAsksWhichTerminalAndRemembersIt()
    {
        m_settings->setValue(SettingsKeys::ChooserMode, "kiosk");
        whenShown<ModeChooserDialog>([](ModeChooserDialog &chooser) {
            whenShown<KioskSettingsDialog>([](KioskSettingsDialog &picker) {
                auto *devices = picker.findChild<QComboBox *>("deviceComboBox");
                QTRY_COMPARE(devices->count(), 12); // the sandbox's provisioned devices
                const int index = devices->findData("POS-1A2B3C02", Qt::EditRole);
                devices->setCurrentIndex(index);
                Q_EMIT devices->activated(index);
                picker.accept();
            });
            chooser.accept();
        });
        Application app(m_network, *m_settings, Clock::system(), options(std::nullopt));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QTRY_VERIFY(app.kioskScreen());
        QCOMPARE(app.workspace()->terminals().front()->device.deviceId(), QString("POS-1A2B3C02"));
        QCOMPARE(app.workspace()->terminals().front()->device.model(), QString("Ingenico-AXIUM"));
        const DeviceIdentity remembered = Application::rememberedDevice(*m_settings, device());
        QCOMPARE(remembered.deviceId(), QString("POS-1A2B3C02"));
        QCOMPARE(remembered.model(), QString("Ingenico-AXIUM"));
    }

    void cancellingThePickerGoesBackToTheChooser()
    {
        m_settings->setValue(SettingsKeys::ChooserMode, "kiosk");
        int choosersShown = 0;
        whenShown<ModeChooserDialog>([&choosersShown](ModeChooserDialog &chooser) {
            ++choosersShown;
            whenShown<KioskSettingsDialog>([&choosersShown](KioskSettingsDialog &picker) {
                whenShown<ModeChooserDialog>([&choosersShown](ModeChooserDialog &again) {
                    ++choosersShown;
                    again.findChild<QRadioButton *>("merchantRadioButton")->setChecked(true);
                    again.accept();
                });
                picker.findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Cancel)->click();
            });
            chooser.accept();
        });
        Application app(m_network, *m_settings, Clock::system(), options(std::nullopt));
        QCOMPARE(app.start(), Application::Outcome::Running);
        QCOMPARE(choosersShown, 2);
        QVERIFY(app.merchantWindow() && app.merchantWindow()->isVisible());
        QVERIFY(!app.kioskScreen());
    }

    void aBrokenRememberedTerminalFallsBack()
    {
        Application::rememberDevice(*m_settings, device("POS-1A2B3C03", "PAX-A920"));
        QCOMPARE(Application::rememberedDevice(*m_settings, device()).deviceId(), QString("POS-1A2B3C03"));
        m_settings->setValue(SettingsKeys::KioskDeviceId, "not a device");
        QCOMPARE(Application::rememberedDevice(*m_settings, device()), device());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
