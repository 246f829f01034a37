// The app's browser sign-in as a program, for tests against providers we did not write
// (tests/web/oidc_provider.test.mjs): discovers the issuer given as its one argument, signs in
// with the program VIOPAY_BROWSER names as the browser, and exits 0 once the ID token has passed
// every check. It prints what happened, never a token.
#include "api/HttpTransport.h"
#include "api/OidcClient.h"
#include "api/PortalClient.h"
#include "core/Clock.h"
#include "merchant/BrowserSignIn.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace viopay;

namespace {
QString nameOf(BrowserSignIn::Outcome::Kind kind)
{
    using Kind = BrowserSignIn::Outcome::Kind;
    switch (kind) {
    case Kind::SignedIn:
        return QStringLiteral("signed-in");
    case Kind::Denied:
        return QStringLiteral("denied");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::WrongState:
        return QStringLiteral("wrong-state");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::NoListener:
        return QStringLiteral("no-listener");
    case Kind::TokenFailed:
        return QStringLiteral("token-failed");
    case Kind::BadIdToken:
        return QStringLiteral("bad-id-token");
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        out << "usage: " << argv[0] << " ISSUER\n";
        return 2;
    }
    QNetworkAccessManager network;
    HttpTransport transport(network);
    PortalClient portal(transport, Clock::system());
    OidcClient oidc(transport);
    BrowserSignIn signIn(portal, oidc, Clock::system());
    int exitCode = 1;
    oidc.discover(QUrl(QString::fromLocal8Bit(argv[1])), &app, [&](const Result<IssuerConfig> &found) {
        if (const auto *error = std::get_if<ApiError>(&found)) {
            out << "discovery failed: " << error->message() << Qt::endl;
            app.exit(1);
            return;
        }
        const IssuerConfig &issuer = std::get<IssuerConfig>(found);
        portal.setTokenEndpoints(TokenEndpoints::of(issuer, QStringLiteral("viopay-desk")));
        signIn.start(issuer, QStringLiteral("viopay-desk"), [&](const BrowserSignIn::Outcome &outcome) {
            const bool signedIn = outcome.kind == BrowserSignIn::Outcome::Kind::SignedIn;
            out << "outcome: " << nameOf(outcome.kind) << ' ' << outcome.detail
                << (outcome.error ? outcome.error->message() : QString()) << Qt::endl;
            if (signedIn)
                out << "refresh token " << (outcome.grant.refreshToken.isEmpty() ? "absent" : "present") << Qt::endl;
            exitCode = signedIn ? 0 : 1;
            app.exit(exitCode);
        });
        out << "waiting for the browser at " << signIn.redirectUri().toString() << Qt::endl;
    });
    QTimer::singleShot(90'000, &app, [&] {
        out << "no answer in 90 s" << Qt::endl;
        signIn.cancel();
        app.exit(1);
    });
    return app.exec() == 0 ? 0 : 1;
}
