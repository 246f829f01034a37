// MerchantSession against the real sandbox and the real keychain (scripts/test: a private
// session bus with an unlocked gnome-keyring in a throwaway HOME).
#include "HttpProbe.h"
#include "LossyProxy.h"

#include "core/Clock.h"
#include "inspector/ExchangeLog.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace viopay;
using State = MerchantSession::State;
using Claim = MerchantSession::ClaimOutcome::Kind;
using Problem = MerchantSession::SignInProblem::Kind;
using Account = MerchantSession::Account;
using Kind = MerchantSession::AccountKind;

namespace {
const Account demoUser{Kind::PortalUser, "ops@cafe-lumen.test"};
const Account demoClient{Kind::ApiClient, "cafe-lumen-desk"};
const QString demoPassword = "pairing-demo";
const QString demoClientSecret = "sandbox-secret-1001";

QtMessageHandler previousHandler = nullptr;
QStringList *capturedLog = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
    previousHandler(type, context, message);
}
} // namespace

class TestMerchantSession : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ExchangeLog> m_log;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PortalClient> m_portal;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MerchantSession> m_session;
    TestClock m_clock;

    void startSandbox(quint16 port = 0)
    {
        sandbox::SandboxServer::Options options;
        options.port = port;
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
    }

    // A new session as a new start of the app would make: new client, same settings and keychain.
    void newSession()
    {
        m_session.reset();
        m_portal = std::make_unique<PortalClient>(*m_transport, m_clock);
        m_session = std::make_unique<MerchantSession>(*m_portal, *m_transport, *m_credentials, *m_settings, m_clock);
        m_session->setServer(m_sandbox->url());
    }

    bool signIn(const Account &account, const QString &secret, bool keep = false)
    {
        m_session->signIn(account, secret, keep);
        return QTest::qWaitFor([&] { return m_session->state() != State::SigningIn; }, 8000) &&
               m_session->state() == State::SignedIn;
    }

    QString codeFor(const QByteArray &deviceId) { return HttpProbe::pairingCode(m_sandbox->port(), deviceId); }

    Claim claim(const QString &typed)
    {
        m_session->claim(typed);
        if (!QTest::qWaitFor([&] { return m_session->claimOutcome().kind != Claim::Claiming; }, 8000))
            return Claim::Claiming;
        return m_session->claimOutcome().kind;
    }

    CredentialStore::Outcome savedSignIn(const QString &account)
    {
        std::optional<CredentialStore::Outcome> outcome;
        m_credentials->read(CredentialStore::keyFor(m_sandbox->url(), account), this,
                            [&](const CredentialStore::Outcome &read) { outcome = read; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 8000))
            return {CredentialStore::Outcome::Status::Unavailable, {}, "no answer"};
        return *outcome;
    }

    // Another operator of the same merchant, on another computer: their bearer token.
    QByteArray otherOperator()
    {
        QByteArray token = HttpProbe::request(m_sandbox->port(), "POST", "/realms/viopay/protocol/openid-connect/token",
                                              {{"Content-Type", "application/x-www-form-urlencoded"}},
                                              "grant_type=password&client_id=viopay-desk&username=ops@cafe-lumen.test"
                                              "&password=pairing-demo")
                               .json()["access_token"]
                               .toString()
                               .toLatin1();
        const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token},
                                                           {"Content-Type", "application/json"}};
        HttpProbe::request(m_sandbox->port(), "POST", "/session/initiate", headers, R"({"host":"merchant.viopay.io"})");
        return token;
    }

    int claimElsewhere(const QString &code, const QByteArray &token)
    {
        const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + token},
                                                           {"Content-Type", "application/json"}};
        return HttpProbe::request(m_sandbox->port(), "POST", "/pos/claim", headers,
                                  "{\"pairing_code\":\"" + code.toLatin1() + "\"}")
            .status;
    }

    std::optional<MerchantDevice> deviceOf(const QString &deviceId) const
    {
        for (const MerchantDevice &device : m_session->devices()) {
            if (device.deviceId == deviceId)
                return device;
        }
        return std::nullopt;
    }

    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (int row = 0; row < m_log->rowCount(); ++row)
            count += m_log->exchange(row).url.path() == path;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("Viopay");
        QCoreApplication::setApplicationName("Viopay Pairing Tests");
    }

    void init()
    {
        startSandbox();
        m_log = std::make_unique<ExchangeLog>();
        m_transport = std::make_unique<HttpTransport>(m_network);
        connect(m_transport.get(), &HttpTransport::exchangeFinished, m_log.get(), &ExchangeLog::record);
        m_transport->setBaseUrl(m_sandbox->url());
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
        m_credentials = std::make_unique<CredentialStore>();
        m_settings = std::make_unique<QSettings>();
        m_settings->clear();
        newSession();
    }

    void cleanup()
    {
        if (m_session->state() == State::SignedIn) {
            const QString account = m_session->account().name;
            m_session->signOut(); // deletes any keychain entry the test made
            // Keychain jobs run one at a time, in order: this read is answered after the removal.
            QVERIFY(!savedSignIn(account).ok());
        }
        m_session.reset();
        m_portal.reset();
        m_transport.reset();
        m_sandbox.reset();
    }

    void portalUserSignsInAndClaims()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QCOMPARE(m_session->merchant().name, QString("Cafe Lumen"));
        const QString code = codeFor("POS-8F3A2C91");
        // Typed as read across the counter: lower case, a hyphen.
        QCOMPARE(claim(code.left(3).toLower() + "-" + code.mid(3).toLower()), Claim::Claimed);
        QCOMPARE(m_session->claimOutcome().deviceId, QString("POS-8F3A2C91"));
        QTRY_COMPARE(m_session->claimOutcome().model, QString("PAX-A920"));
        QVERIFY(m_session->claimOutcome().claimedAt.isValid());
    }

    void apiClientSignsIn()
    {
        QVERIFY(signIn(demoClient, demoClientSecret));
        QCOMPARE(m_session->merchant().id, QString("MRC-1001"));
        QCOMPARE(claim(codeFor("POS-1A2B3C00")), Claim::Claimed);
    }

    void wrongPasswordIsRefusedThenLocksOut()
    {
        for (int attempt = 0; attempt < 5; ++attempt) {
            QVERIFY(!signIn(demoUser, "wrong"));
            QCOMPARE(m_session->signInProblem().kind, Problem::Refused);
        }
        QVERIFY(!signIn(demoUser, demoPassword)); // locked even for the right password
        QCOMPARE(m_session->signInProblem().kind, Problem::LockedOut);
        QVERIFY(m_session->signInLockSecondsLeft() > 0);
        QVERIFY(m_session->signInLockSecondsLeft() <= 15 * 60);
    }

    void everyClaimOutcome()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QCOMPARE(claim("K7M30P"), Claim::Refused); // refused here, never sent
        QCOMPARE(m_session->claimOutcome().problem->kind, CodeProblem::Kind::AmbiguousSymbol);
        QCOMPARE(requestsTo("/pos/claim"), 0);

        QCOMPARE(claim("ZZZ999"), Claim::NotActive);
        QCOMPARE(m_session->claimOutcome().error->code(), QString("4041"));
        QCOMPARE(m_session->claimOutcome().code, QString("ZZZ999")); // kept for a fix

        const QString code = codeFor("POS-1A2B3C01");
        QCOMPARE(claim(code), Claim::Claimed);
        QCOMPARE(claim(code), Claim::AlreadyClaimed);
        QCOMPARE(claim(codeFor("POS-0BADF00D")), Claim::OtherMerchant);

        const QString deadCodes = "23456789ABC";
        for (int attempt = 2; attempt <= 10; ++attempt) // the first 404 was above
            QCOMPARE(claim(QString("ZZZ99") + deadCodes.at(attempt)), Claim::NotActive);
        QCOMPARE(m_session->claimAttemptsLeft(), 0);
        QCOMPARE(claim("ZZZ998"), Claim::Locked); // the tenth 404 locked the merchant
        QCOMPARE(m_session->claimOutcome().kind, Claim::Locked);
        const int lock = m_session->claimLockSecondsLeft();
        QVERIFY(lock > 0 && lock <= 15 * 60);
        m_clock.advanceSeconds(10);
        QCOMPARE(m_session->claimLockSecondsLeft(), lock - 10); // a live countdown
        const int claimsSent = requestsTo("/pos/claim");
        m_session->claim(codeFor("POS-1A2B3C02")); // not sent while locked
        QCOMPARE(requestsTo("/pos/claim"), claimsSent);
    }

    void theSameRefusedCodeIsNotSentTwiceInARow()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QCOMPARE(claim("ZZZ999"), Claim::NotActive);
        QCOMPARE(m_session->claimAttemptsLeft(), 9);
        const int claimsSent = requestsTo("/pos/claim");
        QCOMPARE(claim("zzz-999"), Claim::SameAsRefused); // as typed again
        QCOMPARE(requestsTo("/pos/claim"), claimsSent);
        QCOMPARE(m_session->claimAttemptsLeft(), 9);
        QCOMPARE(claim("ZZZ998"), Claim::NotActive); // another code is sent
        QCOMPARE(claim("ZZZ999"), Claim::NotActive); // and then the first one again
        QCOMPARE(m_session->claimAttemptsLeft(), 7);
        m_clock.advanceSeconds(15 * 60);
        QCOMPARE(m_session->claimAttemptsLeft(), 10); // out of the server's window
    }

    void aSignInLockHoldsOneUserOnly()
    {
        for (int attempt = 0; attempt < 6; ++attempt)
            QVERIFY(!signIn(demoUser, "wrong"));
        QCOMPARE(m_session->signInProblem().kind, Problem::LockedOut);
        QVERIFY(m_session->signInLockedFor(" OPS@cafe-lumen.test"));
        QVERIFY(!m_session->signInLockedFor("desk@harbor-books.test"));
        QVERIFY(signIn({Kind::PortalUser, "desk@harbor-books.test"}, demoPassword));
    }

    void noSignInIsKeptWhereTheServerForgets()
    {
        m_session->setServerForgetsSignIns(m_sandbox->url());
        QVERIFY(!m_session->canKeepSignIn(m_sandbox->url()));
        QVERIFY(m_session->canKeepSignIn(QUrl("https://api.viopay.io")));
        QVERIFY(signIn(demoUser, demoPassword, true));
        QVERIFY(!m_session->isSignInKept());
        QCOMPARE(savedSignIn(demoUser.name).status, CredentialStore::Outcome::Status::NotFound);
    }

    void theClaimTimeIsThisComputersAndStays()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QCOMPARE(claim(codeFor("POS-8F3A2C91")), Claim::Claimed);
        const QDateTime claimedAt = m_clock.utcNow(); // far from the sandbox's own clock
        QCOMPARE(m_session->claimOutcome().claimedAt, claimedAt);
        QTRY_COMPARE(m_session->claimOutcome().model, QString("PAX-A920"));
        QCOMPARE(m_session->claimOutcome().claimedAt, claimedAt);
    }

    void networkFailureSaysSoAndKeepsTheCode()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        m_sandbox->stop();
        QCOMPARE(claim("K7M3NP"), Claim::Failed);
        QCOMPARE(m_session->claimOutcome().error->kind(), ApiError::Kind::Network);
        QCOMPARE(m_session->claimOutcome().code, QString("K7M3NP"));
        QCOMPARE(m_session->state(), State::SignedIn);
    }

    void accessTokenIsRefreshedBeforeItExpires()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        const int signIns = requestsTo("/realms/viopay/protocol/openid-connect/token");
        m_clock.advanceSeconds(15 * 60 - 20); // inside the refresh margin of a 15 min token
        m_session->refreshDevices();
        QTRY_VERIFY(!m_session->devicesLoading());
        QCOMPARE(requestsTo("/realms/viopay/protocol/openid-connect/token"), signIns + 1);
        QVERIFY(!m_session->devicesError());
        QCOMPARE(m_session->state(), State::SignedIn);
    }

    void aSessionTheServerForgotEndsWithTheReason()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        const quint16 port = m_sandbox->port();
        m_sandbox.reset();
        startSandbox(port); // a new, empty sandbox: it knows neither token
        m_session->refreshDevices();
        QTRY_COMPARE(m_session->state(), State::SignedOut);
        QCOMPARE(m_session->signInProblem().kind, Problem::SessionEnded);
    }

    // The list follows the server through the held request: another operator's claim shows
    // without a reload, within a second (the time is printed).
    void anotherOperatorsClaimShowsWithoutRefresh()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QTRY_VERIFY(m_session->isDevicesLive() && !m_session->devices().isEmpty());
        const int firstLists = requestsTo("/merchant/devices");
        const QString code = codeFor("POS-1A2B3C03");
        // The new code changes the list too: wait for that answer, and for the next held request.
        QTRY_VERIFY(requestsTo("/merchant/devices") > firstLists);
        const int listsBefore = requestsTo("/merchant/devices");
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1);
        QCOMPARE(deviceOf("POS-1A2B3C03")->deviceStatus, QString("inactive"));

        const QByteArray other = otherOperator();
        QElapsedTimer sinceClaim;
        sinceClaim.start();
        QCOMPARE(claimElsewhere(code, other), 200);
        QTRY_COMPARE_WITH_TIMEOUT(deviceOf("POS-1A2B3C03")->deviceStatus, QString("claimed"), 1000);
        qInfo("another session's claim to this session's list: %lld ms", sinceClaim.elapsed());
        QCOMPARE(deviceOf("POS-1A2B3C03")->claimedBy, QString("ops@cafe-lumen.test"));
        QCOMPARE(requestsTo("/merchant/devices"), listsBefore + 1); // the held one answered, no reload
        QVERIFY(m_session->isDevicesLive());
        QTRY_COMPARE(m_sandbox->heldStatusRequests(), 1); // and the next one is out
    }

    void aClaimNamesAndPlacesTheTerminalAndTheLocationIsRemembered()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QTRY_COMPARE(m_session->locations().size(), 2);
        QCOMPARE(m_session->locationName("LOC-1001-HARB"), QString("Harbour Kiosk"));
        QVERIFY(m_session->lastLocationId().isEmpty());
        m_session->claim(codeFor("POS-1A2B3C03"), "  Patio  ", "LOC-1001-HARB");
        QTRY_COMPARE(m_session->claimOutcome().kind, Claim::Claimed);
        QTRY_VERIFY(deviceOf("POS-1A2B3C03") && deviceOf("POS-1A2B3C03")->name == "Patio");
        QCOMPARE(deviceOf("POS-1A2B3C03")->locationId, QString("LOC-1001-HARB"));
        QCOMPARE(m_session->lastLocationId(), QString("LOC-1001-HARB"));
        QCOMPARE(claim(codeFor("POS-1A2B3C04")), Claim::Claimed); // neither: the claim as before
        QTRY_VERIFY(deviceOf("POS-1A2B3C04") && deviceOf("POS-1A2B3C04")->deviceStatus == "claimed");
        QVERIFY(deviceOf("POS-1A2B3C04")->name.isEmpty());
        QVERIFY(deviceOf("POS-1A2B3C04")->locationId.isEmpty());
    }

    // The server claimed the terminal but its answer never arrived: the claim is sent once more
    // with the same Idempotency-Key, and the server's repeat of its first answer says "Claimed".
    void aClaimWhoseAnswerWasLostEndsClaimed()
    {
        LossyProxy proxy(m_sandbox->port());
        m_session->setServer(proxy.url());
        QVERIFY(signIn(demoUser, demoPassword));
        const QString code = codeFor("POS-1A2B3C03");
        QCOMPARE(claim(code), Claim::Claimed);
        QCOMPARE(proxy.droppedAnswers(), 1);
        QCOMPARE(m_session->claimOutcome().deviceId, QString("POS-1A2B3C03"));
        QCOMPARE(claimElsewhere(code, otherOperator()), 409); // the claim did happen, once
    }

    void devicesAndRelease()
    {
        QVERIFY(signIn(demoUser, demoPassword));
        QCOMPARE(claim(codeFor("POS-1A2B3C03")), Claim::Claimed);
        QTRY_VERIFY(!m_session->devicesLoading() && !m_session->devices().isEmpty());
        QCOMPARE(m_session->devices().size(), 11); // Cafe Lumen's terminals
        auto statusOf = [&](const QString &id) {
            for (const MerchantDevice &device : m_session->devices())
                if (device.deviceId == id)
                    return device.deviceStatus;
            return QString();
        };
        QCOMPARE(statusOf("POS-1A2B3C03"), QString("claimed"));
        QSignalSpy released(m_session.get(), &MerchantSession::released);
        m_session->release("POS-1A2B3C03");
        QVERIFY(released.wait(5000));
        QTRY_COMPARE(statusOf("POS-1A2B3C03"), QString("inactive"));
        QSignalSpy refused(m_session.get(), &MerchantSession::releaseFailed);
        m_session->release("POS-0BADF00D"); // another merchant's
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().at(1).value<ApiError>().code(), QString("4040"));
    }

    void signOutRevokesTheRefreshToken()
    {
        QObject scope;
        QString refreshToken;
        connect(m_portal.get(), &PortalClient::refreshTokenChanged, &scope, [&](const QString &token) {
            if (!token.isEmpty())
                refreshToken = token;
        });
        QVERIFY(signIn(demoUser, demoPassword));
        QVERIFY(!refreshToken.isEmpty());

        m_session->signOut();
        QCOMPARE(m_session->state(), State::SignedOut); // at once: the server's answer is not awaited
        QTRY_COMPARE(requestsTo("/realms/viopay/protocol/openid-connect/revoke"), 1);
        QCOMPARE(m_log->exchange(m_log->rowCount() - 1).status, 200);

        // The request carried this sign-in's refresh token: the sandbox no longer takes it.
        const HttpProbe::Response refreshed = HttpProbe::request(
            m_sandbox->port(), "POST", "/realms/viopay/protocol/openid-connect/token",
            {{"Content-Type", "application/x-www-form-urlencoded"}},
            "grant_type=refresh_token&client_id=viopay-desk&refresh_token=" + QUrl::toPercentEncoding(refreshToken));
        QCOMPARE(refreshed.status, 401);
        QCOMPARE(refreshed.json()["error"].toString(), QString("invalid_grant"));
    }

    void signOutRevokesAnApiClientsAccessToken()
    {
        QObject scope;
        QByteArray accessToken;
        connect(m_transport.get(), &HttpTransport::exchangeFinished, &scope, [&](const Exchange &exchange) {
            if (exchange.url.path() == "/client/session")
                accessToken = QJsonDocument::fromJson(exchange.responseBody)["access_token"].toString().toLatin1();
        });
        QVERIFY(signIn(demoClient, demoClientSecret));
        QVERIFY(!accessToken.isEmpty());

        m_session->signOut();
        QTRY_COMPARE(requestsTo("/realms/viopay/protocol/openid-connect/revoke"), 1);
        const HttpProbe::Response devices = HttpProbe::request(m_sandbox->port(), "GET", "/merchant/devices",
                                                               {{"Authorization", "Bearer " + accessToken}});
        QCOMPARE(devices.status, 401);
        QCOMPARE(devices.error()["code"].toString(), QString("4010"));
    }

    void keptSignInRestoresSilentlyAndSignOutForgetsIt()
    {
        QVERIFY(signIn(demoUser, demoPassword, true));
        QTRY_VERIFY(savedSignIn(demoUser.name).ok());
        newSession(); // the next start
        QCOMPARE(m_session->rememberedAccount()->name, demoUser.name);
        QVERIFY(m_session->restoreSignIn());
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QCOMPARE(m_session->merchant().name, QString("Cafe Lumen"));
        m_session->signOut();
        QTRY_COMPARE(savedSignIn(demoUser.name).status, CredentialStore::Outcome::Status::NotFound);
        newSession();
        QVERIFY(!m_session->restoreSignIn());
        QCOMPARE(m_session->state(), State::SignedOut);
    }

    void keptApiClientRestores()
    {
        QVERIFY(signIn(demoClient, demoClientSecret, true));
        QTRY_COMPARE(savedSignIn(demoClient.name).secret, demoClientSecret);
        newSession();
        QVERIFY(m_session->restoreSignIn());
        QTRY_COMPARE(m_session->state(), State::SignedIn);
    }

    void aRevokedSavedSignInReturnsToSignInWithTheReason()
    {
        QVERIFY(signIn(demoUser, demoPassword, true));
        QTRY_VERIFY(savedSignIn(demoUser.name).ok());
        const quint16 port = m_sandbox->port();
        m_sandbox.reset();
        startSandbox(port); // the saved refresh token means nothing here
        newSession();
        QVERIFY(m_session->restoreSignIn());
        QTRY_COMPARE(m_session->state(), State::SignedOut);
        QCOMPARE(m_session->signInProblem().kind, Problem::SavedExpired);
        QTRY_COMPARE(savedSignIn(demoUser.name).status, CredentialStore::Outcome::Status::NotFound);
    }

    void noSecretLeavesTheKeychain()
    {
        QStringList log;
        capturedLog = &log;
        previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules("viopay.*=true"); // the most talkative it can be
        QString refreshToken;
        connect(m_portal.get(), &PortalClient::refreshTokenChanged, this,
                [&](const QString &token) { refreshToken = token.isEmpty() ? refreshToken : token; });

        QVERIFY(signIn(demoUser, demoPassword, true));
        QCOMPARE(claim(codeFor("POS-1A2B3C04")), Claim::Claimed);
        m_session->refreshDevices();
        QTRY_VERIFY(!m_session->devicesLoading());
        m_clock.advanceSeconds(15 * 60); // a refresh rotates the token
        m_session->refreshDevices();
        QTRY_VERIFY(!m_session->devicesLoading());
        m_session->signOut();
        QVERIFY(signIn(demoClient, demoClientSecret, true));
        // Keychain jobs run one at a time, in order: this read is answered after the secret is kept.
        QVERIFY(savedSignIn(demoClient.name).ok());
        m_settings->sync();

        qInstallMessageHandler(previousHandler);
        capturedLog = nullptr;
        QLoggingCategory::setFilterRules("viopay.*.debug=false");
        QVERIFY(!refreshToken.isEmpty());
        const QStringList secrets{demoPassword, demoClientSecret, refreshToken};
        for (const QString &secret : secrets) {
            QVERIFY2(!log.join('\n').contains(secret), "a secret reached the log");
            QVERIFY2(!m_log->toHar().contains(secret.toUtf8()), "a secret reached the HAR export");
        }
        // Every file under the test HOME but the keyring itself.
        const QString keyrings = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + "/keyrings";
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.startsWith(keyrings))
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(path + " holds a secret"));
            ++checked;
        }
        QVERIFY(checked > 0); // the settings file at least
        QVERIFY(QFile(m_settings->fileName()).exists());
    }
};

QTEST_GUILESS_MAIN(TestMerchantSession)
#include "tst_merchantsession.moc"
