#pragma once

#include "SandboxReply.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace viopay::sandbox {

// The rows of a bulk POST /sandbox/devices (FLEET.md): a JSON array of device objects, or text/csv
// with the header device_id,merchant_id,model. Each row keeps where it came from, so a refusal can
// name its line. The rules a row must meet are the registry's.
class ProvisionBatch {
public:
    struct Row {
        QString place; // "line 3" (CSV, the header is line 1) or "item 2" (JSON array, from 1)
        std::optional<QString> deviceId;
        std::optional<QString> merchantId;
        std::optional<QString> model;
    };

    static bool isCsv(const std::optional<QByteArray> &contentType);
    // The rows of a CSV body; nullopt with *error (400/4000 naming the line) when the header or a
    // line is malformed.
    static std::optional<QList<Row>> fromCsv(const QByteArray &body, SandboxReply *error);
    // The rows of a JSON array; nullopt with *error when an item is not an object.
    static std::optional<QList<Row>> fromJsonArray(const QByteArray &body, SandboxReply *error);
    // 400/4000 whose detail names the row's place.
    static SandboxReply refuse(const QString &place, const QString &problem);
};

} // namespace viopay::sandbox
