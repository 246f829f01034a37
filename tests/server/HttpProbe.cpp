#include "HttpProbe.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

struct HttpProbe::Private {
    Private(quint16 port, const QHostAddress &source)
        : port(port)
        , source(source)
    {}

    quint16 port;
    QHostAddress source;
    QTcpSocket socket;
    QByteArray buffer;

    bool fill(QElapsedTimer &timer, int timeoutMs)
    {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !socket.waitForReadyRead(left))
            return false;
        buffer += socket.readAll();
        return true;
    }
};

QByteArray HttpProbe::Response::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpProbe::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpProbe::HttpProbe(quint16 port, const QHostAddress &source)
    : d(new Private(port, source))
{}

HttpProbe::~HttpProbe()
{
    delete d;
}

bool HttpProbe::connectToServer()
{
    if (!d->source.isNull() && !d->socket.bind(d->source))
        return false;
    d->socket.connectToHost(QStringLiteral("127.0.0.1"), d->port);
    return d->socket.waitForConnected(5000);
}

bool HttpProbe::send(const QByteArray &raw)
{
    d->socket.write(raw);
    return d->socket.waitForBytesWritten(5000) || raw.isEmpty();
}

HttpProbe::Response HttpProbe::receive(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    Response response;
    qsizetype headerEnd = -1;
    while ((headerEnd = d->buffer.indexOf("\r\n\r\n")) < 0) {
        if (!d->fill(timer, timeoutMs))
            return response;
    }
    const QList<QByteArray> lines = d->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    for (qsizetype index = 1; index < lines.size(); ++index) {
        const qsizetype colon = lines.at(index).indexOf(':');
        if (colon > 0)
            response.headers.append({lines.at(index).left(colon).trimmed(), lines.at(index).mid(colon + 1).trimmed()});
    }
    const qsizetype length = response.header("Content-Length").toLongLong();
    while (d->buffer.size() < headerEnd + 4 + length) {
        if (!d->fill(timer, timeoutMs))
            return response;
    }
    response.body = d->buffer.mid(headerEnd + 4, length);
    d->buffer.remove(0, headerEnd + 4 + length);
    response.status = statusLine.value(1).toInt();
    return response;
}

bool HttpProbe::isClosedByServer(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (d->socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        if (d->socket.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - timer.elapsed()))))
            d->buffer += d->socket.readAll();
    }
    return d->socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray HttpProbe::build(const QByteArray &method, const QByteArray &target,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\n";
    const auto isHost = [](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare("Host", Qt::CaseInsensitive) == 0;
    };
    if (std::none_of(headers.cbegin(), headers.cend(), isHost))
        raw += "Host: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        raw += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return raw + "\r\n" + body;
}

QList<QPair<QByteArray, QByteArray>> HttpProbe::demoMerchantSession(quint16 port)
{
    const QByteArray token = request(port, "POST", "/realms/viopay/protocol/openid-connect/token",
                                     {{"Content-Type", "application/x-www-form-urlencoded"}},
                                     "grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test"
                                     "&password=pairing-demo")
                                 .json()[QLatin1String("access_token")]
                                 .toString()
                                 .toLatin1();
    QList<QPair<QByteArray, QByteArray>> merchant{{"Authorization", "Bearer " + token},
                                                  {"Content-Type", "application/json"}};
    request(port, "POST", "/session/initiate", merchant, R"({"host":"merchant.viopay.io"})");
    return merchant;
}

QString HttpProbe::pairingCode(quint16 port, const QByteArray &deviceId)
{
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"X-Device-Id", deviceId}, {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"}, {"X-Client-Type", "pos"}};
    return request(port, "POST", "/pos/pairing-code", headers).json()[QLatin1String("pairing_code")].toString();
}

HttpProbe::Response HttpProbe::request(quint16 port, const QByteArray &method, const QByteArray &target,
                                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                       int timeoutMs, const QHostAddress &source)
{
    HttpProbe probe(port, source);
    if (!probe.connectToServer() || !probe.send(build(method, target, headers, body)))
        return {};
    return probe.receive(timeoutMs);
}
