// A claimed terminal activating on its own (ACTIVATION.md steps 5 to 8), against a scripted
// server whose answers the crypto library built under the terminal's factory secrets; the
// terminal's time is a TestClock.
#include "ActivationAnswers.h"

#include "core/Clock.h"
#include "crypto/AttestationSignature.h"
#include "kiosk/KioskSession.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace viopay;
using State = KioskSession::State;
using Step = KioskActivation::Step;
using StepState = KioskActivation::StepState;
using Behaviour = ScriptedServer::Behaviour;

namespace {
// The request line's path of a raw request.
QByteArray pathOf(const QByteArray &request)
{
    return request.split(' ').value(1);
}

QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

QList<QByteArray> activationPaths(const ScriptedServer &server)
{
    QList<QByteArray> paths;
    for (const QByteArray &request : server.requests().mid(3)) // after bootstrap, code and status
        paths << pathOf(request);
    return paths;
}

const QByteArray Attest = "/pos/attest";
const QByteArray Keys = "/pos/keys";
const QByteArray Config = "/pos/config";
const QByteArray Parameters = "/pos/terminal-parameters";
const QByteArray Activate = "/pos/activate";
} // namespace

class TestKioskActivation : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PosClient> m_client;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<ScriptedServer> m_server;
    TestClock m_clock;
    ActivationAnswers m_answers;

    // A kiosk with the answers' factory secrets against a server that follows script after the claim.
    KioskSession &kiosk(const QList<ScriptedServer::Step> &afterClaim,
                        const QByteArray &serverTime = "2025-12-13T14:25:30Z", bool withSecrets = true)
    {
        m_server = std::make_unique<ScriptedServer>(m_answers.pairedUntilClaimed(serverTime) + afterClaim);
        m_transport->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
        m_session = std::make_unique<KioskSession>(*m_client, m_clock);
        if (withSecrets)
            m_session->setFactorySecrets(m_answers.secrets());
        return *m_session;
    }

    static bool reaches(KioskSession &session, State state)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, 8000);
    }

