#include "BrowserSignIn.h"

#include "IdTokenCheck.h"

#include "core/Clock.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QProcess>

namespace viopay {

namespace {
Q_LOGGING_CATEGORY(lcBrowserSignIn, "viopay.merchant.browser")

QString redirectValue(const QVariantMap &data, const char *key)
{
    return QUrl::fromPercentEncoding(data.value(QLatin1String(key)).toString().toUtf8());
}

QString returnPage(const QString &title, const QString &line)
{
    // QOAuthHttpServerReplyHandler puts this inside <body>; the strings are ours, not the redirect's.
    return QStringLiteral("<h1>%1</h1><p>%2</p>").arg(title.toHtmlEscaped(), line.toHtmlEscaped());
}
} // namespace

BrowserSignIn::BrowserSignIn(PortalClient &portal, OidcClient &oidc, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
    , m_oidc(oidc)
    , m_clock(clock)
{}

BrowserSignIn::~BrowserSignIn() = default; // the listener and the flow are children

void BrowserSignIn::start(const IssuerConfig &issuer, const QString &clientId,
                          std::function<void(const Outcome &)> done)
{
    cancel();
    dropListener();
    m_issuer = issuer;
    m_clientId = clientId;
    m_secrets = PkceSecrets::generate();
    m_done = std::move(done);
    m_requests = new QObject(this);

    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_listener->isListening()) {
        finish({Outcome::Kind::NoListener, {}, std::nullopt, {}});
        return;
    }
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setAuthorizationUrl(issuer.authorizationEndpoint);
    m_flow->setAccessTokenUrl(issuer.tokenEndpoint);
    m_flow->setClientIdentifier(clientId);
    m_flow->setScope(QStringLiteral("openid"));
    m_flow->setState(m_secrets.state);
    m_flow->setReplyHandler(m_listener);
    // Qt 6.4 has no PKCE (it came in 6.8): the challenge and the nonce go in through this hook.
    m_flow->setModifyParametersFunction([challenge = m_secrets.challenge, nonce = m_secrets.nonce](
                                            QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
            return;
        parameters->replace(QStringLiteral("code_challenge"), challenge);
        parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        parameters->replace(QStringLiteral("nonce"), nonce);
    });
    m_redirectUri = QUrl(m_listener->callback());
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) { m_authorizationUrl = url; });
    m_flow->grant();
    // The redirect is ours to check and redeem: the flow's own handling would swallow a wrong
    // state in a log line and report no failure of its token request.
    disconnect(m_listener, nullptr, m_flow, nullptr);
    connect(m_listener, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserSignIn::onRedirect);
    Q_EMIT waitingChanged();
    openBrowser(m_authorizationUrl);
}

void BrowserSignIn::openBrowser(const QUrl &url)
{
    const QString program = qEnvironmentVariable("VIOPAY_BROWSER");
    const bool opened = program.isEmpty() ? QDesktopServices::openUrl(url)
                                          : QProcess::startDetached(program, {url.toString(QUrl::FullyEncoded)});
    // The page offers the link to copy, so a missing browser does not end the attempt.
    if (!opened)
        qCWarning(lcBrowserSignIn) << "No browser could be opened for the sign-in";
}

void BrowserSignIn::onRedirect(const QVariantMap &data)
{
    if (!m_done)
        return;
    const QString state = redirectValue(data, "state");
    const QString error = redirectValue(data, "error");
    const QString code = redirectValue(data, "code");
    if (state != m_secrets.state) {
        m_listener->setCallbackText(returnPage(tr("This sign-in is not the one Viopay Pairing started"),
                                               tr("Return to Viopay Pairing and sign in again.")));
        finish({Outcome::Kind::WrongState, {}, std::nullopt, {}});
        return;
    }
    if (!error.isEmpty() || code.isEmpty()) {
        m_listener->setCallbackText(
            returnPage(tr("Not signed in"), tr("Return to Viopay Pairing: it says what happened.")));
        const bool denied = error == QLatin1String("access_denied");
        const QString description = redirectValue(data, "error_description");
        finish({denied ? Outcome::Kind::Denied : Outcome::Kind::Refused,
                {},
                std::nullopt,
                description.isEmpty() ? error : description});
        return;
    }
    m_listener->setCallbackText(
        returnPage(tr("Signed in to Viopay Pairing"), tr("You can close this tab and return to Viopay Pairing.")));
    stopListening(); // one redirect only: the port closes now
    m_authorizationUrl.clear();
    Q_EMIT waitingChanged();
    redeem(code);
}

void BrowserSignIn::redeem(const QString &code)
{
    m_portal.exchangeCode(code, m_secrets.verifier, m_redirectUri.toString(), m_requests,
                          [this](const Result<PortalClient::TokenGrant> &grant) {
                              if (const auto *error = std::get_if<ApiError>(&grant)) {
                                  finish({Outcome::Kind::TokenFailed, {}, *error, {}});
                                  return;
                              }
                              checkIdToken(std::get<PortalClient::TokenGrant>(grant));
                          });
}

void BrowserSignIn::checkIdToken(const PortalClient::TokenGrant &grant)
{
    if (grant.idToken.isEmpty()) {
        finish({Outcome::Kind::BadIdToken,
                {},
                std::nullopt,
                tr("The sign-in service sent no identity token: is \"openid\" allowed for this client?")});
        return;
    }
    m_oidc.keys(m_issuer.jwksUri, m_requests, [this, grant](const Result<QJsonArray> &keys) {
        if (const auto *error = std::get_if<ApiError>(&keys)) {
            finish({Outcome::Kind::TokenFailed, {}, *error, {}});
            return;
        }
        const IdTokenCheck::Problem problem = IdTokenCheck::check(
            grant.idToken.toLatin1(), std::get<QJsonArray>(keys),
            {m_issuer.issuer.toString(), m_clientId, m_secrets.nonce, m_clock.utcNow().toSecsSinceEpoch()});
        if (problem != IdTokenCheck::Problem::None) {
            finish({Outcome::Kind::BadIdToken, {}, std::nullopt, IdTokenCheck::describe(problem)});
            return;
        }
        finish({Outcome::Kind::SignedIn, grant, std::nullopt, {}});
    });
}

void BrowserSignIn::cancel()
{
    if (m_done)
        finish({Outcome::Kind::Cancelled, {}, std::nullopt, {}});
}

void BrowserSignIn::finish(const Outcome &outcome)
{
    stopListening();
    delete m_requests; // cancels what is still on its way
    m_requests = nullptr;
    m_authorizationUrl.clear();
    m_secrets = {};
    auto done = std::exchange(m_done, nullptr);
    Q_EMIT waitingChanged();
    if (done)
        done(outcome);
}

void BrowserSignIn::stopListening()
{
    // Closed, not deleted: the browser's connection belongs to the listener, and deleting it now
    // would cut off the page that tells the user to return here. The next attempt deletes it.
    if (m_listener)
        m_listener->close();
}

void BrowserSignIn::dropListener()
{
    delete m_listener;
    delete m_flow;
}

} // namespace viopay
