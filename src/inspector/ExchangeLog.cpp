#include "ExchangeLog.h"

#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace viopay {

namespace {
QJsonArray harHeaders(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QLatin1String("name"), QString::fromLatin1(name)},
                                 {QLatin1String("value"), QString::fromUtf8(value)}});
    return array;
}

QJsonArray harQuery(const QUrl &url)
{
    QJsonArray array;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        array.append(QJsonObject{{QLatin1String("name"), name}, {QLatin1String("value"), value}});
    return array;
}

QJsonObject harRequest(const Exchange &exchange)
{
    QJsonObject request{{QLatin1String("method"), QString::fromLatin1(exchange.method)},
                        {QLatin1String("url"), exchange.url.toString(QUrl::FullyEncoded)},
                        {QLatin1String("httpVersion"), QLatin1String("HTTP/1.1")},
                        {QLatin1String("cookies"), QJsonArray()},
                        {QLatin1String("headers"), harHeaders(exchange.requestHeaders)},
                        {QLatin1String("queryString"), harQuery(exchange.url)},
                        {QLatin1String("headersSize"), -1},
                        {QLatin1String("bodySize"), exchange.requestBody.size()}};
    if (!exchange.requestBody.isEmpty())
        request.insert(
            QLatin1String("postData"),
            QJsonObject{{QLatin1String("mimeType"), QString::fromLatin1(exchange.requestHeader("Content-Type"))},
                        {QLatin1String("text"), QString::fromUtf8(exchange.requestBody)}});
    return request;
}

QJsonObject harResponse(const Exchange &exchange)
{
    const QByteArray mimeType = exchange.responseHeader("Content-Type");
    return {{QLatin1String("status"), exchange.status},
            {QLatin1String("statusText"), exchange.error},
            {QLatin1String("httpVersion"), QLatin1String("HTTP/1.1")},
            {QLatin1String("cookies"), QJsonArray()},
            {QLatin1String("headers"), harHeaders(exchange.responseHeaders)},
            {QLatin1String("content"),
             QJsonObject{{QLatin1String("size"), exchange.responseBody.size()},
                         {QLatin1String("mimeType"), QString::fromLatin1(mimeType.isEmpty() ? "x-unknown" : mimeType)},
                         {QLatin1String("text"), QString::fromUtf8(exchange.responseBody)}}},
            {QLatin1String("redirectURL"), QString::fromUtf8(exchange.responseHeader("Location"))},
            {QLatin1String("headersSize"), -1},
            {QLatin1String("bodySize"), exchange.responseBody.size()}};
}

// A custom field (HAR allows them with "_"): the plaintext of the exchange's MSK envelopes.
QJsonObject harWithDecrypted(QJsonObject harEntry, const Exchange &exchange)
{
    harEntry.insert(QLatin1String("_decrypted"),
                    QJsonObject{{QLatin1String("request"), QString::fromUtf8(exchange.decryptedRequest)},
                                {QLatin1String("response"), QString::fromUtf8(exchange.decryptedResponse)}});
    return harEntry;
}

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

