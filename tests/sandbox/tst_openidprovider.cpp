#include "core/Clock.h"
#include "crypto/SigningKey.h"
#include "sandbox/JsonWebToken.h"
#include "sandbox/PairingRegistry.h"
#include "sandbox/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace viopay;
using namespace viopay::sandbox;
using viopay::crypto::SigningKey;

namespace {
const QString Ops = QStringLiteral("ops@cafe-lumen.test");
const QString DemoPassword = QStringLiteral("pairing-demo");
const QString Redirect = QStringLiteral("http://127.0.0.1:53682/callback");
const QString Issuer = QStringLiteral("http://127.0.0.1:8080/realms/viopay");
// A verifier and its S256 challenge (computed independently: python3 hashlib, base64url).
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mJ0kzyuDAmyGxQwMTgaZPJjWijAiIq");
const QString Challenge = QStringLiteral("TU-JW1NcaIHlrdc_vMV8GQ4C1iAOVaKDvUFkAwJ0e9w");

using Fields = QList<QPair<QString, QString>>;

QByteArray form(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

Fields authorization(const QString &redirectUri = Redirect, const QString &challenge = Challenge)
{
    Fields fields{{QStringLiteral("client_id"), QStringLiteral("viopay-desk")},
                  {QStringLiteral("redirect_uri"), redirectUri},
                  {QStringLiteral("response_type"), QStringLiteral("code")},
                  {QStringLiteral("scope"), QStringLiteral("openid")},
                  {QStringLiteral("state"), QStringLiteral("st&te 1")},
                  {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    if (!challenge.isNull())
        fields.append({QStringLiteral("code_challenge"), challenge});
    return fields;
}

Fields without(Fields fields, const QString &name)
{
    fields.removeIf([&name](const auto &field) { return field.first == name; });
    return fields;
}

Fields with(Fields fields, const QString &name, const QString &value)
{
    fields = without(fields, name);
    fields.append({name, value});
    return fields;
}

MerchantRequest query(const Fields &fields)
{
    return {std::nullopt, std::nullopt, {}, std::nullopt, form(fields), Issuer};
}

MerchantRequest posted(const Fields &fields)
{
    return {std::nullopt, QByteArray("application/x-www-form-urlencoded"), form(fields), std::nullopt, {}, Issuer};
}

MerchantRequest bearerRequest(const QString &accessToken)
{
    return {"Bearer " + accessToken.toLatin1(),
            QByteArray("application/json"),
            QByteArray(R"({"host":"merchant.viopay.io"})"),
            std::nullopt,
            {},
            Issuer};
}

QUrlQuery locationQuery(const SandboxReply &reply)
{
    return QUrlQuery(QUrl(QString::fromUtf8(reply.header("Location"))));
}

QString bodyText(const SandboxReply &reply)
{
    return QString::fromUtf8(reply.rawBody);
}

QJsonObject payloadOf(const QString &jwt)
{
    const QByteArray part = jwt.toLatin1().split('.').value(1);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

struct Sandbox {
    explicit Sandbox(const QString &path = QStringLiteral(":memory:"))
        : store(Store::open(path, false))
        , registry(std::make_unique<PairingRegistry>(*store, clock))
    {}

    // Signs in through the login form; returns the redirect's code (empty when there was none).
    QString code(const Fields &request = authorization(), const QString &password = DemoPassword)
    {
        const SandboxReply reply = registry->authorizeForm(
            posted(request + Fields{{QStringLiteral("username"), Ops}, {QStringLiteral("password"), password}}));
        return reply.status == 302 ? locationQuery(reply).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                                   : QString();
    }

    SandboxReply redeem(const QString &code, const QString &verifier = Verifier, const QString &redirectUri = Redirect)
    {
        Fields fields{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("client_id"), QStringLiteral("viopay-desk")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), redirectUri}};
        if (!verifier.isNull())
            fields.append({QStringLiteral("code_verifier"), verifier});
        return registry->token(posted(fields));
    }

    // 200 once a session is initiated with the token, 401 when the token is refused.
    int apiStatus(const QString &accessToken) { return registry->initiateSession(bearerRequest(accessToken)).status; }

    TestClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<PairingRegistry> registry;
};
} // namespace

class TestOpenIdProvider : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void discoveryListsTheContractFields();
    void loginPageIsSelfContained();
    void untrustedClientOrRedirectShowsAnErrorPage_data();
    void untrustedClientOrRedirectShowsAnErrorPage();
    void pkceIsRequired_data();
    void pkceIsRequired();
    void denyRedirectsWithAccessDenied();
    void wrongPasswordShowsTheFormAgain();
    void codeFlowGivesVerifiableTokens();
    void wrongOrMissingVerifierIsRefused_data();
    void wrongOrMissingVerifierIsRefused();
    void redirectUriMustMatch();
    void reusedCodeIsRefusedAndRevokesItsTokens();
    void codeExpiresAfter60Seconds();
    void apiRefusesTamperedForeignAndIdTokens();
    void apiRefusesExpiredAndRevokedTokens();
    void refreshRotatesJwtAccessTokens();
    void endSessionEndsTheSignIn();
    void keyIsKeptAcrossRestart();
    void aFirstStartDoesNotWaitForTheKey();
};

void TestOpenIdProvider::discoveryListsTheContractFields()
{
    Sandbox sandbox;
    const QJsonObject doc = sandbox.registry->openIdConfiguration(Issuer).body;
    QCOMPARE(doc.keys(),
             QStringList({"authorization_endpoint", "code_challenge_methods_supported", "end_session_endpoint",
                          "grant_types_supported", "issuer", "jwks_uri", "revocation_endpoint", "token_endpoint"}));
    QCOMPARE(doc.value("issuer").toString(), Issuer);
    QCOMPARE(doc.value("authorization_endpoint").toString(), Issuer + "/protocol/openid-connect/auth");
    QCOMPARE(doc.value("token_endpoint").toString(), Issuer + "/protocol/openid-connect/token");
    QCOMPARE(doc.value("jwks_uri").toString(), Issuer + "/protocol/openid-connect/certs");
    QCOMPARE(doc.value("revocation_endpoint").toString(), Issuer + "/protocol/openid-connect/revoke");
    QCOMPARE(doc.value("end_session_endpoint").toString(), Issuer + "/protocol/openid-connect/logout");
    QCOMPARE(doc.value("grant_types_supported").toArray(),
             QJsonArray({"authorization_code", "refresh_token", "password"}));
    QCOMPARE(doc.value("code_challenge_methods_supported").toArray(), QJsonArray({"S256"}));

    const QJsonArray keys = sandbox.registry->jwks().body.value("keys").toArray();
    QCOMPARE(keys.size(), 1);
    const QJsonObject key = keys.first().toObject();
    QCOMPARE(key.value("kty").toString(), QStringLiteral("RSA"));
    QCOMPARE(key.value("alg").toString(), QStringLiteral("RS256"));
    QCOMPARE(key.value("use").toString(), QStringLiteral("sig"));
    QCOMPARE(key.value("e").toString(), QStringLiteral("AQAB"));
    QCOMPARE(QByteArray::fromBase64(key.value("n").toString().toLatin1(), QByteArray::Base64UrlEncoding).size(),
             256); // 2048 bits
    QVERIFY(!key.value("kid").toString().isEmpty());
    QVERIFY(!key.contains("d")); // never the private half
}

void TestOpenIdProvider::loginPageIsSelfContained()
{
    Sandbox sandbox;
    const SandboxReply reply = sandbox.registry->authorize(query(authorization()));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArray("text/html; charset=utf-8"));
    const QByteArray csp = reply.header("Content-Security-Policy");
    QVERIFY(csp.startsWith("default-src 'none'; style-src 'sha256-"));
    QVERIFY(csp.contains("form-action 'self' http://127.0.0.1:53682;"));
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QVERIFY(!csp.contains("unsafe-inline"));
    const QString html = bodyText(reply);
    QVERIFY(html.contains(R"(<label for="username">E-mail</label>)"));
    QVERIFY(html.contains(R"(<label for="password">Password</label>)"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains(QRegularExpression(QStringLiteral("%\\d")))); // every placeholder filled
    QVERIFY(!html.contains("role=\"alert\""));                           // nothing to announce yet
    // The state travels escaped in a hidden field, not as markup.
    QVERIFY(html.contains(R"(name="state" value="st&amp;te 1")"));
    QVERIFY(html.contains(R"(name="code_challenge" value=")" + Challenge + "\""));
}

