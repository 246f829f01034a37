// viopay-sandbox: the sandbox as a standalone server. Wiring only: parse the command line, start
// the server, print where it listens, and stop cleanly on SIGINT or SIGTERM.
#include "core/LogLevel.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>

#include <pthread.h>

using namespace viopay;

namespace {
constexpr int UsageError = 2;

int fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "viopay-sandbox: %s\n", qPrintable(message));
    return exitCode;
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

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Viopay activation API sandbox: bootstrap, pairing codes, status, claims, fault drills."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Show the version and exit."));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1); any other "
                                                       "address needs --admin-token."),
                                        QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port, 0 for any free one (default 0)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("SQLite database file (default in the user's data directory; "
                                                     ":memory: keeps nothing)."),
                                      QStringLiteral("file"));
    const QCommandLineOption resetOption(QStringLiteral("reset"), QStringLiteral("Re-seed the demo data."));
    const QCommandLineOption adminTokenOption(QStringLiteral("admin-token"),
                                              QStringLiteral("Bearer token required by /sandbox/ endpoints."),
                                              QStringLiteral("token"));
    const QCommandLineOption noWaitOption(QStringLiteral("no-wait"),
                                          QStringLiteral("Answer status requests at once, ignoring Prefer: wait, "
                                                         "like a server without it: clients poll."));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
                                            QStringLiteral("debug, info (default; one line per request), warning "
                                                           "or error."),
                                            QStringLiteral("level"), QStringLiteral("info"));
    for (const QCommandLineOption &option : {helpOption, versionOption, bindOption, portOption, dbOption, resetOption,
                                             adminTokenOption, noWaitOption, logLevelOption})
        parser.addOption(option);

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText() + QStringLiteral("\nTry 'viopay-sandbox --help' for the options."), UsageError);
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("viopay-sandbox %s\n", VIOPAY_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst()),
                    UsageError);

    sandbox::SandboxServer::Options options;
    bool portIsNumber = false;
    const uint port = parser.value(portOption).toUInt(&portIsNumber);
    if (!portIsNumber || port > 65535)
        return fail(
            QStringLiteral("--port must be a number from 0 to 65535 (got \"%1\")").arg(parser.value(portOption)),
            UsageError);
    options.port = quint16(port);
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return fail(
            QStringLiteral("--bind must be an IP address such as 127.0.0.1 (got \"%1\")").arg(parser.value(bindOption)),
            UsageError);
    options.address = address.toString();
    options.adminToken = parser.value(adminTokenOption).toUtf8();
    if (!address.isLoopback() && options.adminToken.isEmpty())
        return fail(QStringLiteral("--bind %1 is reachable from other machines: give an --admin-token to protect "
                                   "the /sandbox/ endpoints")
                        .arg(options.address),
                    UsageError);
    if (!LogLevel::apply(parser.value(logLevelOption)))
        return fail(QStringLiteral("--log-level must be one of %1 (got \"%2\")")
                        .arg(LogLevel::names().join(QStringLiteral(", ")), parser.value(logLevelOption)),
                    UsageError);
    options.databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    options.reset = parser.isSet(resetOption);
    options.holdStatus = !parser.isSet(noWaitOption);
    if (!address.isLoopback())
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
