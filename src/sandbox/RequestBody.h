#pragma once

#include "SandboxReply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace viopay::sandbox {

// Decoding of request bodies the way the contract reads them.
class RequestBody {
public:
    // Whether the Content-Type's media type is mediaType, ignoring case and parameters such as
    // "; charset=utf-8".
    static bool hasMediaType(const std::optional<QByteArray> &contentType, QByteArrayView mediaType);
    // The body as a JSON object; nullopt with *problem saying why when it is not one.
    static std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *problem);
    // application/x-www-form-urlencoded fields ('+' is a space, %XX decoded, UTF-8); nullopt when
    // a field appears twice, which RFC 6749 section 3.1 forbids.
    static std::optional<QHash<QString, QString>> formFields(const QByteArray &body);

    // A JSON-bodied call's checks in the contract's order: an empty body is 400/4000 (not 415),
    // then a Content-Type other than application/json is 415/4150, then anything but a JSON
    // object is 400/4000. nullopt with *error set when a check fails.
    static std::optional<QJsonObject> decodeJson(const QByteArray &body, const std::optional<QByteArray> &contentType,
                                                 SandboxReply *error);
    // 400/4000 "Invalid request body" with details {"message": detail}, the vendor's form.
    static SandboxReply invalid(const QString &detail);
};

} // namespace viopay::sandbox
