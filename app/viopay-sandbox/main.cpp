// viopay-sandbox: the sandbox as a standalone server. Wiring only: parse the command line, start
// the server, print where it listens, and stop cleanly on SIGINT or SIGTERM.
#include "SandboxCommandLine.h"
#include "core/LogLevel.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

#include <pthread.h>

using namespace viopay;

namespace {
int fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "viopay-sandbox: %s\n", qPrintable(message));
    return exitCode;
}

int failUsage(const SandboxCommandLine &commandLine)
{
    QString message = commandLine.errorText();
    if (commandLine.errorIsSyntax())
        message += QStringLiteral("\nTry 'viopay-sandbox --help' for the options.");
    return fail(message, SandboxCommandLine::UsageErrorExitCode);
}

QString defaultDatabasePath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(directory);
    return QDir(directory).filePath(QStringLiteral("sandbox.sqlite"));
}

// Blocks SIGINT and SIGTERM in every thread (the server thread inherits the mask), so that
// main() alone receives them through sigwait() and can shut the server down in order.
sigset_t blockShutdownSignals()
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}
} // namespace

int main(int argc, char *argv[])
{
    const sigset_t shutdownSignals = blockShutdownSignals();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Viopay"));
    QCoreApplication::setApplicationName(QStringLiteral("Viopay Sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIOPAY_VERSION));

    SandboxCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment())) {
    case SandboxCommandLine::Outcome::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case SandboxCommandLine::Outcome::ShowVersion:
        std::printf("%s\n", qPrintable(commandLine.versionText()));
        return 0;
    case SandboxCommandLine::Outcome::Error:
        return failUsage(commandLine);
    case SandboxCommandLine::Outcome::Run:
        break;
    }

    LogLevel::apply(commandLine.logLevel());
    sandbox::SandboxServer::Options options = commandLine.serverOptions();
    if (!commandLine.databaseGiven())
        options.databasePath = defaultDatabasePath();
    if (!QHostAddress(options.address).isLoopback())
        qWarning("viopay-sandbox: listening on %s, reachable from other machines; /sandbox/ needs the admin token",
                 qPrintable(options.address));

    sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error))
        return fail(error, 1);
    std::printf("listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);

    int received = 0;
    sigwait(&shutdownSignals, &received);
    server.stop();
    return 0;
}
