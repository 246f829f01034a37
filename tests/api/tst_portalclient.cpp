#include "ScriptedServer.h"

#include "api/PortalClient.h"
#include "core/Clock.h"
#include "inspector/ExchangeLog.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace viopay;

namespace {
const QByteArray tokens =
    "{\"access_token\":\"a1\",\"expires_in\":900,\"refresh_token\":\"r1\",\"token_type\":\"Bearer\"}";
const QByteArray rotated =
    "{\"access_token\":\"a2\",\"expires_in\":900,\"refresh_token\":\"r2\",\"token_type\":\"Bearer\"}";
const QByteArray expired = "{\"error\":{\"code\":\"4010\",\"message\":\"The access token has expired\"}}";
const QByteArray clientToken = "{\"access_token\":\"c1\",\"expires_in\":900,\"token_type\":\"Bearer\"}";
} // namespace

// Fails the test with the error's own words when a call that should succeed did not.
#define VERIFY_OK(result)                                                                                              \
    QVERIFY2((result).index() == 0, qPrintable(std::get_if<ApiError>(&(result))                                        \
                                                   ? std::get_if<ApiError>(&(result))->code() + QLatin1Char(' ') +     \
                                                         std::get_if<ApiError>(&(result))->message()                   \
                                                   : QString()))

class TestPortalClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    template <typename T, typename Call>
    static Result<T> wait(Call call)
    {
        std::optional<Result<T>> result;
        call([&result](const Result<T> &value) { result = value; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::network("test: no answer");
        return *result;
    }

private Q_SLOTS:
    void tokenLivesAreChecked()
    {
        ApiResponse answer;
        answer.status = 200;
        answer.json = QJsonDocument::fromJson(tokens).object();
        QCOMPARE(std::get<PortalClient::TokenGrant>(PortalClient::parseTokens(answer)).expiresInSec, 900);
        answer.json["expires_in"] = 9e15; // would overflow the refresh deadline
        const auto broken = PortalClient::parseTokens(answer);
        QCOMPARE(std::get<ApiError>(broken).kind(), ApiError::Kind::MalformedResponse);
        QVERIFY(std::get<ApiError>(broken).message().contains("not a token's life"));
    }

    void passwordGrantIsFormEncoded()
    {
        const ApiRequest request = PortalClient::passwordGrantRequest("ops@cafe-lumen.test", "p@ss w+rd&=");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QString("/realms/viopay/protocol/openid-connect/token"));
        QCOMPARE(request.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.body, QByteArray("grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test"
                                          "&password=p%40ss%20w%2Brd%26%3D"));
        QVERIFY2(!request.repeatable, "a sign-in is never retried");
    }

    void otherRequests()
    {
        const ApiRequest refresh = PortalClient::refreshGrantRequest("r/1+");
        QCOMPARE(refresh.body, QByteArray("grant_type=refresh_token&client_id=viopay-desk&refresh_token=r%2F1%2B"));
        const ApiRequest client = PortalClient::clientSessionRequest("cafe-lumen-desk", "s3cret");
        QCOMPARE(client.path, QString("/client/session"));
        QCOMPARE(client.body, QByteArray("{\"client_id\":\"cafe-lumen-desk\",\"client_secret\":\"s3cret\"}"));
        const ApiRequest claim = PortalClient::claimRequest("K7M3NP");
        QCOMPARE(claim.body, QByteArray("{\"pairing_code\":\"K7M3NP\"}"));
        QCOMPARE(claim.contentType, QByteArray("application/json"));
        QVERIFY2(!claim.repeatable, "a claim is never retried");
        const ApiRequest revoke = PortalClient::revocationRequest("r/1+", true);
        QCOMPARE(revoke.method, QByteArray("POST"));
        QCOMPARE(revoke.path, QString("/realms/viopay/protocol/openid-connect/revoke"));
        QCOMPARE(revoke.contentType, QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(revoke.body, QByteArray("token=r%2F1%2B&token_type_hint=refresh_token&client_id=viopay-desk"));
        QCOMPARE(revoke.timeoutMs, PortalClient::RevocationTimeoutMs);
        QCOMPARE(PortalClient::revocationRequest("a1", false).body,
                 QByteArray("token=a1&token_type_hint=access_token&client_id=viopay-desk"));
    }

    void fleetRequests()
    {
        const ApiRequest claim = PortalClient::claimRequest("K7M3NP", {"  Patio ", "LOC-1001-HARB", "key-1"});
        QCOMPARE(claim.body, QByteArray(R"({"location_id":"LOC-1001-HARB","name":"Patio","pairing_code":"K7M3NP"})"));
        QCOMPARE(claim.headers, HeaderList({{"Idempotency-Key", "key-1"}}));
        QVERIFY(PortalClient::claimRequest("K7M3NP", {" ", {}, {}}).headers.isEmpty()); // a blank name is none
        QCOMPARE(PortalClient::claimRequest("K7M3NP", {" ", {}, {}}).body, QByteArray("{\"pairing_code\":\"K7M3NP\"}"));
        const ApiRequest held = PortalClient::deviceListRequest("\"v7\"", 25);
        QCOMPARE(held.path, QString("/merchant/devices"));
        QCOMPARE(held.headers, HeaderList({{"If-None-Match", "\"v7\""}, {"Prefer", "wait=25"}}));
        QCOMPARE(held.heldMs, 25'000);
        QCOMPARE(held.timeoutMs, 25'000 + PortalClient::HeldListMarginMs);
        QVERIFY(PortalClient::deviceListRequest({}, 0).headers.isEmpty()); // F5: the list, at once
    }

    void deviceListAnswers()
    {
        ApiResponse notModified{304, {{"ETag", "\"v7\""}, {"Preference-Applied", "wait=25"}}, {}, {}, "t1"};
        const auto unchanged = std::get<MerchantDeviceList>(PortalClient::parseDeviceList(notModified));
        QVERIFY(unchanged.notModified && unchanged.held);
        QCOMPARE(unchanged.etag, QByteArray("\"v7\""));
        const QByteArray body = R"({"devices":[{"device_id":"POS-1A2B3C00","model":"PAX-A920","os":null,
            "app_version":null,"device_status":"claimed","claimed_at":"2026-12-07T09:00:00Z",
            "claimed_by":"ops@cafe-lumen.test","activated_at":null,"name":"Patio","location_id":"LOC-1001-HARB",
            "last_seen_at":"2026-12-07T09:28:00Z"}]})";
        ApiResponse list{200, {{"ETag", "\"v8\""}}, body, QJsonDocument::fromJson(body).object(), "t2"};
        const auto changed = std::get<MerchantDeviceList>(PortalClient::parseDeviceList(list));
        QVERIFY(!changed.notModified);
        QVERIFY2(!changed.held, "no Preference-Applied: the server does not hold the list");
        QCOMPARE(changed.devices.size(), 1);
        QCOMPARE(changed.devices[0].name, QString("Patio"));
        QCOMPARE(changed.devices[0].locationId, QString("LOC-1001-HARB"));
        QCOMPARE(changed.devices[0].lastSeenAt, QDateTime(QDate(2026, 12, 7), QTime(9, 28), Qt::UTC));
        const QByteArray places =
            R"({"locations":[{"location_id":"LOC-1001-MAIN","name":"Main Street","address":null}]})";
        ApiResponse locations{200, {}, places, QJsonDocument::fromJson(places).object(), "t3"};
        const auto parsed = std::get<QList<MerchantLocation>>(PortalClient::parseLocations(locations));
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed[0].name, QString("Main Street"));
    }

    // The server is told about a sign-out, but the sign-out here happens at once, even when the
    // server never answers.
    void signOutRevokesWithoutWaiting_data()
    {
        QTest::addColumn<bool>("apiClient");
        QTest::addColumn<QByteArray>("revokedForm");
        QTest::newRow("portal user: the refresh token")
            << false << QByteArray("token=r1&token_type_hint=refresh_token&client_id=viopay-desk");
        QTest::newRow("API client: the access token")
            << true << QByteArray("token=c1&token_type_hint=access_token&client_id=viopay-desk");
    }

    void signOutRevokesWithoutWaiting()
    {
        QFETCH(bool, apiClient);
        QFETCH(QByteArray, revokedForm);
        using B = ScriptedServer::Behaviour;
        ScriptedServer server(
            {{B::Answer, ScriptedServer::answer(200, apiClient ? clientToken : tokens)}, {B::Hang, {}}});
        HttpTransport transport(m_network);
        transport.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        PortalClient portal(transport, Clock::system());
        const auto signedIn = wait<SignInInfo>([&](auto done) {
            if (apiClient)
                portal.signInWithClient("cafe-lumen-desk", "s3cret", this, done);
            else
                portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, done);
        });
        VERIFY_OK(signedIn);
        QSignalSpy refreshTokens(&portal, &PortalClient::refreshTokenChanged);
        std::optional<Exchange> revocation;
        connect(&transport, &HttpTransport::exchangeFinished, &portal,
                [&revocation](const Exchange &exchange) { revocation = exchange; });

        portal.revokeAndSignOut();
        QVERIFY(!portal.isSignedIn());
        QCOMPARE(refreshTokens.count(), apiClient ? 0 : 1); // the keychain may forget it now
        QTRY_COMPARE(server.requestsSeen(), 2);
        QVERIFY(server.lastRequest().startsWith("POST /realms/viopay/protocol/openid-connect/revoke HTTP/1.1"));
        // The server never answers: the revocation gives up after its own short time-out, well
        // before the transport's default of 15 s.
        QVERIFY(QTest::qWaitFor([&revocation] { return revocation.has_value(); }, 10'000));
        QCOMPARE(revocation->requestBody, revokedForm);
        QCOMPARE(revocation->status, 0);
    }

    void wholeMerchantFlowOnTheSandbox()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        HttpTransport transport(m_network);
        transport.setBaseUrl(sandbox.url());
        PortalClient portal(transport, Clock::system());
        QSignalSpy refreshTokens(&portal, &PortalClient::refreshTokenChanged);

        const auto signedIn = wait<SignInInfo>(
            [&](auto done) { portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, done); });
        VERIFY_OK(signedIn);
        QCOMPARE(std::get<SignInInfo>(signedIn).accessExpiresInSec, 900);
        QVERIFY(std::get<SignInInfo>(signedIn).canRefresh);
        QVERIFY(portal.isSignedIn());
        QCOMPARE(refreshTokens.count(), 1);
        QVERIFY(!refreshTokens.at(0).at(0).toString().isEmpty());

        const auto session =
            wait<SessionInfo>([&](auto done) { portal.initiateSession("merchant.viopay.io", this, done); });
        VERIFY_OK(session);
        QCOMPARE(std::get<SessionInfo>(session).merchant.name, QString("Cafe Lumen"));
        QCOMPARE(std::get<SessionInfo>(session).userEmail, QString("ops@cafe-lumen.test"));

        PosClient pos(transport, *DeviceIdentity::create(u"POS-1A2B3C01", u"1.4.2", u"Android 13", u"Sunmi-P2"));
        const auto code = wait<PairingCodeGrant>([&](auto done) { pos.requestPairingCode(this, done); });
        VERIFY_OK(code);
        const QString typed = std::get<PairingCodeGrant>(code).code.value().toLower().insert(3, '-');
        const auto claimed = wait<QString>([&](auto done) { portal.claim(typed, this, done); });
        VERIFY_OK(claimed);
        QCOMPARE(std::get<QString>(claimed), QString("POS-1A2B3C01"));
        const auto again = wait<QString>([&](auto done) { portal.claim(typed, this, done); });
        QCOMPARE(std::get<ApiError>(again).code(), QString("4090"));

        const auto devices = wait<QList<MerchantDevice>>([&](auto done) { portal.devices(this, done); });
        VERIFY_OK(devices);
        const QList<MerchantDevice> list = std::get<QList<MerchantDevice>>(devices);
        QCOMPARE(list.size(), 11);
        const auto found =
            std::find_if(list.begin(), list.end(), [](const auto &d) { return d.deviceId == "POS-1A2B3C01"; });
        QVERIFY(found != list.end());
        QCOMPARE(found->deviceStatus, QString("claimed"));
        QCOMPARE(found->claimedBy, QString("ops@cafe-lumen.test"));
        QCOMPARE(found->os, QString("Android 13"));
        QVERIFY(found->claimedAt.isValid());

        const auto released = wait<QString>([&](auto done) { portal.release("POS-1A2B3C01", this, done); });
        VERIFY_OK(released);
        QCOMPARE(std::get<QString>(released), QString("POS-1A2B3C01"));

        portal.signOut();
        QVERIFY(!portal.isSignedIn());
        QCOMPARE(refreshTokens.last().at(0).toString(), QString());
    }

    void wrongPasswordAndApiClient()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        HttpTransport transport(m_network);
        transport.setBaseUrl(sandbox.url());
        PortalClient portal(transport, Clock::system());
        const auto refused = wait<SignInInfo>(
            [&](auto done) { portal.signInWithPassword("ops@cafe-lumen.test", "pairing-dem0", this, done); });
        QCOMPARE(std::get<ApiError>(refused).httpStatus(), 401);
        QCOMPARE(std::get<ApiError>(refused).code(), QString("invalid_grant"));
        QVERIFY(!portal.isSignedIn());

        const auto client = wait<SignInInfo>(
            [&](auto done) { portal.signInWithClient("cafe-lumen-desk", "sandbox-secret-1001", this, done); });
        VERIFY_OK(client);
        QVERIFY(!std::get<SignInInfo>(client).canRefresh);
        const auto session =
            wait<SessionInfo>([&](auto done) { portal.initiateSession("merchant.viopay.io", this, done); });
        VERIFY_OK(session);
        QCOMPARE(std::get<SessionInfo>(session).clientId, QString("cafe-lumen-desk"));
    }

    void noSecretReachesTheInspector()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(sandbox.url());
        PortalClient portal(transport, Clock::system());
        QSignalSpy refreshTokens(&portal, &PortalClient::refreshTokenChanged);
        const auto signedIn = wait<SignInInfo>(
            [&](auto done) { portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, done); });
        VERIFY_OK(signedIn);
        const auto client = wait<SignInInfo>(
            [&](auto done) { portal.signInWithClient("cafe-lumen-desk", "sandbox-secret-1001", this, done); });
        VERIFY_OK(client);
        wait<QList<MerchantDevice>>([&](auto done) { portal.devices(this, done); });
        QVERIFY(log.rowCount() >= 3);

        QByteArray everything = log.toHar();
        for (int row = 0; row < log.rowCount(); ++row) {
            everything += ExchangeLog::toCurl(log.exchange(row)).toUtf8();
            for (int column = 0; column < log.columnCount(); ++column)
                everything += log.data(log.index(row, column)).toString().toUtf8();
        }
        QVERIFY(everything.contains("Bearer [redacted]"));
        const QByteArray refreshToken = refreshTokens.at(0).at(0).toString().toUtf8();
        QVERIFY(!refreshToken.isEmpty());
        for (const QByteArray &secret : {QByteArray("pairing-demo"), QByteArray("sandbox-secret-1001"), refreshToken})
            QVERIFY2(!everything.contains(secret), secret.constData());
        // Access tokens are 43 characters of base64url: none may appear outside a redaction.
        static const QRegularExpression accessToken(QStringLiteral("\"access_token\":\"(?!\\[redacted\\])"));
        QVERIFY(!accessToken.match(QString::fromUtf8(everything)).hasMatch());
    }

    void refreshesAheadOfExpiry()
    {
        sandbox::SandboxServer sandbox(sandbox::SandboxServer::Options{});
        QVERIFY(sandbox.start());
        ExchangeLog log;
        HttpTransport transport(m_network);
        connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
        transport.setBaseUrl(sandbox.url());
        TestClock clock;
        PortalClient portal(transport, clock);
        QSignalSpy refreshTokens(&portal, &PortalClient::refreshTokenChanged);
        wait<SignInInfo>(
            [&](auto done) { portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, done); });
        wait<SessionInfo>([&](auto done) { portal.initiateSession("merchant.viopay.io", this, done); });
        const int before = log.rowCount();

        clock.advanceMs(900'000 - PortalClient::RefreshAheadMs + 1000); // 29 s left: inside the margin
        const auto devices = wait<QList<MerchantDevice>>([&](auto done) { portal.devices(this, done); });
        VERIFY_OK(devices);
        QVERIFY(std::holds_alternative<QList<MerchantDevice>>(devices));
        QCOMPARE(log.rowCount(), before + 2);
        QVERIFY(log.exchange(before).url.path().endsWith("/token"));
        QCOMPARE(log.exchange(before + 1).url.path(), QString("/merchant/devices"));
        QCOMPARE(refreshTokens.count(), 2);
        QVERIFY(refreshTokens.at(0).at(0) != refreshTokens.at(1).at(0));
    }

    void refreshesOnceOnA401_data()
    {
        QTest::addColumn<bool>("secondAnswerIs401");
        QTest::newRow("then succeeds") << false;
        QTest::newRow("then a clear error") << true;
    }

    void refreshesOnceOnA401()
    {
        QFETCH(bool, secondAnswerIs401);
        using B = ScriptedServer::Behaviour;
        ScriptedServer server({{B::Answer, ScriptedServer::answer(200, tokens)},
                               {B::Answer, ScriptedServer::answer(401, expired)},
                               {B::Answer, ScriptedServer::answer(200, rotated)},
                               {B::Answer, secondAnswerIs401 ? ScriptedServer::answer(401, expired)
                                                             : ScriptedServer::answer(200, "{\"devices\":[]}")}});
        HttpTransport transport(m_network);
        transport.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port())));
        PortalClient portal(transport, Clock::system());
        wait<SignInInfo>(
            [&](auto done) { portal.signInWithPassword("ops@cafe-lumen.test", "pairing-demo", this, done); });
        const auto devices = wait<QList<MerchantDevice>>([&](auto done) { portal.devices(this, done); });

        QCOMPARE(server.requestsSeen(), 4);
        QVERIFY(server.lastRequest().contains("Authorization: Bearer a2"));
        if (!secondAnswerIs401) {
            QVERIFY(std::get<QList<MerchantDevice>>(devices).isEmpty());
            return;
        }
        QCOMPARE(std::get<ApiError>(devices).httpStatus(), 401);
        QVERIFY(std::get<ApiError>(devices).userMessage().contains("Sign in again"));
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "tst_portalclient.moc"
