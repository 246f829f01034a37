// The kiosk's state machine against the real sandbox, or a scripted server for answers the sandbox
// does not give (another code life, a drifted deadline); the kiosk's own time is a TestClock.
#include "HttpProbe.h"
#include "ScriptedServer.h"

#include "api/PortalClient.h"
#include "core/Clock.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace viopay;
using State = KioskSession::State;
using Behaviour = ScriptedServer::Behaviour;

namespace {
// Answers of a server whose code life is not the vendor's 300 s, for a ScriptedServer.
ScriptedServer::Step bootstrapAnswer()
{
    return {Behaviour::Answer, ScriptedServer::answer(200, R"({"status":"ok","server_time":"2025-06-01T09:00:00Z",)"
                                                           R"("min_supported_version":"1.3.5"})")};
}

ScriptedServer::Step codeAnswer(const QByteArray &code, int lifeSeconds)
{
    return {Behaviour::Answer, ScriptedServer::answer(200, R"({"pairing_code":")" + code + R"(","expires_in_sec":)" +
                                                               QByteArray::number(lifeSeconds) + "}")};
}

ScriptedServer::Step pendingAnswer(int secondsLeft, const QByteArray &etag)
{
    return {Behaviour::Answer, ScriptedServer::answer(200,
                                                      R"({"device_status":"inactive","is_claimed":false,)"
                                                      R"("pairing_code_status":"pending","expires_in_sec":)" +
                                                          QByteArray::number(secondsLeft) + "}",
                                                      "ETag: \"" + etag + "\"\r\n")};
}

// The answer to a held status request (Preference-Applied), pending with the given ETag.
ScriptedServer::Step heldPendingAnswer(int secondsLeft, const QByteArray &etag)
{
    ScriptedServer::Step step = pendingAnswer(secondsLeft, etag);
    step.response.replace("ETag:", "Preference-Applied: wait=30\r\nETag:");
    return step;
}

ScriptedServer::Step notModifiedAnswer(const QByteArray &etag)
{
    return {Behaviour::Answer, ScriptedServer::answer(304, {}, "ETag: \"" + etag + "\"\r\n")};
}
} // namespace

