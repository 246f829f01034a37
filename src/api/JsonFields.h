#pragma once

#include "core/ApiError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace viopay {

// Reads the fields of an answer with type checks; the first missing or wrong-typed field becomes
// a malformed-response ApiError that names it, so a screen never shows half-parsed data.
class JsonFields {
public:
    JsonFields(const QJsonObject &object, int httpStatus, const QString &traceId, QString prefix = {});

    QString string(const char *key);
    qint64 integer(const char *key);
    bool boolean(const char *key);
    QJsonObject object(const char *key);
    std::optional<qint64> optionalInteger(const char *key); // absent or null: nullopt
    std::optional<QJsonObject> optionalObject(const char *key);
    QString nullableString(const char *key); // null reads as empty

    const std::optional<ApiError> &error() const { return m_error; }
    // Records a problem the caller found in a value (e.g. a code outside the alphabet).
    void fail(const QString &problem);

private:
    QJsonValue require(const char *key);
    void wrongType(const char *key, const char *expected);

    QJsonObject m_object;
    int m_httpStatus;
    QString m_traceId;
    QString m_prefix;
    std::optional<ApiError> m_error;
};

} // namespace viopay
