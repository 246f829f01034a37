#include "PairingCommandLine.h"

#include "core/DemoData.h"
#include "core/LogLevel.h"
#include "core/ServerUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace viopay {

namespace {
CommandLine::Texts texts()
{
    return {
        QCoreApplication::translate("PairingCommandLine", "Show this help and exit."),
        QCoreApplication::translate("PairingCommandLine", "Show the version and exit."),
        QCoreApplication::translate("PairingCommandLine", "Least severe message to log: debug, info, warning, error."),
        QCoreApplication::translate("PairingCommandLine", "Unexpected argument: %1"),
        QCoreApplication::translate("PairingCommandLine", "--log-level must be one of %1 (got \"%2\")")};
}
} // namespace

PairingCommandLine::PairingCommandLine()
    : CommandLine(QStringLiteral("viopay-pairing"),
                  QCoreApplication::translate("PairingCommandLine",
                                              "Viopay Pairing: pair Viopay POS terminals with a merchant account."),
                  texts(), QStringLiteral("warning"))
    , m_kioskOption(QStringLiteral("kiosk"),
                    QCoreApplication::translate("PairingCommandLine", "Open the simulated terminal (kiosk mode)."))
    , m_merchantOption(
          QStringLiteral("merchant"),
          QCoreApplication::translate("PairingCommandLine", "Open merchant mode: sign in and claim terminals."))
    , m_demoOption(QStringLiteral("demo"),
                   QCoreApplication::translate(
                       "PairingCommandLine",
                       "Open the kiosk and the merchant side by side on the embedded sandbox, signed in as the demo "
                       "merchant."))
    , m_kiosksOption(
          QStringLiteral("kiosks"),
          QCoreApplication::translate("PairingCommandLine",
                                      "Show N simulated terminals (1 to 16), each a different provisioned device."),
          QStringLiteral("N"))
    , m_serverOption(
          QStringLiteral("server"),
          QCoreApplication::translate("PairingCommandLine", "Viopay API base URL (default: the embedded sandbox)."),
          QStringLiteral("url"))
    , m_deviceIdOption(QStringLiteral("device-id"),
                       QCoreApplication::translate("PairingCommandLine", "The simulated terminal's id (default %1).")
                           .arg(QLatin1String(DemoData::DeviceId)),
                       QStringLiteral("id"), QLatin1String(DemoData::DeviceId))
    , m_modelOption(QStringLiteral("model"),
                    QCoreApplication::translate("PairingCommandLine", "The terminal's model (default %1).")
                        .arg(QLatin1String(DemoData::Model)),
                    QStringLiteral("model"), QLatin1String(DemoData::Model))
    , m_osOption(QStringLiteral("os"),
                 QCoreApplication::translate("PairingCommandLine", "The terminal's operating system (default %1).")
                     .arg(QLatin1String(DemoData::Os)),
                 QStringLiteral("os"), QLatin1String(DemoData::Os))
    , m_appVersionOption(QStringLiteral("app-version"),
                         QCoreApplication::translate("PairingCommandLine", "The terminal app's version (default %1).")
                             .arg(QLatin1String(DemoData::AppVersion)),
                         QStringLiteral("version"), QLatin1String(DemoData::AppVersion))
    , m_fullScreenOption(
          QStringLiteral("fullscreen"),
          QCoreApplication::translate("PairingCommandLine", "Open the windows full screen (Esc leaves it)."))
    , m_languageOption(QStringLiteral("lang"),
                       QCoreApplication::translate("PairingCommandLine",
                                                   "Language of the interface, such as de, es or vi (default: the "
                                                   "system's)."),
                       QStringLiteral("language"))
    , m_allowInsecureHttpOption(
          QStringLiteral("allow-insecure-http"),
          QCoreApplication::translate("PairingCommandLine", "Allow plain http:// to servers other than this computer."))
    , m_adminTokenOption(QStringLiteral("admin-token"),
                         QCoreApplication::translate("PairingCommandLine",
                                                     "Token of a sandbox's admin endpoints (fault drills), for a "
                                                     "sandbox reachable from other machines; or set "
                                                     "VIOPAY_SANDBOX_ADMIN_TOKEN."),
                         QStringLiteral("token"))
    , m_diagnoseOption(QStringLiteral("diagnose"),
                       QCoreApplication::translate("PairingCommandLine",
                                                   "Check why the terminal with this id does not pair, print what "
                                                   "each check found and exit (1 when a check fails). Changes "
                                                   "nothing on the server."),
                       QStringLiteral("id"))
    , m_jsonOption(QStringLiteral("json"),
                   QCoreApplication::translate("PairingCommandLine", "With --diagnose: print the result as JSON."))
    , m_bundleOption(QStringLiteral("bundle"),
                     QCoreApplication::translate("PairingCommandLine",
                                                 "With --diagnose: also save a support bundle (a zip of the diagnosis, "
                                                 "the exchanges, the log, versions and settings, without secrets) "
                                                 "to this file."),
                     QStringLiteral("file"))
    , m_factoryOption(QStringLiteral("factory"),
                      QCoreApplication::translate("PairingCommandLine",
                                                  "The terminal's factory secrets, a JSON file with identity_key_id, "
                                                  "identity_secret and zmk (default: asked of the sandbox)."),
                      QStringLiteral("file"))
    , m_clockOffsetOption(QStringLiteral("clock-offset"),
                          QCoreApplication::translate("PairingCommandLine",
                                                      "Run the terminal's clock this many seconds ahead (negative: "
                                                      "behind), to reproduce a skewed terminal."),
                          QStringLiteral("seconds"))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions({m_kioskOption, m_merchantOption, m_demoOption, m_kiosksOption, m_serverOption, m_deviceIdOption,
                m_modelOption, m_osOption, m_appVersionOption, m_fullScreenOption, m_languageOption,
                m_allowInsecureHttpOption, m_adminTokenOption, m_diagnoseOption, m_jsonOption, m_bundleOption,
                m_factoryOption, m_clockOffsetOption});
}