class TestKioskSession : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QList<Exchange> m_exchanges; // every exchange the transport published
    std::unique_ptr<HttpTransport> m_transport;
    TestClock m_clock;

    std::unique_ptr<PosClient> posClient(const char16_t *deviceId = u"POS-8F3A2C91", const char16_t *version = u"1.4.2")
    {
        return std::make_unique<PosClient>(*m_transport,
                                           *DeviceIdentity::create(deviceId, version, u"Android 12", u"PAX-A920"));
    }

    static bool reaches(KioskSession &session, State state, int timeoutMs = 8000)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, timeoutMs);
    }

    // Signs in as the demo merchant and claims the code; the claim's outcome.
    Result<QString> claimWithPortal(const QString &code)
    {
        PortalClient portal(*m_transport, Clock::system());
        std::optional<Result<QString>> outcome;
        portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, [&](const Result<SignInInfo> &) {
            portal.initiateSession("merchant.viopay.io", this, [&](const Result<SessionInfo> &) {
                portal.claim(code, this, [&](const Result<QString> &result) { outcome = result; });
            });
        });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 8000))
            return ApiError::network(QStringLiteral("the claim did not finish"));
        return *outcome;
    }

    // Signs in as the demo merchant and releases the seed's device; whether the release succeeded.
    bool releaseWithPortal()
    {
        PortalClient portal(*m_transport, Clock::system());
        std::optional<Result<QString>> released;
        portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, [&](const Result<SignInInfo> &) {
            portal.initiateSession("merchant.viopay.io", this, [&](const Result<SessionInfo> &) {
                portal.release("POS-8F3A2C91", this, [&](const Result<QString> &result) { released = result; });
            });
        });
        return QTest::qWaitFor([&] { return released.has_value(); }, 8000) &&
               std::holds_alternative<QString>(*released);
    }

    void startSandbox(sandbox::SandboxServer::Options options)
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(std::move(options));
        QVERIFY(m_sandbox->start());
        m_transport->setBaseUrl(m_sandbox->url());
    }

    // Answered requests to path, through the test's transport.
    int answeredRequestsTo(const QString &path) const
    {
        int count = 0;
        for (const Exchange &exchange : m_exchanges)
            count += exchange.url.path() == path;
        return count;
    }

    // POST /pos/pairing-code for the seed's device from another client, as anyone who knows the
    // device id may; the code it got.
    QString requestCodeElsewhere()
    {
        const HttpProbe::Response response =
            HttpProbe::request(m_sandbox->port(), "POST", "/pos/pairing-code",
                               {{"X-Device-Id", "POS-8F3A2C91"},
                                {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                                {"X-Client-Type", "pos"}});
        return response.json().value(QLatin1String("pairing_code")).toString();
    }

    // The seed device's current code, as the sandbox knows it.
    QString sandboxCode()
    {
        const QJsonObject state = HttpProbe::request(m_sandbox->port(), "GET", "/sandbox/state").json();
        for (const QJsonValue device : state.value(QLatin1String("devices")).toArray()) {
            if (device[QLatin1String("device_id")].toString() == QLatin1String("POS-8F3A2C91"))
                return device[QLatin1String("pairing_code")].toString();
        }
        return {};
    }

    int admin(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        return HttpProbe::request(m_sandbox->port(), method, path, {{"Content-Type", "application/json"}}, body).status;
    }

private Q_SLOTS:
    void init()
    {
        m_exchanges.clear();
        m_transport = std::make_unique<HttpTransport>(m_network);
        connect(m_transport.get(), &HttpTransport::exchangeFinished, this,
                [this](const Exchange &exchange) { m_exchanges.append(exchange); });
        startSandbox({});
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
    }

    void cleanup()
    {
        m_transport.reset();
        m_sandbox.reset();
    }

    void showsACodeWithItsFullLife()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QCOMPARE(session.code().size(), 6);
        QCOMPARE(session.secondsLeft(), 300);
        QCOMPARE(session.codesIssued(), 1);
        QCOMPARE(session.minSupportedVersion(), QString("1.3.5"));
        // The test clock starts in 2025; the server lives now: the skew says so.
        QVERIFY(session.clockSkewMs().has_value() && *session.clockSkewMs() > 0);
        QVERIFY(QTest::qWaitFor([&] { return session.serverHoldsStatus(); }, 5000));
    }

    void countdownFollowsTheClockAndRenewsAtExpiry()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        QSignalSpy seconds(&session, &KioskSession::secondsLeftChanged);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        const QString first = session.code();
        m_clock.advanceMs(60'500);
        session.tick();
        QCOMPARE(session.secondsLeft(), 240);
        QCOMPARE(seconds.last().at(0).toInt(), 240);
        m_clock.advanceMs(239'500);
        session.tick(); // 300 s after the code arrived
        QVERIFY(reaches(session, State::ShowingCode));
        QVERIFY(QTest::qWaitFor([&] { return session.codesIssued() == 2; }, 5000));
        QVERIFY(session.code() != first);
        QCOMPARE(session.secondsLeft(), 300);
    }

    void aCodeLivesAsLongAsTheServerSays()
    {
        ScriptedServer server({bootstrapAnswer(), codeAnswer("K7M3NP", 90), notModifiedAnswer("1"),
                               codeAnswer("P4XH2R", 150), notModifiedAnswer("2")});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        auto client = posClient();
        KioskSession session(*client, m_clock);
        QSignalSpy life(&session, &KioskSession::codeLifeSecondsChanged);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QCOMPARE(session.codeLifeSeconds(), 90);
        QCOMPARE(session.secondsLeft(), 90);
        QCOMPARE(life.size(), 1);
        QCOMPARE(life.last().at(0).toInt(), 90);
        // The next code may live longer: the life is each grant's own.
        QTRY_COMPARE(server.requestsSeen(), 3); // the status request, before the renewal's
        session.renewCode();
        QTRY_COMPARE(session.codesIssued(), 2);
        QCOMPARE(session.code(), QString("P4XH2R"));
        QCOMPARE(session.codeLifeSeconds(), 150);
        QCOMPARE(session.secondsLeft(), 150);
        QCOMPARE(life.size(), 2);
        QCOMPARE(life.last().at(0).toInt(), 150);
        m_clock.advanceMs(30'500);
        session.tick();
        QCOMPARE(session.secondsLeft(), 120);
        QCOMPARE(session.codeLifeSeconds(), 150);
    }

    void aStatusAnswerMovesTheDeadlineButA304DoesNot()
    {
        ScriptedServer::Step heldNotModified = notModifiedAnswer("2");
        heldNotModified.response.replace("ETag:", "Preference-Applied: wait=30\r\nETag:");
        ScriptedServer server({bootstrapAnswer(),
                               codeAnswer("K7M3NP", 90),
                               pendingAnswer(85, "1"),
                               pendingAnswer(40, "2"),
                               heldNotModified,
                               {Behaviour::Hang, {}}});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        auto client = posClient();
        KioskSession session(*client, m_clock);
        QSignalSpy seconds(&session, &KioskSession::secondsLeftChanged);
        QSignalSpy life(&session, &KioskSession::codeLifeSecondsChanged);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        // The code spent time in transit: the server's count wins, and the ring hears of it.
        QTRY_COMPARE(session.secondsLeft(), 85);
        QCOMPARE(seconds.last().at(0).toInt(), 85);
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick(); // polls: the kiosk counts 82, the server 40 (the kiosk's timer drifted)
        QTRY_COMPARE(session.secondsLeft(), 40);
        QCOMPARE(seconds.last().at(0).toInt(), 40);
        QCOMPARE(session.codeLifeSeconds(), 90); // the deadline moved, not the life
        QCOMPARE(life.size(), 1);
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick(); // polls: a 304 that says it was held, yet came back at once by the kiosk's clock
        QTRY_COMPARE(answeredRequestsTo("/pos/status"), 3);
        QVERIFY(!session.serverHoldsStatus()); // so it counts as polling: nothing is asked at once
        QCOMPARE(server.requestsSeen(), 5);
        QCOMPARE(session.secondsLeft(), 37);
        QCOMPARE(seconds.last().at(0).toInt(), 37);
        QCOMPARE(session.codeLifeSeconds(), 90);
    }

    void afterAFailedCheckTheNextOneAsksWithoutWaiting()
    {
        // A held check would keep "cannot reach" on screen for as long as the server holds it,
        // though the server is back (the Offline drill stopped): the next check asks for an answer now.
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // waiting for a claim
        QCOMPARE(admin("PUT", "/sandbox/network", R"({"drop_connections":true})"), 200);
        QTRY_VERIFY(session.lastError().has_value()); // the held check lost its connection
        QCOMPARE(session.lastError()->kind(), ApiError::Kind::Network);
        QCOMPARE(session.state(), State::ShowingCode);
        QCOMPARE(admin("PUT", "/sandbox/network", "{}"), 200);
        const qsizetype before = m_exchanges.size();
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick();
        QTRY_VERIFY(!session.lastError().has_value()); // answered at once: the problem is gone
        QCOMPARE(m_exchanges.size(), before + 1);
        QCOMPARE(m_exchanges.last().requestHeader("Prefer"), QByteArray());
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick(); // and then waits for a claim again
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
    }

    void aServerThatAnswersHeldRequestsAtOnceIsPolled()
    {
        // Says it held each request for 30 s, yet answers at once: the kiosk must not re-ask at once.
        const ScriptedServer::Step heldAtOnce{
            Behaviour::Answer, ScriptedServer::answer(304, {}, "Preference-Applied: wait=30\r\nETag: \"1\"\r\n")};
        ScriptedServer server({bootstrapAnswer(), codeAnswer("K7M3NP", 300), heldAtOnce});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        auto client = posClient();
        KioskSession session(*client, Clock::system());
        QTimer ticker; // as the kiosk window ticks
        connect(&ticker, &QTimer::timeout, &session, &KioskSession::tick);
        ticker.start(50);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_VERIFY(answeredRequestsTo("/pos/status") >= 1);
        QTest::qWait(3000); // a rate is counted over time: the window over which requests are counted
        const int statusRequests = server.requestsSeen() - 2;
        QVERIFY2(statusRequests <= 3, qPrintable(QString("%1 status requests in 3 s").arg(statusRequests)));
        QVERIFY(!session.serverHoldsStatus());
        QCOMPARE(session.state(), State::ShowingCode);
    }

    void showsTheClaimAtOnce()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QVERIFY(QTest::qWaitFor([&] { return session.serverHoldsStatus(); }, 5000));
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // the claim must wake it, not precede it
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        QVERIFY(reaches(session, State::Claimed, 3000));
        QVERIFY(!session.merchant().has_value()); // the sandbox's status does not name the owner
        QVERIFY(session.code().isEmpty());
    }

    void anExpiredCodeOnTheServerIsRenewed()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // the expiry must wake it, not precede it
        QCOMPARE(admin("POST", "/sandbox/devices/POS-8F3A2C91/expire-code"), 200);
        QVERIFY(QTest::qWaitFor([&] { return session.codesIssued() == 2; }, 5000));
        QCOMPARE(session.state(), State::ShowingCode);
    }

    void aCodeReplacedWhileHeldIsRenewedAtOnce()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QVERIFY(!session.previousCodeReplaced());
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // the replacement must wake it, not precede it
        // No time passed on the kiosk's clock: the life left is as expected, only the ETag tells.
        const QString elsewhere = requestCodeElsewhere();
        QCOMPARE(elsewhere.size(), 6);
        QTRY_COMPARE(session.codesIssued(), 2);
        QCOMPARE(session.state(), State::ShowingCode);
        QVERIFY(session.previousCodeReplaced());
        QCOMPARE(session.code(), sandboxCode());
        QVERIFY(session.code() != elsewhere);
        // The status floor holds across codes: the new code's status waits for it.
        QCOMPARE(answeredRequestsTo("/pos/status"), 2);
        QCOMPARE(m_sandbox->heldStatusRequests(), 0);
        m_clock.advanceMs(KioskSession::MinStatusIntervalMs);
        session.tick();
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
        QCOMPARE(session.code(), sandboxCode()); // and that answer, for the kiosk's own code, changed nothing
        QCOMPARE(session.codesIssued(), 2);
    }

    void aCodeReplacedBetweenPollsIsRenewed()
    {
        sandbox::SandboxServer::Options options;
        options.holdStatus = false;
        startSandbox(options);
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(answeredRequestsTo("/pos/status"), 1);
        QVERIFY(!session.serverHoldsStatus());
        requestCodeElsewhere();
        // A minute later by the kiosk's clock, the server says its code has its full life left.
        m_clock.advanceMs(60'000);
        session.tick();
        QTRY_COMPARE(session.codesIssued(), 2);
        QTRY_COMPARE(session.code(), sandboxCode());
        QCOMPARE(session.state(), State::ShowingCode);
        QVERIFY(session.previousCodeReplaced());
        QCOMPARE(session.secondsLeft(), 300);
    }

    void aCodeThatStaysInStepIsNotRenewed()
    {
        // The server's count within the tolerance of the kiosk's (rounding, transit): no renewal.
        ScriptedServer server({bootstrapAnswer(), codeAnswer("K7M3NP", 300), pendingAnswer(300, "1"),
                               pendingAnswer(240 + KioskSession::ReplacedCodeToleranceSeconds, "1")});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(answeredRequestsTo("/pos/status"), 1);
        m_clock.advanceMs(60'000);
        session.tick();
        QTRY_COMPARE(answeredRequestsTo("/pos/status"), 2);
        QCOMPARE(server.requestsSeen(), 4);
        QCOMPARE(session.code(), QString("K7M3NP"));
        QCOMPARE(session.codesIssued(), 1);
        QCOMPARE(session.secondsLeft(), 240 + KioskSession::ReplacedCodeToleranceSeconds); // followed, not renewed
    }

    void replacementsAgainAndAgainObeyRetryAfter()
    {
        // Every held status wakes with another code, until the device's code limit answers 429.
        const ScriptedServer::Step limited{
            Behaviour::Answer,
            ScriptedServer::answer(
                429, R"({"error":{"code":"4290","message":"Too many pairing codes requested for this device"}})",
                "Retry-After: 90\r\n")};
        ScriptedServer server({bootstrapAnswer(), codeAnswer("K7M3NP", 300), heldPendingAnswer(300, "1"),
                               heldPendingAnswer(300, "2"), codeAnswer("P4XH2R", 300), heldPendingAnswer(300, "4"),
                               heldPendingAnswer(300, "5"), limited});
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QTRY_COMPARE(session.code(), QString("P4XH2R")); // the replaced first code is renewed at once
        QVERIFY(session.previousCodeReplaced());
        QCOMPARE(server.requestsSeen(), 5);
        // Nothing more until the status floor has passed, however fast the codes are replaced.
        QVERIFY(!QTest::qWaitFor([&] { return server.requestsSeen() > 5; }, 300));
        m_clock.advanceMs(KioskSession::MinStatusIntervalMs);
        session.tick();
        QVERIFY(reaches(session, State::Failed));
        QCOMPARE(server.requestsSeen(), 8);
        QCOMPARE(session.lastError()->code(), QString("4290"));
        QCOMPARE(session.retryInSeconds(), 90); // the server's Retry-After, not the 2 s backoff
        m_clock.advanceMs(89'000);
        session.tick();
        QVERIFY(!QTest::qWaitFor([&] { return server.requestsSeen() > 8; }, 300));
        QCOMPARE(session.state(), State::Failed);
        m_clock.advanceMs(1000);
        session.tick();
        QTRY_COMPARE(server.requestsSeen(), 9);
    }

    void alreadyClaimedShowsTheClaimNotAnError()
    {
        auto first = posClient();
        KioskSession claimed(*first, m_clock);
        claimed.start();
        QVERIFY(reaches(claimed, State::ShowingCode));
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(claimed.code())));
        QVERIFY(reaches(claimed, State::Claimed));

        auto second = posClient();
        KioskSession restarted(*second, m_clock);
        restarted.start();
        QVERIFY(reaches(restarted, State::Claimed));
        QVERIFY(!restarted.lastError().has_value());
    }

    void unknownDeviceAndOldAppVersion()
    {
        auto unknown = posClient(u"POS-00000001");
        KioskSession notProvisioned(*unknown, m_clock);
        notProvisioned.start();
        QVERIFY(reaches(notProvisioned, State::NotProvisioned));
        QCOMPARE(notProvisioned.lastError()->code(), QString("4040"));

        auto old = posClient(u"POS-8F3A2C91", u"1.2.9");
        KioskSession outdated(*old, m_clock);
        outdated.start();
        QVERIFY(reaches(outdated, State::UpdateRequired));
        QCOMPARE(outdated.codesIssued(), 0);
    }

    void failureRetriesOnItsOwnThenRecovers()
    {
        QCOMPARE(admin("PUT", "/sandbox/faults", R"({"error_rate":1.0,"error_code":"5000"})"), 200);
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::Failed));
        QCOMPARE(session.lastError()->code(), QString("5000"));
        QCOMPARE(session.retryInSeconds(), 2);
        m_clock.advanceMs(2000);
        session.tick(); // the retry fails too: the wait doubles
        QVERIFY(
            QTest::qWaitFor([&] { return session.state() == State::Failed && session.retryInSeconds() == 4; }, 5000));
        QCOMPARE(admin("PUT", "/sandbox/faults", "{}"), 200);
        m_clock.advanceMs(3000);
        session.tick();
        QCOMPARE(session.state(), State::Failed); // not yet
        m_clock.advanceMs(1000);
        session.tick();
        QVERIFY(reaches(session, State::ShowingCode));
        QVERIFY(!session.lastError().has_value());
    }

    void aRefusedAddressFailsOnceWithoutRetrying()
    {
        m_transport->setBaseUrl(QUrl("http://192.0.2.1")); // plain http:// off this computer: refused unsent
        auto client = posClient();
        KioskSession session(*client, m_clock);
        QSignalSpy states(&session, &KioskSession::stateChanged);
        session.start();
        QVERIFY(reaches(session, State::Failed));
        QCOMPARE(session.lastError()->kind(), ApiError::Kind::Refused);
        QVERIFY(!session.retriesAutomatically());
        QCOMPARE(session.retryInSeconds(), 0);
        const int changes = states.size();
        m_clock.advanceMs(KioskSession::MaxRetryDelayMs * 2);
        session.tick();
        QVERIFY(!states.wait(300)); // a retry would start at once: it must not start at all
        QCOMPARE(states.size(), changes);
        QCOMPARE(session.state(), State::Failed);
        QVERIFY(m_exchanges.isEmpty()); // nothing ever went on the wire
    }

    void renewOnRequest()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        const QString first = session.code();
        session.renewCode();
        QVERIFY(
            QTest::qWaitFor([&] { return session.codesIssued() == 2 && session.state() == State::ShowingCode; }, 5000));
        QVERIFY(session.code() != first);
    }

    void pairsAgainAfterARelease()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        QVERIFY(reaches(session, State::Claimed));
        session.renewCode(); // still claimed: the 409 shows the claim again
        QVERIFY(QTest::qWaitFor([&] { return session.state() != State::RequestingCode; }, 5000));
        QCOMPARE(session.state(), State::Claimed);
        QVERIFY(releaseWithPortal());
        session.renewCode();
        QVERIFY(reaches(session, State::ShowingCode));
        QCOMPARE(session.code().size(), 6);
    }

    void aRenewedCodeReplacesTheOldOne()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        const QString first = session.code();
        m_clock.advanceMs(300'000);
        session.tick();
        QVERIFY(QTest::qWaitFor([&] { return session.codesIssued() == 2; }, 5000));
        const Result<QString> old = claimWithPortal(first);
        QVERIFY(std::holds_alternative<ApiError>(old));
        QCOMPARE(std::get<ApiError>(old).code(), QString("4041"));
        QCOMPARE(session.state(), State::ShowingCode);
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        QVERIFY(reaches(session, State::Claimed, 3000));
    }

    void pollsEveryThreeSecondsWhenTheServerDoesNotHold()
    {
        sandbox::SandboxServer::Options options;
        options.holdStatus = false;
        startSandbox(options);
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(answeredRequestsTo("/pos/status"), 1); // without Preference-Applied
        QVERIFY(!session.serverHoldsStatus());
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        // The claim's three round trips are the later event: a status asked again at the first
        // answer would have gone out before them, and this server answers it at once.
        QCOMPARE(answeredRequestsTo("/pos/status"), 1);
        QCOMPARE(session.state(), State::ShowingCode); // nothing asks before the next poll
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick();
        QVERIFY(reaches(session, State::Claimed, 3000));
    }

    void aClaimedTerminalLearnsOfAReleaseAtOnce()
    {
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        QVERIFY(reaches(session, State::Claimed, 3000));
        m_clock.advanceMs(KioskSession::MinStatusIntervalMs); // the floor between status requests
        session.tick();
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // the release must wake it, not precede it
        QVERIFY(!session.releasedBeforeCode());
        QVERIFY(releaseWithPortal());
        QVERIFY(reaches(session, State::ShowingCode, 5000));
        QCOMPARE(session.code().size(), 6);
        QVERIFY(session.releasedBeforeCode());
    }

    void aClaimedTerminalChecksForAReleaseEveryThirtySecondsWithoutHolding_data()
    {
        QTest::addColumn<bool>("serverHolds");
        QTest::newRow("server without Preference-Applied") << false;
        QTest::newRow("terminal of a big room") << true;
    }

    void aClaimedTerminalChecksForAReleaseEveryThirtySecondsWithoutHolding()
    {
        QFETCH(bool, serverHolds);
        sandbox::SandboxServer::Options options;
        options.holdStatus = serverHolds;
        startSandbox(options);
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.setHoldStatus(serverHolds == false); // a room's terminal never asks to hold
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QTRY_COMPARE(answeredRequestsTo("/pos/status"), 1);
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick();
        QVERIFY(reaches(session, State::Claimed, 3000));
        const int claimedAfter = answeredRequestsTo("/pos/status");
        QVERIFY(releaseWithPortal());
        // The release's three round trips are the later event: a check sent at the claim would
        // have been answered by now.
        m_clock.advanceMs(KioskSession::ClaimedCheckIntervalMs - 1);
        session.tick();
        QCOMPARE(answeredRequestsTo("/pos/status"), claimedAfter);
        QCOMPARE(session.state(), State::Claimed);
        m_clock.advanceMs(1);
        session.tick();
        QVERIFY(reaches(session, State::ShowingCode, 5000));
        QVERIFY(session.releasedBeforeCode());
    }

    void renewWhileClaimedChecksForAReleaseAtOnce()
    {
        sandbox::SandboxServer::Options options;
        options.holdStatus = false;
        startSandbox(options);
        auto client = posClient();
        KioskSession session(*client, m_clock);
        session.start();
        QVERIFY(reaches(session, State::ShowingCode));
        QVERIFY(std::holds_alternative<QString>(claimWithPortal(session.code())));
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        session.tick();
        QVERIFY(reaches(session, State::Claimed, 3000));
        QVERIFY(releaseWithPortal());
        session.renewCode(); // long before the next check
        QVERIFY(reaches(session, State::ShowingCode, 5000));
        QVERIFY(session.releasedBeforeCode());
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
