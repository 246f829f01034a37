#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/DeviceIdentity.h"

#include <optional>

namespace viopay {

// The desktop app's command line: parsed without side effects so a table test can drive it,
// and so main() decides what to print and which exit status to use.
class PairingCommandLine {
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };
    static constexpr int UsageErrorExitCode = 2;

    PairingCommandLine();

    Outcome parse(const QStringList &arguments);

    QString errorText() const { return m_errorText; } // one specific sentence
    QString helpText() const { return m_parser.helpText(); }
    static QString versionText();

    QUrl server() const { return m_server; } // empty: the embedded sandbox
    QString logLevel() const { return m_logLevel; }
    bool kiosk() const { return m_parser.isSet(m_kioskOption); }
    bool merchant() const { return m_parser.isSet(m_merchantOption); }
    bool allowInsecureHttp() const { return m_parser.isSet(m_allowInsecureHttpOption); }
    // The simulated terminal: the seed's device unless the options say otherwise.
    std::optional<DeviceIdentity> device() const { return m_device; }

private:
    Outcome fail(const QString &message);
    bool parseServer();
    bool parseLogLevel();
    bool parseDevice();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_logLevelOption;
    QCommandLineOption m_kioskOption;
    QCommandLineOption m_merchantOption;
    QCommandLineOption m_allowInsecureHttpOption;
    QCommandLineOption m_deviceIdOption;
    QCommandLineOption m_modelOption;
    QCommandLineOption m_osOption;
    QCommandLineOption m_appVersionOption;
    std::optional<DeviceIdentity> m_device;
    QString m_errorText;
    QUrl m_server;
    QString m_logLevel;
};

} // namespace viopay
