#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace viopay {

// Every way a call to the Viopay API can fail, as one value the screens can explain.
class ApiError {
public:
    enum class Kind {
        Http,              // the server answered with an error status (envelope parsed when present)
        Network,           // connection refused, reset, DNS failure, host unreachable
        Timeout,           // connected, but no complete answer in time
        ConnectTimeout,    // no connection (TCP and TLS) established in time: a dead or unreachable address
        Tls,               // certificate or handshake failure; never ignored
        MalformedResponse, // the body was not the JSON the contract promises
        Cancelled,         // the owner went away or the user cancelled
        Refused,           // the address itself is refused (plain http:// off this computer): nothing was sent
    };

    ApiError() = default;

    // From an HTTP error answer: the vendor envelope {"error":{code,message,details,trace_id}}
    // or an OAuth body {"error":"invalid_grant","error_description":"..."}; a body that is
    // neither still gives an Http error with the status. traceIdHeader is X-Trace-Id.
    static ApiError fromHttpResponse(int httpStatus, const QByteArray &body, const QByteArray &traceIdHeader = {});
    static ApiError network(const QString &detail);
    static ApiError timeout(const QString &detail);
    // "Could not connect to HOST within N s." is both the detail and the user message.
    static ApiError connectTimeout(const QString &host, int timeoutMs);
    static ApiError tls(const QString &detail);
    static ApiError malformedResponse(const QString &detail, int httpStatus = 0);
    static ApiError cancelled(const QString &detail = {}); // detail: why, for the log
    // reason: the sentence that says what is refused and what to do; it is the user message.
    static ApiError refused(const QString &reason);

    // The vendor envelope for this error, for the sandbox to send:
    // {"error":{"code","message","details"?,"trace_id"}}.
    QJsonObject toEnvelope() const;

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }      // 0 when no answer arrived
    const QString &code() const { return m_code; }       // "4041", or the OAuth error ("invalid_grant")
    const QString &message() const { return m_message; } // the server's message or our detail
    const QJsonObject &details() const { return m_details; }
    const QString &traceId() const { return m_traceId; }
    std::optional<int> retryAfterSeconds() const { return m_retryAfterSeconds; }

    ApiError &setTraceId(const QString &traceId);
    ApiError &setRetryAfterSeconds(int seconds);
    ApiError &setDetails(const QJsonObject &details);

    static ApiError http(int httpStatus, const QString &code, const QString &message);

    // A friendly sentence for the screen, by kind and code; never a raw server dump.
    QString userMessage() const;
    // userMessage(), naming the server when it could not be reached or did not answer, so a
    // person sees which address to check.
    QString userMessage(const QUrl &server) const;
    // userMessage(server), then the support reference in brackets when there is one: what a
    // screen appends to its own short lead, which says what did not happen without a verb of
    // its own to repeat ("Devices not loaded: Could not reach…", not "…could not be loaded:
    // Could not reach…").
    QString userMessageWithReference(const QUrl &server = {}) const;
    // Small print for support: "Error 4041 · trace 4bf92f35…" (empty parts left out).
    QString supportReference() const;
    // Whether repeating the same request might succeed (network, timeout, 5xx, 429).
    bool isTransient() const;

private:
    static ApiError ofKind(Kind kind, const QString &detail);

    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QJsonObject m_details;
    QString m_traceId;
    std::optional<int> m_retryAfterSeconds;
};

} // namespace viopay
