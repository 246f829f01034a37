#pragma once

#include "core/CommandLine.h"
#include "sandbox/SandboxServer.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace viopay {

// The sandbox program's command line.
class SandboxCommandLine : public CommandLine {
public:
    // The admin token's third source, after --admin-token and --admin-token-file: an environment
    // variable stays out of the process list, where any user of the machine can read argv.
    static constexpr int MinAdminTokenLength = 16;

    SandboxCommandLine();

    // Reads nothing but the arguments, the --admin-token-file, the --provision file and AdminTokenVariable in
    // environment (main() passes the process's).
    Outcome parse(const QStringList &arguments, const QProcessEnvironment &environment);

    // The server's options. Without --db the database path is empty: the default lives in the
    // user's data directory, which only main() can name (it needs the application's name).
    sandbox::SandboxServer::Options serverOptions() const { return m_options; }
    bool databaseGiven() const { return m_parser.isSet(m_dbOption); }

private:
    bool parsePort();
    bool parseAddress();
    bool parseAdminToken(const QProcessEnvironment &environment);
    bool readAdminTokenFile();
    bool readProvisionFile();

    QCommandLineOption m_bindOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_resetOption;
    QCommandLineOption m_adminTokenOption;
    QCommandLineOption m_adminTokenFileOption;
    QCommandLineOption m_noWaitOption;
    QCommandLineOption m_provisionOption;
    sandbox::SandboxServer::Options m_options;
};

} // namespace viopay
