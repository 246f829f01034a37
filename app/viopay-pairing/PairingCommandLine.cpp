#include "PairingCommandLine.h"

#include "core/LogLevel.h"

#include <QCoreApplication>

namespace viopay {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PairingCommandLine", text);
}
} // namespace

PairingCommandLine::PairingCommandLine()
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption(QStringLiteral("version"), tr("Show the version and exit."))
    , m_serverOption(QStringLiteral("server"), tr("Viopay API base URL (default: the embedded sandbox)."),
                     QStringLiteral("url"))
    , m_logLevelOption(QStringLiteral("log-level"), tr("Least severe message to log: debug, info, warning, error."),
                       QStringLiteral("level"), QStringLiteral("warning"))
    , m_kioskOption(QStringLiteral("kiosk"), tr("Open the simulated terminal (kiosk mode)."))
    , m_merchantOption(QStringLiteral("merchant"), tr("Open merchant mode: sign in and claim terminals."))
    , m_allowInsecureHttpOption(QStringLiteral("allow-insecure-http"),
                                tr("Allow plain http:// to servers other than this computer."))
    , m_deviceIdOption(QStringLiteral("device-id"), tr("The simulated terminal's id (default POS-8F3A2C91)."),
                       QStringLiteral("id"), QStringLiteral("POS-8F3A2C91"))
    , m_modelOption(QStringLiteral("model"), tr("The terminal's model (default PAX-A920)."), QStringLiteral("model"),
                    QStringLiteral("PAX-A920"))
    , m_osOption(QStringLiteral("os"), tr("The terminal's operating system (default Android 12)."),
                 QStringLiteral("os"), QStringLiteral("Android 12"))
    , m_appVersionOption(QStringLiteral("app-version"), tr("The terminal app's version (default 1.4.2)."),
                         QStringLiteral("version"), QStringLiteral("1.4.2"))
{
    m_parser.setApplicationDescription(tr("Viopay Pairing: pair Viopay POS terminals with a merchant account."));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_serverOption);
    m_parser.addOption(m_logLevelOption);
    for (const QCommandLineOption &option : {m_kioskOption, m_merchantOption, m_allowInsecureHttpOption,
                                             m_deviceIdOption, m_modelOption, m_osOption, m_appVersionOption})
        m_parser.addOption(option);
}

PairingCommandLine::Outcome PairingCommandLine::parse(const QStringList &arguments)
{
    m_errorText.clear();
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst()));
    if (kiosk() && merchant())
        return fail(tr("--kiosk and --merchant open different modes: choose one"));
    if (!parseServer() || !parseLogLevel() || !parseDevice())
        return Outcome::Error;
    return Outcome::Run;
}

QString PairingCommandLine::versionText()
{
    return QStringLiteral("viopay-pairing %1").arg(QLatin1String(VIOPAY_VERSION));
}

PairingCommandLine::Outcome PairingCommandLine::fail(const QString &message)
{
    m_errorText = message;
    return Outcome::Error;
}

bool PairingCommandLine::parseServer()
{
    m_server.clear();
    if (!m_parser.isSet(m_serverOption))
        return true;
    const QString text = m_parser.value(m_serverOption).trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(tr("--server needs an http:// or https:// URL with a host, such as https://api.viopay.io (got \"%1\")")
                 .arg(text));
        return false;
    }
    m_server = url;
    return true;
}

bool PairingCommandLine::parseLogLevel()
{
    m_logLevel = m_parser.value(m_logLevelOption);
    if (LogLevel::isValid(m_logLevel))
        return true;
    fail(
        tr("--log-level must be one of %1 (got \"%2\")").arg(LogLevel::names().join(QStringLiteral(", ")), m_logLevel));
    return false;
}

bool PairingCommandLine::parseDevice()
{
    DeviceIdentity::Problem problem{DeviceIdentity::Field::DeviceId, {}};
    m_device = DeviceIdentity::create(m_parser.value(m_deviceIdOption), m_parser.value(m_appVersionOption),
                                      m_parser.value(m_osOption), m_parser.value(m_modelOption), &problem);
    if (m_device)
        return true;
    fail(problem.message);
    return false;
}

} // namespace viopay
