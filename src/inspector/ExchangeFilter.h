#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace viopay {

class ExchangeLog;
struct Exchange;

// The network inspector's filter over an ExchangeLog. The text is terms separated by spaces, all
// of which a row must match: a plain word appears, case-insensitively, in its sender, method,
// URL, status, error, trace id, headers or bodies; status:4xx (or 404, 40x), method:POST,
// device:POS-… (the terminal that sent it) and trace:… (a trace id's start) match one field.
// A term it does not understand is left out and said in problem().
class ExchangeFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ExchangeFilter(ExchangeLog &log, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // What in the text was not understood (an unknown key, a bad value); empty when all was.
    QString problem() const { return m_problem; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term {
        enum class Key { Text, Status, Method, Device, Trace };
        Key key;
        QString value;
    };
    void parse();
    static bool matches(const Exchange &exchange, const Term &term);

    ExchangeLog &m_log;
    QString m_text;
    std::vector<Term> m_terms;
    QString m_problem;
};

} // namespace viopay
