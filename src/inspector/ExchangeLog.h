#pragma once

#include "core/Exchange.h"

#include <QAbstractTableModel>
#include <QColor>

#include <deque>

namespace viopay {

// Every exchange of the app's one transport in the order they started (a held status request
// keeps its place among the later ones that finished first), for the network inspector. Secrets
// are removed when an exchange is recorded, so nothing read from here (the table, HAR, cURL)
// can leak one. Bounded: the oldest exchanges go first.
class ExchangeLog : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SenderColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        TraceIdColumn,
        ColumnCount
    };
    static constexpr int DefaultCapacity = 2000;
    static constexpr int BodyPreviewBytes = 64 * 1024;

    explicit ExchangeLog(QObject *parent = nullptr, int capacity = DefaultCapacity);

    void record(Exchange exchange); // redacts, caps the body previews, then stores
    // The plaintext of the MSK envelopes of the latest exchange with this trace id, as the terminal
    // sealed and opened them (Exchange::decryptedRequest/Response); redacted and capped like a
    // body. Nothing happens when no such exchange is kept.
    void attachDecrypted(const QString &traceId, const QByteArray &request, const QByteArray &response);
    // The text colour of failed exchanges (no answer, or 4xx/5xx); none by default.
    void setFailureColour(const QColor &colour);
    void clear();
    const Exchange &exchange(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // HAR 1.2 of every exchange (opens in a browser's developer tools).
    QByteArray toHar() const;
    // A command that repeats the exchange's request in a shell.
    static QString toCurl(const Exchange &exchange);
    // Who sent it: "Terminal POS-…", "Merchant", "Fault drill".
    static QString senderText(const ExchangeOrigin &origin);

private:
    QVariant display(const Exchange &entry, int column) const;

    int m_capacity;
    QColor m_failureColour;
    std::deque<Exchange> m_exchanges;
};

} // namespace viopay
