#pragma once

#include "core/CommandLine.h"
#include "core/DeviceIdentity.h"
#include "core/FactorySecrets.h"
#include "core/LaunchMode.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace viopay {

// The desktop app's command line.
class PairingCommandLine : public CommandLine {
public:
    static constexpr int MaxKiosks = 16;

    PairingCommandLine();

    Outcome parse(const QStringList &arguments);

    // The mode the options ask for; nullopt: the mode chooser asks.
    std::optional<LaunchMode> mode() const { return m_mode; }
    bool kiosk() const { return m_mode == LaunchMode::Kiosk; }
    bool merchant() const { return m_mode == LaunchMode::Merchant; }
    int kioskCount() const { return m_kioskCount; } // terminals side by side, 1 unless --kiosks
    QUrl server() const { return m_server; }        // empty: the embedded sandbox
    QString language() const { return m_language; } // empty: the system's
    bool fullScreen() const { return m_parser.isSet(m_fullScreenOption); }
    bool allowInsecureHttp() const { return m_parser.isSet(m_allowInsecureHttpOption); }
    // --admin-token, else $VIOPAY_SANDBOX_ADMIN_TOKEN (kept out of the process list); empty: none.
    QByteArray adminToken() const;
    // The simulated terminal: the seed's device unless the options say otherwise.
    std::optional<DeviceIdentity> device() const { return m_device; }
    bool deviceGiven() const; // any of --device-id, --model, --os, --app-version
    // --diagnose: the terminal to diagnose (canonical id), empty when not asked.
    QString diagnoseDeviceId() const { return m_diagnoseDeviceId; }
    bool diagnose() const { return !m_diagnoseDeviceId.isEmpty(); }
    bool json() const { return m_parser.isSet(m_jsonOption); }
    // --bundle FILE: where to save a support bundle of the diagnosis; empty: none.
    QString bundlePath() const { return m_parser.value(m_bundleOption).trimmed(); }
    // The terminal app version a diagnosis holds against min_supported_version: --app-version, else
    // the version this app's simulated terminal reports (this program's own version is not one).
    QString diagnoseAppVersion() const { return m_parser.value(m_appVersionOption); }
    // --factory FILE: the simulated terminal's factory secrets; nullopt: asked of the sandbox.
    const std::optional<FactorySecrets> &factory() const { return m_factory; }
    int clockOffsetSeconds() const { return m_clockOffsetSeconds; } // --clock-offset, 0 unless given
    static constexpr int MaxClockOffsetSeconds = 7 * 24 * 60 * 60;

private:
    bool parseMode();
    bool parseKioskCount();
    bool parseServer();
    bool parseLanguage();
    bool parseDevice();
    bool parseDiagnose();
    bool parseFactory();
    bool parseClockOffset();

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
    QCommandLineOption m_diagnoseOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_bundleOption;
    QCommandLineOption m_factoryOption;
    QCommandLineOption m_clockOffsetOption;
    std::optional<LaunchMode> m_mode;
    int m_kioskCount = 1;
    std::optional<DeviceIdentity> m_device;
    QUrl m_server;
    QString m_language;
    QString m_diagnoseDeviceId;
    std::optional<FactorySecrets> m_factory;
    int m_clockOffsetSeconds = 0;
};

} // namespace viopay
