// The fault-drill and device-list sessions against the real sandbox: what the dialogs render,
// without any widget.
#include "HttpProbe.h"

#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "drills/FaultDrillsSession.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace viopay;

class TestFaultDrillsSession : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SandboxAdminClient> m_admin;

    QJsonObject faults() { return HttpProbe::request(m_sandbox->port(), "GET", "/sandbox/faults").json(); }
    QJsonObject network() { return HttpProbe::request(m_sandbox->port(), "GET", "/sandbox/network").json(); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(m_sandbox->url());
        m_admin = std::make_unique<SandboxAdminClient>(*m_transport);
    }

    void cleanup()
    {
        m_admin.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void loadsTheFaultsInForceAndTheTerminals()
    {
        QCOMPARE(HttpProbe::request(m_sandbox->port(), "PUT", "/sandbox/faults", {{"Content-Type", "application/json"}},
                                    R"({"latency_ms":250,"error_rate":0,"error_code":"5000","offline":false})")
                     .status,
                 200);
        FaultDrillsSession session(*m_admin, nullptr);
        QSignalSpy loaded(&session, &FaultDrillsSession::loaded);
        QSignalSpy listed(&session.devices(), &DeviceDirectory::changed);
        session.load();
        QCOMPARE(session.devices().state(), DeviceDirectory::State::Loading);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(session.inForce()->latencyMs, 250);
        QVERIFY(!session.problem());
        QTRY_COMPARE(session.devices().state(), DeviceDirectory::State::Loaded);
        QCOMPARE(session.devices().devices().size(), 12); // the demo data
        QCOMPARE(session.devices().devices().front().deviceId.left(4), QString("POS-"));
        QVERIFY(!session.canRelease()); // no merchant
    }

    void appliesAndStopsDrillsWithTheirErrorCodes()
    {
        FaultDrillsSession session(*m_admin, nullptr);
        QSignalSpy applied(&session, &FaultDrillsSession::applied);
        session.apply({0, 0.5, QLatin1String(ErrorCode::TooManyRequests), true});
        QVERIFY(applied.wait(5000));
        QCOMPARE(faults()["error_code"].toString(), QString("4290"));
        QVERIFY(faults()["offline"].toBool());
        QCOMPARE(session.inForce()->errorRate, 0.5);
        session.stopAll();
        QVERIFY(applied.wait(5000));
        QVERIFY(session.inForce()->isQuiet());
        QVERIFY(!faults()["offline"].toBool());
    }

    void offlineDropsConnectionsAndStopAllBringsTheServerBack()
    {
        FaultDrillsSession session(*m_admin, nullptr);
        QSignalSpy offline(&session, &FaultDrillsSession::offlineChanged);
        session.load();
        QVERIFY(offline.wait(5000));
        QCOMPARE(session.offline(), std::optional<bool>(false));
        session.setOffline(true);
        QVERIFY(offline.wait(5000));
        QCOMPARE(session.offline(), std::optional<bool>(true));
        QVERIFY(network()["drop_connections"].toBool());
        QVERIFY(!faults()["offline"].toBool()); // the faults' 503 drill is another thing
        session.stopAll();
        QTRY_COMPARE(session.offline(), std::optional<bool>(false));
        QTRY_VERIFY(session.inForce() && session.inForce()->isQuiet());
        QVERIFY(!network()["drop_connections"].toBool());
    }

    void aRefusedDrillIsAFailureNotAChange()
    {
        FaultDrillsSession session(*m_admin, nullptr);
        std::optional<ApiError> failure;
        connect(&session, &FaultDrillsSession::applyFailed, this, [&](const ApiError &error) { failure = error; });
        session.apply({0, 2.0, QLatin1String(ErrorCode::ServerError), false}); // a rate over 1
        QTRY_VERIFY(failure);
        QCOMPARE(failure->httpStatus(), 400);
        QVERIFY(!session.inForce());
    }

    void expiresACodeOrSaysWhyNot()
    {
        FaultDrillsSession session(*m_admin, nullptr);
        QSignalSpy expired(&session, &FaultDrillsSession::codeExpired);
        QString refusedId;
        connect(&session, &FaultDrillsSession::expireFailed, this,
                [&](const QString &deviceId, const ApiError &) { refusedId = deviceId; });
        session.expireCode("POS-DEADBEEF"); // not provisioned
        QTRY_COMPARE(refusedId, QString("POS-DEADBEEF"));
        QCOMPARE(expired.count(), 0);
    }

    void aServerWithoutDrillsIsUnavailable()
    {
        HttpTransport dead(m_network);
        dead.setBaseUrl(QUrl("http://127.0.0.1:1")); // nothing listens there
        SandboxAdminClient admin(dead);
        FaultDrillsSession session(admin, nullptr);
        session.load();
        QTRY_VERIFY_WITH_TIMEOUT(session.problem(), 10000); // after the transport's quiet retries
        QVERIFY(!session.inForce());
        QTRY_COMPARE_WITH_TIMEOUT(session.devices().state(), DeviceDirectory::State::Unavailable, 10000);
        QVERIFY(session.devices().problem());
        QVERIFY(session.devices().devices().isEmpty());
    }

    void releasesThroughTheSignedInMerchant()
    {
        QSettings settings;
        settings.clear();
        Workspace workspace(m_network, settings, Clock::system());
        Workspace::Options options;
        options.server = m_sandbox->url();
        options.merchant = true;
        options.signInDemoMerchant = true;
        QVERIFY(workspace.open(options));
        FaultDrillsSession &session = workspace.faultDrills();
        QTRY_VERIFY(session.canRelease());
        QCOMPARE(session.merchantName(), QString("Cafe Lumen"));

        const QList<QPair<QByteArray, QByteArray>> pos{{"X-Device-Id", "POS-8F3A2C91"},
                                                       {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                                                       {"X-Client-Type", "pos"}};
        const QString code =
            HttpProbe::request(m_sandbox->port(), "POST", "/pos/pairing-code", pos).json()["pairing_code"].toString();
        workspace.merchant()->claim(code);
        QTRY_COMPARE(workspace.merchant()->claimOutcome().kind, MerchantSession::ClaimOutcome::Kind::Claimed);

        QSignalSpy releasing(&session, &FaultDrillsSession::releasing);
        QSignalSpy released(&session, &FaultDrillsSession::released);
        session.release("POS-8F3A2C91");
        QCOMPARE(releasing.count(), 1);
        QVERIFY(released.wait(5000));
        QCOMPARE(released.at(0).at(0).toString(), QString("POS-8F3A2C91"));
        QVERIFY(!HttpProbe::request(m_sandbox->port(), "GET", "/pos/status", pos).json()["is_claimed"].toBool());
    }
};

QTEST_MAIN(TestFaultDrillsSession)
#include "tst_faultdrillssession.moc"
