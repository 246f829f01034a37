#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>

// A blocking HTTP/1.1 client over one socket, for tests: sends exactly the bytes given (so a
// test can reproduce any client, or a hostile one) and parses one answer.
class HttpProbe {
public:
    struct Response {
        int status = 0; // 0: no answer (connection closed or timed out)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QJsonObject error() const { return json().value(QLatin1String("error")).toObject(); }
    };

    // source: the local address to connect from (any loopback address), so a test can be a
    // second client; null: the system's choice.
    explicit HttpProbe(quint16 port, const QHostAddress &source = {});
    ~HttpProbe();

    bool connectToServer();
    bool send(const QByteArray &raw);
    Response receive(int timeoutMs = 5000);
    bool isClosedByServer(int timeoutMs = 5000);

    // One request on a new connection: builds "METHOD target HTTP/1.1" with Host (127.0.0.1
    // unless the given headers name one) and Content-Length, plus the given headers.
    static Response request(quint16 port, const QByteArray &method, const QByteArray &target,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                            int timeoutMs = 5000, const QHostAddress &source = {});
    // The sandbox's demo merchant (Cafe Lumen's desk user) signed in, with a session: the headers
    // of its merchant requests (Authorization and a JSON Content-Type).
    static QList<QPair<QByteArray, QByteArray>> demoMerchantSession(quint16 port);
    // A new pairing code for the terminal, asked for as the terminal's app does (a PAX-A920 on
    // Android 12, app 1.4.2); empty when none came.
    static QString pairingCode(quint16 port, const QByteArray &deviceId);
    static QByteArray build(const QByteArray &method, const QByteArray &target,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

private:
    struct Private;
    Private *d;
};
