// Checks 6 to 8 of a diagnosis through a signed-in merchant's session, against the real sandbox:
// whose terminal it is, its history (not on a server without the events route) and the claim
// lockout with its time left, counted down by the test's clock.
#include "SandboxMerchantFixture.h"

#include "core/DemoData.h"
#include "merchant/MerchantSession.h"
#include "support/PairingDiagnosis.h"
#include "support/SessionMerchantChecks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace viopay;
using Verdict = DiagnosisCheck::Verdict;

class TestSessionMerchantChecks : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxMerchantFixture> m_fixture;

    QList<DiagnosisCheck> check(const QString &deviceId, std::optional<bool> provisioned)
    {
        std::optional<QList<DiagnosisCheck>> checks;
        m_fixture->checks.check(deviceId, provisioned, this, [&](const QList<DiagnosisCheck> &done) { checks = done; });
        if (!QTest::qWaitFor([&] { return checks.has_value(); }, 10000))
            qFatal("the merchant checks did not finish");
        return *checks;
    }

    // Every request the checks sent besides the sign-in, as "GET /path".
    QStringList sentSince(int row) const
    {
        QStringList sent;
        for (; row < m_fixture->log.rowCount(); ++row)
            sent << QString::fromLatin1(m_fixture->log.exchange(row).method) + ' ' +
                        m_fixture->log.exchange(row).url.path();
        return sent;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxMerchantFixture>("ChecksTest");
        QVERIFY(m_fixture->start());
    }

    void cleanup() { m_fixture.reset(); }

    void signedOutSaysSignIn()
    {
        const QList<DiagnosisCheck> checks = check(DemoData::DeviceId, true);
        QCOMPARE(checks.size(), 3);
        for (const DiagnosisCheck &item : checks) {
            QCOMPARE(item.verdict, Verdict::NotAvailable);
            QVERIFY(item.finding.contains("sign in as the merchant"));
        }
        QCOMPARE(m_fixture->log.rowCount(), 0); // nothing asked
    }

    void ownTerminalPassesWithItsHistory()
    {
        QVERIFY(m_fixture->signIn());
        const int before = m_fixture->log.rowCount();
        const QList<DiagnosisCheck> checks = check(DemoData::DeviceId, true);
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks[0].id, QString("ownership"));
        QCOMPARE(checks[0].verdict, Verdict::Pass);
        QVERIFY2(checks[0].finding.contains("Cafe Lumen (MRC-1001)'s terminal: PAX-A920"),
                 qPrintable(checks[0].finding));
        QCOMPARE(checks[1].id, QString("history"));
        QCOMPARE(checks[1].verdict, Verdict::Pass);    // the sandbox keeps FLEET.md's history
        QVERIFY(checks[1].figures.contains("events")); // the server answered with a list
        QVERIFY2(checks[1].finding.startsWith("No refused claim or failed attestation"), qPrintable(checks[1].finding));
        QCOMPARE(checks[2].id, QString("claim-lockout"));
        QCOMPARE(checks[2].verdict, Verdict::Pass);
        QCOMPARE(checks[2].figures.value("attempts_left").toInt(), 10);
        // Read-only: the device list and the history (the signed-in session's own live list and
        // locations may be asked meanwhile), nothing else.
        const QStringList sent = sentSince(before);
        QVERIFY2(sent.contains("GET /merchant/devices/POS-8F3A2C91/events"), qPrintable(sent.join(", ")));
        for (const QString &request : sent)
            QVERIFY2(request.startsWith("GET /merchant/"), qPrintable(request));
    }

    void ownTerminalNamesItsNameAndLocation()
    {
        MerchantDevice named;
        named.deviceId = "POS-8F3A2C91";
        named.model = "PAX-A920";
        named.deviceStatus = "claimed";
        named.name = "Front counter";
        named.locationId = "LOC-1001-MAIN";
        DiagnosisCheck check = SessionMerchantChecks::ownershipCheck(named.deviceId, "Cafe Lumen", {named}, true);
        QCOMPARE(check.verdict, Verdict::Pass);
        QCOMPARE(check.finding, QString("Cafe Lumen's terminal: PAX-A920, status claimed. Name: Front counter; "
                                        "location: LOC-1001-MAIN."));
        QCOMPARE(check.figures.value("location_id").toString(), QString("LOC-1001-MAIN"));
        named.name.clear();
        named.locationId.clear();
        check = SessionMerchantChecks::ownershipCheck(named.deviceId, "Cafe Lumen", {named}, true);
        QCOMPARE(check.finding, QString("Cafe Lumen's terminal: PAX-A920, status claimed."));
    }

    void anotherMerchantsTerminalFails()
    {
        QVERIFY(m_fixture->signIn());
        const QList<DiagnosisCheck> checks = check(DemoData::HarborBooksDeviceId, true);
        QCOMPARE(checks[0].verdict, Verdict::Fail);
        QCOMPARE(checks[0].figures.value("owner").toString(), QString("another-merchant"));
        QVERIFY(checks[0].nextStep.contains("provisioned for"));
        QCOMPARE(checks[1].verdict, Verdict::NotAvailable);
        QVERIFY(checks[1].finding.contains("only the terminal's own merchant"));
    }

    void unknownTerminalIsNobodys()
    {
        QVERIFY(m_fixture->signIn());
        QList<DiagnosisCheck> checks = check("POS-DEADBEEF", false);
        QCOMPARE(checks[0].verdict, Verdict::Fail);
        QCOMPARE(checks[0].figures.value("owner").toString(), QString("unknown"));
        checks = check("POS-DEADBEEF", std::nullopt); // bootstrap did not answer: not told apart
        QCOMPARE(checks[0].verdict, Verdict::Warning);
        QCOMPARE(checks[0].figures.value("owner").toString(), QString("not-this-merchant"));
    }

    // Ten codes not active lock the merchant; the check says so with the time left, which the
    // clock counts down, and sends no claim of its own (that would count toward the lockout).
    void lockedMerchantFailsWithTheTimeLeft()
    {
        QVERIFY(m_fixture->signIn());
        const QString deadCodes = "23456789AB";
        for (const QChar last : deadCodes) {
            m_fixture->session.claim(QString("ZZZ99") + last);
            QVERIFY(QTest::qWaitFor(
                [&] { return m_fixture->session.claimOutcome().kind != MerchantSession::ClaimOutcome::Kind::Claiming; },
                8000));
        }
        QCOMPARE(check(DemoData::DeviceId, true)[2].verdict, Verdict::Warning); // none left
        m_fixture->session.claim("ZZZ998");
        QVERIFY(QTest::qWaitFor(
            [&] { return m_fixture->session.claimOutcome().kind == MerchantSession::ClaimOutcome::Kind::Locked; },
            8000));
        const int claimsBefore = int(sentSince(0).count("POST /pos/claim"));
        DiagnosisCheck lockout = check(DemoData::DeviceId, true)[2];
        QCOMPARE(lockout.verdict, Verdict::Fail);
        const int left = lockout.figures.value("seconds_left").toInt();
        QVERIFY(left > 0 && left <= 15 * 60);
        m_fixture->clock.advanceSeconds(60);
        lockout = check(DemoData::DeviceId, true)[2];
        QCOMPARE(lockout.figures.value("seconds_left").toInt(), left - 60);
        QVERIFY2(lockout.finding.contains(DiagnosisCheck::spanText(left - 60)), qPrintable(lockout.finding));
        QCOMPARE(int(sentSince(0).count("POST /pos/claim")), claimsBefore);
    }

    // The history as FLEET.md's events route answers it.
    void historyNamesTheLastRefusal()
    {
        DeviceEvent claimed{
            QDateTime::fromString("2026-12-07T10:05:00Z", Qt::ISODate), "claimed", "ops@cafe-lumen.test", "aaaa", {}};
        DeviceEvent refused{QDateTime::fromString("2026-12-07T10:00:00Z", Qt::ISODate), "claim_refused",
                            "ops@cafe-lumen.test", "4bf92f3577b34da6a3ce929d0e0e4736",
                            QJsonObject{{"reason", "code expired"}}};
        DiagnosisCheck check = SessionMerchantChecks::historyCheck(QList<DeviceEvent>{claimed, refused});
        QCOMPARE(check.verdict, Verdict::Warning);
        QCOMPARE(check.finding,
                 QString("Last refused claim, 2026-12-07T10:00:00Z by ops@cafe-lumen.test: code expired."));
        QCOMPARE(check.traceId, QString("4bf92f3577b34da6a3ce929d0e0e4736"));
        QVERIFY(check.nextStep.contains("expires after 5 minutes"));

        DeviceEvent attest{QDateTime::fromString("2026-12-07T11:00:00Z", Qt::ISODate), "attest_failed", "terminal",
                           "bbbb", QJsonObject{{"message", "signature mismatch"}}};
        check = SessionMerchantChecks::historyCheck(QList<DeviceEvent>{attest, refused});
        QCOMPARE(check.finding, QString("Last failed attestation, 2026-12-07T11:00:00Z: signature mismatch."));

        check = SessionMerchantChecks::historyCheck(QList<DeviceEvent>{claimed});
        QCOMPARE(check.verdict, Verdict::Pass);
        QCOMPARE(check.figures.value("events").toInt(), 1);

        check = SessionMerchantChecks::historyCheck(ApiError::http(404, "4040", "Not found"));
        QCOMPARE(check.verdict, Verdict::NotAvailable);
        QCOMPARE(check.httpStatus, 404);
        check = SessionMerchantChecks::historyCheck(ApiError::http(500, "5000", "Server error"));
        QCOMPARE(check.verdict, Verdict::NotAvailable);
        QVERIFY(check.finding.startsWith("Not available (reading the history): "));
    }

    void eventsAnswerParses()
    {
        ApiResponse response;
        response.status = 200;
        response.json = QJsonDocument::fromJson(R"({"events":[{"at":"2026-12-07T10:00:00Z","type":"claim_refused",
            "actor":"ops@cafe-lumen.test","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736",
            "details":{"reason":"code expired"}},{"at":"2026-12-07T09:00:00Z","type":"provisioned",
            "actor":"sandbox","trace_id":null,"details":null}]})")
                            .object();
        const auto events = PortalClient::parseDeviceEvents(response);
        QVERIFY(std::holds_alternative<QList<DeviceEvent>>(events));
        QCOMPARE(std::get<QList<DeviceEvent>>(events).size(), 2);
        QCOMPARE(std::get<QList<DeviceEvent>>(events)[0].details.value("reason").toString(), QString("code expired"));
        response.json = QJsonObject{{"events", "none"}};
        QVERIFY(std::holds_alternative<ApiError>(PortalClient::parseDeviceEvents(response)));
        QCOMPARE(PortalClient::deviceEventsRequest("POS-8F3A2C91", 50).path,
                 QString("/merchant/devices/POS-8F3A2C91/events?limit=50"));
    }

    // The engine hands bootstrap's answer to the seam: another merchant's terminal is provisioned.
    void theEngineTellsAnotherMerchantsFromUnknown()
    {
        QVERIFY(m_fixture->signIn());
        PairingDiagnosis::Options options;
        options.deviceId = DemoData::HarborBooksDeviceId;
        options.merchant = &m_fixture->checks;
        PairingDiagnosis diagnosis(m_fixture->transport, m_fixture->clock, options);
        diagnosis.start();
        QVERIFY(QTest::qWaitFor([&] { return diagnosis.isFinished(); }, 20000));
        QCOMPARE(diagnosis.diagnosis().check("ownership")->figures.value("owner").toString(),
                 QString("another-merchant"));
    }
};

QTEST_GUILESS_MAIN(TestSessionMerchantChecks)
#include "tst_sessionmerchantchecks.moc"
