#include "SandboxCommandLine.h"

#include <QHostAddress>

namespace viopay {

SandboxCommandLine::SandboxCommandLine()
    : CommandLine(
          QStringLiteral("viopay-sandbox"),
          QStringLiteral("The Viopay activation API sandbox: bootstrap, pairing codes, status, claims, fault drills."),
          {QStringLiteral("Show this help and exit."), QStringLiteral("Show the version and exit."),
           QStringLiteral("debug, info (default; one line per request), warning or error."),
           QStringLiteral("unexpected argument: %1"), QStringLiteral("--log-level must be one of %1 (got \"%2\")")},
          QStringLiteral("info"))
    , m_bindOption(QStringLiteral("bind"),
                   QStringLiteral("Address to listen on (default 127.0.0.1); any other address needs --admin-token."),
                   QStringLiteral("address"), QStringLiteral("127.0.0.1"))
    , m_portOption(QStringLiteral("port"), QStringLiteral("Port, 0 for any free one (default 0)."),
                   QStringLiteral("port"), QStringLiteral("0"))
    , m_dbOption(QStringLiteral("db"),
                 QStringLiteral("SQLite database file (default in the user's data directory; :memory: keeps nothing)."),
                 QStringLiteral("file"))
    , m_resetOption(QStringLiteral("reset"), QStringLiteral("Re-seed the demo data."))
    , m_adminTokenOption(QStringLiteral("admin-token"), QStringLiteral("Bearer token required by /sandbox/ endpoints."),
                         QStringLiteral("token"))
    , m_noWaitOption(QStringLiteral("no-wait"),
                     QStringLiteral("Answer status requests at once, ignoring Prefer: wait, like a server without it: "
                                    "clients poll."))
{
    addOptions({m_bindOption, m_portOption, m_dbOption, m_resetOption, m_adminTokenOption, m_noWaitOption});
}

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList &arguments)
{
    m_options = {};
    if (const Outcome common = parseCommon(arguments); common != Outcome::Run)
        return common;
    if (!parsePort() || !parseAddress() || !checkLogLevel())
        return Outcome::Error;
    m_options.databasePath = m_parser.value(m_dbOption);
    m_options.reset = m_parser.isSet(m_resetOption);
    m_options.holdStatus = !m_parser.isSet(m_noWaitOption);
    return Outcome::Run;
}

bool SandboxCommandLine::parsePort()
{
    const QString text = m_parser.value(m_portOption);
    bool isNumber = false;
    const uint port = text.toUInt(&isNumber);
    if (!isNumber || port > 65535) {
        fail(QStringLiteral("--port must be a number from 0 to 65535 (got \"%1\")").arg(text));
        return false;
    }
    m_options.port = quint16(port);
    return true;
}

bool SandboxCommandLine::parseAddress()
{
    const QString text = m_parser.value(m_bindOption);
    const QHostAddress address(text);
    if (address.isNull()) {
        fail(QStringLiteral("--bind must be an IP address such as 127.0.0.1 (got \"%1\")").arg(text));
        return false;
    }
    m_options.address = address.toString();
    m_options.adminToken = m_parser.value(m_adminTokenOption).toUtf8();
    if (address.isLoopback() || !m_options.adminToken.isEmpty())
        return true;
    fail(QStringLiteral("--bind %1 is reachable from other machines: give an --admin-token to protect the /sandbox/ "
                        "endpoints")
             .arg(m_options.address));
    return false;
}

} // namespace viopay
