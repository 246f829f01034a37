#pragma once

#include <QSortFilterProxyModel>

namespace viopay {

class ExchangeLog;

// The network inspector's filter over an ExchangeLog: a row stays when the text appears,
// case-insensitively, in its method, URL, status, error, trace id, headers or bodies, so a
// trace id from a support ticket or a code from a screen finds its requests.
class ExchangeFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ExchangeFilter(ExchangeLog &log, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ExchangeLog &m_log;
    QString m_text;
};

} // namespace viopay
