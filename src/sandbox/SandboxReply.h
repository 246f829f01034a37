#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace viopay {
class ApiError;
}

namespace viopay::sandbox {

// One answer of the sandbox, independent of the HTTP library that sends it.
struct SandboxReply {
    int status = 200;
    QJsonObject body; // serialised as JSON; ignored for 304
    // Extra headers: ETag, Retry-After, ... Every answer starts with these two: no browser may
    // read a JSON answer as another type, and no cache may keep one (they carry codes and tokens).
    // (Literals, so a reply allocates no copy of them.)
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}};
    // When non-empty, sent instead of body: another type, or JSON already serialised (then body
    // may be empty: the pairing-code answer, the hottest, is only ever written as bytes).
    QByteArray rawBody;
    QByteArray contentType = QByteArrayLiteral("application/json"); // empty: no body at all

    static SandboxReply json(int status, const QJsonObject &body);
    // An answer without a body (and so without Content-Type), as RFC 7009's revocation gives.
    static SandboxReply empty(int status);
    // The vendor error envelope; Retry-After is added when the error carries it. The trace id
    // is filled in by the HTTP layer, which owns it.
    static SandboxReply error(const ApiError &error);
    static SandboxReply error(int status, const char *code, const QString &message);

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    void setHeader(const QByteArray &name, const QByteArray &value);
};

} // namespace viopay::sandbox
