#include "ui/ModeChooserDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace viopay;

class TestModeChooserDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QSettings settingsFile() const { return {m_dir.filePath("settings.ini"), QSettings::IniFormat}; }

    static QPushButton *openButton(ModeChooserDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Open);
    }

    static void makeAllAvailable(ModeChooserDialog &dialog)
    {
        for (LaunchMode mode : {LaunchMode::Kiosk, LaunchMode::Merchant, LaunchMode::Demo})
            dialog.setModeAvailable(mode, true);
    }

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath("settings.ini")); }

    void openHasNoFolderIcon()
    {
        // A desktop whose style puts icons on dialog buttons (KDE does) must not get a folder on
        // Open: it opens a mode, not a file.
        struct IconButtonsStyle : QProxyStyle {
            int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                          QStyleHintReturn *returnData) const override
            {
                if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
                    return 1;
                return QProxyStyle::styleHint(hint, option, widget, returnData);
            }
        };
        const QString previousName = QApplication::style()->name();
        QApplication::setStyle(new IconButtonsStyle);
        QSettings settings = settingsFile();
        {
            ModeChooserDialog dialog(settings);
            auto *buttons = dialog.findChild<QDialogButtonBox *>("buttonBox");
            QVERIFY(!buttons->button(QDialogButtonBox::Close)->icon().isNull()); // the style does give icons
            QVERIFY(openButton(dialog)->icon().isNull());
        }
        QApplication::setStyle(previousName);
    }

    void defaultsToDemoWithTheBuiltInSandbox()
    {
        QSettings settings = settingsFile();
        ModeChooserDialog dialog(settings);
        makeAllAvailable(dialog);
        QCOMPARE(dialog.mode(), LaunchMode::Demo);
        QVERIFY(dialog.server().isEmpty());
        QVERIFY(openButton(dialog)->isEnabled());
    }

    void remembersTheLastChoice()
    {
        {
            QSettings settings = settingsFile();
            ModeChooserDialog dialog(settings);
            makeAllAvailable(dialog);
            dialog.findChild<QRadioButton *>("merchantRadioButton")->setChecked(true);
            QTest::keyClicks(dialog.findChild<QLineEdit *>("serverLineEdit"), "https://api.viopay.io");
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings = settingsFile();
        ModeChooserDialog reopened(settings);
        makeAllAvailable(reopened);
        QCOMPARE(reopened.mode(), LaunchMode::Merchant);
        QCOMPARE(reopened.server(), QUrl("https://api.viopay.io"));
    }

    void invalidServerBlocksOpening_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("canOpen");
        QTest::newRow("empty means built-in") << "" << true;
        QTest::newRow("https") << "https://api.viopay.io" << true;
        QTest::newRow("loopback http") << "http://127.0.0.1:8080" << true;
        QTest::newRow("no scheme") << "api.viopay.io" << false;
        QTest::newRow("other scheme") << "ftp://api.viopay.io" << false;
        QTest::newRow("no host") << "https://" << false;
    }

    void invalidServerBlocksOpening()
    {
        QFETCH(QString, server);
        QFETCH(bool, canOpen);
        QSettings settings = settingsFile();
        ModeChooserDialog dialog(settings);
        makeAllAvailable(dialog);
        QTest::keyClicks(dialog.findChild<QLineEdit *>("serverLineEdit"), server);
        QCOMPARE(openButton(dialog)->isEnabled(), canOpen);
        dialog.accept();
        QCOMPARE(dialog.result(), int(canOpen ? QDialog::Accepted : QDialog::Rejected));
    }

    void plainHttpToAnotherComputerNeedsTheOption_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("allowInsecureHttp");
        QTest::addColumn<bool>("canOpen");
        QTest::newRow("http elsewhere") << "http://example.com" << false << false;
        QTest::newRow("http elsewhere, allowed") << "http://example.com" << true << true;
        QTest::newRow("http here") << "http://127.0.0.1:8080" << false << true;
        QTest::newRow("https elsewhere") << "https://example.com" << false << true;
    }

    void plainHttpToAnotherComputerNeedsTheOption()
    {
        QFETCH(QString, server);
        QFETCH(bool, allowInsecureHttp);
        QFETCH(bool, canOpen);
        QSettings settings = settingsFile();
        ModeChooserDialog dialog(settings);
        makeAllAvailable(dialog);
        dialog.setAllowInsecureHttp(allowInsecureHttp);
        QTest::keyClicks(dialog.findChild<QLineEdit *>("serverLineEdit"), server);
        QCOMPARE(openButton(dialog)->isEnabled(), canOpen);
        const QString hint = dialog.findChild<QLabel *>("serverHintLabel")->text();
        // The hint says what is refused and what to do instead.
        QCOMPARE(hint.contains("--allow-insecure-http"), !canOpen);
        QCOMPARE(hint.contains("example.com"), !canOpen);
    }

    void unavailableModeIsNeitherChosenNorOpened()
    {
        QSettings settings = settingsFile();
        ModeChooserDialog dialog(settings);
        makeAllAvailable(dialog);
        dialog.setModeAvailable(LaunchMode::Demo, false, "Not here");
        auto *demo = dialog.findChild<QRadioButton *>("demoRadioButton");
        QVERIFY(!demo->isEnabled());
        QCOMPARE(demo->toolTip(), QString("Not here"));
        QVERIFY(dialog.mode() != LaunchMode::Demo);
        QVERIFY(openButton(dialog)->isEnabled());

        for (LaunchMode mode : {LaunchMode::Kiosk, LaunchMode::Merchant})
            dialog.setModeAvailable(mode, false, "Not here");
        QVERIFY(!openButton(dialog)->isEnabled());
    }

    void commandLineServerOverridesTheRememberedOne()
    {
        QSettings settings = settingsFile();
        settings.setValue("launch/server", "https://old.example");
        ModeChooserDialog dialog(settings);
        dialog.setServer(QUrl("https://api.viopay.io"));
        QCOMPARE(dialog.server(), QUrl("https://api.viopay.io"));
    }
};

QTEST_MAIN(TestModeChooserDialog)
#include "tst_modechooserdialog.moc"
