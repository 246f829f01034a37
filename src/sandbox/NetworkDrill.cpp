#include "NetworkDrill.h"

#include "core/ErrorCode.h"

#include <QJsonDocument>

namespace viopay::sandbox {

SandboxReply NetworkDrill::replace(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return SandboxReply::error(400, ErrorCode::BadRequest,
                                   QStringLiteral("The network drill must be a JSON object"));
    const QJsonValue drop = document.object().value(QLatin1String("drop_connections"));
    if (!drop.isUndefined() && !drop.isBool())
        return SandboxReply::error(400, ErrorCode::BadRequest,
                                   QStringLiteral("drop_connections must be true or false"));
    m_dropConnections = drop.toBool(false);
    return SandboxReply::json(200, toJson());
}

QJsonObject NetworkDrill::toJson() const
{
    return {{QLatin1String("drop_connections"), m_dropConnections}};
}

} // namespace viopay::sandbox
