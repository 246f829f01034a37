#include "FakeIssuer.h"

#include "api/HttpTransport.h"
#include "api/OidcClient.h"
#include "api/PortalClient.h"
#include "core/Clock.h"
#include "merchant/BrowserSignIn.h"
#include "merchant/PkceSecrets.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace viopay;
using Kind = BrowserSignIn::Outcome::Kind;

// The browser sign-in against a provider of the tests' own (FakeIssuer), with a "browser" that is
// a shell script: curl follows the authorization endpoint's redirect to the app's loopback.
class TestBrowserSignIn : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    QString script(const QString &name, const QByteArray &body)
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("#!/bin/sh\n" + body + "\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    struct Run {
        FakeIssuer issuer;
        HttpTransport transport;
        PortalClient portal;
        OidcClient oidc;
        BrowserSignIn signIn;
        std::optional<BrowserSignIn::Outcome> outcome;
        IssuerConfig config;

        explicit Run(QNetworkAccessManager &network)
            : transport(network)
            , portal(transport, Clock::system())
            , oidc(transport)
            , signIn(portal, oidc, Clock::system())
        {
            std::optional<Result<IssuerConfig>> discovered;
            oidc.discover(issuer.issuer(), &issuer, [&](const Result<IssuerConfig> &found) { discovered = found; });
            QTRY_VERIFY(discovered.has_value());
            config = std::get<IssuerConfig>(*discovered);
            portal.setTokenEndpoints(TokenEndpoints::of(config, QStringLiteral("viopay-desk")));
        }
        void start()
        {
            signIn.start(config, QStringLiteral("viopay-desk"),
                         [this](const BrowserSignIn::Outcome &o) { outcome = o; });
        }
    };

    static bool listensAt(const QUrl &url)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(url.host()), quint16(url.port()));
        return socket.waitForConnected(2000);
    }

    QNetworkReply *visit(const QUrl &url) { return m_network.get(QNetworkRequest(url)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("VIOPAY_BROWSER", script("browser", R"(exec curl -s -L -o /dev/null "$1")").toLocal8Bit());
    }

    void signsInWithPkceStateAndNonce()
    {
        Run run(m_network);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.outcome.has_value(), 10000);
        QCOMPARE(run.outcome->kind, Kind::SignedIn);
        QCOMPARE(run.outcome->grant.refreshToken, QString("refresh-1"));

        const QUrlQuery asked = run.issuer.lastAuthorization();
        QCOMPARE(asked.queryItemValue("response_type"), QString("code"));
        QCOMPARE(asked.queryItemValue("client_id"), QString("viopay-desk"));
        QCOMPARE(asked.queryItemValue("scope"), QString("openid"));
        QCOMPARE(asked.queryItemValue("code_challenge_method"), QString("S256"));
        QCOMPARE(asked.queryItemValue("code_challenge").size(), 43);
        QCOMPARE(asked.queryItemValue("state").size(), 43);
        QCOMPARE(asked.queryItemValue("nonce").size(), 43);
        const QUrl redirect(asked.queryItemValue("redirect_uri", QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), QString("http"));
        QCOMPARE(redirect.host(), QString("127.0.0.1")); // RFC 8252 section 7.3, not "localhost"
        QVERIFY(redirect.port() > 0);

        // The verifier went only to the token endpoint, and matches the challenge.
        const QString verifier = run.issuer.lastTokenRequest().queryItemValue("code_verifier");
        QCOMPARE(PkceSecrets::challengeFor(verifier), asked.queryItemValue("code_challenge"));
        QVERIFY(!asked.toString().contains(verifier));
        // One redirect only: nothing listens any more.
        QVERIFY(!listensAt(redirect));
    }

    void theBrowserIsToldToReturnToTheApp()
    {
        Run run(m_network);
        qputenv("VIOPAY_BROWSER",
                script("page", "exec curl -s -L -o \"$(dirname \"$0\")/page.html\" \"$1\"").toLocal8Bit());
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.outcome.has_value(), 10000);
        qputenv("VIOPAY_BROWSER", script("browser", R"(exec curl -s -L -o /dev/null "$1")").toLocal8Bit());
        QFile page(m_dir.filePath("page.html"));
        QTRY_VERIFY_WITH_TIMEOUT(page.size() > 0, 10000); // curl writes it once the app has answered
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray html = page.readAll();
        QVERIFY2(html.contains("return to Viopay Pairing"), html.constData());
        QVERIFY(!html.contains("refresh-1"));
    }

    void aDeniedSignInSaysSo()
    {
        Run run(m_network);
        run.issuer.setAuthorizationError("access_denied");
        run.start();
        const QUrl redirect = run.signIn.redirectUri();
        QTRY_VERIFY_WITH_TIMEOUT(run.outcome.has_value(), 10000);
        QCOMPARE(run.outcome->kind, Kind::Denied);
        QVERIFY(run.issuer.lastTokenRequest().isEmpty()); // nothing redeemed
        QVERIFY(!listensAt(redirect));
    }

    void aRedirectOfAnotherAttemptIsRefused()
    {
        qputenv("VIOPAY_BROWSER", "true");
        Run run(m_network);
        run.start();
        QUrl redirect = run.signIn.redirectUri();
        QVERIFY(listensAt(redirect));
        redirect.setQuery("code=stolen&state=not-this-attempts");
        std::unique_ptr<QNetworkReply> reply(visit(redirect));
        QTRY_VERIFY_WITH_TIMEOUT(run.outcome.has_value(), 10000);
        QCOMPARE(run.outcome->kind, Kind::WrongState);
        QVERIFY(run.issuer.lastTokenRequest().isEmpty()); // the code was never sent anywhere
        qputenv("VIOPAY_BROWSER", script("browser", R"(exec curl -s -L -o /dev/null "$1")").toLocal8Bit());
    }

    void cancelClosesThePortAtOnce()
    {
        qputenv("VIOPAY_BROWSER", "true"); // a browser that never comes back
        Run run(m_network);
        QSignalSpy waiting(&run.signIn, &BrowserSignIn::waitingChanged);
        run.start();
        const QUrl redirect = run.signIn.redirectUri();
        QVERIFY(!run.signIn.authorizationUrl().isEmpty());
        QVERIFY(listensAt(redirect));
        run.signIn.cancel();
        QVERIFY(run.outcome.has_value());
        QCOMPARE(run.outcome->kind, Kind::Cancelled);
        QVERIFY(run.signIn.authorizationUrl().isEmpty());
        QVERIFY(waiting.count() >= 2);
        QVERIFY(!listensAt(redirect));
        qputenv("VIOPAY_BROWSER", script("browser", R"(exec curl -s -L -o /dev/null "$1")").toLocal8Bit());
    }

    void anIdTokenForAnotherAttemptIsRefused()
    {
        Run run(m_network);
        run.issuer.setIdTokenOverrides({{"nonce", "replayed"}});
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.outcome.has_value(), 10000);
        QCOMPARE(run.outcome->kind, Kind::BadIdToken);
        QVERIFY(run.outcome->grant.refreshToken.isEmpty());
    }

    void anIdTokenForAnotherClientIsRefused()
    {
        Run run(m_network);
        run.issuer.setIdTokenOverrides({{"aud", "another-app"}});
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.outcome.has_value(), 10000);
        QCOMPARE(run.outcome->kind, Kind::BadIdToken);
    }

    void discoveryChecksTheIssuerAndSaysWhenItIsUnreachable()
    {
        FakeIssuer issuer;
        HttpTransport transport(m_network);
        OidcClient oidc(transport);
        std::optional<Result<IssuerConfig>> found;
        oidc.discover(issuer.issuer(), this, [&](const Result<IssuerConfig> &r) { found = r; });
        QTRY_VERIFY(found.has_value());
        const IssuerConfig config = std::get<IssuerConfig>(*found);
        QCOMPARE(config.tokenEndpoint, issuer.url("/realms/test/token"));
        QVERIFY(!config.offersPassword());

        // No such realm: refused.
        found.reset();
        oidc.discover(issuer.url("/realms/other"), this, [&](const Result<IssuerConfig> &r) { found = r; });
        QTRY_VERIFY(found.has_value());
        QVERIFY(std::holds_alternative<ApiError>(*found)); // 404 here

        const quint16 port = issuer.serverPort();
        issuer.close();
        found.reset();
        oidc.discover(QUrl(QStringLiteral("http://127.0.0.1:%1/realms/test").arg(port)), this,
                      [&](const Result<IssuerConfig> &r) { found = r; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
        QCOMPARE(std::get<ApiError>(*found).kind(), ApiError::Kind::Network);
    }

    void aDocumentNamingAnotherIssuerIsRefused()
    {
        ApiResponse response;
        response.status = 200;
        response.json = {{"issuer", "https://evil.example/realms/viopay"},
                         {"authorization_endpoint", "https://evil.example/auth"},
                         {"token_endpoint", "https://evil.example/token"},
                         {"jwks_uri", "https://evil.example/certs"}};
        QVERIFY(std::holds_alternative<ApiError>(
            IssuerConfig::parse(response, QUrl("https://auth.example/realms/viopay"))));
        response.json["issuer"] = "https://auth.example/realms/viopay";
        const auto parsed = IssuerConfig::parse(response, QUrl("https://auth.example/realms/viopay"));
        QVERIFY(std::holds_alternative<IssuerConfig>(parsed));
        QVERIFY(std::get<IssuerConfig>(parsed).revocationEndpoint.isEmpty());
        QCOMPARE(IssuerConfig::defaultIssuer(QUrl("http://127.0.0.1:8080/")),
                 QUrl("http://127.0.0.1:8080/realms/viopay"));
    }
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
