// The fault-drill panel against the sandbox: each control applies live, Stop all undoes it, and
// a terminal's code can be expired.
#include "HttpProbe.h"
#include "Mnemonics.h"

#include "api/SandboxAdminClient.h"
#include "drills/FaultDrillsSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/FaultDrillsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace viopay;

class TestFaultDrillsDialog : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SandboxAdminClient> m_admin;
    std::unique_ptr<FaultDrillsSession> m_session;
    std::unique_ptr<FaultDrillsDialog> m_dialog;

    QJsonObject faults() { return HttpProbe::request(m_sandbox->port(), "GET", "/sandbox/faults").json(); }
    QJsonObject network() { return HttpProbe::request(m_sandbox->port(), "GET", "/sandbox/network").json(); }
    template <typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(name);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(m_sandbox->url());
        m_admin = std::make_unique<SandboxAdminClient>(*m_transport);
        m_session = std::make_unique<FaultDrillsSession>(*m_admin, nullptr);
        m_dialog = std::make_unique<FaultDrillsDialog>(*m_session);
        m_dialog->show();
        QTRY_VERIFY(child<QComboBox>("deviceComboBox")->count() > 0); // loaded from the sandbox
    }

    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_admin.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void actsOnTheTerminalItIsGiven()
    {
        // Given before the list arrives: selected once it does.
        m_dialog = std::make_unique<FaultDrillsDialog>(*m_session);
        m_dialog->selectDevice("POS-1A2B3C05");
        auto *devices = child<QComboBox>("deviceComboBox");
        QTRY_VERIFY(devices->count() > 0);
        QCOMPARE(devices->currentData().toString(), QString("POS-1A2B3C05"));
        m_dialog->selectDevice("POS-1A2B3C07");
        QCOMPARE(devices->currentData().toString(), QString("POS-1A2B3C07"));
    }

    void eachControlAppliesLive()
    {
        child<QSpinBox>("latencySpinBox")->setValue(1500);
        QTRY_COMPARE(faults()["latency_ms"].toInt(), 1500);
        child<QSpinBox>("errorRateSpinBox")->setValue(30);
        child<QComboBox>("errorCodeComboBox")->setCurrentIndex(child<QComboBox>("errorCodeComboBox")->findData("4290"));
        QTRY_COMPARE(faults()["error_code"].toString(), QString("4290"));
        QCOMPARE(faults()["error_rate"].toDouble(), 0.3);
        // Offline drops the connections (the network drill); the faults' 503 stays off.
        auto *offline = child<QCheckBox>("offlineCheckBox");
        QVERIFY(offline->text().contains("connections are dropped, as when the server is down"));
        offline->setChecked(true);
        QTRY_VERIFY(network()["drop_connections"].toBool());
        QTRY_VERIFY(child<QLabel>("statusLabel")
                        ->text()
                        .startsWith("In force now: offline (connections dropped), +1500 ms, 30% of answers 4290"));
        QVERIFY(!faults()["offline"].toBool());
        QTest::mouseClick(child<QPushButton>("stopFaultsButton"), Qt::LeftButton);
        QVERIFY(!offline->isChecked());
        QTRY_VERIFY(!network()["drop_connections"].toBool());
        QTRY_COMPARE(faults()["latency_ms"].toInt(), 0);
        QCOMPARE(faults()["error_rate"].toDouble(), 0.0);
        QTRY_COMPARE(child<QLabel>("statusLabel")->text(), QString("No faults: the sandbox answers normally."));
        QVERIFY(!child<QPushButton>("releaseButton")->isEnabled()); // no merchant signed in here
    }

    void aTerminalsActivationDrillIsKeptUntilStopAll()
    {
        auto *devices = child<QComboBox>("deviceComboBox");
        devices->setCurrentIndex(devices->findData("POS-1A2B3C08"));
        auto *clockOffset = child<QSpinBox>("clockOffsetSpinBox");
        auto *corruptKey = child<QComboBox>("corruptKeyComboBox");
        auto *activateError = child<QComboBox>("activateErrorComboBox");
        clockOffset->setValue(-240);
        child<QSpinBox>("attestationLifeSpinBox")->setValue(20);
        corruptKey->setCurrentIndex(corruptKey->findData("kek"));
        activateError->setCurrentIndex(activateError->findData("5030"));
        const auto drilled = [this] { return faults()["devices"].toObject()["POS-1A2B3C08"].toObject(); };
        QTRY_COMPARE(drilled()["activate_error_code"].toString(), QString("5030"));
        QCOMPARE(drilled()["clock_offset_sec"].toInt(), -240);
        QCOMPARE(drilled()["attestation_life_sec"].toInt(), 20);
        QCOMPARE(drilled()["corrupt_key_block"].toString(), QString("kek"));
        QVERIFY(drilled()["config_error_code"].isNull());
        QTRY_VERIFY(child<QLabel>("statusLabel")->text().contains("activation drills for POS-1A2B3C08"));
        // Another terminal shows its own (none); back again shows the drill in force.
        devices->setCurrentIndex(devices->findData("POS-1A2B3C07"));
        QCOMPARE(clockOffset->value(), 0);
        QCOMPARE(corruptKey->currentData().toString(), QString());
        devices->setCurrentIndex(devices->findData("POS-1A2B3C08"));
        QCOMPARE(clockOffset->value(), -240);
        // A server fault changed later keeps the terminal's drill.
        child<QSpinBox>("latencySpinBox")->setValue(900);
        QTRY_COMPARE(faults()["latency_ms"].toInt(), 900);
        QCOMPARE(drilled()["corrupt_key_block"].toString(), QString("kek"));
        QCOMPARE(faults()["devices"].toObject().size(), 1);
        QTest::mouseClick(child<QPushButton>("stopFaultsButton"), Qt::LeftButton);
        QTRY_VERIFY(faults()["devices"].toObject().isEmpty());
        QCOMPARE(clockOffset->value(), 0);
        QCOMPARE(activateError->currentData().toString(), QString());
    }

    void aDrillInForceIsShownWhenTheDialogOpens()
    {
        const QByteArray body = R"({"devices":{"POS-1A2B3C05":{"config_error_code":"4290"}}})";
        QCOMPARE(HttpProbe::request(m_sandbox->port(), "PUT", "/sandbox/faults", {{"Content-Type", "application/json"}},
                                    body)
                     .status,
                 200);
        m_dialog = std::make_unique<FaultDrillsDialog>(*m_session);
        m_dialog->selectDevice("POS-1A2B3C05");
        auto *configError = child<QComboBox>("configErrorComboBox");
        QTRY_COMPARE(configError->currentData().toString(), QString("4290"));
        child<QSpinBox>("errorRateSpinBox")->setValue(10); // applied with the terminal's drill left in place
        QTRY_COMPARE(faults()["error_rate"].toDouble(), 0.1);
        QCOMPARE(faults()["devices"].toObject()["POS-1A2B3C05"].toObject()["config_error_code"].toString(),
                 QString("4290"));
    }

    void everyMnemonicIsTheWindowsOnly()
    {
        QVERIFY2(Mnemonics::clashes(*m_dialog).isEmpty(), qPrintable(Mnemonics::clashes(*m_dialog).join("\n")));
    }

    void expireATerminalsCode()
    {
        const QList<QPair<QByteArray, QByteArray>> pos{{"X-Device-Id", "POS-8F3A2C91"},
                                                       {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                                                       {"X-Client-Type", "pos"}};
        QCOMPARE(HttpProbe::request(m_sandbox->port(), "POST", "/pos/pairing-code", pos).status, 200);
        auto *devices = child<QComboBox>("deviceComboBox");
        devices->setCurrentIndex(devices->findData("POS-8F3A2C91"));
        QTest::mouseClick(child<QPushButton>("expireCodeButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>("statusLabel")->text().startsWith("POS-8F3A2C91's code expired now"));
        QCOMPARE(
            HttpProbe::request(m_sandbox->port(), "GET", "/pos/status", pos).json()["pairing_code_status"].toString(),
            QString("expired"));
    }
};

QTEST_MAIN(TestFaultDrillsDialog)
#include "tst_faultdrillsdialog.moc"
