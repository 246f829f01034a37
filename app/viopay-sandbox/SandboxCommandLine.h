#pragma once

#include "core/CommandLine.h"
#include "sandbox/SandboxServer.h"

#include <QString>
#include <QStringList>

namespace viopay {

// The sandbox program's command line.
class SandboxCommandLine : public CommandLine {
public:
    SandboxCommandLine();

    Outcome parse(const QStringList &arguments);

    // The server's options. Without --db the database path is empty: the default lives in the
    // user's data directory, which only main() can name (it needs the application's name).
    sandbox::SandboxServer::Options serverOptions() const { return m_options; }
    bool databaseGiven() const { return m_parser.isSet(m_dbOption); }

private:
    bool parsePort();
    bool parseAddress();

    QCommandLineOption m_bindOption;
    QCommandLineOption m_portOption;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_resetOption;
    QCommandLineOption m_adminTokenOption;
    QCommandLineOption m_noWaitOption;
    sandbox::SandboxServer::Options m_options;
};

} // namespace viopay
