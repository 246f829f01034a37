#include "ClaimQueuePage.h"
#include "ui_ClaimQueuePage.h"

#include "EnterKey.h"
#include "StateColors.h"
#include "TextStyle.h"

#include "core/ClaimLimits.h"
#include "merchant/ClaimQueue.h"
#include "merchant/MerchantSession.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace viopay {

namespace {
// Lines of codes the text box shows before it scrolls: a handful, so the queue keeps the room.
constexpr int CodesEditLines = 4;
} // namespace

ClaimQueuePage::ClaimQueuePage(MerchantSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClaimQueuePage>())
    , m_session(session)
    , m_queue(new ClaimQueue(session, this))
{
    m_ui->setupUi(this);
    TextStyle::title(m_ui->queueTitleLabel, 1.5);
    m_queue->setColours({StateColors::success(), StateColors::urgent(), StateColors::calm()});
    m_ui->queueTableView->setModel(m_queue);
    const QFontMetrics metrics(font());
    m_ui->codesEdit->setFixedHeight(
        metrics.lineSpacing() * CodesEditLines +
        2 * (m_ui->codesEdit->frameWidth() + int(m_ui->codesEdit->document()->documentMargin())));
    QHeaderView *columns = m_ui->queueTableView->horizontalHeader();
    columns->resizeSection(ClaimQueue::Code, metrics.horizontalAdvance(QStringLiteral("WWW WWW")) + 32);
    columns->resizeSection(ClaimQueue::Name, metrics.horizontalAdvance(QString(24, QLatin1Char('n'))));
    m_lockTick.setInterval(1000);

    auto *addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_ui->codesEdit);
    addKey->setContext(Qt::WidgetShortcut);
    connect(addKey, &QShortcut::activated, this, [this] {
        if (addTypedCodes())
            m_ui->claimAllButton->setFocus(Qt::ShortcutFocusReason);
    });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_ui->queueTableView);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ClaimQueuePage::removeSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        if (addTypedCodes())
            m_ui->claimAllButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->claimAllButton, &QPushButton::clicked, this, &ClaimQueuePage::claimAllOrStop);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ClaimQueuePage::removeSelected);
    connect(m_ui->clearClaimedButton, &QPushButton::clicked, m_queue, &ClaimQueue::removeClaimed);
    connect(m_ui->codesEdit, &QPlainTextEdit::textChanged, this, &ClaimQueuePage::showProgress);
    connect(m_ui->queueTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClaimQueuePage::showProgress);
    connect(m_queue, &ClaimQueue::progressChanged, this, &ClaimQueuePage::showProgress);
    connect(&m_lockTick, &QTimer::timeout, this, &ClaimQueuePage::showProgress);
    connect(&m_session, &MerchantSession::claimLockChanged, this, &ClaimQueuePage::showProgress);
    connect(&m_session, &MerchantSession::stateChanged, this, &ClaimQueuePage::showAccess);
    connect(&m_session, &MerchantSession::devicesChanged, this,
            [this] { m_ui->queueLocationComboBox->showLocations(m_session); });
    showAccess();
}

ClaimQueuePage::~ClaimQueuePage() = default;

void ClaimQueuePage::focusCodes()
{
    m_ui->codesEdit->setFocus(Qt::OtherFocusReason);
}

bool ClaimQueuePage::addTypedCodes()
{
    const QString typed = m_ui->codesEdit->toPlainText();
    if (typed.trimmed().isEmpty()) {
        StateColors::showStatus(m_ui->addedLabel, tr("Type or paste the codes first, one a line."), true);
        focusCodes();
        return false;
    }
    const ClaimQueue::Added added = m_queue->add(typed);
    m_ui->codesEdit->setPlainText(added.notAdded); // what did not fit stays to be added later
    QStringList said{tr("%n code(s) added.", nullptr, added.added)};
    if (added.repeated > 0)
        said << tr("%n already in the queue, left out.", nullptr, added.repeated);
    if (added.tooMany > 0)
        said << tr("%n did not fit and stay above: the queue holds %1 rows.", nullptr, added.tooMany)
                    .arg(ClaimQueue::MaxRows);
    StateColors::showStatus(m_ui->addedLabel, said.join(QLatin1Char(' ')), added.tooMany > 0);
    m_ui->addedLabel->setAccessibleDescription(m_ui->addedLabel->text());
    if (added.added > 0)
        m_ui->queueTableView->scrollToBottom();
    return added.added > 0;
}

void ClaimQueuePage::claimAllOrStop()
{
    if (m_queue->run() != ClaimQueue::Run::Idle) {
        m_queue->stop();
        return;
    }
    // Pasted and Claim all pressed at once: the codes are meant to be claimed too.
    if (!m_ui->codesEdit->toPlainText().trimmed().isEmpty())
        addTypedCodes();
    m_queue->start(m_ui->queueLocationComboBox->locationId());
}

void ClaimQueuePage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->queueTableView->selectionModel()->selectedRows())
        rows << index.row();
    m_queue->removeRowList(rows);
}

void ClaimQueuePage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_queue->run() == ClaimQueue::Run::Running) {
        m_queue->stop();
        return;
    }
    if (EnterKey::pressFocusedButton(this, event))
        return;
    QWidget::keyPressEvent(event);
}

