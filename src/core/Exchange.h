#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace viopay {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Who sent a request, for the inspector: the client that builds a request sets it.
struct ExchangeOrigin {
    enum class Kind { Unknown, Terminal, Merchant, Drill };
    Kind kind = Kind::Unknown;
    QString terminalId; // a terminal's device id

    static ExchangeOrigin terminal(const QString &deviceId) { return {Kind::Terminal, deviceId}; }
    static ExchangeOrigin merchant() { return {Kind::Merchant, {}}; }
    static ExchangeOrigin drill() { return {Kind::Drill, {}}; }
};

// One request and its answer as support staff see it in the network inspector.
struct Exchange {
    QDateTime startedAt; // UTC
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0; // 0: no answer (network error, time-out, cancelled)
    HeaderList responseHeaders;
    QByteArray responseBody; // a preview, capped
    qint64 durationMs = 0;
    QString traceId;
    int retries = 0;
    QString error; // why there was no usable answer, empty otherwise
    ExchangeOrigin origin;
    // What a terminal sealed in the request's MSK envelope and opened of the answer's (config,
    // terminal parameters, activation: not secret, unlike the keys), for the inspector to show
    // beside the ciphertext; empty for every other exchange.
    QByteArray decryptedRequest;
    QByteArray decryptedResponse;

    bool failed() const { return status == 0 || status >= 400; }

    QByteArray requestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const;
};

} // namespace viopay
