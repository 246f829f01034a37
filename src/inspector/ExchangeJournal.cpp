#include "ExchangeJournal.h"

#include "ExchangeLog.h"

#include "core/SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace viopay {

Q_LOGGING_CATEGORY(lcJournal, "viopay.inspector.journal")

namespace {
QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return array;
}

HeaderList headersFrom(const QJsonValue &value)
{
    HeaderList headers;
    for (const QJsonValue pair : value.toArray())
        headers.append({pair.toArray().at(0).toString().toLatin1(), pair.toArray().at(1).toString().toUtf8()});
    return headers;
}

// A body as text when it is UTF-8 (readable, and searchable for a leak), else as base64.
void putBody(QJsonObject &object, const QString &name, const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body)
        object.insert(name, text);
    else
        object.insert(name + QLatin1String("_base64"), QString::fromLatin1(body.toBase64()));
}

QByteArray bodyFrom(const QJsonObject &object, const QString &name)
{
    if (object.contains(name + QLatin1String("_base64")))
        return QByteArray::fromBase64(object.value(name + QLatin1String("_base64")).toString().toLatin1());
    return object.value(name).toString().toUtf8();
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}
} // namespace

ExchangeJournal::ExchangeJournal(ExchangeLog &log, QSettings &settings, QString path, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_settings(settings)
    , m_path(std::move(path))
    , m_enabled(settings.value(SettingsKeys::InspectorKeepLog, false).toBool())
{
    connect(&m_log, &ExchangeLog::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { append(first, last); });
    if (m_enabled)
        restore();
}

QString ExchangeJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("exchange-log.jsonl"));
}

void ExchangeJournal::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_settings.setValue(SettingsKeys::InspectorKeepLog, enabled);
    m_lines = enabled ? int(readLines(m_path).size()) : 0;
    Q_EMIT enabledChanged(enabled);
}

bool ExchangeJournal::forget(QString *error)
{
    m_log.clear();
    m_lines = 0;
    QFile file(m_path);
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void ExchangeJournal::restore()
{
    QList<QByteArray> lines = readLines(m_path);
    const int skipped = qMax(0, int(lines.size()) - Capacity);
    m_restoring = true;
    for (qsizetype index = skipped; index < lines.size(); ++index) {
        if (std::optional<Exchange> exchange = fromJson(QJsonDocument::fromJson(lines[index]).object()))
            m_log.record(std::move(*exchange));
    }
    m_restoring = false;
    m_lines = int(lines.size());
    if (skipped > 0)
        compact();
}

void ExchangeJournal::append(int firstRow, int lastRow)
{
    if (!m_enabled || m_restoring)
        return;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        qCWarning(lcJournal) << "cannot create the folder of" << m_path;
        return;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcJournal) << "cannot write" << m_path << file.errorString();
        return;
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        file.write(QJsonDocument(toJson(m_log.exchange(row))).toJson(QJsonDocument::Compact) + '\n');
        ++m_lines;
    }
    file.close();
    if (m_lines > Capacity + CompactionSlack)
        compact();
}

void ExchangeJournal::compact()
{
    const QList<QByteArray> lines = readLines(m_path);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcJournal) << "cannot compact" << m_path << file.errorString();
        return;
    }
    const qsizetype first = qMax<qsizetype>(0, lines.size() - Capacity);
    for (qsizetype index = first; index < lines.size(); ++index)
        file.write(lines[index] + '\n');
    if (!file.commit()) {
        qCWarning(lcJournal) << "cannot compact" << m_path << file.errorString();
        return;
    }
    m_lines = int(lines.size() - first);
}

QJsonObject ExchangeJournal::toJson(const Exchange &exchange)
{
    QJsonObject object{{QLatin1String("started_at"), exchange.startedAt.toString(Qt::ISODateWithMs)},
                       {QLatin1String("method"), QString::fromLatin1(exchange.method)},
                       {QLatin1String("url"), exchange.url.toString(QUrl::FullyEncoded)},
                       {QLatin1String("request_headers"), headersJson(exchange.requestHeaders)},
                       {QLatin1String("status"), exchange.status},
                       {QLatin1String("response_headers"), headersJson(exchange.responseHeaders)},
                       {QLatin1String("duration_ms"), exchange.durationMs},
                       {QLatin1String("trace_id"), exchange.traceId},
                       {QLatin1String("retries"), exchange.retries},
                       {QLatin1String("error"), exchange.error},
                       {QLatin1String("origin"), int(exchange.origin.kind)},
                       {QLatin1String("terminal_id"), exchange.origin.terminalId}};
    putBody(object, QStringLiteral("request_body"), exchange.requestBody);
    putBody(object, QStringLiteral("response_body"), exchange.responseBody);
    return object;
}

std::optional<Exchange> ExchangeJournal::fromJson(const QJsonObject &object)
{
    Exchange exchange;
    exchange.startedAt = QDateTime::fromString(object.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
    exchange.method = object.value(QLatin1String("method")).toString().toLatin1();
    exchange.url = QUrl(object.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    if (!exchange.startedAt.isValid() || exchange.method.isEmpty() || !exchange.url.isValid())
        return std::nullopt;
    exchange.requestHeaders = headersFrom(object.value(QLatin1String("request_headers")));
    exchange.requestBody = bodyFrom(object, QStringLiteral("request_body"));
    exchange.status = object.value(QLatin1String("status")).toInt();
    exchange.responseHeaders = headersFrom(object.value(QLatin1String("response_headers")));
    exchange.responseBody = bodyFrom(object, QStringLiteral("response_body"));
    exchange.durationMs = object.value(QLatin1String("duration_ms")).toInteger();
    exchange.traceId = object.value(QLatin1String("trace_id")).toString();
    exchange.retries = object.value(QLatin1String("retries")).toInt();
    exchange.error = object.value(QLatin1String("error")).toString();
    const int origin = object.value(QLatin1String("origin")).toInt();
    if (origin >= int(ExchangeOrigin::Kind::Unknown) && origin <= int(ExchangeOrigin::Kind::Drill))
        exchange.origin = {ExchangeOrigin::Kind(origin), object.value(QLatin1String("terminal_id")).toString()};
    return exchange;
}

} // namespace viopay
