#include "ClaimQueue.h"

#include "core/PastedCodes.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

namespace viopay {

namespace {
using Kind = MerchantSession::ClaimOutcome::Kind;

// No answer came back, though the claim may have reached the server and been made.
bool isLostAnswer(const MerchantSession::ClaimOutcome &outcome)
{
    if (outcome.kind != Kind::Failed || !outcome.error)
        return false;
    const ApiError::Kind kind = outcome.error->kind();
    return kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Cancelled;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar symbol) { return symbol.category() == QChar::Other_Control; });
}

bool isToFix(Kind kind)
{
    return kind == Kind::Refused || kind == Kind::NotActive || kind == Kind::SameAsRefused ||
           kind == Kind::AlreadyClaimed || kind == Kind::OtherMerchant || kind == Kind::NotAllowed;
}
} // namespace

ClaimQueue::ClaimQueue(MerchantSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &MerchantSession::stateChanged, this, &ClaimQueue::onSessionState);
}

ClaimQueue::Added ClaimQueue::add(const QString &pasted)
{
    Added added;
    QSet<QString> listed;
    for (const Entry &entry : std::as_const(m_entries))
        listed.insert(PastedCodes::symbols(entry.code));
    QList<Entry> fresh;
    for (const PastedCodes::Line &line : PastedCodes::parse(pasted)) {
        if (m_entries.size() + fresh.size() >= MaxRows) { // kept where it was typed, for later
            ++added.tooMany;
            added.notAdded += line.name.isEmpty() ? line.code + QLatin1Char('\n')
                                                  : line.code + QLatin1String(", ") + line.name + QLatin1Char('\n');
            continue;
        }
        const QString symbols = PastedCodes::symbols(line.code);
        if (listed.contains(symbols)) {
            ++added.repeated;
            continue;
        }
        listed.insert(symbols);
        Entry entry;
        entry.id = m_nextId++;
        entry.code = line.code;
        entry.name = line.name;
        check(entry);
        fresh << entry;
    }
    if (fresh.isEmpty())
        return added;
    if (m_entries.isEmpty())
        m_merchantId = m_session.merchant().id;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + fresh.size()) - 1);
    m_entries << fresh;
    endInsertRows();
    added.added = int(fresh.size());
    Q_EMIT progressChanged();
    return added;
}

void ClaimQueue::check(Entry &entry) const
{
    entry.outcome = {};
    entry.localProblem.clear();
    const CodeProblem problem = PairingCode::validate(PastedCodes::symbols(entry.code));
    if (!problem.ok())
        entry.localProblem = problem.message();
    else if (entry.name.size() > MaxNameLength)
        entry.localProblem =
            tr("The name is %1 characters long; a name may have at most %2.").arg(entry.name.size()).arg(MaxNameLength);
    else if (hasControlCharacter(entry.name))
        entry.localProblem = tr("The name holds a tab or another control character.");
    if (!entry.localProblem.isEmpty())
        entry.outcome.kind = Kind::Refused;
}

void ClaimQueue::start(const QString &locationId)
{
    if (m_run != Run::Idle || !m_session.canChangeFleet() || m_session.state() != MerchantSession::State::SignedIn)
        return;
    m_locationId = locationId;
    m_run = Run::Running;
    m_pause = Pause::None;
    // Started by the operator with one attempt left: they have seen the warning and chose to go on.
    m_lastAttemptAgreed = m_session.claimAttemptsLeft() <= 1;
    claimNext();
}

void ClaimQueue::stop()
{
    if (m_run != Run::Running)
        return;
    m_run = Run::Stopping;
    Q_EMIT progressChanged();
}

void ClaimQueue::claimNext()
{
    if (m_session.state() != MerchantSession::State::SignedIn) {
        finish(Pause::SignedOut);
        return;
    }
    const int row = nextWaitingRow();
    if (row < 0) {
        finish(Pause::None);
        return;
    }
    if (m_session.claimLockSecondsLeft() > 0) {
        finish(Pause::Locked);
        return;
    }
    if (m_session.claimAttemptsLeft() <= 1 && !m_lastAttemptAgreed) {
        finish(Pause::LastAttempt);
        return;
    }
    Entry &entry = m_entries[row];
    const std::optional<PairingCode> code = PairingCode::fromInput(PastedCodes::symbols(entry.code));
    const QString body = code->value() + QLatin1Char('\n') + entry.name + QLatin1Char('\n') + m_locationId;
    // A resend after a lost answer keeps its key, so the server answers as it did the first time.
    if (!isLostAnswer(entry.outcome) || entry.keyBody != body || entry.idempotencyKey.isEmpty()) {
        entry.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        entry.keyBody = body;
    }
    entry.outcome = {};
    entry.outcome.kind = Kind::Claiming;
    entry.outcome.code = code->value();
    rowChanged(row);
    m_session.claimQueued(
        *code, ClaimDetails{entry.name, m_locationId, entry.idempotencyKey}, &m_context,
        [this, id = entry.id](const MerchantSession::ClaimOutcome &outcome) { onAnswer(id, outcome); });
}

void ClaimQueue::onAnswer(quint64 id, const MerchantSession::ClaimOutcome &outcome)
{
    const int row = rowOf(id);
    if (row >= 0) {
        m_entries[row].outcome = outcome;
        rowChanged(row);
    }
    if (outcome.kind == Kind::Locked) {
        finish(Pause::Locked);
        return;
    }
    if (outcome.kind == Kind::Failed) { // the next claim would meet the same server
        finish(Pause::Failed);
        return;
    }
    if (m_run == Run::Stopping) {
        finish(Pause::None);
        return;
    }
    claimNext();
}

