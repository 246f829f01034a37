#pragma once

#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace viopay {

// Forwards to the sandbox, but for the first claims it carries (one by default, or until
// stopDropping), closes the connection as the server's answer starts: the claim is done and its
// answer lost, as on a flaky network.
class LossyProxy {
public:
    explicit LossyProxy(quint16 upstream, int answersToDrop = 1);
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int droppedAnswers() const { return m_dropped; }
    void stopDropping() { m_answersToDrop = m_dropped; }

private:
    void pipe(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_upstream;
    int m_answersToDrop;
    int m_dropped = 0;
};

} // namespace viopay
