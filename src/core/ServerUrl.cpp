#include "ServerUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace viopay::ServerUrl {

std::optional<QUrl> parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isServer(url))
        return std::nullopt;
    return url;
}

bool isServer(const QUrl &url)
{
    const QString scheme = url.scheme();
    // A user name or password in the address would travel in logs, settings and the inspector.
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

bool isLoopback(const QUrl &url)
{
    // QUrl gives the host lower-cased, IPv6 without brackets and compressed (so ::1 is "::1").
    static const QRegularExpression ipv4Loopback(QStringLiteral(R"(^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$)"));
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || ipv4Loopback.match(host).hasMatch();
}

QString refusalFor(const QUrl &url, bool allowInsecureHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ServerUrl", "The server address \"%1\" is not a valid URL.")
            .arg(url.toString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() != QLatin1String("http"))
        return QCoreApplication::translate("ServerUrl", "The server address must start with https://.");
    if (isLoopback(url) || allowInsecureHttp)
        return {};
    return QCoreApplication::translate("ServerUrl", "Plain http:// is only used for this computer; %1 needs https:// "
                                                    "(or start the app with --allow-insecure-http).")
        .arg(url.host());
}

} // namespace viopay::ServerUrl
