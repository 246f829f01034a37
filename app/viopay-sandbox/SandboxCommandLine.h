#pragma once

#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace viopay {

// The sandbox program's command line: parsed without side effects so a table test can drive it,
// and so main() decides what to print and which exit status to use.
class SandboxCommandLine {
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };
    static constexpr int UsageErrorExitCode = 2;

    SandboxCommandLine();

    Outcome parse(const QStringList &arguments);

    QString errorText() const { return m_errorText; } // one specific sentence
    // The error is about the options' syntax (unknown option, missing value), where the option
    // list is the help to offer.
    bool errorNeedsOptionList() const { return m_errorNeedsOptionList; }
    QString helpText() const; // also before any QCoreApplication exists
    static QString versionText();

    // The server's options. Without --db the database path is empty: the default lives in the
    // user's data directory, which only main() can name (it needs the application's name).
    sandbox::SandboxServer::Options serverOptions() const { return m_options; }
    bool databaseGiven() const { return m_parser.isSet(m_dbOption); }
    QString logLevel() const { return m_logLevel; }

private:
    Outcome fail(const QString &message);
    bool parsePort();
    bool parseAddress();
    bool parseLogLevel();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_bindOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_resetOption;
    QCommandLineOption m_adminTokenOption;
    QCommandLineOption m_noWaitOption;
    QCommandLineOption m_logLevelOption;
    sandbox::SandboxServer::Options m_options;
    QString m_errorText;
    bool m_errorNeedsOptionList = false;
    QString m_logLevel;
};

} // namespace viopay