void ClaimQueue::finish(Pause pause)
{
    m_run = Run::Idle;
    m_pause = pause;
    Q_EMIT progressChanged();
}

void ClaimQueue::onSessionState()
{
    if (m_session.state() == MerchantSession::State::SignedIn) {
        if (m_entries.isEmpty() || m_session.merchant().id == m_merchantId)
            return; // the same merchant signed in again: the rows are still theirs to claim
        beginResetModel();
        m_entries.clear();
        endResetModel();
        m_pause = Pause::None;
        Q_EMIT progressChanged();
        return;
    }
    if (m_run == Run::Idle)
        return;
    // The sign-in ended with a claim out: its answer will not come, so it waits with its key.
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.outcome.kind != Kind::Claiming)
            continue;
        entry.outcome.kind = Kind::Failed;
        entry.outcome.error = ApiError::cancelled(QStringLiteral("signed out"));
        rowChanged(row);
    }
    finish(Pause::SignedOut);
}

void ClaimQueue::removeClaimed()
{
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).outcome.kind == Kind::Claimed)
            rows << row;
    }
    removeRowList(rows);
}

void ClaimQueue::removeRowList(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_entries.size() || m_entries.at(row).outcome.kind == Kind::Claiming)
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    Q_EMIT progressChanged();
}

ClaimQueue::Counts ClaimQueue::counts() const
{
    Counts counts;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Kind kind = m_entries.at(row).outcome.kind;
        if (kind == Kind::Claimed)
            ++counts.claimed;
        else if (isToFix(kind))
            ++counts.toFix;
        else
            ++counts.waiting;
    }
    return counts;
}

bool ClaimQueue::isWaiting(int row) const
{
    const Kind kind = m_entries.at(row).outcome.kind;
    return kind == Kind::None || kind == Kind::Failed || kind == Kind::Locked;
}

int ClaimQueue::nextWaitingRow() const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (isWaiting(row))
            return row;
    }
    return -1;
}

int ClaimQueue::rowOf(quint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void ClaimQueue::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT progressChanged();
}

QString ClaimQueue::outcomeText(int row) const
{
    const Entry &entry = m_entries.at(row);
    const MerchantSession::ClaimOutcome &outcome = entry.outcome;
    if (!entry.localProblem.isEmpty())
        return tr("Fix: %1").arg(entry.localProblem);
    switch (outcome.kind) {
    case Kind::None:
        return tr("Waiting");
    case Kind::Claiming:
        return tr("Claiming…");
    case Kind::Claimed:
        return tr("Claimed: %1").arg(outcome.deviceId);
    case Kind::NotActive:
    case Kind::SameAsRefused:
        return tr("Not active: ask the terminal for the code it shows now");
    case Kind::AlreadyClaimed:
        return tr("Already claimed: see Devices");
    case Kind::OtherMerchant:
        return tr("Another merchant's terminal");
    case Kind::NotAllowed:
        return tr("Your role cannot claim terminals");
    case Kind::Locked:
        return tr("Not claimed: claims are locked");
    case Kind::Refused: {
        const QString details = outcome.error->details().value(QLatin1String("message")).toString();
        return tr("Refused: %1").arg(details.isEmpty() ? outcome.error->userMessage() : details);
    }
    case Kind::Failed:
        if (outcome.error->kind() == ApiError::Kind::Cancelled)
            return tr("No answer: the sign-in ended first. Claim again to finish it.");
        return tr("Did not go through: %1").arg(outcome.error->userMessage(m_session.server()));
    }
    return {};
}

int ClaimQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ClaimQueue::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimQueue::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const Kind kind = entry.outcome.kind;
    switch (index.column()) {
    case Code: {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        const std::optional<PairingCode> code = PairingCode::fromInput(PastedCodes::symbols(entry.code));
        return code && role == Qt::DisplayRole ? code->displayForm() : entry.code;
    }
    case Name:
        return role == Qt::DisplayRole || role == Qt::EditRole ? entry.name : QVariant();
    case Outcome:
        if (role == Qt::DisplayRole)
            return outcomeText(index.row());
        if (role == Qt::ToolTipRole) {
            const QString reference = entry.outcome.error ? entry.outcome.error->supportReference() : QString();
            return reference.isEmpty() ? outcomeText(index.row())
                                       : outcomeText(index.row()) + QLatin1String("\n") + reference;
        }
        if (role != Qt::ForegroundRole)
            return {};
        if (kind == Kind::Claimed)
            return m_colours.claimed;
        if (kind == Kind::Claiming)
            return m_colours.busy;
        if (kind != Kind::None)
            return m_colours.problem;
        return {};
    default:
        return {};
    }
}

QVariant ClaimQueue::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // "row 3" in what the operator reads
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

Qt::ItemFlags ClaimQueue::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.column() == Outcome || !m_session.canChangeFleet())
        return flags;
    const Kind kind = m_entries.at(index.row()).outcome.kind;
    return kind == Kind::Claiming || kind == Kind::Claimed ? flags : flags | Qt::ItemIsEditable;
}

bool ClaimQueue::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Entry &entry = m_entries[index.row()];
    const QString text = value.toString().trimmed();
    QString &field = index.column() == Code ? entry.code : entry.name;
    if (text == field)
        return false;
    field = text;
    // An edited row is the operator's fix: it waits for the next run, its old outcome gone.
    check(entry);
    rowChanged(index.row());
    return true;
}

} // namespace viopay
