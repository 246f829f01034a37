#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace viopay {

JsonFields::JsonFields(const QJsonObject &object, int httpStatus, const QString &traceId, QString prefix)
    : m_object(object)
    , m_httpStatus(httpStatus)
    , m_traceId(traceId)
    , m_prefix(std::move(prefix))
{}

void JsonFields::fail(const QString &problem)
{
    if (!m_error)
        m_error = ApiError::malformedResponse(problem, m_httpStatus).setTraceId(m_traceId);
}

QJsonValue JsonFields::require(const char *key)
{
    QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        fail(QCoreApplication::translate("JsonFields", "The answer has no \"%1\".").arg(m_prefix + QLatin1String(key)));
    return value;
}

void JsonFields::wrongType(const char *key, const char *expected)
{
    fail(QCoreApplication::translate("JsonFields", "\"%1\" in the answer is not %2.")
             .arg(m_prefix + QLatin1String(key), QLatin1String(expected)));
}

QString JsonFields::string(const char *key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && !value.isString())
        wrongType(key, "a string");
    return value.toString();
}

qint64 JsonFields::integer(const char *key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && (!value.isDouble() || value.toDouble() != double(value.toInteger())))
        wrongType(key, "a whole number");
    return value.toInteger();
}

bool JsonFields::boolean(const char *key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && !value.isBool())
        wrongType(key, "true or false");
    return value.toBool();
}

QJsonObject JsonFields::object(const char *key)
{
    const QJsonValue value = require(key);
    if (!value.isUndefined() && !value.isObject())
        wrongType(key, "an object");
    return value.toObject();
}

std::optional<qint64> JsonFields::optionalInteger(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return integer(key);
}

std::optional<QJsonObject> JsonFields::optionalObject(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return object(key);
}

QString JsonFields::nullableString(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isNull())
        return {};
    return string(key);
}

} // namespace viopay
