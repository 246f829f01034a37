#include "ProvisionBatch.h"

#include "RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace viopay::sandbox {

namespace {
constexpr char CsvHeader[] = "device_id,merchant_id,model";
constexpr int CsvColumns = 3;

std::optional<QString> textField(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}
} // namespace

bool ProvisionBatch::isCsv(const std::optional<QByteArray> &contentType)
{
    return RequestBody::hasMediaType(contentType, "text/csv");
}

SandboxReply ProvisionBatch::refuse(const QString &place, const QString &problem)
{
    SandboxReply reply = RequestBody::invalid(QStringLiteral("%1: %2").arg(place, problem));
    QJsonObject error = reply.body.value(QLatin1String("error")).toObject();
    QJsonObject details = error.value(QLatin1String("details")).toObject();
    details.insert(QStringLiteral("line"), place);
    error.insert(QStringLiteral("details"), details);
    reply.body.insert(QStringLiteral("error"), error);
    return reply;
}

// Plain comma-separated values: the sandbox's own format has no field that needs quoting.
std::optional<QList<ProvisionBatch::Row>> ProvisionBatch::fromCsv(const QByteArray &body, SandboxReply *error)
{
    const QList<QByteArray> lines = body.split('\n');
    QList<Row> rows;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString line = QString::fromUtf8(lines.at(index)).trimmed(); // also drops a CR
        const QString place = QStringLiteral("line %1").arg(index + 1);
        if (index == 0) {
            if (QString(line).remove(QLatin1Char(' ')) != QLatin1String(CsvHeader)) {
                *error = refuse(place, QStringLiteral("the header must be %1").arg(QLatin1String(CsvHeader)));
                return std::nullopt;
            }
            continue;
        }
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != CsvColumns) {
            *error = refuse(place, QStringLiteral("expected %1 comma-separated fields").arg(CsvColumns));
            return std::nullopt;
        }
        rows.append({place, fields.at(0).trimmed(), fields.at(1).trimmed(), fields.at(2).trimmed()});
    }
    if (rows.isEmpty()) {
        *error = RequestBody::invalid(QStringLiteral("The CSV has no device rows"));
        return std::nullopt;
    }
    return rows;
}

std::optional<QList<ProvisionBatch::Row>> ProvisionBatch::fromJsonArray(const QByteArray &body, SandboxReply *error)
{
    const QJsonArray items = QJsonDocument::fromJson(body).array();
    if (items.isEmpty()) {
        *error = RequestBody::invalid(QStringLiteral("The array has no devices"));
        return std::nullopt;
    }
    QList<Row> rows;
    for (qsizetype index = 0; index < items.size(); ++index) {
        const QString place = QStringLiteral("item %1").arg(index + 1);
        if (!items.at(index).isObject()) {
            *error = refuse(place, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        const QJsonObject object = items.at(index).toObject();
        rows.append({place, textField(object, QStringLiteral("device_id")),
                     textField(object, QStringLiteral("merchant_id")), textField(object, QStringLiteral("model"))});
    }
    return rows;
}

} // namespace viopay::sandbox
