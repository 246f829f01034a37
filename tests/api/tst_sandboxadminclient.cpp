// The sandbox's admin endpoints through SandboxAdminClient, against the sandbox itself.
#include "api/SandboxAdminClient.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace viopay;

class TestSandboxAdminClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<SandboxAdminClient> m_admin;

    template <typename T, typename Call>
    Result<T> wait(Call call)
    {
        std::optional<Result<T>> result;
        call([&result](const Result<T> &value) { result = value; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 8000))
            return ApiError::timeout("no answer");
        return *result;
    }

    QList<ProvisionedDevice> devices()
    {
        const auto state = wait<QList<ProvisionedDevice>>([&](auto done) { m_admin->provisionedDevices(this, done); });
        return std::get<QList<ProvisionedDevice>>(state);
    }

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

    void faultsRoundTrip()
    {
        const FaultDrill drill{750, 0.25, "4290", true, {}};
        const auto set = wait<FaultDrill>([&](auto done) { m_admin->setFaults(drill, this, done); });
        QVERIFY(std::holds_alternative<FaultDrill>(set));
        QVERIFY(std::get<FaultDrill>(set) == drill);
        const auto read = wait<FaultDrill>([&](auto done) { m_admin->faults(this, done); });
        QVERIFY(std::get<FaultDrill>(read) == drill);
        QVERIFY(!drill.isQuiet());
        QVERIFY(FaultDrill{}.isQuiet());
    }

    void terminalDrillsRoundTrip()
    {
        FaultDrill drill{0, 0.0, "5000", false, {}};
        drill.terminals.insert("POS-1A2B3C08", TerminalDrill{-240, 20, "kek", "5030", {}});
        drill.terminals.insert("POS-1A2B3C07", TerminalDrill{0, 300, {}, {}, "4290"});
        const QJsonObject sent = QJsonDocument::fromJson(SandboxAdminClient::faultsRequest(drill).body).object();
        const QJsonObject kek = sent["devices"].toObject()["POS-1A2B3C08"].toObject();
        QCOMPARE(kek["clock_offset_sec"].toInt(), -240);
        QVERIFY(sent["devices"].toObject()["POS-1A2B3C07"].toObject()["corrupt_key_block"].isNull());
        const auto set = wait<FaultDrill>([&](auto done) { m_admin->setFaults(drill, this, done); });
        QVERIFY(std::holds_alternative<FaultDrill>(set));
        QVERIFY(std::get<FaultDrill>(set) == drill);
        const FaultDrill read = std::get<FaultDrill>(wait<FaultDrill>([&](auto done) { m_admin->faults(this, done); }));
        QVERIFY(read == drill);
        QVERIFY(!read.isQuiet()); // the globals are quiet, a terminal's activation is not
        // The whole state is replaced: without the terminals their drills end.
        const auto cleared = wait<FaultDrill>([&](auto done) { m_admin->setFaults(FaultDrill{}, this, done); });
        QVERIFY(std::get<FaultDrill>(cleared).terminals.isEmpty());
    }

    void faultsOfASandboxWithoutTerminalDrillsParse()
    {
        ApiResponse response;
        response.status = 200;
        response.json =
            QJsonDocument::fromJson("{\"latency_ms\":0,\"error_rate\":0,\"error_code\":\"5000\",\"offline\":false}")
                .object();
        const Result<FaultDrill> parsed = SandboxAdminClient::parseFaults(response);
        QVERIFY(std::holds_alternative<FaultDrill>(parsed));
        QVERIFY(std::get<FaultDrill>(parsed).isQuiet());
        response.json["devices"] = QJsonObject{{"POS-1A2B3C08", QJsonObject{{"clock_offset_sec", "soon"}}}};
        QVERIFY(std::holds_alternative<ApiError>(SandboxAdminClient::parseFaults(response)));
    }

    void networkDrillRoundTripAndLeavesTheFaultsAlone()
    {
        const auto on = wait<bool>([&](auto done) { m_admin->setDropConnections(true, this, done); });
        QCOMPARE(std::get<bool>(on), true);
        QCOMPARE(std::get<bool>(wait<bool>([&](auto done) { m_admin->dropsConnections(this, done); })), true);
        QVERIFY(std::get<FaultDrill>(wait<FaultDrill>([&](auto done) { m_admin->faults(this, done); })).isQuiet());
        const auto off = wait<bool>([&](auto done) { m_admin->setDropConnections(false, this, done); });
        QCOMPARE(std::get<bool>(off), false);
        const ApiRequest request = SandboxAdminClient::networkRequest(true);
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QString("/sandbox/network"));
    }

    void aRefusedDrillIsAnError()
    {
        const auto refused = wait<FaultDrill>([&](auto done) {
            m_admin->setFaults({0, 1.5, "5000", false, {}}, this, done);
        });
        QVERIFY(std::holds_alternative<ApiError>(refused));
        QCOMPARE(std::get<ApiError>(refused).code(), QString("4000"));
    }

    void faultsWithTheWrongTypesAreMalformed()
    {
        ApiResponse response;
        response.status = 200;
        response.json = QJsonDocument::fromJson(
                            "{\"latency_ms\":0,\"error_rate\":\"high\",\"error_code\":\"5000\",\"offline\":false}")
                            .object();
        const Result<FaultDrill> parsed = SandboxAdminClient::parseFaults(response);
        QVERIFY(std::holds_alternative<ApiError>(parsed));
        QCOMPARE(std::get<ApiError>(parsed).kind(), ApiError::Kind::MalformedResponse);
    }

    void provisionAddsADeviceOnce()
    {
        const int before = int(devices().size());
        const ProvisionedDevice device{"POS-DE000001", "MRC-1001", "Sunmi-P2", {}};
        QCOMPARE(std::get<QString>(wait<QString>([&](auto done) { m_admin->provision(device, this, done); })),
                 QString("POS-DE000001"));
        QCOMPARE(devices().size(), before + 1);
        const auto again = wait<QString>([&](auto done) { m_admin->provision(device, this, done); });
        QCOMPARE(std::get<ApiError>(again).code(), QString("4091"));
    }

    void aSandboxBeyondLoopbackWantsItsToken()
    {
        sandbox::SandboxServer::Options options;
        options.adminToken = "drill-token";
        sandbox::SandboxServer guarded(options);
        QVERIFY(guarded.start());
        HttpTransport transport(m_network);
        transport.setBaseUrl(guarded.url());
        SandboxAdminClient admin(transport);
        const auto refused = wait<FaultDrill>([&](auto done) { admin.faults(this, done); });
        QCOMPARE(std::get<ApiError>(refused).httpStatus(), 401);
        admin.setAdminToken("drill-token");
        const auto allowed = wait<FaultDrill>([&](auto done) {
            admin.setFaults({250, 0.0, "5000", false, {}}, this, done);
        });
        QCOMPARE(std::get<FaultDrill>(allowed).latencyMs, 250);
    }

    void expireCodeOfAnUnknownDevice()
    {
        const auto unknown = wait<QString>([&](auto done) { m_admin->expireCode("POS-00000001", this, done); });
        QCOMPARE(std::get<ApiError>(unknown).code(), QString("4040"));
        const auto known = wait<QString>([&](auto done) { m_admin->expireCode("POS-8F3A2C91", this, done); });
        QCOMPARE(std::get<QString>(known), QString("POS-8F3A2C91"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAdminClient)
#include "tst_sandboxadminclient.moc"
