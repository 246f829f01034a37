#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

// A misbehaving HTTP server for client tests: each connection gets the next scripted behaviour
// once its request headers have arrived (the last one repeats).
class ScriptedServer : public QTcpServer {
    Q_OBJECT

public:
    enum class Behaviour { Answer, Hang, Garbage, Truncate, Huge, Reset };
    struct Step {
        Behaviour behaviour = Behaviour::Answer;
        QByteArray response; // for Answer: the whole raw answer
    };

    explicit ScriptedServer(QList<Step> script, QObject *parent = nullptr);
    quint16 port() const { return serverPort(); }
    int requestsSeen() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }
    // Every request served so far, whole (headers and body), in order.
    const QList<QByteArray> &requests() const { return m_allRequests; }

    static QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    void serve(QTcpSocket *socket, const QByteArray &request);
    static bool isComplete(const QByteArray &request);

    QList<Step> m_script;
    int m_requests = 0;
    QByteArray m_lastRequest;
    QList<QByteArray> m_allRequests;
};
