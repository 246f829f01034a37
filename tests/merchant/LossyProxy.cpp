#include "LossyProxy.h"

#include <QTcpSocket>

#include <memory>

namespace viopay {

LossyProxy::LossyProxy(quint16 upstream, int answersToDrop)
    : m_upstream(upstream)
    , m_answersToDrop(answersToDrop)
{
    m_server.listen(QHostAddress::LocalHost);
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            pipe(client);
    });
}

void LossyProxy::pipe(QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    auto dropAnswer = std::make_shared<bool>(false);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, dropAnswer] {
        const QByteArray data = client->readAll();
        if (data.startsWith("POST /pos/claim") && m_dropped < m_answersToDrop)
            *dropAnswer = true;
        upstream->write(data);
    });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, dropAnswer] {
        const QByteArray data = upstream->readAll();
        if (!*dropAnswer) {
            client->write(data);
            return;
        }
        *dropAnswer = false;
        ++m_dropped;
        client->abort();
        client->deleteLater();
    });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

} // namespace viopay
