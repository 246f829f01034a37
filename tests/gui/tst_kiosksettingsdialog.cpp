#include "api/SandboxAdminClient.h"
#include "drills/DeviceDirectory.h"
#include "sandbox/SandboxServer.h"
#include "ui/KioskSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace viopay;

class TestKioskSettingsDialog : public QObject {
    Q_OBJECT

    static DeviceIdentity seed()
    {
        return *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
    }

    static QPushButton *okButton(KioskSettingsDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void startsFromTheGivenTerminal()
    {
        KioskSettingsDialog dialog(seed(), "http://127.0.0.1:8080");
        QCOMPARE(dialog.device(), std::optional<DeviceIdentity>(seed()));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(okButton(dialog)->text(), QString("Open kiosk"));
    }

    void checksAsYouType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("short id") << "deviceComboBox"
                                  << "POS-8F3A"
                                  << "exactly 8 hexadecimal digits";
        QTest::newRow("lower-case id digits are fine") << "deviceComboBox"
                                                       << "POS-1a2b3c00"
                                                       << "";
        QTest::newRow("version") << "appVersionLineEdit"
                                 << "one"
                                 << "such as 1.4.2";
        QTest::newRow("model") << "modelLineEdit"
                               << ""
                               << "model is required";
    }

    void checksAsYouType()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        KioskSettingsDialog dialog(seed(), "sandbox");
        if (auto *combo = dialog.findChild<QComboBox *>(field)) {
            combo->setEditText(text);
        } else {
            auto *edit = dialog.findChild<QLineEdit *>(field);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        const QString shown = dialog.findChild<QLabel *>("problemLabel")->text();
        QCOMPARE(okButton(dialog)->isEnabled(), problem.isEmpty());
        QVERIFY2(problem.isEmpty() ? shown.isEmpty() : shown.contains(problem), qPrintable(shown));
        dialog.accept();
        QCOMPARE(dialog.result(), int(problem.isEmpty() ? QDialog::Accepted : QDialog::Rejected));
    }

    void picksFromTheSandboxDevices()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        HttpTransport transport(network);
        transport.setBaseUrl(sandbox.url());
        SandboxAdminClient admin(transport);
        DeviceDirectory directory(admin);
        KioskSettingsDialog dialog(seed(), sandbox.url().toString(), &directory); // loads the list
        auto *combo = dialog.findChild<QComboBox *>("deviceComboBox");
        QTRY_COMPARE(combo->count(), 12);
        QCOMPARE(combo->currentText(), QString("POS-8F3A2C91")); // what was typed stays
        QVERIFY(dialog.findChild<QLabel *>("devicesStatusLabel")->text().startsWith("12 devices provisioned"));
        const int sunmi = combo->findData("POS-1A2B3C01", Qt::EditRole);
        QVERIFY(sunmi >= 0);
        // The list says which terminal an id is; picking one types only the id.
        const QString listed = combo->itemData(sunmi, Qt::DisplayRole).toString();
        QVERIFY2(listed.startsWith("POS-1A2B3C01") && listed.contains("Sunmi-P2") && listed.contains("MRC-1001"),
                 qPrintable(listed));
        combo->setCurrentIndex(sunmi);
        Q_EMIT combo->activated(sunmi);
        QCOMPARE(combo->currentText(), QString("POS-1A2B3C01"));
        QCOMPARE(dialog.device()->deviceId(), QString("POS-1A2B3C01"));
        QCOMPARE(dialog.device()->model(), QString("Sunmi-P2"));
    }

    void theListsHintIsNotClipped()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        HttpTransport transport(network);
        transport.setBaseUrl(sandbox.url());
        SandboxAdminClient admin(transport);
        DeviceDirectory directory(admin);
        KioskSettingsDialog dialog(seed(), sandbox.url().toString(), &directory);
        dialog.show(); // at the size it opens with, before the list (and its hint) arrives
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *hint = dialog.findChild<QLabel *>("devicesStatusLabel");
        QTRY_VERIFY(hint->isVisible());
        QTRY_VERIFY2(
            hint->height() >= hint->heightForWidth(hint->width()),
            qPrintable(
                QStringLiteral("%1 px high, needs %2").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
        // A combo box's own editor is drawn inside its frame, smaller than it would be alone.
        for (auto *field : dialog.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly))
            QTRY_VERIFY(field->height() >= field->sizeHint().height()); // after the relayout
    }

    void saysWhenTheListIsUnavailable()
    {
        // Nothing listens on port 1: the list cannot be had, and typing an id still works.
        QNetworkAccessManager network;
        HttpTransport transport(network);
        transport.setBaseUrl(QUrl("http://127.0.0.1:1"));
        SandboxAdminClient admin(transport);
        DeviceDirectory directory(admin);
        KioskSettingsDialog dialog(seed(), "http://127.0.0.1:1", &directory);
        QTRY_COMPARE_WITH_TIMEOUT(directory.state(), DeviceDirectory::State::Unavailable, 10000); // after quiet retries
        QVERIFY(dialog.findChild<QLabel *>("devicesStatusLabel")->text().contains("type the id"));
        QVERIFY(okButton(dialog)->isEnabled());
    }
};

QTEST_MAIN(TestKioskSettingsDialog)
#include "tst_kiosksettingsdialog.moc"
