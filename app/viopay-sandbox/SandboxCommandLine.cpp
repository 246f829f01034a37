#include "SandboxCommandLine.h"

#include <QFile>
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
                   QStringLiteral("Address to listen on (default 127.0.0.1); any other address needs an admin token."),
                   QStringLiteral("address"), QStringLiteral("127.0.0.1"))
    , m_portOption(QStringLiteral("port"), QStringLiteral("Port, 0 for any free one (default 0)."),
                   QStringLiteral("port"), QStringLiteral("0"))
    , m_dbOption(QStringLiteral("db"),
                 QStringLiteral("SQLite database file (default in the user's data directory; :memory: keeps nothing)."),
                 QStringLiteral("file"))
    , m_resetOption(QStringLiteral("reset"), QStringLiteral("Re-seed the demo data."))
    , m_adminTokenOption(QStringLiteral("admin-token"),
                         QStringLiteral("Bearer token required by /sandbox/ endpoints, at least %1 characters "
                                        "(visible to other users in the process list).")
                             .arg(MinAdminTokenLength),
                         QStringLiteral("token"))
    , m_adminTokenFileOption(QStringLiteral("admin-token-file"),
                             QStringLiteral("File whose first line is the admin token. Without either option, "
                                            "VIOPAY_SANDBOX_ADMIN_TOKEN is read."),
                             QStringLiteral("file"))
    , m_noWaitOption(QStringLiteral("no-wait"),
                     QStringLiteral("Answer status requests at once, ignoring Prefer: wait, like a server without it: "
                                    "clients poll."))
    , m_provisionOption(QStringLiteral("provision"),
                        QStringLiteral("Provision the devices of a CSV file (header device_id,merchant_id,model) "
                                       "before serving, all or none."),
                        QStringLiteral("file"))
{
    addOptions({m_bindOption, m_portOption, m_dbOption, m_resetOption, m_adminTokenOption, m_adminTokenFileOption,
                m_noWaitOption, m_provisionOption});
}

SandboxCommandLine::Outcome SandboxCommandLine::parse(const QStringList &arguments,
                                                      const QProcessEnvironment &environment)
{
    m_options = {};
    if (const Outcome common = parseCommon(arguments); common != Outcome::Run)
        return common;
    if (!parsePort() || !parseAdminToken(environment) || !parseAddress() || !checkLogLevel() || !readProvisionFile())
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
    if (address.isLoopback() || !m_options.adminToken.isEmpty())
        return true;
    fail(QStringLiteral("--bind %1 is reachable from other machines: give an --admin-token, --admin-token-file or %2 "
                        "to protect the /sandbox/ endpoints")
             .arg(m_options.address, QLatin1String(AdminTokenVariable)));
    return false;
}

bool SandboxCommandLine::parseAdminToken(const QProcessEnvironment &environment)
{
    const bool inArguments = m_parser.isSet(m_adminTokenOption);
    const bool inFile = m_parser.isSet(m_adminTokenFileOption);
    if (inArguments && inFile) {
        fail(QStringLiteral("--admin-token and --admin-token-file exclude each other: give one"));
        return false;
    }
    QString source; // for the error, which never shows the token itself
    if (inFile) {
        if (!readAdminTokenFile())
            return false;
        source = QStringLiteral("the token in --admin-token-file");
    } else if (inArguments) {
        m_options.adminToken = m_parser.value(m_adminTokenOption).toUtf8();
        source = QStringLiteral("--admin-token");
    } else {
        // Set but empty counts as unset, the way a shell clears a variable.
        m_options.adminToken = environment.value(QLatin1String(AdminTokenVariable)).toUtf8();
        if (m_options.adminToken.isEmpty())
            return true;
        source = QLatin1String(AdminTokenVariable);
    }
    const qsizetype length = QString::fromUtf8(m_options.adminToken).size();
    if (length >= MinAdminTokenLength)
        return true;
    fail(QStringLiteral("%1 must be at least %2 characters (got %3)").arg(source).arg(MinAdminTokenLength).arg(length));
    return false;
}

bool SandboxCommandLine::readAdminTokenFile()
{
    const QString path = m_parser.value(m_adminTokenFileOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("--admin-token-file: cannot read \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    m_options.adminToken = file.readLine().trimmed();
    if (!m_options.adminToken.isEmpty())
        return true;
    fail(QStringLiteral("--admin-token-file: the first line of \"%1\" is empty; it must hold the token").arg(path));
    return false;
}

bool SandboxCommandLine::readProvisionFile()
{
    if (!m_parser.isSet(m_provisionOption))
        return true;
    const QString path = m_parser.value(m_provisionOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("--provision: cannot read \"%1\": %2").arg(path, file.errorString()));
        return false;
    }
    m_options.provisionCsv = file.readAll();
    if (!m_options.provisionCsv.trimmed().isEmpty())
        return true;
    fail(QStringLiteral("--provision: \"%1\" is empty; it must hold the header device_id,merchant_id,model and "
                        "a line per device")
             .arg(path));
    return false;
}

} // namespace viopay
