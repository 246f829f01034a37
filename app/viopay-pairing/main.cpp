// viopay-pairing: the desktop app. Wiring only: parse the command line, then open the window.
#include "PairingCommandLine.h"
#include "core/LogLevel.h"
#include "ui/ModeChooserDialog.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include <cstdio>

using namespace viopay;

namespace {
int printAndExit(const QString &text, FILE *stream, int exitCode)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    return exitCode;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Viopay"));
    QApplication::setApplicationName(QStringLiteral("Viopay Pairing"));
    QApplication::setApplicationVersion(QStringLiteral(VIOPAY_VERSION));
    Q_INIT_RESOURCE(resources); // the icon lives in the static ui library
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/viopay-pairing.svg")));

    PairingCommandLine commandLine;
    switch (commandLine.parse(QApplication::arguments())) {
    case PairingCommandLine::Outcome::ShowHelp:
        return printAndExit(commandLine.helpText(), stdout, 0);
    case PairingCommandLine::Outcome::ShowVersion:
        return printAndExit(PairingCommandLine::versionText(), stdout, 0);
    case PairingCommandLine::Outcome::Error:
        return printAndExit(QStringLiteral("viopay-pairing: ") + commandLine.errorText() +
                                QStringLiteral("\nTry 'viopay-pairing --help' for the options."),
                            stderr, PairingCommandLine::UsageErrorExitCode);
    case PairingCommandLine::Outcome::Run:
        break;
    }
    LogLevel::apply(commandLine.logLevel());

    QSettings settings;
    ModeChooserDialog chooser(settings);
    const QString notYet = QApplication::translate("main", "Not part of this version yet.");
    for (LaunchMode mode : {LaunchMode::Kiosk, LaunchMode::Merchant, LaunchMode::Demo})
        chooser.setModeAvailable(mode, false, notYet);
    if (!commandLine.server().isEmpty())
        chooser.setServer(commandLine.server());
    chooser.show();
    return app.exec();
}
