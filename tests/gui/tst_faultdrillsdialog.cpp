// The fault-drill panel against the sandbox: each control applies live, Stop all undoes it, and
// a terminal's code can be expired.
#include "HttpProbe.h"

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