void TestOpenIdProvider::untrustedClientOrRedirectShowsAnErrorPage_data()
{
    QTest::addColumn<QByteArray>("queryText");
    const Fields good = authorization();
    QTest::newRow("unknown client") << form(with(good, "client_id", "someone-else"));
    QTest::newRow("no client") << form(without(good, "client_id"));
    QTest::newRow("no redirect") << form(without(good, "redirect_uri"));
    QTest::newRow("https elsewhere") << form(with(good, "redirect_uri", "https://evil.test/cb"));
    QTest::newRow("loopback-looking name") << form(with(good, "redirect_uri", "http://127.0.0.1.evil.test/cb"));
    QTest::newRow("user info") << form(with(good, "redirect_uri", "http://localhost@evil.test/cb"));
    QTest::newRow("other address") << form(with(good, "redirect_uri", "http://192.168.1.5:8000/cb"));
    QTest::newRow("fragment") << form(with(good, "redirect_uri", "http://127.0.0.1:5000/cb#x"));
    QTest::newRow("redirect twice") << form(good) + "&redirect_uri=" + QUrl::toPercentEncoding(Redirect);
}

void TestOpenIdProvider::untrustedClientOrRedirectShowsAnErrorPage()
{
    QFETCH(QByteArray, queryText);
    Sandbox sandbox;
    for (const SandboxReply &reply :
         {sandbox.registry->authorize({std::nullopt, std::nullopt, {}, std::nullopt, queryText, Issuer}),
          sandbox.registry->authorizeForm({std::nullopt,
                                           QByteArray("application/x-www-form-urlencoded"),
                                           queryText + "&username=ops%40cafe-lumen.test&password=pairing-demo",
                                           std::nullopt,
                                           {},
                                           Issuer})}) {
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty()); // RFC 6749 4.1.2.1: never redirected
        QVERIFY(bodyText(reply).contains("role=\"alert\""));
        QVERIFY(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
}

void TestOpenIdProvider::pkceIsRequired_data()
{
    QTest::addColumn<QByteArray>("queryText");
    QTest::addColumn<QString>("error");
    const Fields good = authorization();
    QTest::newRow("no challenge") << form(authorization(Redirect, QString())) << "invalid_request";
    QTest::newRow("plain method") << form(with(good, "code_challenge_method", "plain")) << "invalid_request";
    QTest::newRow("no method") << form(without(good, "code_challenge_method")) << "invalid_request";
    QTest::newRow("short challenge") << form(authorization(Redirect, "abc")) << "invalid_request";
    QTest::newRow("token response") << form(with(good, "response_type", "token")) << "unsupported_response_type";
}

void TestOpenIdProvider::pkceIsRequired()
{
    QFETCH(QByteArray, queryText);
    QFETCH(QString, error);
    Sandbox sandbox;
    const SandboxReply reply =
        sandbox.registry->authorize({std::nullopt, std::nullopt, {}, std::nullopt, queryText, Issuer});
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("Location").startsWith(Redirect.toUtf8() + '?'));
    const QUrlQuery back = locationQuery(reply);
    QCOMPARE(back.queryItemValue("error"), error);
    QCOMPARE(back.queryItemValue("state", QUrl::FullyDecoded), QStringLiteral("st&te 1"));
    QVERIFY(!back.hasQueryItem("code"));
}

