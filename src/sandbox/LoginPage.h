#pragma once

#include "SandboxReply.h"

#include <QList>
#include <QPair>
#include <QString>

namespace viopay::sandbox {

// The pages of the sandbox's authorization endpoint: the login form, and the messages shown
// instead of a redirect (a request that cannot be trusted with one, or a finished sign-out).
// Each is one self-contained HTML page without script; its Content-Security-Policy allows its
// own inline style by hash, form posts to this origin (and, for the login form, the redirect's
// origin, as browsers apply form-action to the redirect too) and no framing.
class LoginPage {
public:
    struct Form {
        QList<QPair<QString, QString>> hidden; // the authorization request, posted back with the form
        QString redirectUri;                   // where the form's answer will redirect
        QString username;                      // kept after a failed attempt
        QString alert;                         // empty: none; otherwise announced (role=alert)
    };

    // The login form, posting to the path it was served from.
    static SandboxReply form(int status, const Form &form, const QString &action);
    // A page that only says something; `alert` marks it as an error, announced as one.
    static SandboxReply message(int status, const QString &title, const QString &text, bool alert);
};

} // namespace viopay::sandbox
