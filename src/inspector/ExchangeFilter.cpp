#include "ExchangeFilter.h"

#include "ExchangeLog.h"

namespace viopay {

namespace {
bool headersContain(const HeaderList &headers, const QString &text)
{
    for (const auto &[name, value] : headers) {
        if (QString::fromLatin1(name).contains(text, Qt::CaseInsensitive) ||
            QString::fromUtf8(value).contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

ExchangeFilter::ExchangeFilter(ExchangeLog &log, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_log(log)
{
    setSourceModel(&log);
}

void ExchangeFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool ExchangeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_text.isEmpty())
        return true;
    const Exchange &exchange = m_log.exchange(sourceRow);
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(QString::fromLatin1(exchange.method)) || has(exchange.url.toString()) ||
           has(QString::number(exchange.status)) || has(exchange.error) || has(exchange.traceId) ||
           has(QString::fromUtf8(exchange.requestBody)) || has(QString::fromUtf8(exchange.responseBody)) ||
           headersContain(exchange.requestHeaders, m_text) || headersContain(exchange.responseHeaders, m_text);
}

} // namespace viopay
