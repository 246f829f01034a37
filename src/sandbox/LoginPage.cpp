#include "LoginPage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

namespace viopay::sandbox {

namespace {
QString resource(const char *name)
{
    QFile file(QStringLiteral(":/sandbox/login-page/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The login page resource %s is missing from the build", name);
    return QString::fromUtf8(file.readAll());
}

const QString &style()
{
    static const QString css = resource("login.css");
    return css;
}

QByteArray styleHash()
{
    static const QByteArray hash =
        "'sha256-" + QCryptographicHash::hash(style().toUtf8(), QCryptographicHash::Sha256).toBase64() + "'";
    return hash;
}

// scheme://host:port of an already checked redirect URI, for form-action.
QByteArray originOf(const QString &redirectUri)
{
    return QUrl(redirectUri).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toEncoded();
}

SandboxReply htmlReply(int status, const QString &html, const QByteArray &formAction)
{
    SandboxReply reply;
    reply.status = status;
    reply.rawBody = html.toUtf8();
    reply.contentType = "text/html; charset=utf-8";
    reply.setHeader("Content-Security-Policy", "default-src 'none'; style-src " + styleHash() + "; form-action " +
                                                   formAction + "; frame-ancestors 'none'; base-uri 'none'");
    reply.setHeader("Referrer-Policy", "no-referrer"); // the URL carries the request's state
    reply.setHeader("X-Frame-Options", "DENY");        // for browsers without frame-ancestors
    return reply;
}
} // namespace

SandboxReply LoginPage::form(int status, const Form &form, const QString &action)
{
    QString hidden;
    for (const auto &[name, value] : form.hidden) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    const QString alert =
        form.alert.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"alert\" role=\"alert\">%1</p>").arg(form.alert.toHtmlEscaped());
    // Focus where typing goes on: the password once the e-mail is known (after a failed attempt).
    const QString autofocus = QStringLiteral(" autofocus");
    const bool retry = !form.username.isEmpty();
    // One pass over the template: no value inserted can be read as another placeholder.
    const QString html = resource("login.html")
                             .arg(style(), alert, action.toHtmlEscaped(), hidden, form.username.toHtmlEscaped(),
                                  retry ? QString() : autofocus, retry ? autofocus : QString());
    return htmlReply(status, html, "'self' " + originOf(form.redirectUri));
}

SandboxReply LoginPage::message(int status, const QString &title, const QString &text, bool alert)
{
    const QString html =
        resource("message.html")
            .arg(style(), title.toHtmlEscaped(), alert ? QStringLiteral("class=\"alert\" role=\"alert\"") : QString(),
                 text.toHtmlEscaped());
    return htmlReply(status, html, "'none'");
}

} // namespace viopay::sandbox
