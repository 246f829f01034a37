#include "SandboxReplies.h"

#include <QJsonDocument>

namespace viopay::sandbox {

QJsonObject sentBody(const SandboxReply &reply)
{
    return reply.rawBody.isEmpty() ? reply.body : QJsonDocument::fromJson(reply.rawBody).object();
}

QJsonObject errorOf(const SandboxReply &reply)
{
    return reply.body.value(QStringLiteral("error")).toObject();
}

QString codeOf(const SandboxReply &reply)
{
    return errorOf(reply).value(QStringLiteral("code")).toString();
}

QString messageOf(const SandboxReply &reply)
{
    return errorOf(reply).value(QStringLiteral("message")).toString();
}

QString detailOf(const SandboxReply &reply)
{
    return errorOf(reply).value(QStringLiteral("details")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace viopay::sandbox