ExchangeLog::ExchangeLog(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{}

void ExchangeLog::record(Exchange exchange)
{
    exchange = Redactor::redact(std::move(exchange));
    exchange.requestBody.truncate(BodyPreviewBytes);
    exchange.responseBody.truncate(BodyPreviewBytes);
    if (int(m_exchanges.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_exchanges.pop_front();
        endRemoveRows();
    }
    // Exchanges are published when they finish: find the place of this one's start.
    const auto place =
        std::upper_bound(m_exchanges.begin(), m_exchanges.end(), exchange.startedAt,
                         [](const QDateTime &startedAt, const Exchange &other) { return startedAt < other.startedAt; });
    const int row = int(place - m_exchanges.begin());
    beginInsertRows({}, row, row);
    m_exchanges.insert(place, std::move(exchange));
    endInsertRows();
}

void ExchangeLog::attachDecrypted(const QString &traceId, const QByteArray &request, const QByteArray &response)
{
    // Retries share their trace id; the latest attempt is the one whose answer was opened.
    const auto latest = std::find_if(m_exchanges.rbegin(), m_exchanges.rend(),
                                     [&](const Exchange &entry) { return entry.traceId == traceId; });
    if (traceId.isEmpty() || latest == m_exchanges.rend())
        return;
    // Masked field by field as bodies are, so a key that ever strayed into it would not be kept.
    Exchange plaintext;
    plaintext.decryptedRequest = request;
    plaintext.decryptedResponse = response;
    plaintext = Redactor::redact(std::move(plaintext));
    latest->decryptedRequest = plaintext.decryptedRequest.left(BodyPreviewBytes);
    latest->decryptedResponse = plaintext.decryptedResponse.left(BodyPreviewBytes);
    const int row = int(std::distance(m_exchanges.begin(), latest.base()) - 1);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ExchangeLog::setFailureColour(const QColor &colour)
{
    m_failureColour = colour;
    if (!m_exchanges.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

QString ExchangeLog::senderText(const ExchangeOrigin &origin)
{
    switch (origin.kind) {
    case ExchangeOrigin::Kind::Terminal:
        return tr("Terminal %1").arg(origin.terminalId);
    case ExchangeOrigin::Kind::Merchant:
        return tr("Merchant");
    case ExchangeOrigin::Kind::Drill:
        return tr("Fault drill");
    case ExchangeOrigin::Kind::Unknown:
        break;
    }
    return {};
}

void ExchangeLog::clear()
{
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

const Exchange &ExchangeLog::exchange(int row) const
{
    return m_exchanges.at(std::size_t(row));
}

int ExchangeLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int ExchangeLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Exchange &entry = exchange(index.row());
    if (role == Qt::ForegroundRole && entry.failed() && m_failureColour.isValid())
        return m_failureColour;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return display(entry, index.column());
    return {};
}

QVariant ExchangeLog::display(const Exchange &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case SenderColumn:
        return senderText(entry.origin);
    case MethodColumn:
        return QString::fromLatin1(entry.method);
    case UrlColumn:
        return entry.url.toString();
    case StatusColumn:
        return entry.status > 0 ? QString::number(entry.status) : entry.error;
    case DurationColumn:
        return entry.durationMs;
    case TraceIdColumn:
        return entry.traceId;
    default:
        return {};
    }
}

QVariant ExchangeLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SenderColumn:
        return tr("From");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("ms");
    case TraceIdColumn:
        return tr("Trace id");
    default:
        return {};
    }
}

QByteArray ExchangeLog::toHar() const
{
    QJsonArray entries;
    for (const Exchange &entry : m_exchanges) {
        const QJsonObject harEntry{
            {QLatin1String("startedDateTime"), entry.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1String("time"), entry.durationMs},
            {QLatin1String("request"), harRequest(entry)},
            {QLatin1String("response"), harResponse(entry)},
            {QLatin1String("cache"), QJsonObject()},
            {QLatin1String("timings"), QJsonObject{{QLatin1String("send"), 0},
                                                   {QLatin1String("wait"), entry.durationMs},
                                                   {QLatin1String("receive"), 0}}},
            {QLatin1String("_traceId"), entry.traceId},
            {QLatin1String("_retries"), entry.retries}};
        const bool decrypted = !entry.decryptedRequest.isEmpty() || !entry.decryptedResponse.isEmpty();
        entries.append(decrypted ? harWithDecrypted(harEntry, entry) : harEntry);
    }
    const QJsonObject log{
        {QLatin1String("version"), QLatin1String("1.2")},
        {QLatin1String("creator"), QJsonObject{{QLatin1String("name"), QLatin1String("Viopay Pairing")},
                                               {QLatin1String("version"), QLatin1String(VIOPAY_VERSION)}}},
        {QLatin1String("entries"), entries}};
    return QJsonDocument(QJsonObject{{QLatin1String("log"), log}}).toJson(QJsonDocument::Indented);
}

QString ExchangeLog::toCurl(const Exchange &exchange)
{
    const Exchange safe = Redactor::redact(exchange);
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"), QString::fromLatin1(safe.method),
                      shellQuoted(safe.url.toString(QUrl::FullyEncoded))};
    for (const auto &[name, value] : safe.requestHeaders)
        parts << QStringLiteral("-H")
              << shellQuoted(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    if (!safe.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuoted(QString::fromUtf8(safe.requestBody));
    return parts.join(QLatin1Char(' '));
}

} // namespace viopay
