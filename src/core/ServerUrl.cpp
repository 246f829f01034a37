#include "ServerUrl.h"

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
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

} // namespace viopay::ServerUrl