private Q_SLOTS:
    void init()
    {
        m_clock = TestClock(); // each test from the same moment
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
        m_client = std::make_unique<PosClient>(
            *m_transport, *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920"));
    }

    void cleanup()
    {
        m_session.reset();
        m_client.reset();
        m_transport.reset();
        m_server.reset();
    }

    void activatesOnItsOwnAfterTheClaim()
    {
        KioskSession &session = kiosk(m_answers.activation());
        KioskActivation &activation = session.activation();
        // Each step takes its own time on the terminal's clock: 100 ms for attest, 200 for keys, ...
        connect(&activation, &KioskActivation::stepChanged, this, [&](Step step) {
            if (activation.stepState(step) == StepState::Running)
                m_clock.advanceMs(100 * (int(step) + 1));
        });
        QSignalSpy tokenLife(&activation, &KioskActivation::tokenSecondsLeftChanged);
        session.start();
        QVERIFY(reaches(session, State::Activated));
        QCOMPARE(activationPaths(*m_server), (QList<QByteArray>{Attest, Keys, Config, Parameters, Activate}));
        for (Step step : KioskActivation::Steps) {
            QCOMPARE(activation.stepState(step), StepState::Done);
            QCOMPARE(activation.stepDurationMs(step), qint64(100 * (int(step) + 1)));
        }
        const KioskActivation::Terminal &terminal = activation.terminal();
        QCOMPARE(terminal.terminalId, QString("TID-482913"));
        QCOMPARE(terminal.merchant, QString("Cafe Lumen"));
        QCOMPARE(terminal.location, QString("Main counter, Lisbon"));
        QCOMPARE(terminal.activatedAt, QDateTime(QDate(2025, 12, 13), QTime(14, 26, 2), Qt::UTC));
        QVERIFY(activation.parametersSize() > 12 * 1024); // the chunked, gzipped parameters, opened
        // The token's life was published: 300 s when it came, less as the steps took their time.
        QVERIFY(tokenLife.size() >= 2);
        QCOMPARE(tokenLife.first().at(0).toInt(), 300);
        QCOMPARE(activation.tokenSecondsLeft(), 0); // spent
        QVERIFY(!activation.failure());

        // The attestation as the server received it: signed with the identity secret over the
        // headers beside it, the terminal's time, a fresh alphanumeric nonce.
        const QByteArray attest = m_server->requests().at(3);
        const crypto::AttestationSignature::Fields fields{headerOf(attest, "X-Device-Id"), headerOf(attest, "X-Key-Id"),
                                                          headerOf(attest, "X-Timestamp"), headerOf(attest, "X-Nonce")};
        QCOMPARE(fields.keyId, QByteArray("idk-POS-8F3A2C91-01"));
        QCOMPARE(fields.timestamp, QByteArray("2025-12-13T14:25:30Z"));
        QVERIFY(QRegularExpression("^[A-Za-z0-9]{12,}$").match(QString::fromLatin1(fields.nonce)).hasMatch());
        QCOMPARE(crypto::AttestationSignature::verify(m_answers.secrets().identitySecret, fields,
                                                      headerOf(attest, "X-Signature")),
                 crypto::AttestationSignature::Verdict::Valid);
        for (int request = 4; request < 8; ++request)
            QCOMPARE(headerOf(m_server->requests().at(request), "Authorization"),
                     QByteArray("Attestation att_7Hq2xK9mPqL4"));
        // The terminal said it is ready under the MSK it unwrapped.
        QCOMPARE(m_answers.openedBody(m_server->requests().at(7)),
                 (QJsonObject{{"emv_ready", true}, {"keys_installed", true}, {"network_ok", true}}));
    }

    // What the terminal opened of config, parameters and the activation goes out with the trace id
    // of the exchange that brought it, for the inspector; the keys' answer never does.
    void saysWhatItDecryptedAndWhereItCameFrom()
    {
        KioskSession &session = kiosk(m_answers.activation());
        QList<Exchange> exchanges;
        connect(m_transport.get(), &HttpTransport::exchangeFinished, this,
                [&](const Exchange &exchange) { exchanges.append(exchange); });
        QSignalSpy opened(&session.activation(), &KioskActivation::envelopesOpened);
        session.start();
        QVERIFY(reaches(session, State::Activated));
        QCOMPARE(opened.size(), 3);
        QStringList paths;
        for (const QList<QVariant> &signal : std::as_const(opened)) {
            const auto exchange = std::find_if(exchanges.cbegin(), exchanges.cend(), [&](const Exchange &entry) {
                return entry.traceId == signal.at(0).toString();
            });
            QVERIFY(exchange != exchanges.cend());
            paths << exchange->url.path();
        }
        QCOMPARE(paths, (QStringList{"/pos/config", "/pos/terminal-parameters", "/pos/activate"}));
        QVERIFY(opened.at(0).at(1).toByteArray().isEmpty());
        QCOMPARE(QJsonDocument::fromJson(opened.at(0).at(2).toByteArray())["terminal_id"].toString(),
                 QString("TID-482913"));
        QCOMPARE(QJsonDocument::fromJson(opened.at(2).at(1).toByteArray()).object(),
                 (QJsonObject{{"emv_ready", true}, {"keys_installed", true}, {"network_ok", true}}));
        QCOMPARE(QJsonDocument::fromJson(opened.at(2).at(2).toByteArray())["status"].toString(), QString("activated"));
    }

    void eachAttestationIsFreshAndOnTheTerminalsClock()
    {
        // Two attests: the expired token forces the second; the clock offset moves both.
        KioskSession &session =
            kiosk({m_answers.attested(), m_answers.keys(),
                   ActivationAnswers::error(401, "4016", "Attestation token expired"), m_answers.attested(),
                   m_answers.keys(), m_answers.config(), m_answers.terminalParameters(), m_answers.activated()});
        session.setClockOffsetSeconds(-90);
        session.start();
        QVERIFY(reaches(session, State::Activated));
        const QByteArray first = m_server->requests().at(3);
        const QByteArray second = m_server->requests().at(6);
        QCOMPARE(pathOf(second), Attest);
        QCOMPARE(headerOf(first, "X-Timestamp"), QByteArray("2025-12-13T14:24:00Z"));
        QVERIFY(headerOf(first, "X-Nonce") != headerOf(second, "X-Nonce"));
    }

    void saysHowFarTheClockIsFromA4013()
    {
        KioskSession &session = kiosk({ActivationAnswers::error(
            401, "4013", "X-Timestamp is outside the allowed window", {{"server_time", "2025-12-13T14:25:30Z"}})});
        session.setClockOffsetSeconds(200); // the terminal runs 3 min 20 s fast
        session.start();
        QVERIFY(reaches(session, State::ActivationFailed));
        const auto failure = session.activation().failure();
        QVERIFY(failure);
        QCOMPARE(failure->step, Step::Attest);
        QCOMPARE(failure->reason,
                 QString("This terminal's clock is 3 min 20 s ahead of Viopay's; attestation allows 1 minute."));
        QCOMPARE(failure->error->code(), QString("4013"));
        QCOMPARE(failure->error->traceId(), QString(ActivationAnswers::TraceId));
        QCOMPARE(failure->retryFrom, Step::Attest);
        // Bootstrap measured it before: the details warn of it (server minus the attesting clock).
        QCOMPARE(session.attestationSkewMs(), std::optional<qint64>(-200'000));
    }

    void saysHowFarBehindTheClockIs()
    {
        KioskSession &session =
            kiosk({ActivationAnswers::error(401, "4013", "X-Timestamp is outside the allowed window",
                                            {{"server_time", "2025-12-13T14:32:00Z"}})},
                  "2025-12-13T14:32:00Z");
        session.start();
        QVERIFY(reaches(session, State::ActivationFailed));
        QCOMPARE(session.activation().failure()->reason,
                 QString("This terminal's clock is 6 min 30 s behind Viopay's; attestation allows 5 minutes."));
        QCOMPARE(session.attestationSkewMs(), std::optional<qint64>(390'000));
    }

    void aSkewWithinTheWindowIsNoWarning()
    {
        KioskSession &session = kiosk({ActivationAnswers::error(503, "5030", "offline")}, "2025-12-13T14:29:30Z");
        session.start(); // 4 minutes behind: within 5
        QVERIFY(reaches(session, State::ActivationFailed));
        QVERIFY(!session.attestationSkewMs());
        session.setClockOffsetSeconds(-120); // 6 minutes behind now
        QCOMPARE(session.attestationSkewMs(), std::optional<qint64>(360'000));
    }

    void anExpiredTokenRestartsAtAttest()
    {
        const auto expired = ActivationAnswers::error(401, "4016", "Attestation token expired");
        KioskSession &session =
            kiosk({m_answers.attested(), m_answers.keys(), expired, // renewed at once, without asking
                   m_answers.attested(), m_answers.keys(), expired, // twice in a row: stop and say so
                   m_answers.attested(), m_answers.keys(), m_answers.config(), m_answers.terminalParameters(),
                   m_answers.activated()});
        session.start();
        QVERIFY(reaches(session, State::ActivationFailed));
        QCOMPARE(activationPaths(*m_server), (QList<QByteArray>{Attest, Keys, Config, Attest, Keys, Config}));
        const auto failure = session.activation().failure();
        QCOMPARE(failure->step, Step::Config);
        QCOMPARE(failure->retryFrom, Step::Attest);
        QCOMPARE(failure->error->code(), QString("4016"));
        QCOMPARE(session.activation().stepState(Step::Config), StepState::Failed);
        QCOMPARE(session.activation().stepState(Step::Keys), StepState::Done);
        session.retryNow();
        QVERIFY(reaches(session, State::Activated));
        QCOMPARE(activationPaths(*m_server).mid(6), (QList<QByteArray>{Attest, Keys, Config, Parameters, Activate}));
    }

    void aTokenThatRanOutOnTheTerminalIsRenewedFirst()
    {
        KioskSession &session =
            kiosk({m_answers.attested(60), m_answers.keys(), m_answers.config(), m_answers.attested(60),
                   m_answers.keys(), m_answers.config(), m_answers.terminalParameters(), m_answers.activated()});
        KioskActivation &activation = session.activation();
        bool slowedOnce = false;
        connect(&activation, &KioskActivation::stepChanged, this, [&](Step step) {
            if (step == Step::Config && activation.stepState(step) == StepState::Done && !slowedOnce) {
                slowedOnce = true;
                m_clock.advanceSeconds(61); // the token dies before terminal parameters are asked
            }
        });
        session.start();
        QVERIFY(reaches(session, State::Activated));
        // Asking terminal parameters with a dead token would only earn a 4016: attest first.
        QCOMPARE(activationPaths(*m_server),
                 (QList<QByteArray>{Attest, Keys, Config, Attest, Keys, Config, Parameters, Activate}));
    }

    void aBadKcvAsksForTheKeysAgain_data()
    {
        QTest::addColumn<QString>("corruptKcvOf");
        QTest::addColumn<QString>("tamperedBlockOf");
        QTest::addColumn<QString>("reason");
        QTest::newRow("MSK's KCV") << "msk" << QString() << "The MSK's check value";
        QTest::newRow("TMK's KCV") << "tmk" << QString() << "The TMK's check value";
        QTest::newRow("KEK's block") << QString() << "kek"
                                     << "The KEK's key block could not be unwrapped: it was altered or wrapped under "
                                        "another key.";
    }

    void aBadKcvAsksForTheKeysAgain()
    {
        QFETCH(QString, corruptKcvOf);
        QFETCH(QString, tamperedBlockOf);
        QFETCH(QString, reason);
        KioskSession &session =
            kiosk({m_answers.attested(), m_answers.keys(corruptKcvOf, tamperedBlockOf), m_answers.keys(),
                   m_answers.config(), m_answers.terminalParameters(), m_answers.activated()});
        session.start();
        QVERIFY(reaches(session, State::ActivationFailed));
        const auto failure = session.activation().failure();
        QCOMPARE(failure->step, Step::Keys);
        QVERIFY2(failure->reason.startsWith(reason), qPrintable(failure->reason));
        QVERIFY(!failure->error); // the server answered; the terminal refused what it sent
        QCOMPARE(failure->retryFrom, Step::Keys);
        session.retryNow();
        QVERIFY(reaches(session, State::Activated));
        QCOMPARE(activationPaths(*m_server), (QList<QByteArray>{Attest, Keys, Keys, Config, Parameters, Activate}));
    }

    void eachStepsFailureNamesTheStep_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("network");
        QTest::newRow("attest, server") << Step::Attest << Attest << false;
        QTest::newRow("keys, server") << Step::Keys << Keys << false;
        QTest::newRow("config, server") << Step::Config << Config << false;
        QTest::newRow("parameters, server") << Step::TerminalParameters << Parameters << false;
        QTest::newRow("activate, server") << Step::Activate << Activate << false;
        QTest::newRow("keys, network") << Step::Keys << Keys << true;
        QTest::newRow("activate, network") << Step::Activate << Activate << true;
    }

    void eachStepsFailureNamesTheStep()
    {
        QFETCH(Step, step);
        QFETCH(QByteArray, path);
        QFETCH(bool, network);
        QList<ScriptedServer::Step> script = m_answers.activation();
        const ScriptedServer::Step broken =
            // Cut off mid-answer: a reset before any answer would be sent again by Qt itself.
            network ? ScriptedServer::Step{Behaviour::Truncate, {}} : ActivationAnswers::error(500, "5000", "boom");
        script.insert(int(step), broken);
        KioskSession &session = kiosk(script);
        session.start();
        QVERIFY(reaches(session, State::ActivationFailed));
        const auto failure = session.activation().failure();
        QCOMPARE(failure->step, step);
        QCOMPARE(failure->retryFrom, step); // the same step again
        QVERIFY(!failure->reason.isEmpty());
        QVERIFY(!KioskActivation::stepName(step).isEmpty());
        if (!network) {
            QCOMPARE(failure->error->code(), QString("5000"));
            QCOMPARE(failure->error->traceId(), QString(ActivationAnswers::TraceId));
        } else {
            QCOMPARE(failure->error->kind(), ApiError::Kind::Network);
        }
        session.retryNow();
        QVERIFY(reaches(session, State::Activated));
        QCOMPARE(activationPaths(*m_server).at(int(step) + 1), path);
    }

    void secretsThatComeAfterTheClaimStartIt()
    {
        KioskSession &session = kiosk(m_answers.activation(), "2025-12-13T14:25:30Z", false);
        session.start();
        QVERIFY(reaches(session, State::Claimed));
        session.setFactorySecrets(m_answers.secrets()); // as a sandbox's answer may come late
        QVERIFY(reaches(session, State::Activated));
    }

    void aReleaseAfterActivationLeadsBackToANewCode()
    {
        using B = Behaviour;
        KioskSession &session =
            kiosk(m_answers.activation() +
                  QList<ScriptedServer::Step>{
                      {B::Answer, ScriptedServer::answer(200, R"({"device_status":"inactive","is_claimed":false,)"
                                                              R"("pairing_code_status":"none"})")},
                      {B::Answer, ScriptedServer::answer(200, R"({"pairing_code":"P4XH2R","expires_in_sec":300})")},
                      {B::Hang, {}}});
        session.start();
        QVERIFY(reaches(session, State::Activated));
        QCOMPARE(m_server->requestsSeen(), 8); // nothing asked until the next check is due
        m_clock.advanceMs(KioskSession::ClaimedCheckIntervalMs);
        session.tick();
        QVERIFY(reaches(session, State::ShowingCode));
        QCOMPARE(session.code(), QString("P4XH2R"));
        QVERIFY(session.releasedBeforeCode());
        QCOMPARE(session.activation().state(), KioskActivation::State::Idle); // its keys are dropped
    }

    void withoutFactorySecretsTheClaimStands()
    {
        KioskSession &session = kiosk(m_answers.activation(), "2025-12-13T14:25:30Z", false);
        session.start();
        QVERIFY(reaches(session, State::Claimed));
        QTest::qWait(200); // nothing is to happen: a while in which it would
        QCOMPARE(session.state(), State::Claimed);
        QVERIFY(!activationPaths(*m_server).contains(Attest));
    }
};

QTEST_GUILESS_MAIN(TestKioskActivation)
#include "tst_kioskactivation.moc"
