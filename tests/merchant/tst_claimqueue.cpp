// The claim queue against the real sandbox: many codes, each row its own outcome, failed rows
// kept for a fix, one claim out at a time so a batch of stale codes stops before it locks claims.
#include "HttpProbe.h"
#include "LossyProxy.h"

#include "core/Clock.h"
#include "core/DemoData.h"
#include "core/PairingCode.h"
#include "core/PastedCodes.h"
#include "merchant/ClaimQueue.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace viopay;
using State = MerchantSession::State;
using Kind = MerchantSession::ClaimOutcome::Kind;
using Account = MerchantSession::Account;
using Pause = ClaimQueue::Pause;
using Run = ClaimQueue::Run;

class TestClaimQueue : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PortalClient> m_portal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MerchantSession> m_session;
    std::unique_ptr<ClaimQueue> m_queue;
    TestClock m_clock;
    int m_claimsSent = 0;

    bool signIn(const char *user = DemoData::CafeLumenUser)
    {
        m_session->signIn({MerchantSession::AccountKind::PortalUser, user}, DemoData::Password, false);
        return QTest::qWaitFor([&] { return m_session->state() != State::SigningIn; }, 8000) &&
               m_session->state() == State::SignedIn;
    }

    QString codeFor(const QByteArray &deviceId) { return HttpProbe::pairingCode(m_sandbox->port(), deviceId); }

    // A valid code no terminal holds: the server answers 404 to it.
    static QString deadCode(int number)
    {
        QString code = QStringLiteral("ZZ");
        for (int place = 0; place < 4; ++place, number /= PairingCode::AlphabetSize)
            code += QLatin1Char(PairingCode::Alphabet[number % PairingCode::AlphabetSize]);
        return code;
    }

    // Another operator of the same merchant claims it, from another computer.
    int claimElsewhere(const QString &code)
    {
        return HttpProbe::request(m_sandbox->port(), "POST", "/pos/claim",
                                  HttpProbe::demoMerchantSession(m_sandbox->port()),
                                  "{\"pairing_code\":\"" + code.toLatin1() + "\"}")
            .status;
    }

    bool runToEnd(const QString &locationId = {})
    {
        m_queue->start(locationId);
        return QTest::qWaitFor([&] { return m_queue->run() == Run::Idle; }, 15000);
    }

    Kind kindOf(int row) const { return m_queue->outcome(row).kind; }
    QString outcomeOf(int row) const { return m_queue->index(row, ClaimQueue::Outcome).data().toString(); }

    std::optional<MerchantDevice> deviceOf(const QString &deviceId) const
    {
        for (const MerchantDevice &device : m_session->devices()) {
            if (device.deviceId == deviceId)
                return device;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("Viopay");
        QCoreApplication::setApplicationName("Viopay Pairing Claim Queue Tests");
    }

    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
        m_claimsSent = 0;
        connect(m_transport.get(), &HttpTransport::exchangeFinished, this, [this](const Exchange &exchange) {
            m_claimsSent += exchange.url.path() == QLatin1String("/pos/claim");
        });
        m_portal = std::make_unique<PortalClient>(*m_transport, m_clock);
        m_credentials = std::make_unique<CredentialStore>();
        m_settings = std::make_unique<QSettings>();
        m_settings->clear();
        m_session = std::make_unique<MerchantSession>(*m_portal, *m_transport, *m_credentials, *m_settings, m_clock);
        m_session->setServer(m_sandbox->url());
        m_queue = std::make_unique<ClaimQueue>(*m_session);
    }

    void cleanup()
    {
        m_queue.reset();
        m_session.reset();
        m_portal.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void mixedOutcomesEachOnTheirOwnRow()
    {
        QVERIFY(signIn());
        QTRY_COMPARE(m_session->locations().size(), 2);
        const QString patio = codeFor("POS-1A2B3C03");
        const QString bar = codeFor("POS-1A2B3C04");
        const QString taken = codeFor("POS-1A2B3C05");
        QCOMPARE(claimElsewhere(taken), 200);
        const QString foreign = codeFor(DemoData::HarborBooksDeviceId);
        const QString pasted = patio.left(3).toLower() + "-" + patio.mid(3) + ", Patio\r\n" // name after a comma
                               + "K7M 3N\n"                                                 // a typo: not sent
                               + deadCode(1) + "\n" + taken + "\n" + foreign + "\n\n" + bar + "\tBar\n" + patio +
                               "\n"; // twice: left out
        const ClaimQueue::Added added = m_queue->add(pasted);
        QCOMPARE(added.added, 6);
        QCOMPARE(added.repeated, 1);
        QCOMPARE(m_queue->rowCount(), 6);
        QCOMPARE(m_queue->index(0, ClaimQueue::Code).data().toString(), PairingCode::fromInput(patio)->displayForm());
        QCOMPARE(m_queue->index(0, ClaimQueue::Name).data().toString(), QString("Patio"));
        QCOMPARE(kindOf(1), Kind::Refused);
        QVERIFY2(outcomeOf(1).startsWith("Fix: The code is too short: 5 of 6"), qPrintable(outcomeOf(1)));

        QVERIFY(runToEnd("LOC-1001-HARB"));
        QCOMPARE(m_queue->pause(), Pause::None);
        QCOMPARE(kindOf(0), Kind::Claimed);
        QCOMPARE(outcomeOf(0), QString("Claimed: POS-1A2B3C03"));
        QCOMPARE(kindOf(1), Kind::Refused);
        QCOMPARE(kindOf(2), Kind::NotActive);
        QCOMPARE(kindOf(3), Kind::AlreadyClaimed);
        QCOMPARE(kindOf(4), Kind::OtherMerchant);
        QCOMPARE(kindOf(5), Kind::Claimed);
        QVERIFY(m_queue->index(3, ClaimQueue::Outcome).data(Qt::ToolTipRole).toString().contains("4090"));
        QCOMPARE(m_claimsSent, 5); // the typo never left this computer
        const ClaimQueue::Counts counts = m_queue->counts();
        QCOMPARE(counts.claimed, 2);
        QCOMPARE(counts.toFix, 4);
        QCOMPARE(counts.waiting, 0);
        m_session->refreshDevices();
        QTRY_VERIFY(deviceOf("POS-1A2B3C03") && deviceOf("POS-1A2B3C03")->deviceStatus == "claimed");
        QCOMPARE(deviceOf("POS-1A2B3C03")->name, QString("Patio"));
        QCOMPARE(deviceOf("POS-1A2B3C03")->locationId, QString("LOC-1001-HARB"));
        QCOMPARE(deviceOf("POS-1A2B3C04")->name, QString("Bar"));
        QCOMPARE(m_session->lastLocationId(), QString("LOC-1001-HARB"));

        // Claiming again sends nothing: the rows left need a fix, not a resend.
        QVERIFY(runToEnd());
        QCOMPARE(m_claimsSent, 5);
    }

    void aFixedRowIsClaimedOnTheNextRunAndClaimedRowsCanBeCleared()
    {
        QVERIFY(signIn());
        m_queue->add(deadCode(2) + "\n" + codeFor("POS-1A2B3C06"));
        QVERIFY(runToEnd());
        QCOMPARE(kindOf(0), Kind::NotActive);
        QCOMPARE(kindOf(1), Kind::Claimed);
        QVERIFY(!(m_queue->flags(m_queue->index(1, ClaimQueue::Code)) & Qt::ItemIsEditable));
        QVERIFY(m_queue->flags(m_queue->index(0, ClaimQueue::Code)) & Qt::ItemIsEditable);

        // The operator reads the code the terminal shows now and types it over the old one.
        QVERIFY(m_queue->setData(m_queue->index(0, ClaimQueue::Code), codeFor("POS-1A2B3C07")));
        QCOMPARE(kindOf(0), Kind::None);
        QCOMPARE(outcomeOf(0), QString("Waiting"));
        QVERIFY(runToEnd());
        QCOMPARE(kindOf(0), Kind::Claimed);
        QCOMPARE(m_claimsSent, 3);

        m_queue->add(deadCode(3));
        m_queue->removeClaimed();
        QCOMPARE(m_queue->rowCount(), 1);
        QCOMPARE(m_queue->index(0, ClaimQueue::Code).data().toString(),
                 PairingCode::fromInput(deadCode(3))->displayForm());
    }

    // Both answers of a claim lost: the row waits with its key, and the next run's resend is
    // answered as the first claim was, "Claimed", not "Already claimed".
    void aRowWhoseAnswersWereLostEndsClaimedOnTheNextRun()
    {
        LossyProxy proxy(m_sandbox->port(), 1000);
        m_session->setServer(proxy.url());
        QVERIFY(signIn());
        const QString code = codeFor("POS-1A2B3C03");
        m_queue->add(code + "\n" + codeFor("POS-1A2B3C04"));
        QVERIFY(runToEnd());
        QVERIFY(proxy.droppedAnswers() >= 2); // the first claim and this computer's resend
        QCOMPARE(kindOf(0), Kind::Failed);
        QCOMPARE(m_queue->pause(), Pause::Failed); // the next claim would meet the same network
        QCOMPARE(kindOf(1), Kind::None);
        QVERIFY2(outcomeOf(0).startsWith("Did not go through: Could not reach"), qPrintable(outcomeOf(0)));
        QCOMPARE(m_queue->counts().waiting, 2);

        proxy.stopDropping();
        QVERIFY(runToEnd());
        QCOMPARE(kindOf(0), Kind::Claimed);
        QCOMPARE(outcomeOf(0), QString("Claimed: POS-1A2B3C03"));
        QCOMPARE(kindOf(1), Kind::Claimed);
        QCOMPARE(claimElsewhere(code), 409); // it was claimed once
    }

    // Stale codes count toward the merchant's lock (10 in 15 min): the run stops before the one
    // that would lock, and goes on only when the operator starts it again.
    void theRunStopsBeforeTheCodeThatWouldLockClaims()
    {
        QVERIFY(signIn());
        QString pasted;
        for (int number = 0; number < 11; ++number)
            pasted += deadCode(number) + "\n";
        m_queue->add(pasted);
        QVERIFY(runToEnd());
        QCOMPARE(m_queue->pause(), Pause::LastAttempt);
        QCOMPARE(m_claimsSent, 9);
        QCOMPARE(m_session->claimAttemptsLeft(), 1);
        QCOMPARE(kindOf(8), Kind::NotActive);
        QCOMPARE(kindOf(9), Kind::None);

        QVERIFY(runToEnd()); // the operator's choice: the last attempt, then the lock
        QCOMPARE(m_queue->pause(), Pause::Locked);
        QCOMPARE(kindOf(9), Kind::NotActive);
        QCOMPARE(kindOf(10), Kind::Locked);
        QVERIFY(m_session->claimLockSecondsLeft() > 0);
        QCOMPARE(outcomeOf(10), QString("Not claimed: claims are locked"));

        const int sent = m_claimsSent;
        QVERIFY(runToEnd()); // nothing goes out while locked
        QCOMPARE(m_claimsSent, sent);
        QCOMPARE(m_queue->pause(), Pause::Locked);
    }

    void stopEndsTheRunAfterTheClaimThatIsOut()
    {
        QVERIFY(signIn());
        m_queue->add(codeFor("POS-1A2B3C03") + "\n" + codeFor("POS-1A2B3C04") + "\n" + codeFor("POS-1A2B3C05"));
        m_queue->start({});
        QCOMPARE(kindOf(0), Kind::Claiming);
        QVERIFY(!(m_queue->flags(m_queue->index(0, ClaimQueue::Name)) & Qt::ItemIsEditable));
        m_queue->removeRowList({0}); // a row being claimed stays
        QCOMPARE(m_queue->rowCount(), 3);
        m_queue->stop();
        QCOMPARE(m_queue->run(), Run::Stopping);
        QTRY_COMPARE(m_queue->run(), Run::Idle);
        QCOMPARE(kindOf(0), Kind::Claimed);
        QCOMPARE(kindOf(1), Kind::None);
        QCOMPARE(kindOf(2), Kind::None);
        QCOMPARE(m_claimsSent, 1);
    }

    void aSignOutDuringARunKeepsTheRowsForTheSameMerchantOnly()
    {
        QVERIFY(signIn());
        m_queue->add(codeFor("POS-1A2B3C03") + "\n" + codeFor("POS-1A2B3C04"));
        m_queue->start({});
        QCOMPARE(kindOf(0), Kind::Claiming);
        m_session->signOut();
        QCOMPARE(m_queue->run(), Run::Idle);
        QCOMPARE(m_queue->pause(), Pause::SignedOut);
        QCOMPARE(kindOf(0), Kind::Failed);
        QVERIFY2(outcomeOf(0).startsWith("No answer: the sign-in ended first"), qPrintable(outcomeOf(0)));

        QVERIFY(signIn()); // the same merchant: the rows are still theirs
        QCOMPARE(m_queue->rowCount(), 2);
        QVERIFY(runToEnd());
        QCOMPARE(m_queue->counts().claimed, 2);

        m_session->signOut();
        QVERIFY(signIn(DemoData::HarborBooksUser)); // another merchant: nothing of Cafe Lumen's stays
        QCOMPARE(m_queue->rowCount(), 0);
    }

    void aViewerCannotRunOrEditTheQueue()
    {
        QVERIFY(signIn(DemoData::CafeLumenViewer));
        m_queue->add(codeFor("POS-1A2B3C03"));
        QVERIFY(!(m_queue->flags(m_queue->index(0, ClaimQueue::Code)) & Qt::ItemIsEditable));
        m_queue->start({});
        QCOMPARE(m_queue->run(), Run::Idle);
        QCOMPARE(m_claimsSent, 0);
    }

    void tooManyLinesAndLongNamesAreSaidNotHidden()
    {
        QVERIFY(signIn());
        QString pasted;
        for (int number = 0; number < ClaimQueue::MaxRows + 20; ++number)
            pasted += deadCode(number) + "\n";
        const ClaimQueue::Added added = m_queue->add(pasted);
        QCOMPARE(added.added, ClaimQueue::MaxRows);
        QCOMPARE(added.tooMany, 20);
        QCOMPARE(PastedCodes::parse(added.notAdded).size(), 20); // to stay in the text box
        QCOMPARE(PastedCodes::parse(added.notAdded).constFirst().code, deadCode(ClaimQueue::MaxRows));
        QCOMPARE(m_queue->rowCount(), ClaimQueue::MaxRows);

        // A paste of a whole file: what does not fit is given back, not parsed row by row.
        QString huge;
        for (int number = 0; number < 100'000; ++number)
            huge += deadCode(number) + "\n";
        const ClaimQueue::Added more = m_queue->add(huge);
        QCOMPARE(more.added, 0);
        QCOMPARE(more.tooMany, 100'000);
        QCOMPARE(PastedCodes::parse(more.notAdded).size(), 100'000);

        m_queue->removeRowList({0, 1});
        m_queue->add(codeFor("POS-1A2B3C03") + ", " + QString(65, 'x') + "\n" + codeFor("POS-1A2B3C04") +
                     "\tBar\tleft");
        QCOMPARE(m_queue->rowCount(), ClaimQueue::MaxRows);
        const int last = ClaimQueue::MaxRows - 1;
        QCOMPARE(kindOf(last - 1), Kind::Refused);
        QVERIFY2(outcomeOf(last - 1).contains("65 characters long; a name may have at most 64"),
                 qPrintable(outcomeOf(last - 1)));
        QCOMPARE(kindOf(last), Kind::Refused);
        QVERIFY(outcomeOf(last).contains("tab"));
        // Fixing the name in place makes the row wait for the next run.
        QVERIFY(m_queue->setData(m_queue->index(last, ClaimQueue::Name), "Bar left"));
        QCOMPARE(kindOf(last), Kind::None);
    }
};

QTEST_MAIN(TestClaimQueue)
#include "tst_claimqueue.moc"
