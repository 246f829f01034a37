#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace viopay {

// What both programs' command lines share: --help, --version and --log-level, one outcome, one
// exit status for usage errors, positional arguments refused, and a help text that names the
// program before any QCoreApplication exists. Parsing has no side effects, so table tests drive
// it and main() decides what to print.
class CommandLine {
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };
    static constexpr int UsageErrorExitCode = 2;
    // A sandbox's admin token, for both programs: kept out of the process list, unlike an option.
    static constexpr char AdminTokenVariable[] = "VIOPAY_SANDBOX_ADMIN_TOKEN";

    QString errorText() const { return m_errorText; } // one specific sentence
    // The error is Qt's about the options' syntax (unknown option, missing value), where the
    // option list is the help to offer.
    bool errorIsSyntax() const { return m_errorIsSyntax; }
    QString helpText() const;
    QString versionText() const;
    QString logLevel() const { return m_parser.value(m_logLevelOption); }

    // What each program says in its own words (and language) for the shared options.
    struct Texts {
        QString help;               // --help's description
        QString version;            // --version's
        QString logLevel;           // --log-level's
        QString unexpectedArgument; // with %1, the argument
        QString badLogLevel;        // with %1, the levels, and %2, what was given
    };

protected:
    CommandLine(QString program, const QString &description, const Texts &texts, const QString &defaultLogLevel);
    ~CommandLine() = default;

    // The program's options, after --help and --version, --log-level last.
    void addOptions(const QList<QCommandLineOption> &options);
    // Syntax, --help, --version and positional arguments: Run means go on with the program's
    // own checks.
    Outcome parseCommon(const QStringList &arguments);
    bool checkLogLevel();
    Outcome fail(const QString &message);

    QCommandLineParser m_parser;

private:
    QString m_program;
    Texts m_texts;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_logLevelOption;
    QString m_errorText;
    bool m_errorIsSyntax = false;
};

} // namespace viopay
