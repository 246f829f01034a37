#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace viopay {

// W3C Trace Context (traceparent), shared by the client, which sends one on every request,
// and the sandbox, which reuses its trace-id so support can match both sides' logs.
class TraceContext {
public:
    static TraceContext generate(); // random ids from a secure generator, never all zero
    // "00-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>"; nullopt when malformed,
    // an all-zero id, or version ff.
    static std::optional<TraceContext> parseTraceparent(const QByteArray &header);

    const QByteArray &traceId() const { return m_traceId; } // 32 lowercase hex
    const QByteArray &spanId() const { return m_spanId; }   // 16 lowercase hex
    QByteArray traceparent() const;                         // "00-<trace>-<span>-01"

private:
    TraceContext(QByteArray traceId, QByteArray spanId)
        : m_traceId(std::move(traceId))
        , m_spanId(std::move(spanId))
    {}
    QByteArray m_traceId;
    QByteArray m_spanId;
};

} // namespace viopay
