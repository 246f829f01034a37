#include "ExchangeFilter.h"

#include "ExchangeLog.h"

#include "core/DeviceIdentity.h"

#include <QRegularExpression>

#include <algorithm>

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

bool containsText(const Exchange &exchange, const QString &text)
{
    const auto has = [&text](const QString &field) { return field.contains(text, Qt::CaseInsensitive); };
    return has(ExchangeLog::senderText(exchange.origin)) || has(QString::fromLatin1(exchange.method)) ||
           has(exchange.url.toString()) || has(QString::number(exchange.status)) || has(exchange.error) ||
           has(exchange.traceId) || has(QString::fromUtf8(exchange.requestBody)) ||
           has(QString::fromUtf8(exchange.responseBody)) || headersContain(exchange.requestHeaders, text) ||
           headersContain(exchange.responseHeaders, text);
}

// "4xx", "40x" or "404" against an answer's status; no answer matches none.
bool statusMatches(int status, const QString &pattern)
{
    const QString digits = QString::number(status);
    if (status <= 0 || digits.size() != pattern.size())
        return false;
    for (int index = 0; index < digits.size(); ++index) {
        if (pattern.at(index).toLower() != QLatin1Char('x') && pattern.at(index) != digits.at(index))
            return false;
    }
    return true;
}

bool deviceMatches(const Exchange &exchange, const QString &device)
{
    return exchange.origin.terminalId.contains(device, Qt::CaseInsensitive) ||
           QString::fromUtf8(exchange.requestHeader(PosHeader::DeviceId)).contains(device, Qt::CaseInsensitive);
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
    parse();
    invalidateFilter();
}

void ExchangeFilter::parse()
{
    static const QRegularExpression keyed(QStringLiteral("^([A-Za-z]+):(.*)$"));
    static const QRegularExpression status(QStringLiteral("^[1-5][0-9xX]{2}$"));
    static const QRegularExpression method(QStringLiteral("^[A-Za-z]+$"));
    static const QRegularExpression trace(QStringLiteral("^[0-9a-fA-F]+$"));
    m_terms.clear();
    QStringList problems;
    for (const QString &word : m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = keyed.match(word);
        // A URL ("http://…") is a plain word too.
        if (!match.hasMatch() || match.captured(2).startsWith(QLatin1String("//"))) {
            m_terms.push_back({Term::Key::Text, word});
            continue;
        }
        const QString key = match.captured(1).toLower();
        const QString value = match.captured(2);
        if (key == QLatin1String("status")) {
            if (status.match(value).hasMatch())
                m_terms.push_back({Term::Key::Status, value});
            else
                problems << tr("status: wants a status like 404 or 4xx, not \"%1\".").arg(value);
        } else if (key == QLatin1String("method")) {
            if (method.match(value).hasMatch())
                m_terms.push_back({Term::Key::Method, value});
            else
                problems << tr("method: wants a method like GET or POST, not \"%1\".").arg(value);
        } else if (key == QLatin1String("device")) {
            if (!value.isEmpty())
                m_terms.push_back({Term::Key::Device, value});
            else
                problems << tr("device: wants a device id like POS-8F3A2C91.");
        } else if (key == QLatin1String("trace")) {
            if (trace.match(value).hasMatch())
                m_terms.push_back({Term::Key::Trace, value});
            else
                problems << tr("trace: wants the hex digits of a trace id, not \"%1\".").arg(value);
        } else {
            problems << tr("Unknown filter \"%1:\": use status:, method:, device:, trace: or plain words.")
                            .arg(match.captured(1));
        }
    }
    m_problem = problems.join(QLatin1Char(' '));
}

bool ExchangeFilter::matches(const Exchange &exchange, const Term &term)
{
    switch (term.key) {
    case Term::Key::Text:
        return containsText(exchange, term.value);
    case Term::Key::Status:
        return statusMatches(exchange.status, term.value);
    case Term::Key::Method:
        return QString::fromLatin1(exchange.method).compare(term.value, Qt::CaseInsensitive) == 0;
    case Term::Key::Device:
        return deviceMatches(exchange, term.value);
    case Term::Key::Trace:
        return exchange.traceId.startsWith(term.value, Qt::CaseInsensitive);
    }
    return false;
}

bool ExchangeFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Exchange &exchange = m_log.exchange(sourceRow);
    return std::all_of(m_terms.begin(), m_terms.end(), [&](const Term &term) { return matches(exchange, term); });
}

} // namespace viopay
