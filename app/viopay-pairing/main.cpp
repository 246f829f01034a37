// viopay-pairing: the desktop app. Wiring only: parse the command line (before any display is
// needed, for --help, --version and usage errors), set up the application object, the
// interface language and the log level, and hand the rest to Application.
#include "DiagnoseCommand.h"
#include "PairingCommandLine.h"
#include "core/Clock.h"
#include "core/LogLevel.h"
#include "support/RunLog.h"
#include "ui/Application.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

using namespace viopay;

namespace {
int printAndExit(const QString &text, FILE *stream, int exitCode)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    return exitCode;
}

// The interface language: --lang, else the system's; English when there is no translation.
void loadTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (Translations::install(locale) || language.isEmpty())
        return;
    std::fprintf(stderr,
                 "viopay-pairing: no translation for \"%s\" (there are: en, %s); the interface stays in "
                 "English\n",
                 qPrintable(language), qPrintable(Translations::available().join(QStringLiteral(", "))));
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Viopay"));
    QCoreApplication::setApplicationName(QStringLiteral("Viopay Pairing"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIOPAY_VERSION));
}

Application::Options applicationOptions(const PairingCommandLine &commandLine)
{
    Application::Options options;
    options.mode = commandLine.mode();
    options.server = commandLine.server();
    options.kioskCount = commandLine.kioskCount();
    options.device = commandLine.device(); // the options' terminal, or the demo's
    options.fullScreen = commandLine.fullScreen();
    options.allowInsecureHttp = commandLine.allowInsecureHttp();
    options.adminToken = commandLine.adminToken();
    options.factory = commandLine.factory();
    options.clockOffsetSeconds = commandLine.clockOffsetSeconds();
    return options;
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int index = 0; index < argc; ++index)
        arguments << QString::fromLocal8Bit(argv[index]);
    PairingCommandLine commandLine;
    switch (commandLine.parse(arguments)) {
    case PairingCommandLine::Outcome::ShowHelp:
        return printAndExit(commandLine.helpText(), stdout, 0);
    case PairingCommandLine::Outcome::ShowVersion:
        return printAndExit(commandLine.versionText(), stdout, 0);
    case PairingCommandLine::Outcome::Error:
        return printAndExit(QStringLiteral("viopay-pairing: ") + commandLine.errorText() +
                                QStringLiteral("\nTry 'viopay-pairing --help' for the options."),
                            stderr, PairingCommandLine::UsageErrorExitCode);
    case PairingCommandLine::Outcome::Run:
        break;
    }

    if (commandLine.diagnose()) {
        QCoreApplication app(argc, argv); // no display: it runs over SSH and in scripts
        RunLog::install();                // the support bundle's log of this run
        setIdentity();
        LogLevel::apply(commandLine.logLevel());
        loadTranslations(commandLine.language());
        return runDiagnosis(commandLine);
    }

    QApplication app(argc, argv);
    RunLog::install();
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.viopay.Pairing")); // its window icon and grouping
    Q_INIT_RESOURCE(resources);                                               // the icon lives in the static ui library
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/viopay-pairing.svg")));
    LogLevel::apply(commandLine.logLevel());
    loadTranslations(commandLine.language());

    QSettings settings;
    QNetworkAccessManager network; // the process's one
    Application application(network, settings, Clock::system(), applicationOptions(commandLine));
    switch (application.start()) {
    case Application::Outcome::Cancelled:
        return 0;
    case Application::Outcome::Failed:
        return 1;
    case Application::Outcome::Running:
        break;
    }
    return app.exec();
}
