#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace viopay::ServerUrl {

// A Viopay API server as a person types it (a field, the command line, the settings): an
// absolute http:// or https:// URL with a host, such as https://api.viopay.io or
// http://127.0.0.1:8080. Surrounding spaces are ignored; anything else is nullopt, so every
// place that takes a server accepts and refuses the same addresses.
std::optional<QUrl> parse(const QString &text);

// The same check for a URL already parsed.
bool isServer(const QUrl &url);

} // namespace viopay::ServerUrl
