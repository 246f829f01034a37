#include "RequestBody.h"

#include "core/ApiError.h"
#include "core/ErrorCode.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace viopay::sandbox {

bool RequestBody::hasMediaType(const std::optional<QByteArray> &contentType, QByteArrayView mediaType)
{
    if (!contentType)
        return false;
    const qsizetype parameters = contentType->indexOf(';');
    const QByteArray type = (parameters < 0 ? *contentType : contentType->left(parameters)).trimmed();
    return type.compare(mediaType, Qt::CaseInsensitive) == 0;
}

std::optional<QJsonObject> RequestBody::jsonObject(const QByteArray &body, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("The body is not valid JSON: %1 at offset %2")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = QStringLiteral("The body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<QHash<QString, QString>> RequestBody::formFields(const QByteArray &body)
{
    const auto decode = [](QByteArray part) {
        part.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
    };
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = decode(equals < 0 ? pair : pair.left(equals));
        if (fields.contains(name))
            return std::nullopt;
        fields.insert(name, equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return fields;
}

std::optional<QJsonObject> RequestBody::decodeJson(const QByteArray &body, const std::optional<QByteArray> &contentType,
                                                   SandboxReply *error)
{
    if (body.trimmed().isEmpty()) {
        *error = invalid(QStringLiteral("The request body is empty"));
        return std::nullopt;
    }
    if (!hasMediaType(contentType, "application/json")) {
        *error = SandboxReply::error(415, ErrorCode::UnsupportedMediaType,
                                     QStringLiteral("Content-Type must be application/json"));
        return std::nullopt;
    }
    QString problem;
    std::optional<QJsonObject> object = jsonObject(body, &problem);
    if (!object)
        *error = invalid(problem);
    return object;
}

SandboxReply RequestBody::invalid(const QString &detail)
{
    return SandboxReply::error(
        ApiError::http(400, QString::fromLatin1(ErrorCode::BadRequest), QStringLiteral("Invalid request body"))
            .setDetails(QJsonObject{{QStringLiteral("message"), detail}}));
}

} // namespace viopay::sandbox
