#pragma once

#include "SandboxReply.h"

#include <QByteArray>
#include <QJsonObject>

namespace viopay::sandbox {

// The network drill of PUT /sandbox/network: with drop_connections, every API request's
// connection is closed without an answer, as when the server is down. Apart from /sandbox/faults
// (whose fields and answers the contract fixes); like it, never touches /sandbox/.
class NetworkDrill {
public:
    // Replaces the drill whole from a JSON body; a missing field takes its default (false).
    // Answers 200 with the drill now in force, or 400/4000 naming the bad field (leaving it unchanged).
    SandboxReply replace(const QByteArray &body);
    QJsonObject toJson() const;

    bool dropsConnections() const { return m_dropConnections; }

private:
    bool m_dropConnections = false;
};

} // namespace viopay::sandbox
