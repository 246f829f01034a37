#pragma once

#include "MerchantSession.h"

#include <QAbstractTableModel>
#include <QColor>

namespace viopay {

// The claim queue of a rollout: many codes, pasted or typed, claimed one after another through
// the session, each row with its own outcome. A row that failed stays, to be fixed in place (its
// code or name edited) and claimed again. One claim is out at a time, so refusals are counted
// before the next is sent: a run stops at a 429, at a lost connection, and before the one code
// that would lock the merchant's claims, unless the run was started with that last attempt left.
class ClaimQueue : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Outcome, ColumnCount };
    // A rollout's worth; more pasted lines are refused, not kept out of sight.
    static constexpr int MaxRows = 500;
    static constexpr int MaxNameLength = 64; // FLEET.md, after trimming

    enum class Run { Idle, Running, Stopping };
    // Why the last run ended before its last row.
    enum class Pause { None, Locked, LastAttempt, Failed, SignedOut };

    struct Added {
        int added = 0;
        int repeated = 0; // codes already in the queue (or twice in the text): left out
        int tooMany = 0;  // lines beyond MaxRows: not added
        QString notAdded; // those lines, to stay where the operator typed them
    };

    struct Counts {
        int claimed = 0;
        int toFix = 0;   // refused here or by the server: edit the row to try again
        int waiting = 0; // to be claimed by the next run (not sent yet, failed, or locked)
    };

    // The colours of the Outcome column, from the interface's palette of states.
    struct Colours {
        QColor claimed;
        QColor problem;
        QColor busy;
    };

    explicit ClaimQueue(MerchantSession &session, QObject *parent = nullptr);

    Added add(const QString &pasted);
    // Claims every waiting row in order, with the location (may be empty) for all of them.
    void start(const QString &locationId);
    void stop(); // after the claim that is out
    void removeClaimed();
    // Rows in any order; a row being claimed stays.
    void removeRowList(QList<int> rows);

    Run run() const { return m_run; }
    Pause pause() const { return m_pause; }
    Counts counts() const;
    bool isWaiting(int row) const;
    const MerchantSession::ClaimOutcome &outcome(int row) const { return m_entries.at(row).outcome; }
    void setColours(const Colours &colours) { m_colours = colours; }
    // The words of a row's outcome; the tooltip adds the server's reference.
    QString outcomeText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void progressChanged(); // run, pause or counts

private:
    struct Entry {
        quint64 id = 0;
        QString code; // as typed
        QString name;
        QString localProblem; // why it is not sent: the code's or the name's problem
        MerchantSession::ClaimOutcome outcome;
        QByteArray idempotencyKey; // kept while the last answer was lost, for a safe resend
        QString keyBody;           // what was sent with that key: another body needs another key
    };

    void check(Entry &entry) const;
    void claimNext();
    void onAnswer(quint64 id, const MerchantSession::ClaimOutcome &outcome);
    void finish(Pause pause);
    void onSessionState();
    int rowOf(quint64 id) const;
    int nextWaitingRow() const;
    void rowChanged(int row);

    MerchantSession &m_session;
    QObject m_context; // the claims' requests: dropped with the queue
    QList<Entry> m_entries;
    quint64 m_nextId = 1;
    Run m_run = Run::Idle;
    Pause m_pause = Pause::None;
    QString m_locationId;
    QString m_merchantId;             // whose rows they are
    bool m_lastAttemptAgreed = false; // the run was started with one attempt left
    Colours m_colours;
};

} // namespace viopay
