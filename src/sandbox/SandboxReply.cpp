#include "SandboxReply.h"

#include "core/ApiError.h"

namespace viopay::sandbox {

SandboxReply SandboxReply::json(int status, const QJsonObject &body)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

SandboxReply SandboxReply::empty(int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType.clear();
    return reply;
}

SandboxReply SandboxReply::error(const ApiError &error)
{
    SandboxReply reply = json(error.httpStatus(), error.toEnvelope());
    if (const std::optional<int> retryAfter = error.retryAfterSeconds())
        reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfter));
    return reply;
}

SandboxReply SandboxReply::error(int status, const char *code, const QString &message)
{
    return error(ApiError::http(status, QString::fromLatin1(code), message));
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void SandboxReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[headerName, existing] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append({name, value});
}

} // namespace viopay::sandbox
