#include "ScriptedServer.h"

#include <QTcpSocket>

ScriptedServer::ScriptedServer(QList<Step> script, QObject *parent)
    : QTcpServer(parent)
    , m_script(std::move(script))
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (isComplete(*buffer) && !socket->property("served").toBool()) {
                    socket->setProperty("served", true);
                    serve(socket, *buffer);
                }
            });
        }
    });
}

bool ScriptedServer::isComplete(const QByteArray &request)
{
    // The headers, and the body when the request says how long it is (activate's envelope).
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = request.left(end).toLower();
    const qsizetype field = head.indexOf("\r\ncontent-length:");
    if (field < 0)
        return true;
    const qsizetype valueStart = field + qsizetype(sizeof("\r\ncontent-length:")) - 1;
    const qsizetype lineEnd = head.indexOf("\r\n", valueStart);
    const qint64 length = head.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong();
    return request.size() - (end + 4) >= length;
}

QByteArray ScriptedServer::answer(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Scripted\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

void ScriptedServer::serve(QTcpSocket *socket, const QByteArray &request)
{
    const Step step = m_script.value(m_requests, m_script.constLast());
    ++m_requests;
    m_lastRequest = request;
    m_allRequests.append(request);
    switch (step.behaviour) {
    case Behaviour::Answer:
        socket->write(step.response);
        socket->disconnectFromHost();
        return;
    case Behaviour::Hang:
        return; // keeps the connection open and says nothing
    case Behaviour::Garbage:
        socket->write("\x16\x03\x01 this is not HTTP at all\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Behaviour::Truncate:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"pairing");
        socket->disconnectFromHost();
        return;
    case Behaviour::Huge: {
        const qint64 size = 5 * 1024 * 1024;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(size) + "\r\n\r\n");
        socket->write(QByteArray(size, ' '));
        socket->disconnectFromHost();
        return;
    }
    case Behaviour::Reset:
        socket->abort();
        return;
    }
}
