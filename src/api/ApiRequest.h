#pragma once

#include "core/Exchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace viopay {

// One call to the API as a client builds it; the transport adds the base URL, the trace
// context, the time-out and the retries.
struct ApiRequest {
    QByteArray method = "GET";
    QString path; // "/pos/status", with an optional "?query"
    HeaderList headers;
    QByteArray body;
    QByteArray contentType;
    bool repeatable = false; // safe to send again after a transient failure
    int timeoutMs = 0;       // 0: the transport's default
    int heldMs = 0;          // how long the server may hold the answer on purpose (Prefer: wait)
    ExchangeOrigin origin;   // who sends it, as the inspector shows it

    // A request with a compact JSON body and its content type.
    static ApiRequest json(const QByteArray &method, const QString &path, const QJsonObject &body);
    // A GET, safe to repeat after a transient failure.
    static ApiRequest get(const QString &path);
};

// A successful answer (2xx or 304).
struct ApiResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    QJsonObject json;    // the body as a JSON object; empty for 304 and empty bodies
    QString traceId;     // X-Trace-Id
    QString sentTraceId; // the trace id of the request's traceparent: Exchange::traceId
    QByteArray header(const QByteArray &name) const;
};

} // namespace viopay
