#include "CommandLine.h"

#include "LogLevel.h"

namespace viopay {

CommandLine::CommandLine(QString program, const QString &description, const Texts &texts,
                         const QString &defaultLogLevel)
    : m_program(std::move(program))
    , m_texts(texts)
    , m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, texts.help)
    , m_versionOption(QStringLiteral("version"), texts.version)
    , m_logLevelOption(QStringLiteral("log-level"), texts.logLevel, QStringLiteral("level"), defaultLogLevel)
{
    m_parser.setApplicationDescription(description);
}

void CommandLine::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(QList<QCommandLineOption>{m_helpOption, m_versionOption} + options +
                        QList<QCommandLineOption>{m_logLevelOption});
}

CommandLine::Outcome CommandLine::parseCommon(const QStringList &arguments)
{
    m_errorText.clear();
    m_errorIsSyntax = false;
    if (!m_parser.parse(arguments)) {
        m_errorIsSyntax = true;
        return fail(m_parser.errorText());
    }
    if (m_parser.isSet(m_helpOption))
        return Outcome::ShowHelp;
    if (m_parser.isSet(m_versionOption))
        return Outcome::ShowVersion;
    if (!m_parser.positionalArguments().isEmpty())
        return fail(m_texts.unexpectedArgument.arg(m_parser.positionalArguments().constFirst()));
    return Outcome::Run;
}

bool CommandLine::checkLogLevel()
{
    if (LogLevel::isValid(logLevel()))
        return true;
    fail(m_texts.badLogLevel.arg(LogLevel::names().join(QStringLiteral(", ")), logLevel()));
    return false;
}

CommandLine::Outcome CommandLine::fail(const QString &message)
{
    m_errorText = message;
    return Outcome::Error;
}

QString CommandLine::helpText() const
{
    // Without an application object QCommandLineParser cannot name the program.
    QString text = m_parser.helpText();
    return text.replace(QLatin1String("<executable_name>"), m_program);
}

QString CommandLine::versionText() const
{
    return QStringLiteral("%1 %2").arg(m_program, QLatin1String(VIOPAY_VERSION));
}

} // namespace viopay
