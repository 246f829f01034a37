#include "TraceContext.h"

#include <QList>
#include <QRandomGenerator>

namespace viopay {

namespace {
constexpr int TraceIdLength = 32;
constexpr int SpanIdLength = 16;

QByteArray randomHex(int hexDigits)
{
    const int words = hexDigits / 8;
    QByteArray bytes;
    do { // W3C forbids all-zero ids
        quint32 buffer[4] = {};
        QRandomGenerator::system()->fillRange(buffer, words);
        bytes = QByteArray(reinterpret_cast<const char *>(buffer), words * int(sizeof(quint32)));
    } while (bytes.count('\0') == bytes.size());
    return bytes.toHex();
}

bool isLowerHex(const QByteArray &text, int length)
{
    if (text.size() != length)
        return false;
    for (char symbol : text) {
        if (!((symbol >= '0' && symbol <= '9') || (symbol >= 'a' && symbol <= 'f')))
            return false;
    }
    return true;
}

bool isAllZero(const QByteArray &hex)
{
    return hex.count('0') == hex.size();
}
} // namespace

TraceContext TraceContext::generate()
{
    return TraceContext(randomHex(TraceIdLength), randomHex(SpanIdLength));
}

std::optional<TraceContext> TraceContext::parseTraceparent(const QByteArray &header)
{
    const QList<QByteArray> parts = header.trimmed().split('-');
    if (parts.size() < 4)
        return std::nullopt;
    const QByteArray &version = parts.at(0);
    // Version 00 has exactly four parts; later versions may append fields, which we ignore.
    if (!isLowerHex(version, 2) || version == "ff" || (version == "00" && parts.size() != 4))
        return std::nullopt;
    const QByteArray &traceId = parts.at(1);
    const QByteArray &spanId = parts.at(2);
    if (!isLowerHex(traceId, TraceIdLength) || !isLowerHex(spanId, SpanIdLength) || !isLowerHex(parts.at(3), 2))
        return std::nullopt;
    if (isAllZero(traceId) || isAllZero(spanId))
        return std::nullopt;
    return TraceContext(traceId, spanId);
}

QByteArray TraceContext::traceparent() const
{
    return "00-" + m_traceId + '-' + m_spanId + "-01";
}

} // namespace viopay