PairingCommandLine::Outcome PairingCommandLine::parse(const QStringList &arguments)
{
    if (const Outcome common = parseCommon(arguments); common != Outcome::Run)
        return common;
    if (!parseMode() || !parseKioskCount() || !parseServer() || !checkLogLevel() || !parseLanguage() ||
        !parseDevice() || !parseDiagnose() || !parseFactory() || !parseClockOffset())
        return Outcome::Error;
    return Outcome::Run;
}

QByteArray PairingCommandLine::adminToken() const
{
    if (m_parser.isSet(m_adminTokenOption))
        return m_parser.value(m_adminTokenOption).toUtf8();
    return qgetenv(AdminTokenVariable);
}

bool PairingCommandLine::deviceGiven() const
{
    return m_parser.isSet(m_deviceIdOption) || m_parser.isSet(m_modelOption) || m_parser.isSet(m_osOption) ||
           m_parser.isSet(m_appVersionOption);
}

bool PairingCommandLine::parseMode()
{
    m_mode.reset();
    QStringList chosen;
    for (const auto &[option, mode] :
         {std::pair{&m_kioskOption, LaunchMode::Kiosk}, std::pair{&m_merchantOption, LaunchMode::Merchant},
          std::pair{&m_demoOption, LaunchMode::Demo}}) {
        if (!m_parser.isSet(*option))
            continue;
        chosen << QStringLiteral("--") + option->names().constFirst();
        m_mode = mode;
    }
    if (chosen.size() > 1) {
        fail(QCoreApplication::translate("PairingCommandLine", "%1 open different modes: choose one")
                 .arg(chosen.join(QCoreApplication::translate("PairingCommandLine", " and "))));
        return false;
    }
    if (m_mode != LaunchMode::Demo || !m_parser.isSet(m_serverOption))
        return true;
    fail(QCoreApplication::translate("PairingCommandLine",
                                     "--demo always runs on the embedded sandbox: leave out --server"));
    return false;
}

bool PairingCommandLine::parseKioskCount()
{
    m_kioskCount = 1;
    if (!m_parser.isSet(m_kiosksOption))
        return true;
    bool isNumber = false;
    const QString text = m_parser.value(m_kiosksOption);
    m_kioskCount = text.toInt(&isNumber);
    if (!isNumber || m_kioskCount < 1 || m_kioskCount > MaxKiosks) {
        fail(QCoreApplication::translate("PairingCommandLine", "--kiosks must be a number from 1 to %1 (got \"%2\")")
                 .arg(MaxKiosks)
                 .arg(text));
        return false;
    }
    if (m_mode == LaunchMode::Merchant) {
        fail(QCoreApplication::translate("PairingCommandLine",
                                         "--kiosks shows terminals; it does not go with --merchant"));
        return false;
    }
    if (m_kioskCount > 1 && deviceGiven()) {
        fail(QCoreApplication::translate(
                 "PairingCommandLine",
                 "--kiosks %1 picks %1 provisioned terminals itself; leave out --device-id, --model, --os and "
                 "--app-version")
                 .arg(m_kioskCount));
        return false;
    }
    if (!m_mode)
        m_mode = LaunchMode::Kiosk;
    return true;
}

