#include "ClaimPage.h"

#include "core/PairingCode.h"

#include <QCryptographicHash>
#include <QFile>

namespace viopay::sandbox {

namespace {
QByteArray resource(const char *name)
{
    QFile file(QStringLiteral(":/sandbox/claim-page/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The claim page resource %s is missing from the build", name);
    return file.readAll();
}

QByteArray cspHash(const QByteArray &content)
{
    return "'sha256-" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() + "'";
}

struct Page {
    QByteArray html;
    QByteArray contentSecurityPolicy;
};

const Page &page()
{
    static const Page assembled = [] {
        const QByteArray style = resource("claim.css");
        QByteArray script = resource("claim.js");
        script.replace("{{ALPHABET}}", PairingCode::Alphabet);
        QByteArray html = resource("claim.html");
        html.replace("{{STYLE}}", style);
        html.replace("{{SCRIPT}}", script);
        const QByteArray policy = "default-src 'none'; style-src " + cspHash(style) + "; script-src " +
                                  cspHash(script) +
                                  "; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
        return Page{html, policy};
    }();
    return assembled;
}
} // namespace

QByteArray ClaimPage::html()
{
    return page().html;
}

SandboxReply ClaimPage::reply()
{
    SandboxReply reply;
    reply.status = 200;
    reply.rawBody = page().html;
    reply.contentType = "text/html; charset=utf-8";
    reply.setHeader("Content-Security-Policy", page().contentSecurityPolicy);
    reply.setHeader("Cache-Control", "no-store");
    reply.setHeader("Referrer-Policy", "no-referrer"); // the URL carries a live code
    reply.setHeader("X-Content-Type-Options", "nosniff");
    return reply;
}

} // namespace viopay::sandbox
