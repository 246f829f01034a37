#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace viopay::sandbox {

// An OAuth 2.0 authorization request (RFC 6749 section 4.1.1, RFC 7636, OpenID Connect Core
// 3.1.2.1) to the sandbox's authorization endpoint, checked in the order RFC 6749 4.1.2.1 needs:
// the client and its redirect URI first (a failure there is shown, never redirected), then the
// rest (a failure there goes back to the client by redirect).
class AuthorizationRequest {
public:
    // The one client the sandbox knows: the desktop app, public, PKCE required, loopback only.
    static constexpr char DeskClientId[] = "viopay-desk";

    enum class Verdict {
        Valid,
        ShowError,     // client or redirect_uri not to be trusted: `problem` says why
        RedirectError, // `error` and `problem` (RFC 6749 error and error_description) go back by redirect
    };

    // From the query (GET) or the posted form (a field sent twice is refused before this).
    static AuthorizationRequest check(const QHash<QString, QString> &fields);
    static AuthorizationRequest refuse(const QString &problem); // ShowError with this problem
    // RFC 8252 section 7.3 loopback redirect URIs: http://127.0.0.1[:port] or http://localhost[:port].
    static bool isLoopbackRedirect(const QString &redirectUri);

    Verdict verdict = Verdict::ShowError;
    QString error;
    QString problem;

    QString clientId;
    QString redirectUri;
    QString state;
    QString nonce;
    QString codeChallenge;
    QString scope;
    bool openId = false; // scope holds openid: an ID token comes with the tokens

    // The parameters to post back with the login form.
    QList<QPair<QString, QString>> formFields() const;
    // redirect_uri with code and state, or error, error_description and state, added to its query.
    QString redirectWith(const QList<QPair<QString, QString>> &parameters) const;
    QString redirectWithError(const QString &errorCode, const QString &description) const;
};

} // namespace viopay::sandbox
