#include "ApiRequest.h"

#include <QJsonDocument>

namespace viopay {

ApiRequest ApiRequest::json(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

ApiRequest ApiRequest::get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    request.repeatable = true;
    return request;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace viopay
