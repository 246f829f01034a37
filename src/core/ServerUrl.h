#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace viopay::ServerUrl {

// A Viopay API server as a person types it (a field, the command line, the settings): an
// absolute http:// or https:// URL with a host, such as https://api.viopay.io or
// http://127.0.0.1:8080, with no user name or password in it. Surrounding spaces are ignored; anything else is nullopt,
// so every place that takes a server accepts and refuses the same addresses.
std::optional<QUrl> parse(const QString &text);

// The same check for a URL already parsed.
bool isServer(const QUrl &url);

// Whether the URL's host is this computer (localhost, 127.0.0.0/8 or ::1): the one place plain
// http:// goes without --allow-insecure-http, since nothing of it crosses a network.
bool isLoopback(const QUrl &url);

// Why url may not be used as the server, as a sentence for the screen that says what to do, or
// an empty string when it may. The transport refuses to send, and the mode chooser to open, alike.
QString refusalFor(const QUrl &url, bool allowInsecureHttp);

} // namespace viopay::ServerUrl
