#pragma once

#include "core/DeviceIdentity.h"
#include "core/LaunchMode.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace viopay {

// The desktop app's command line: parsed without side effects so a table test can drive it,
// and so main() decides what to print and which exit status to use.
class PairingCommandLine {
public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };
    static constexpr int UsageErrorExitCode = 2;
    static constexpr int MaxKiosks = 16;

    PairingCommandLine();

    Outcome parse(const QStringList &arguments);

    QString errorText() const { return m_errorText; } // one specific sentence
    QString helpText() const;                         // also before any QCoreApplication exists
    static QString versionText();

    // The mode the options ask for; nullopt: the mode chooser asks.
    std::optional<LaunchMode> mode() const { return m_mode; }
    bool kiosk() const { return m_mode == LaunchMode::Kiosk; }
    bool merchant() const { return m_mode == LaunchMode::Merchant; }
    int kioskCount() const { return m_kioskCount; } // terminals side by side, 1 unless --kiosks
    QUrl server() const { return m_server; }        // empty: the embedded sandbox
    QString logLevel() const { return m_logLevel; }
    QString language() const { return m_language; } // empty: the system's
    bool fullScreen() const { return m_parser.isSet(m_fullScreenOption); }
    bool allowInsecureHttp() const { return m_parser.isSet(m_allowInsecureHttpOption); }
    // --admin-token, else $VIOPAY_SANDBOX_ADMIN_TOKEN (kept out of the process list); empty: none.
    QByteArray adminToken() const;
    // The simulated terminal: the seed's device unless the options say otherwise.
    std::optional<DeviceIdentity> device() const { return m_device; }
    bool deviceGiven() const; // any of --device-id, --model, --os, --app-version

private:
    Outcome fail(const QString &message);
    bool parseMode();
    bool parseKioskCount();
    bool parseServer();
    bool parseLogLevel();
    bool parseLanguage();
    bool parseDevice();

    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_kioskOption;
    QCommandLineOption m_merchantOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_kiosksOption;
    QCommandLineOption m_serverOption;
    QCommandLineOption m_deviceIdOption;
    QCommandLineOption m_modelOption;
    QCommandLineOption m_osOption;
    QCommandLineOption m_appVersionOption;
    QCommandLineOption m_fullScreenOption;
    QCommandLineOption m_languageOption;
    QCommandLineOption m_allowInsecureHttpOption;
    QCommandLineOption m_adminTokenOption;
    QCommandLineOption m_logLevelOption;
    std::optional<LaunchMode> m_mode;
    int m_kioskCount = 1;
    std::optional<DeviceIdentity> m_device;
    QString m_errorText;
    QUrl m_server;
    QString m_logLevel;
    QString m_language;
};

} // namespace viopay
