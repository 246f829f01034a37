// The diagnosis engine against the real sandbox on loopback, a scripted server and a dead port.
#include "ScriptedServer.h"

#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "core/DemoData.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"
#include "support/MerchantChecks.h"
#include "support/PairingDiagnosis.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace viopay;
using Verdict = DiagnosisCheck::Verdict;

class TestPairingDiagnosis : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;

    static DeviceIdentity seedDevice()
    {
        return *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
    }

    template <typename T>
    static Result<T> wait(const std::function<void(std::function<void(const Result<T> &)>)> &call)
    {
        std::optional<Result<T>> result;
        call([&result](const Result<T> &value) { result = value; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::timeout(QStringLiteral("the test's request did not finish"));
        return *result;
    }

    HttpTransport &transportTo(const QUrl &url)
    {
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(url);
        return *m_transport;
    }

    HttpTransport &sandbox()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        if (!m_sandbox->start())
            qFatal("the sandbox did not start");
        return transportTo(m_sandbox->url());
    }

    static Diagnosis diagnose(HttpTransport &transport, const QString &deviceId, const QString &appVersion = "1.4.2",
                              MerchantChecks *merchant = nullptr, const QByteArray &adminToken = {},
                              int timeoutMs = PairingDiagnosis::DefaultTimeoutMs)
    {
        PairingDiagnosis::Options options;
        options.adminToken = adminToken;
        options.deviceId = deviceId;
        options.appVersion = appVersion;
        options.merchant = merchant;
        options.timeoutMs = timeoutMs;
        PairingDiagnosis diagnosis(transport, Clock::system(), options);
        diagnosis.start();
        if (!QTest::qWaitFor([&diagnosis] { return diagnosis.isFinished(); }, 20000))
            qFatal("the diagnosis did not finish");
        return diagnosis.diagnosis();
    }

    static Verdict verdictOf(const Diagnosis &diagnosis, const QString &id)
    {
        const DiagnosisCheck *check = diagnosis.check(id);
        if (!check)
            qFatal("no check %s", qPrintable(id));
        return check->verdict;
    }

    static const char *text(const Diagnosis &diagnosis)
    {
        static QByteArray last;
        last = diagnosis.toText().toUtf8();
        return last.constData();
    }

    // The sandbox's devices with their latest code and its status (its countdown left out).
    QJsonArray sandboxDevices(HttpTransport &transport)
    {
        std::optional<ApiResult> result;
        transport.send(ApiRequest::get("/sandbox/state"), this,
                       [&result](const ApiResult &answer) { result = answer; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000) ||
            !std::holds_alternative<ApiResponse>(*result))
            return {};
        QJsonArray devices;
        for (const QJsonValue device : std::get<ApiResponse>(*result).json.value("devices").toArray()) {
            QJsonObject fields = device.toObject();
            fields.remove("expires_in_sec");
            devices.append(fields);
        }
        return devices;
    }

    // The app version the seed's terminal last reported, as its merchant sees it.
    QString lastSeenAppVersion(HttpTransport &transport)
    {
        PortalClient portal(transport, Clock::system());
        if (!std::holds_alternative<SignInInfo>(wait<SignInInfo>([&](auto done) {
                portal.signInWithPassword(DemoData::CafeLumenUser, DemoData::Password, this, done);
            })) ||
            !std::holds_alternative<SessionInfo>(
                wait<SessionInfo>([&](auto done) { portal.initiateSession("merchant.viopay.io", this, done); })))
            return "(no sign-in)";
        const auto devices = wait<QList<MerchantDevice>>([&](auto done) { portal.devices(this, done); });
        if (!std::holds_alternative<QList<MerchantDevice>>(devices))
            return "(no devices)";
        for (const MerchantDevice &device : std::get<QList<MerchantDevice>>(devices)) {
            if (device.deviceId == QLatin1String(DemoData::DeviceId))
                return device.appVersion;
        }
        return "(not listed)";
    }

    void requestCode(HttpTransport &transport)
    {
        PosClient pos(transport, seedDevice());
        const auto grant = wait<PairingCodeGrant>([&](auto done) { pos.requestPairingCode(this, done); });
        QVERIFY(std::holds_alternative<PairingCodeGrant>(grant));
    }

    // Cafe Lumen, the seed's merchant, signs in and claims the code.
    void claimAsCafeLumen(HttpTransport &transport, const QString &code)
    {
        PortalClient portal(transport, Clock::system());
        QVERIFY(std::holds_alternative<SignInInfo>(wait<SignInInfo>(
            [&](auto done) { portal.signInWithPassword(DemoData::CafeLumenUser, DemoData::Password, this, done); })));
        QVERIFY(std::holds_alternative<SessionInfo>(
            wait<SessionInfo>([&](auto done) { portal.initiateSession("merchant.viopay.io", this, done); })));
        QVERIFY(std::holds_alternative<QString>(wait<QString>([&](auto done) { portal.claim(code, this, done); })));
    }

private Q_SLOTS:
    void cleanup()
    {
        m_transport.reset();
        m_sandbox.reset();
    }

    // The seed's device on a fresh sandbox: nothing stops pairing, so every check passes or is n/a.
    void healthyTerminalPassesEveryCheck()
    {
        const Diagnosis result = diagnose(sandbox(), QLatin1String(DemoData::DeviceId));
        QVERIFY2(!result.hasFailure(), text(result));
        QStringList ids;
        for (const DiagnosisCheck &check : result.checks)
            ids << check.id;
        QCOMPARE(ids, (QStringList{"reachability", "health", "clock", "app-version", "provisioned", "state",
                                   "ownership", "history", "claim-lockout", "sandbox-faults", "identity-key"}));
        QCOMPARE(verdictOf(result, "reachability"), Verdict::Pass);
        QCOMPARE(verdictOf(result, "clock"), Verdict::Pass);
        QCOMPARE(verdictOf(result, "app-version"), Verdict::Pass);
        QCOMPARE(verdictOf(result, "provisioned"), Verdict::Pass);
        QCOMPARE(verdictOf(result, "state"), Verdict::Pass);
        QCOMPARE(verdictOf(result, "sandbox-faults"), Verdict::Pass);
        QCOMPARE(result.toJson().value("result").toString(), QString("pass"));
        QCOMPARE(result.toJson().value("checks").toArray().size(), 11);
    }

    // The sandbox serves the vendor's /health/live now (SIGN-IN.md): the check passes.
    void sandboxHealthEndpointPasses()
    {
        const Diagnosis result = diagnose(sandbox(), QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *health = result.check("health");
        QVERIFY(health);
        QCOMPARE(health->verdict, Verdict::Pass);
        QCOMPARE(health->httpStatus, 200);
        QVERIFY(!result.hasFailure());
    }

    void unknownDeviceIsNotProvisioned()
    {
        const Diagnosis result = diagnose(sandbox(), "POS-DEADBEEF");
        QVERIFY(result.hasFailure());
        const DiagnosisCheck *provisioned = result.check("provisioned");
        QVERIFY(provisioned);
        QCOMPARE(provisioned->verdict, Verdict::Fail);
        QCOMPARE(provisioned->httpStatus, 404);
        QCOMPARE(provisioned->errorCode, QString("4040"));
        QCOMPARE(provisioned->traceId.size(), 32);
        QVERIFY2(provisioned->nextStep.contains("provision"), qPrintable(provisioned->nextStep));
        for (const char *later : {"clock", "app-version", "state", "identity-key"})
            QCOMPARE(verdictOf(result, later), Verdict::NotAvailable);
        QCOMPARE(verdictOf(result, "reachability"), Verdict::Pass);
    }

    void pendingCodeShowsTimeLeft()
    {
        HttpTransport &transport = sandbox();
        requestCode(transport);
        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *state = result.check("state");
        QVERIFY(state);
        QCOMPARE(state->verdict, Verdict::Pass);
        QCOMPARE(state->figures.value("pairing_code_status").toString(), QString("pending"));
        const int left = state->figures.value("expires_in_sec").toInt();
        QVERIFY2(left > 240 && left <= 300, qPrintable(QString::number(left)));
        QVERIFY2(state->finding.contains(" left") && state->finding.contains(" min "), qPrintable(state->finding));
    }

    void claimedDeviceIsAWarning()
    {
        HttpTransport &transport = sandbox();
        PosClient pos(transport, seedDevice());
        const auto grant = wait<PairingCodeGrant>([&](auto done) { pos.requestPairingCode(this, done); });
        QVERIFY(std::holds_alternative<PairingCodeGrant>(grant));
        claimAsCafeLumen(transport, std::get<PairingCodeGrant>(grant).code.value());

        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *state = result.check("state");
        QVERIFY(state);
        QCOMPARE(state->verdict, Verdict::Warning);
        QCOMPARE(state->figures.value("device_status").toString(), QString("claimed"));
        QVERIFY2(state->finding.contains("Already claimed"), qPrintable(state->finding));
        QVERIFY(!state->nextStep.isEmpty());
        QVERIFY(!result.hasFailure());
    }

    // The sandbox's admin expires the pending code: the terminal must show a new one.
    void expiredCodeIsAWarning()
    {
        HttpTransport &transport = sandbox();
        requestCode(transport);
        SandboxAdminClient admin(transport);
        QVERIFY(std::holds_alternative<QString>(
            wait<QString>([&](auto done) { admin.expireCode(DemoData::DeviceId, this, done); })));
        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *state = result.check("state");
        QVERIFY(state);
        QCOMPARE(state->verdict, Verdict::Warning);
        QCOMPARE(state->figures.value("pairing_code_status").toString(), QString("expired"));
        QCOMPARE(state->finding, QString("The terminal's last pairing code expired unclaimed."));
        QCOMPARE(state->nextStep, QString("Show a new code on the terminal and claim it within 5 minutes."));
        QVERIFY(!state->figures.contains("expires_in_sec"));
        QVERIFY2(!result.hasFailure(), text(result));
    }

    // A kiosk with the sandbox's factory secrets is claimed and activates on its own: nothing to pair.
    void activatedTerminalIsAWarning()
    {
        HttpTransport &transport = sandbox();
        SandboxAdminClient admin(transport);
        const auto secrets =
            wait<FactorySecrets>([&](auto done) { admin.factorySecrets(DemoData::DeviceId, this, done); });
        QVERIFY(std::holds_alternative<FactorySecrets>(secrets));
        PosClient pos(transport, seedDevice());
        KioskSession kiosk(pos, Clock::system());
        kiosk.setFactorySecrets(std::get<FactorySecrets>(secrets));
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), KioskSession::State::ShowingCode, 10000);
        claimAsCafeLumen(transport, kiosk.code());
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), KioskSession::State::Activated, 15000);

        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *state = result.check("state");
        QVERIFY(state);
        QCOMPARE(state->verdict, Verdict::Warning);
        QCOMPARE(state->figures.value("device_status").toString(), QString("activated"));
        // The sandbox's status names no merchant (an optional field): the finding says so plainly.
        QCOMPARE(state->finding, QString("Already paired and activated, by a merchant."));
        QCOMPARE(state->nextStep,
                 QString("Nothing to pair. To pair it with another merchant, its merchant releases it first."));
        QCOMPARE(verdictOf(result, "identity-key"), Verdict::Pass);
        QVERIFY2(!result.hasFailure(), text(result));
    }

    // The sandbox's support drill revokes the terminal's identity key: attestation would fail.
    void revokedIdentityKeyFails()
    {
        HttpTransport &transport = sandbox();
        const Diagnosis before = diagnose(transport, QLatin1String(DemoData::DeviceId));
        QCOMPARE(verdictOf(before, "identity-key"), Verdict::Pass);
        QCOMPARE(before.check("identity-key")->finding, QString("The identity key idk-POS-8F3A2C91-01 is active."));

        std::optional<ApiResult> revoked;
        transport.send(ApiRequest::json("POST", "/sandbox/devices/POS-8F3A2C91/revoke-identity-key", {}), this,
                       [&revoked](const ApiResult &answer) { revoked = answer; });
        QVERIFY(QTest::qWaitFor([&revoked] { return revoked.has_value(); }, 10000));
        QVERIFY(std::holds_alternative<ApiResponse>(*revoked));
        QCOMPARE(std::get<ApiResponse>(*revoked).status, 200);

        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *key = result.check("identity-key");
        QVERIFY(key);
        QCOMPARE(key->verdict, Verdict::Fail);
        QCOMPARE(key->finding, QString("The identity key idk-POS-8F3A2C91-01 is revoked."));
        QCOMPARE(key->nextStep, QString("Attestation will fail: the sandbox's admin re-provisions the terminal."));
        QCOMPARE(key->figures.value("identity_key_id").toString(), QString("idk-POS-8F3A2C91-01"));
        QCOMPARE(key->httpStatus, 200);
        QVERIFY(result.hasFailure());
        QCOMPARE(verdictOf(result, "provisioned"), Verdict::Pass); // the device itself is still known
    }

    void faultsInForceAreAWarning()
    {
        HttpTransport &transport = sandbox();
        SandboxAdminClient admin(transport);
        FaultDrill drill;
        drill.latencyMs = 40;
        QVERIFY(std::holds_alternative<FaultDrill>(
            wait<FaultDrill>([&](auto done) { admin.setFaults(drill, this, done); })));
        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *faults = result.check("sandbox-faults");
        QVERIFY(faults);
        QCOMPARE(faults->verdict, Verdict::Warning);
        QVERIFY2(faults->finding.contains("40 ms"), qPrintable(faults->finding));
        QCOMPARE(faults->figures.value("latency_ms").toInt(), 40);
        QVERIFY(!result.hasFailure());
    }

    void offlineDrillExplainsTheFailure()
    {
        HttpTransport &transport = sandbox();
        SandboxAdminClient admin(transport);
        FaultDrill drill;
        drill.offline = true;
        QVERIFY(std::holds_alternative<FaultDrill>(
            wait<FaultDrill>([&](auto done) { admin.setFaults(drill, this, done); })));
        const Diagnosis result = diagnose(transport, QLatin1String(DemoData::DeviceId));
        const DiagnosisCheck *provisioned = result.check("provisioned");
        QVERIFY(provisioned);
        QCOMPARE(provisioned->verdict, Verdict::Fail);
        QCOMPARE(provisioned->httpStatus, 503);
        QCOMPARE(provisioned->errorCode, QString("5030"));
        QCOMPARE(verdictOf(result, "sandbox-faults"), Verdict::Warning);
        QVERIFY(result.check("sandbox-faults")->finding.contains("offline"));
    }

    // A sandbox with an admin token: the right one reads its drills, none is told to give it.
    void adminTokenOpensTheSandboxChecks()
    {
        sandbox::SandboxServer::Options serverOptions;
        serverOptions.adminToken = "diagnosis-admin-token";
        m_sandbox = std::make_unique<sandbox::SandboxServer>(serverOptions);
        QVERIFY(m_sandbox->start());
        HttpTransport &transport = transportTo(m_sandbox->url());
        const QString device = QLatin1String(DemoData::DeviceId);
        const Diagnosis with = diagnose(transport, device, "1.4.2", nullptr, "diagnosis-admin-token");
        QCOMPARE(verdictOf(with, "sandbox-faults"), Verdict::Pass);
        const Diagnosis without = diagnose(transport, device);
        const DiagnosisCheck *faults = without.check("sandbox-faults");
        QVERIFY(faults);
        QCOMPARE(faults->verdict, Verdict::NotAvailable);
        QCOMPARE(faults->httpStatus, 401);
        QVERIFY2(faults->nextStep.contains("--admin-token"), qPrintable(faults->nextStep));
        QVERIFY(!without.hasFailure());
    }

    void oldAppVersionFails()
    {
        const Diagnosis result = diagnose(sandbox(), QLatin1String(DemoData::DeviceId), "1.3.4");
        const DiagnosisCheck *version = result.check("app-version");
        QVERIFY(version);
        QCOMPARE(version->verdict, Verdict::Fail);
        QVERIFY2(version->nextStep.contains("1.3.5"), qPrintable(version->nextStep));
        QCOMPARE(verdictOf(diagnose(*m_transport, QLatin1String(DemoData::DeviceId), "1.3.5"), "app-version"),
                 Verdict::Pass);
        // No version given (the dialog's field left empty): not checked, and the minimum named.
        const Diagnosis unknown = diagnose(*m_transport, QLatin1String(DemoData::DeviceId), "");
        QCOMPARE(verdictOf(unknown, "app-version"), Verdict::NotAvailable);
        QVERIFY(unknown.check("app-version")->finding.contains("minimum is 1.3.5"));
        QVERIFY(!unknown.hasFailure());
    }

    // A server whose clock is 200 s behind this computer's: outside the 1 minute ahead allowed.
    void skewedServerClockFailsWithTheFigure()
    {
        const QByteArray serverTime = QDateTime::currentDateTimeUtc().addSecs(-200).toString(Qt::ISODate).toLatin1();
        ScriptedServer server({{ScriptedServer::Behaviour::Answer,
                                ScriptedServer::answer(200, R"({"status":"ok","server_time":")" + serverTime +
                                                                R"(","min_supported_version":"1.3.5"})")}});
        const Diagnosis result =
            diagnose(transportTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))), "POS-8F3A2C91");
        const DiagnosisCheck *clock = result.check("clock");
        QVERIFY(clock);
        QCOMPARE(clock->verdict, Verdict::Fail);
        const int skew = clock->figures.value("skew_seconds").toInt();
        QVERIFY2(skew >= 199 && skew <= 201, qPrintable(QString::number(skew)));
        QVERIFY2(clock->finding.contains("3 min 2") && clock->finding.contains("ahead"), qPrintable(clock->finding));
        QVERIFY(!clock->nextStep.isEmpty());
        QCOMPARE(verdictOf(result, "health"), Verdict::Pass); // this server answers /health/live
    }

    // A liveness probe that answers "OK" in plain text is alive, not a broken answer.
    void plainTextHealthPasses()
    {
        ScriptedServer server({{ScriptedServer::Behaviour::Answer,
                                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: "
                                "close\r\n\r\nOK"}});
        const Diagnosis result =
            diagnose(transportTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))), "POS-8F3A2C91");
        QCOMPARE(verdictOf(result, "health"), Verdict::Pass);
    }

    // Connects, then says nothing: health fails on its time-out and nothing else waits as long.
    void silentServerFailsOnce()
    {
        ScriptedServer server({{ScriptedServer::Behaviour::Hang, {}}});
        QElapsedTimer elapsed;
        elapsed.start();
        const Diagnosis result = diagnose(transportTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))),
                                          "POS-8F3A2C91", "1.4.2", nullptr, {}, 500);
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(verdictOf(result, "reachability"), Verdict::Pass);
        QCOMPARE(verdictOf(result, "health"), Verdict::Fail);
        QCOMPARE(server.requestsSeen(), 1);
        for (const DiagnosisCheck &check : result.checks.mid(2))
            QCOMPARE(check.verdict, Verdict::NotAvailable);
    }

    void deadPortFailsFast()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QElapsedTimer elapsed;
        elapsed.start();
        const Diagnosis result =
            diagnose(transportTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), "POS-8F3A2C91");
        QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
        const DiagnosisCheck *reachability = result.check("reachability");
        QVERIFY(reachability);
        QCOMPARE(reachability->verdict, Verdict::Fail);
        QVERIFY2(reachability->finding.contains(QString("127.0.0.1:%1").arg(port)) &&
                     reachability->finding.contains("refused"),
                 qPrintable(reachability->finding));
        QCOMPARE(result.checks.size(), 11);
        for (const DiagnosisCheck &check : result.checks.mid(1))
            QCOMPARE(check.verdict, Verdict::NotAvailable);
    }

    // A self-signed certificate made for another name: the check names both problems, from QSslError.
    void untrustedCertificateIsNamed()
    {
        // scripts/install-deps provides both the TLS backend and the openssl program: without
        // them this test fails rather than skips, so the certificate check is never left untested.
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend");
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.filePath("key.pem"),
                                  "-out", dir.filePath("cert.pem"), "-days", "1", "-subj", "/CN=elsewhere.test"});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 "the openssl program could not make a certificate");
        QFile keyFile(dir.filePath("key.pem"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate::fromPath(dir.filePath("cert.pem")).value(0));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        const Diagnosis result = diagnose(
            transportTo(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()))), "POS-8F3A2C91");
        const DiagnosisCheck *reachability = result.check("reachability");
        QVERIFY(reachability);
        QCOMPARE(reachability->verdict, Verdict::Fail);
        QVERIFY2(reachability->finding.contains("TLS handshake failed") &&
                     reachability->finding.contains("self-signed", Qt::CaseInsensitive) &&
                     reachability->finding.contains("host name did not match", Qt::CaseInsensitive),
                 qPrintable(reachability->finding));
        QVERIFY(reachability->nextStep.contains("Never ignore"));
    }

    // Plain http:// to another computer is refused by the app itself: that fails, and nothing is sent.
    void refusedAddressFailsBeforeSending()
    {
        const Diagnosis result = diagnose(transportTo(QUrl("http://sandbox.example.test:8080")), "POS-8F3A2C91");
        const DiagnosisCheck *reachability = result.check("reachability");
        QVERIFY(reachability);
        QCOMPARE(reachability->verdict, Verdict::Fail);
        QVERIFY2(reachability->finding.contains("http://"), qPrintable(reachability->finding));
        QCOMPARE(result.checks.size(), 11);
        QVERIFY(result.hasFailure());
    }

    void unresolvableNameSaysSo()
    {
        const Diagnosis result = diagnose(transportTo(QUrl("https://no-such-host.invalid:8443")), "POS-8F3A2C91");
        const DiagnosisCheck *reachability = result.check("reachability");
        QVERIFY(reachability);
        QCOMPARE(reachability->verdict, Verdict::Fail);
        QVERIFY2(reachability->finding.contains("no-such-host.invalid") && reachability->finding.contains("resolve"),
                 qPrintable(reachability->finding));
    }

    // Read-only: the device's state version, its code and the requests sent prove it.
    void changesNothingOnTheServer()
    {
        HttpTransport &transport = sandbox();
        requestCode(transport);
        PosClient pos(transport, seedDevice());
        const auto before = wait<DeviceStatus>([&](auto done) { pos.status({}, 0, this, done); });
        QVERIFY(std::holds_alternative<DeviceStatus>(before));
        const QJsonArray stateBefore = sandboxDevices(transport);
        QVERIFY(!stateBefore.isEmpty());

        QList<QByteArray> sent;
        connect(&transport, &HttpTransport::exchangeFinished, this,
                [&sent](const Exchange &exchange) { sent << exchange.method + ' ' + exchange.url.path().toUtf8(); });
        diagnose(transport, QLatin1String(DemoData::DeviceId), "1.3.5");
        disconnect(&transport, &HttpTransport::exchangeFinished, this, nullptr);
        // The terminal last reported 1.4.2; a diagnosis for another version leaves that as it was
        // (asked before this test's own status request, which reports 1.4.2 again).
        QCOMPARE(lastSeenAppVersion(transport), QString("1.4.2"));

        QCOMPARE(sent, (QList<QByteArray>{"GET /health/live", "POST /pos/bootstrap", "GET /pos/status",
                                          "GET /sandbox/faults", "GET /sandbox/devices/POS-8F3A2C91/factory"}));
        const auto after = wait<DeviceStatus>([&](auto done) { pos.status({}, 0, this, done); });
        QVERIFY(std::holds_alternative<DeviceStatus>(after));
        QCOMPARE(std::get<DeviceStatus>(after).etag, std::get<DeviceStatus>(before).etag);
        QCOMPARE(std::get<DeviceStatus>(after).pairingCodeStatus, QString("pending"));
        QCOMPARE(sandboxDevices(transport), stateBefore); // the same code, pending, on every device
    }

    // The GUI's seam: a merchant's checks take the place of the "sign in" placeholders.
    void merchantChecksFillTheirPlace()
    {
        struct Fake : MerchantChecks {
            QString asked;
            std::optional<bool> provisioned;
            void check(const QString &deviceId, std::optional<bool> known, QObject *,
                       std::function<void(const QList<DiagnosisCheck> &)> done) override
            {
                asked = deviceId;
                provisioned = known;
                done({DiagnosisCheck::make("ownership", "Whose terminal", Verdict::Pass, "Cafe Lumen's"),
                      DiagnosisCheck::make("history", "Recent history", Verdict::Pass, "quiet"),
                      DiagnosisCheck::make("claim-lockout", "Claim lockout", Verdict::Fail, "locked for 12 min")});
            }
        } merchant;
        const Diagnosis withSession = diagnose(sandbox(), QLatin1String(DemoData::DeviceId), "1.4.2", &merchant);
        QCOMPARE(merchant.asked, QString("POS-8F3A2C91"));
        QCOMPARE(merchant.provisioned, std::optional<bool>(true));
        diagnose(sandbox(), "POS-DEADBEEF", "1.4.2", &merchant);
        QCOMPARE(merchant.provisioned, std::optional<bool>(false)); // unknown, not "someone else's"
        QCOMPARE(verdictOf(withSession, "claim-lockout"), Verdict::Fail);
        QVERIFY(withSession.hasFailure());
        const Diagnosis without = diagnose(*m_transport, QLatin1String(DemoData::DeviceId));
        QCOMPARE(verdictOf(without, "ownership"), Verdict::NotAvailable);
        QVERIFY(without.check("ownership")->finding.contains("sign in as the merchant"));
    }

    void rendersTextAndJson()
    {
        DiagnosisCheck check = DiagnosisCheck::make("provisioned", "Device provisioned", Verdict::Fail,
                                                    "The server does not know POS-DEADBEEF.", "Provision it.");
        check.withEvidence(ApiError::http(404, "4040", "unknown").setTraceId("4bf92f3577b34da6a3ce929d0e0e4736"));
        QCOMPARE(check.toText(), QString::fromUtf8("\u2717 Device provisioned: The server does not know POS-DEADBEEF.\n"
                                                   "    HTTP 404 \u00b7 error 4040 \u00b7 trace "
                                                   "4bf92f3577b34da6a3ce929d0e0e4736\n"
                                                   "    Next: Provision it."));
        const QJsonObject json = check.toJson();
        QCOMPARE(json.value("verdict").toString(), QString("fail"));
        QCOMPARE(json.value("evidence").toObject().value("error_code").toString(), QString("4040"));
        QCOMPARE(json.value("evidence").toObject().value("http_status").toInt(), 404);
        QCOMPARE(json.value("next_step").toString(), QString("Provision it."));
        QCOMPARE(DiagnosisCheck::verdictName(Verdict::NotAvailable), QString("not-available"));
        QCOMPARE(DiagnosisCheck::verdictMark(Verdict::Warning), QString("!"));
    }
};

QTEST_GUILESS_MAIN(TestPairingDiagnosis)
#include "tst_pairingdiagnosis.moc"