void TestOpenIdProvider::denyRedirectsWithAccessDenied()
{
    Sandbox sandbox;
    const SandboxReply reply =
        sandbox.registry->authorizeForm(posted(authorization() + Fields{{QStringLiteral("action"), "deny"}}));
    QCOMPARE(reply.status, 302);
    const QUrlQuery back = locationQuery(reply);
    QCOMPARE(back.queryItemValue("error"), QStringLiteral("access_denied"));
    QCOMPARE(back.queryItemValue("state", QUrl::FullyDecoded), QStringLiteral("st&te 1"));
    QVERIFY(!back.hasQueryItem("code"));
}

void TestOpenIdProvider::wrongPasswordShowsTheFormAgain()
{
    Sandbox sandbox;
    const SandboxReply reply = sandbox.registry->authorizeForm(
        posted(authorization() + Fields{{"username", Ops}, {"password", QStringLiteral("wrong")}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Location").isEmpty());
    const QString html = bodyText(reply);
    QVERIFY(html.contains(R"(role="alert">Invalid e-mail or password.)"));
    QVERIFY(html.contains(R"(value=")" + Ops + "\"")); // the e-mail stays typed
    QVERIFY(!html.contains("wrong"));                  // the password does not
    // The password grant's lockout counts these too: the fifth failure locks the name.
    for (int i = 0; i < 4; ++i)
        QVERIFY(sandbox.code(authorization(), QStringLiteral("wrong")).isEmpty());
    const SandboxReply locked = sandbox.registry->authorizeForm(
        posted(authorization() + Fields{{"username", Ops}, {"password", DemoPassword}}));
    QCOMPARE(locked.status, 429);
    QVERIFY(bodyText(locked).contains("Too many failed sign-ins"));
}

void TestOpenIdProvider::codeFlowGivesVerifiableTokens()
{
    Sandbox sandbox;
    const QString code = sandbox.code();
    QCOMPARE(code.size(), 43);
    const SandboxReply reply = sandbox.redeem(code);
    QVERIFY2(reply.status == 200, qPrintable(reply.body.value("error_description").toString()));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(reply.body.value("expires_in").toInt(), 900);
    QCOMPARE(reply.body.value("refresh_expires_in").toInt(), 28800);

    // The key is the one published: a relying party verifies with the JWKS alone.
    const QJsonObject jwk = sandbox.registry->jwks().body.value("keys").toArray().first().toObject();
    const std::optional<SigningKey> key = SigningKey::fromPem(sandbox.store->signingKeyPem().value_or(QByteArray()));
    QVERIFY(key);
    QCOMPARE(key->publicJwk(), jwk);

    const QString accessToken = reply.body.value("access_token").toString();
    const std::optional<QJsonObject> access = JsonWebToken::verify(accessToken.toLatin1(), *key);
    QVERIFY(access);
    const qint64 now = sandbox.clock.utcNow().toSecsSinceEpoch();
    QCOMPARE(access->value("iss").toString(), Issuer);
    QCOMPARE(access->value("aud").toString(), QStringLiteral("viopay-api"));
    QCOMPARE(access->value("sub").toString(), Ops);
    QCOMPARE(access->value("azp").toString(), QStringLiteral("viopay-desk"));
    QCOMPARE(access->value("merchant_id").toString(), QStringLiteral("MRC-1001"));
    QCOMPARE(access->value("roles").toArray(), QJsonArray({"admin"}));
    QCOMPARE(qint64(access->value("iat").toDouble()), now);
    QCOMPARE(qint64(access->value("exp").toDouble()), now + 900);
    QCOMPARE(access->value("jti").toString().size(), 43);

    const std::optional<QJsonObject> id =
        JsonWebToken::verify(reply.body.value("id_token").toString().toLatin1(), *key);
    QVERIFY(id);
    QCOMPARE(id->value("iss").toString(), Issuer);
    QCOMPARE(id->value("aud").toString(), QStringLiteral("viopay-desk"));
    QCOMPARE(id->value("sub").toString(), Ops);
    QCOMPARE(id->value("email").toString(), Ops);
    QCOMPARE(id->value("nonce").toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(qint64(id->value("exp").toDouble()), now + 900);
    QCOMPARE(qint64(id->value("iat").toDouble()), now);

    QCOMPARE(sandbox.apiStatus(accessToken), 200);
}

void TestOpenIdProvider::wrongOrMissingVerifierIsRefused_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::newRow("missing") << QString();
    QTest::newRow("wrong") << QStringLiteral("dBjftJeZ4CVP-mJ0kzyuDAmyGxQwMTgaZPJjWijAiIr");
    QTest::newRow("the challenge itself") << Challenge;
    QTest::newRow("too short") << QStringLiteral("abc");
}

void TestOpenIdProvider::wrongOrMissingVerifierIsRefused()
{
    QFETCH(QString, verifier);
    Sandbox sandbox;
    const QString code = sandbox.code();
    const SandboxReply reply = sandbox.redeem(code, verifier);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body.value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(!reply.body.contains("access_token"));
    // One attempt per code: the right verifier afterwards does not make a failed code good.
    QCOMPARE(sandbox.redeem(code).status, 400);
}

void TestOpenIdProvider::redirectUriMustMatch()
{
    Sandbox sandbox;
    const SandboxReply reply =
        sandbox.redeem(sandbox.code(), Verifier, QStringLiteral("http://127.0.0.1:53683/callback"));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body.value("error").toString(), QStringLiteral("invalid_grant"));
    QVERIFY(reply.body.value("error_description").toString().contains("redirect_uri"));
    QCOMPARE(sandbox.redeem(sandbox.code(), Verifier, QString()).status, 400);
}

void TestOpenIdProvider::reusedCodeIsRefusedAndRevokesItsTokens()
{
    Sandbox sandbox;
    const QString code = sandbox.code();
    const SandboxReply first = sandbox.redeem(code);
    QCOMPARE(first.status, 200);
    const QString accessToken = first.body.value("access_token").toString();
    QCOMPARE(sandbox.apiStatus(accessToken), 200);

    const SandboxReply second = sandbox.redeem(code);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.body.value("error").toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(sandbox.apiStatus(accessToken), 401);
    const SandboxReply refresh =
        sandbox.registry->token(posted({{"grant_type", "refresh_token"},
                                        {"client_id", "viopay-desk"},
                                        {"refresh_token", first.body.value("refresh_token").toString()}}));
    QCOMPARE(refresh.status, 401);
}

void TestOpenIdProvider::codeExpiresAfter60Seconds()
{
    Sandbox sandbox;
    const QString code = sandbox.code();
    sandbox.clock.advanceMs(59'999);
    QCOMPARE(sandbox.redeem(code).status, 200);

    const QString late = sandbox.code();
    sandbox.clock.advanceSeconds(60);
    const SandboxReply reply = sandbox.redeem(late);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body.value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestOpenIdProvider::apiRefusesTamperedForeignAndIdTokens()
{
    Sandbox sandbox;
    const SandboxReply tokens = sandbox.redeem(sandbox.code());
    const QString accessToken = tokens.body.value("access_token").toString();
    QList<QByteArray> parts = accessToken.toLatin1().split('.');

    // Another merchant's id in the claims, the signature unchanged.
    QJsonObject claims = payloadOf(accessToken);
    claims.insert("merchant_id", "MRC-2002");
    const QByteArray tampered = parts.at(0) + '.' +
                                QJsonDocument(claims)
                                    .toJson(QJsonDocument::Compact)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                                '.' + parts.at(2);
    QCOMPARE(sandbox.apiStatus(QString::fromLatin1(tampered)), 401);
    // The same claims signed by a key that is not the sandbox's.
    const std::optional<SigningKey> stranger = SigningKey::generate();
    QVERIFY(stranger);
    QCOMPARE(sandbox.apiStatus(QString::fromLatin1(JsonWebToken::sign(payloadOf(accessToken), *stranger))), 401);
    // alg none.
    const QByteArray none =
        QByteArray(R"({"alg":"none"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.' +
        parts.at(1) + '.';
    QCOMPARE(sandbox.apiStatus(QString::fromLatin1(none)), 401);
    // The ID token is signed by the sandbox but meant for the app, not the API.
    QCOMPARE(sandbox.apiStatus(tokens.body.value("id_token").toString()), 401);
    QCOMPARE(sandbox.apiStatus(accessToken), 200);
}

void TestOpenIdProvider::apiRefusesExpiredAndRevokedTokens()
{
    Sandbox sandbox;
    const QString accessToken = sandbox.redeem(sandbox.code()).body.value("access_token").toString();
    sandbox.clock.advanceMs(899'999);
    QCOMPARE(sandbox.apiStatus(accessToken), 200);
    sandbox.clock.advanceMs(1);
    QCOMPARE(sandbox.apiStatus(accessToken), 401);

    const QString revoked = sandbox.redeem(sandbox.code()).body.value("access_token").toString();
    QCOMPARE(sandbox.registry->revoke(posted({{"token", revoked}, {"client_id", "viopay-desk"}})).status, 200);
    QVERIFY(JsonWebToken::verify(revoked.toLatin1(), *SigningKey::fromPem(*sandbox.store->signingKeyPem())));
    const SandboxReply refused = sandbox.registry->initiateSession(bearerRequest(revoked));
    QCOMPARE(refused.status, 401);
    const QJsonObject error = refused.body.value("error").toObject();
    QCOMPARE(error.value("code").toString(), QStringLiteral("4010"));
    QCOMPARE(error.value("message").toString(), QStringLiteral("A valid bearer token is required"));
}

void TestOpenIdProvider::refreshRotatesJwtAccessTokens()
{
    Sandbox sandbox;
    const SandboxReply first = sandbox.redeem(sandbox.code());
    sandbox.clock.advanceSeconds(60);
    const SandboxReply refreshed =
        sandbox.registry->token(posted({{"grant_type", "refresh_token"},
                                        {"client_id", "viopay-desk"},
                                        {"refresh_token", first.body.value("refresh_token").toString()}}));
    QCOMPARE(refreshed.status, 200);
    QVERIFY(refreshed.body.value("refresh_token") != first.body.value("refresh_token"));
    const QJsonObject claims = payloadOf(refreshed.body.value("access_token").toString());
    QCOMPARE(claims.value("iss").toString(), Issuer);
    QCOMPARE(qint64(claims.value("iat").toDouble()), sandbox.clock.utcNow().toSecsSinceEpoch());
    QCOMPARE(sandbox.apiStatus(refreshed.body.value("access_token").toString()), 200);
    // Password and client sign-ins get JWTs too.
    const SandboxReply password = sandbox.registry->token(posted(
        {{"grant_type", "password"}, {"client_id", "viopay-desk"}, {"username", Ops}, {"password", DemoPassword}}));
    QCOMPARE(payloadOf(password.body.value("access_token").toString()).value("sub").toString(), Ops);
    QVERIFY(!password.body.contains("id_token"));
}

void TestOpenIdProvider::endSessionEndsTheSignIn()
{
    Sandbox sandbox;
    const SandboxReply tokens = sandbox.redeem(sandbox.code());
    const QString accessToken = tokens.body.value("access_token").toString();
    QCOMPARE(sandbox.apiStatus(accessToken), 200);

    const SandboxReply foreign =
        sandbox.registry->endSession(query({{"id_token_hint", tokens.body.value("id_token").toString()},
                                            {"post_logout_redirect_uri", "https://evil.test/"}}));
    QCOMPARE(foreign.status, 400);
    QCOMPARE(sandbox.apiStatus(accessToken), 200); // a refused request ends nothing

    sandbox.clock.advanceSeconds(3600); // the ID token has expired: it still names the sign-in
    const SandboxReply reply =
        sandbox.registry->endSession(query({{"id_token_hint", tokens.body.value("id_token").toString()},
                                            {"post_logout_redirect_uri", "http://127.0.0.1:53682/signed-out"},
                                            {"state", "s1"}}));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), QByteArray("http://127.0.0.1:53682/signed-out?state=s1"));
    const SandboxReply refresh =
        sandbox.registry->token(posted({{"grant_type", "refresh_token"},
                                        {"client_id", "viopay-desk"},
                                        {"refresh_token", tokens.body.value("refresh_token").toString()}}));
    QCOMPARE(refresh.status, 401);

    const SandboxReply page = sandbox.registry->endSession(query({}));
    QCOMPARE(page.status, 200);
    QVERIFY(bodyText(page).contains("You are signed out"));
}

void TestOpenIdProvider::keyIsKeptAcrossRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.db"));
    QString kid;
    QString accessToken;
    {
        Sandbox sandbox(path);
        kid = sandbox.registry->jwks().body.value("keys").toArray().first().toObject().value("kid").toString();
        accessToken = sandbox.redeem(sandbox.code()).body.value("access_token").toString();
    }
    Sandbox restarted(path);
    QCOMPARE(restarted.registry->jwks().body.value("keys").toArray().first().toObject().value("kid").toString(), kid);
    QCOMPARE(restarted.apiStatus(accessToken), 200);

    Sandbox other; // another database makes its own key
    QVERIFY(other.registry->jwks().body.value("keys").toArray().first().toObject().value("kid").toString() != kid);
    QCOMPARE(other.apiStatus(accessToken), 401);
}

// Making an RSA key takes 70 to 400 ms: a first start leaves it to the background, and it is
// stored when a request first needs it, the same key that request used.
void TestOpenIdProvider::aFirstStartDoesNotWaitForTheKey()
{
    Sandbox sandbox;
    QVERIFY(!sandbox.store->signingKeyPem().has_value());
    const QString kid =
        sandbox.registry->jwks().body.value("keys").toArray().first().toObject().value("kid").toString();
    const std::optional<QByteArray> stored = sandbox.store->signingKeyPem();
    QVERIFY(stored.has_value());
    QCOMPARE(SigningKey::fromPem(*stored)->keyId(), kid);
}

QTEST_GUILESS_MAIN(TestOpenIdProvider)
#include "tst_openidprovider.moc"