bool PairingCommandLine::parseServer()
{
    m_server.clear();
    if (!m_parser.isSet(m_serverOption))
        return true;
    const QString text = m_parser.value(m_serverOption).trimmed();
    const std::optional<QUrl> url = ServerUrl::parse(text);
    if (!url) {
        fail(QCoreApplication::translate(
                 "PairingCommandLine",
                 "--server needs an http:// or https:// URL with a host, such as https://api.viopay.io (got \"%1\")")
                 .arg(text));
        return false;
    }
    m_server = *url;
    return true;
}

bool PairingCommandLine::parseFactory()
{
    m_factory.reset();
    if (!m_parser.isSet(m_factoryOption))
        return true;
    const QString path = m_parser.value(m_factoryOption);
    QString problem;
    m_factory = FactorySecrets::fromFile(path, &problem);
    if (!m_factory) {
        fail(QCoreApplication::translate("PairingCommandLine", "--factory %1: %2").arg(path, problem));
        return false;
    }
    return true;
}

bool PairingCommandLine::parseClockOffset()
{
    m_clockOffsetSeconds = 0;
    if (!m_parser.isSet(m_clockOffsetOption))
        return true;
    const QString text = m_parser.value(m_clockOffsetOption).trimmed();
    bool isNumber = false;
    const int seconds = text.toInt(&isNumber);
    if (!isNumber || qAbs(seconds) > MaxClockOffsetSeconds) {
        fail(QCoreApplication::translate("PairingCommandLine",
                                         "--clock-offset needs whole seconds between -%1 and %1 (got \"%2\")")
                 .arg(MaxClockOffsetSeconds)
                 .arg(text));
        return false;
    }
    m_clockOffsetSeconds = seconds;
    return true;
}

bool PairingCommandLine::parseLanguage()
{
    m_language.clear();
    if (!m_parser.isSet(m_languageOption))
        return true;
    const QString text = m_parser.value(m_languageOption).trimmed();
    // A language code, optionally with a territory: "de", "vi", "es_MX", "pt-BR".
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z]{2})?$"));
    if (!shape.match(text).hasMatch() || QLocale(text).language() == QLocale::C) {
        fail(QCoreApplication::translate("PairingCommandLine",
                                         "--lang needs a language code such as de, es or vi (got \"%1\")")
                 .arg(text));
        return false;
    }
    m_language = text;
    return true;
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

bool PairingCommandLine::parseDiagnose()
{
    m_diagnoseDeviceId.clear();
    if (!m_parser.isSet(m_diagnoseOption)) {
        if (json()) {
            fail(QCoreApplication::translate("PairingCommandLine", "--json goes with --diagnose"));
            return false;
        }
        if (m_parser.isSet(m_bundleOption)) {
            fail(QCoreApplication::translate("PairingCommandLine", "--bundle goes with --diagnose"));
            return false;
        }
        return true;
    }
    // Refused before the checks run, so a typo does not cost a whole diagnosis.
    const QString bundle = bundlePath();
    if (m_parser.isSet(m_bundleOption) && (bundle.isEmpty() || !QFileInfo(bundle).absoluteDir().exists())) {
        fail(QCoreApplication::translate("PairingCommandLine", "--bundle %1: no such folder")
                 .arg(QFileInfo(bundle).absolutePath()));
        return false;
    }
    if (m_mode || m_parser.isSet(m_kiosksOption)) {
        fail(QCoreApplication::translate("PairingCommandLine",
                                         "--diagnose checks a terminal and exits: leave out --kiosk, --merchant, "
                                         "--demo and --kiosks"));
        return false;
    }
    QString problem;
    const std::optional<QString> id =
        DeviceIdentity::normalizeDeviceId(m_parser.value(m_diagnoseOption).trimmed(), &problem);
    if (!id) {
        fail(problem);
        return false;
    }
    m_diagnoseDeviceId = *id;
    return true;
}

} // namespace viopay
