#include "SandboxCommandLine.h"

#include "core/LogLevel.h"

#include <QHostAddress>

namespace viopay {

SandboxCommandLine::SandboxCommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit."))
    , m_versionOption(QStringLiteral("version"), QStringLiteral("Show the version and exit."))
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
    , m_logLevelOption(QStringLiteral("log-level"),
                       QStringLiteral("debug, info (default; one line per request), warning or error."),
                       QStringLiteral("level"), QStringLiteral("info"))
{
    m_parser.setApplicationDescription(
        QStringLiteral("The Viopay activation API sandbox: bootstrap, pairing codes, status, claims, fault drills."));
    for (const QCommandLineOption &option : {m_helpOption, m_versionOption, m_bindOption, m_portOption, m_dbOption,
                                             m_resetOption, m_adminTokenOption, m_noWaitOption, m_logLevelOption})
        m_parser.addOption(option);
}

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList &arguments)
{
    m_errorText.clear();
    m_errorNeedsOptionList = false;
    m_options = {};
    if (!m_parser.parse(arguments)) {
        m_errorNeedsOptionList = true;
        return fail(m_parser.errorText());
    }
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: %1").arg(m_parser.positionalArguments().constFirst()));
    if (!parsePort() || !parseAddress() || !parseLogLevel())
        return Outcome::Error;
    m_options.databasePath = m_parser.value(m_dbOption);
    m_options.reset = m_parser.isSet(m_resetOption);
    m_options.holdStatus = !m_parser.isSet(m_noWaitOption);
    return Outcome::Run;
}

QString SandboxCommandLine::helpText() const
{
    // Without an application object QCommandLineParser cannot name the program.
    QString text = m_parser.helpText();
    return text.replace(QLatin1String("<executable_name>"), QLatin1String("viopay-sandbox"));
}

QString SandboxCommandLine::versionText()
{
    return QStringLiteral("viopay-sandbox %1").arg(QLatin1String(VIOPAY_VERSION));
}

SandboxCommandLine::Outcome SandboxCommandLine::fail(const QString &message)
{
    m_errorText = message;
    return Outcome::Error;
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

bool SandboxCommandLine::parseLogLevel()
{
    m_logLevel = m_parser.value(m_logLevelOption);
    if (LogLevel::isValid(m_logLevel))
        return true;
    fail(QStringLiteral("--log-level must be one of %1 (got \"%2\")")
             .arg(LogLevel::names().join(QStringLiteral(", ")), m_logLevel));
    return false;
}

} // namespace viopay
