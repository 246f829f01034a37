#pragma once

#include "Result.h"

#include <QStringList>
#include <QUrl>

namespace viopay {

// What an OpenID provider says of itself in {issuer}/.well-known/openid-configuration (OpenID
// Connect Discovery 1.0, RFC 8414): where to send the browser, the code, the refresh token and
// a sign-out, where its signing keys are, and which grants it allows.
struct IssuerConfig {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl revocationEndpoint; // empty: the issuer revokes nothing (RFC 7009 is optional)
    QUrl endSessionEndpoint; // empty: none
    QStringList grantTypes;
    QStringList codeChallengeMethods;

    // The sandbox's realm on the API server; the vendor's Keycloak is on a host of its own.
    static QUrl defaultIssuer(const QUrl &server);
    static QUrl discoveryUrl(const QUrl &issuer);

    // The password grant is a training convenience the issuer must list to be offered.
    bool offersPassword() const { return grantTypes.contains(QLatin1String("password")); }

    // The document must name the issuer that was asked (Discovery section 4.3: a mismatch means
    // another provider answered) and carry absolute endpoints; grant_types_supported defaults to
    // authorization_code and implicit (RFC 8414 section 2).
    static Result<IssuerConfig> parse(const ApiResponse &response, const QUrl &expectedIssuer);
};

} // namespace viopay