void ClaimQueuePage::showAccess()
{
    const bool mayChange = m_session.canChangeFleet();
    m_ui->queueLocationComboBox->showLocations(m_session);
    m_ui->codesEdit->setEnabled(mayChange);
    m_ui->addButton->setToolTip(mayChange ? tr("Add the codes typed above to the queue (Ctrl+Enter)")
                                          : m_session.fleetChangeRefusal());
    m_ui->claimAllButton->setToolTip(m_session.fleetChangeRefusal());
    if (mayChange)
        StateColors::showStatus(m_ui->addedLabel, {}, false);
    else // a viewer: the reason the page cannot be used
        StateColors::showStatus(m_ui->addedLabel, m_session.fleetChangeRefusal(), true);
    showProgress();
}

void ClaimQueuePage::showProgress()
{
    const ClaimQueue::Run run = m_queue->run();
    const bool mayChange = m_session.canChangeFleet();
    const bool idle = run == ClaimQueue::Run::Idle;
    const int lockLeft = m_session.claimLockSecondsLeft();
    const ClaimQueue::Counts counts = m_queue->counts();
    const bool hasTyped = !m_ui->codesEdit->toPlainText().trimmed().isEmpty();

    m_ui->addButton->setEnabled(mayChange);
    m_ui->queueLocationComboBox->setEnabled(idle && mayChange && m_ui->queueLocationComboBox->count() > 1);
    m_ui->claimAllButton->setText(idle ? tr("Claim a&ll") : tr("S&top"));
    m_ui->claimAllButton->setEnabled(run == ClaimQueue::Run::Running ||
                                     (idle && mayChange && lockLeft == 0 && (counts.waiting > 0 || hasTyped)));
    m_ui->removeButton->setEnabled(m_ui->queueTableView->selectionModel()->hasSelection());
    m_ui->clearClaimedButton->setEnabled(counts.claimed > 0);

    const bool locked = m_queue->pause() == ClaimQueue::Pause::Locked && lockLeft > 0;
    if (!locked)
        m_lockTick.stop();
    else if (!m_lockTick.isActive())
        m_lockTick.start();
    const bool problem = idle && (m_queue->pause() != ClaimQueue::Pause::None || counts.toFix > 0);
    StateColors::showStatus(m_ui->progressLabel, progressText(), problem);
    m_ui->progressLabel->setAccessibleDescription(m_ui->progressLabel->text()); // announced as it changes
    for (int row = 0; !idle && row < m_queue->rowCount(); ++row) {
        if (m_queue->outcome(row).kind == MerchantSession::ClaimOutcome::Kind::Claiming)
            m_ui->queueTableView->scrollTo(m_queue->index(row, ClaimQueue::Code));
    }
    if (m_wasRunning && idle)
        selectFirstToFix();
    m_wasRunning = !idle;
}

// After a run, the keyboard lands on the first row that needs a fix, ready for F2.
void ClaimQueuePage::selectFirstToFix()
{
    for (int row = 0; row < m_queue->rowCount(); ++row) {
        if (m_queue->outcome(row).kind == MerchantSession::ClaimOutcome::Kind::Claimed || m_queue->isWaiting(row))
            continue;
        const QModelIndex code = m_queue->index(row, ClaimQueue::Code);
        m_ui->queueTableView->setCurrentIndex(code);
        m_ui->queueTableView->scrollTo(code);
        m_ui->queueTableView->setFocus(Qt::OtherFocusReason);
        return;
    }
}

QString ClaimQueuePage::progressText() const
{
    if (m_queue->rowCount() == 0)
        return tr("The queue is empty: add codes above.");
    const ClaimQueue::Counts counts = m_queue->counts();
    QString tally =
        tr("Claimed: %1 · To fix: %2 · Waiting: %3").arg(counts.claimed).arg(counts.toFix).arg(counts.waiting);
    if (m_queue->run() == ClaimQueue::Run::Running)
        return tr("Claiming… %1").arg(tally);
    if (m_queue->run() == ClaimQueue::Run::Stopping)
        return tr("Stopping after the claim in progress… %1").arg(tally);
    switch (m_queue->pause()) {
    case ClaimQueue::Pause::Locked: {
        const int lockLeft = m_session.claimLockSecondsLeft();
        if (lockLeft == 0)
            return tr("%1. The lock is over: Claim all goes on with the waiting rows.").arg(tally);
        return tr("%1. Claims are locked for %2: too many codes were not active. A terminal's code changes every "
                  "5 minutes, so ask for the new ones before you go on.")
            .arg(tally, TextStyle::minutesAndSeconds(lockLeft));
    }
    case ClaimQueue::Pause::LastAttempt:
        return tr("%1. Paused: one more code that is not active would lock claims for %2 minutes. Check the waiting "
                  "codes, then press Claim all to go on.")
            .arg(tally)
            .arg(ClaimLimits::FailedClaimWindowMs / 60'000);
    case ClaimQueue::Pause::Failed:
        return tr("%1. Stopped: a claim did not go through (see its row). Claim all tries the waiting rows again.")
            .arg(tally);
    case ClaimQueue::Pause::SignedOut:
        return tr("%1. The sign-in ended during the run: Claim all goes on with the waiting rows.").arg(tally);
    case ClaimQueue::Pause::None:
        break;
    }
    if (counts.toFix > 0)
        return tr("%1. Fix a marked row in place (F2), then press Claim all again.").arg(tally);
    return tally;
}

} // namespace viopay
