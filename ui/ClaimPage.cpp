#include "ClaimPage.h"
#include "ui_ClaimPage.h"

#include "EnterKey.h"
#include "StateColors.h"
#include "TextStyle.h"
#include "core/ClaimLimits.h"
#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace viopay {

namespace {
using Kind = MerchantSession::ClaimOutcome::Kind;

// From this many attempts left, the page warns before the server locks claims.
constexpr int AttemptsWarnedFrom = 3;

// A symbol typed for a code (space aside: it presses the focused button).
bool isTypedSymbol(const QKeyEvent *event)
{
    const QString text = event->text();
    return !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

// The refusals whose panel says the same every time: what happened, and what to do.
struct Refusal {
    Kind kind;
    const char *title;
    const char *text;
    QColor (*accent)();
};
const Refusal refusals[] = {
    {Kind::NotActive, QT_TRANSLATE_NOOP("viopay::ClaimPage", "This code is not active"),
     QT_TRANSLATE_NOOP("viopay::ClaimPage", "Ask for the code now on the terminal's screen: it shows the current one. "
                                            "Check each symbol; the code you typed is still here to correct."),
     &StateColors::urgent},
    {Kind::AlreadyClaimed, QT_TRANSLATE_NOOP("viopay::ClaimPage", "Already claimed"),
     QT_TRANSLATE_NOOP("viopay::ClaimPage",
                       "This terminal has been claimed already. See Devices for its owner, or release it there to "
                       "pair it again."),
     &StateColors::warning},
    {Kind::OtherMerchant, QT_TRANSLATE_NOOP("viopay::ClaimPage", "Another merchant's terminal"),
     QT_TRANSLATE_NOOP("viopay::ClaimPage",
                       "This terminal belongs to another merchant's account, so it cannot be claimed here. Check "
                       "the code, or ask Viopay support to move the terminal."),
     &StateColors::urgent},
};
} // namespace

ClaimPage::ClaimPage(MerchantSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ClaimPage>())
    , m_session(session)
    , m_lockTicker(new QTimer(this))
{
    m_ui->setupUi(this);
    TextStyle::title(m_ui->titleLabel);
    TextStyle::title(m_ui->outcomeTitleLabel, 1.3);
    StateColors::mute(m_ui->outcomeReferenceLabel);
    StateColors::mute(m_ui->hintLabel);
    m_ui->claimButton->setMinimumWidth(m_ui->codeEntry->sizeHint().width() / 2);
    m_defaultHint = m_ui->hintLabel->text();
    m_ui->outcomeFrame->hide();

    connect(m_ui->codeEntry, &CodeEntry::submitted, this, &ClaimPage::claim);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &ClaimPage::claim);
    connect(&m_session, &MerchantSession::devicesChanged, this, &ClaimPage::showLocations);
    connect(m_ui->claimButton, &QPushButton::clicked, this, &ClaimPage::claim);
    connect(m_ui->codeEntry, &CodeEntry::refused, this, [this](const QString &hint) { showHint(hint, true); });
    connect(m_ui->codeEntry, &CodeEntry::codeChanged, this, &ClaimPage::onCodeTyped);
    connect(m_ui->outcomeActionButton, &QPushButton::clicked, this, [this] {
        if (m_session.claimOutcome().kind == MerchantSession::ClaimOutcome::Kind::Claimed)
            claimAnother();
        else
            claim();
    });
    connect(&m_session, &MerchantSession::claimChanged, this, &ClaimPage::onClaimChanged);
    m_ui->stillWaitingNotice->follow(m_session);
    m_lockTicker->setInterval(1000);
    connect(m_lockTicker, &QTimer::timeout, this, &ClaimPage::showLock);
    connect(&m_session, &MerchantSession::claimLockChanged, this, &ClaimPage::showLock);
}

ClaimPage::~ClaimPage() = default;

void ClaimPage::focusCode()
{
    m_ui->codeEntry->setFocus(Qt::OtherFocusReason);
}

void ClaimPage::reset()
{
    m_ui->codeEntry->clear();
    m_ui->nameEdit->clear(); // a name is one terminal's; the location stays for the next
    showLocations();
    showDefaultHint();
    m_session.clearClaim();
    showOutcome();
}

void ClaimPage::claim()
{
    const QString code = m_ui->codeEntry->code();
    if (!m_ui->codeEntry->isComplete()) {
        showHint(code.isEmpty() ? tr("Type the 6 symbols shown on the terminal.")
                                : tr("The code has 6 symbols; %1 typed so far.").arg(code.size()),
                 true);
        focusCode();
        return;
    }
    m_session.claim(code, m_ui->nameEdit->text(), m_ui->locationComboBox->locationId());
}

void ClaimPage::showLocations()
{
    m_ui->locationComboBox->showLocations(m_session);
}

void ClaimPage::claimAnother()
{
    reset();
    focusCode();
}

void ClaimPage::onCodeTyped()
{
    showDefaultHint();
    // The outcome was about the code as it was: once it changes, the panel has said its piece.
    const Kind kind = m_session.claimOutcome().kind;
    if (kind != Kind::None && kind != Kind::Claiming)
        m_session.clearClaim();
}

void ClaimPage::keyPressEvent(QKeyEvent *event)
{
    // Keys the focused button (Claim another, Try again) leaves unused arrive here.
    if (EnterKey::pressFocusedButton(this, event))
        return;
    if (isTypedSymbol(event) && !m_ui->codeEntry->hasFocus() && m_ui->codeEntry->isEnabled()) {
        // The operator is already typing the next code: start it with this symbol.
        if (m_session.claimOutcome().kind == Kind::Claimed)
            claimAnother();
        focusCode();
        QCoreApplication::sendEvent(m_ui->codeEntry, event);
        return;
    }
    QWidget::keyPressEvent(event);
}

QString ClaimPage::attemptsWarning() const
{
    const int left = m_session.claimAttemptsLeft();
    if (left > AttemptsWarnedFrom)
        return {};
    const qint64 minutes = ClaimLimits::FailedClaimWindowMs / 60'000;
    // Two forms, not %n: the one plural form each of en, de, es and vi needs.
    if (left == 1)
        return tr("1 more code that is not active will lock claims for %1 minutes.").arg(minutes);
    return tr("%1 more codes that are not active will lock claims for %2 minutes.").arg(left).arg(minutes);
}

void ClaimPage::showLock()
{
    showOutcome();
    if (m_session.claimOutcome().kind != Kind::Locked) // else the panel says it
        showDefaultHint();
}

void ClaimPage::showDefaultHint()
{
    if (!m_session.canChangeFleet()) { // a viewer: the reason the page cannot be used
        showHint(m_session.fleetChangeRefusal(), true);
        return;
    }
    const int lockLeft = m_session.claimLockSecondsLeft();
    if (lockLeft > 0 && m_session.claimOutcome().kind != Kind::Locked) { // locked by the claim queue
        showHint(tr("Claims are locked for %1: too many codes that were not active.")
                     .arg(TextStyle::minutesAndSeconds(lockLeft)),
                 true);
        return;
    }
    const QString warning = attemptsWarning();
    if (warning.isEmpty())
        showHint(m_defaultHint, false);
    else
        showHint(warning, true);
}

void ClaimPage::focusActionButton()
{
    // Moved here by the program, not by Tab: say so, or native styles draw no focus hint at all.
    window()->setAttribute(Qt::WA_KeyboardFocusChange);
    m_ui->outcomeActionButton->setFocus(Qt::TabFocusReason);
}

void ClaimPage::showHint(const QString &hint, bool isProblem)
{
    StateColors::showStatus(m_ui->hintLabel, hint, isProblem, true);
    if (isProblem)
        m_ui->hintLabel->setAccessibleDescription(hint); // announced by screen readers
}

void ClaimPage::showPanel(const QString &title, const QString &text, const QString &reference, const QString &action,
                          const QColor &accent)
{
    const QColor panel = StateColors::tint(accent, palette().color(QPalette::Base));
    m_ui->outcomeFrame->setStyleSheet(
        QStringLiteral("QFrame#outcomeFrame { border: none; border-left: 5px solid %1; border-radius: 6px; "
                       "background: %2; }")
            .arg(accent.name(), panel.name()));
    m_ui->outcomeTitleLabel->setText(title);
    m_ui->outcomeTitleLabel->setStyleSheet(QStringLiteral("color: %1;").arg(accent.name()));
    m_ui->outcomeTextLabel->setText(text);
    m_ui->outcomeReferenceLabel->setText(reference);
    m_ui->outcomeReferenceLabel->setVisible(!reference.isEmpty());
    m_ui->outcomeActionButton->setText(action);
    m_ui->outcomeActionButton->setMinimumWidth(0);
    m_ui->outcomeActionButton->setMinimumWidth(m_ui->outcomeActionButton->sizeHint().width() + 24); // room for the ring
    m_ui->outcomeActionButton->setVisible(!action.isEmpty());
    m_ui->outcomeFrame->setAccessibleName(title);
    m_ui->outcomeFrame->setAccessibleDescription(text);
    m_ui->outcomeFrame->show();
}

void ClaimPage::showOutcome()
{
    using Kind = MerchantSession::ClaimOutcome::Kind;
    const MerchantSession::ClaimOutcome &outcome = m_session.claimOutcome();
    const QString reference = outcome.error ? outcome.error->supportReference() : QString();
    const int lockLeft = m_session.claimLockSecondsLeft();
    const bool mayClaim = m_session.canChangeFleet();
    m_ui->claimButton->setEnabled(mayClaim && outcome.kind != Kind::Claiming && lockLeft == 0);
    m_ui->codeEntry->setEnabled(mayClaim && outcome.kind != Kind::Claiming);
    m_ui->nameEdit->setEnabled(mayClaim);
    m_ui->locationComboBox->setEnabled(mayClaim && m_ui->locationComboBox->count() > 1);
    m_ui->claimButton->setToolTip(m_session.fleetChangeRefusal());
    if (lockLeft == 0)
        m_lockTicker->stop();
    else if (!m_lockTicker->isActive())
        m_lockTicker->start();

    switch (outcome.kind) {
    case Kind::None:
        m_ui->outcomeFrame->hide();
        return;
    case Kind::Claiming:
        showPanel(tr("Claiming %1…").arg(PairingCode::fromInput(outcome.code)->displayForm()), {}, {}, {},
                  StateColors::calm());
        return;
    case Kind::Claimed: {
        const QString model = outcome.model.isEmpty() ? QString() : QStringLiteral(" · ") + outcome.model;
        showPanel(tr("Terminal claimed"),
                  tr("%1%2 now belongs to %3. Claimed at %4.")
                      .arg(outcome.deviceId, model, m_session.merchant().name,
                           QLocale().toString(outcome.claimedAt.toLocalTime().time(), QLocale::ShortFormat)),
                  {}, tr("Claim a&nother"), StateColors::success());
        return;
    }
    case Kind::NotActive:
    case Kind::AlreadyClaimed:
    case Kind::OtherMerchant:
        showRefusal(outcome.kind, reference);
        return;
    case Kind::NotAllowed: // the role changed since the sign-in, or the server thinks otherwise
        showPanel(tr("Your role cannot claim terminals"), outcome.error->userMessage(m_session.server()), reference, {},
                  StateColors::warning());
        return;
    case Kind::SameAsRefused:
        showPanel(tr("This code was just refused"),
                  tr("Nothing was sent: the answer would be the same. Ask for the code now on the terminal's "
                     "screen and type it."),
                  {}, {}, StateColors::urgent());
        return;
    case Kind::Locked:
        showPanel(tr("Claims are locked for now"),
                  lockLeft > 0 ? tr("Too many codes that were not active. You can claim again in %1.")
                                     .arg(TextStyle::minutesAndSeconds(lockLeft))
                               : tr("The lock is over: you can claim again now."),
                  reference, {}, StateColors::warning());
        return;
    case Kind::Refused: {
        const QString details =
            outcome.error ? outcome.error->details().value(QLatin1String("message")).toString() : QString();
        showPanel(tr("The code was refused"),
                  outcome.problem ? outcome.problem->message()
                                  : (details.isEmpty() ? outcome.error->userMessage() : details),
                  reference, {}, StateColors::urgent());
        return;
    }
    case Kind::Failed:
        showPanel(tr("The claim did not go through"),
                  outcome.error->userMessage(m_session.server()) + QLatin1Char(' ') +
                      tr("The code is kept; try again."),
                  reference, tr("&Try again"), StateColors::urgent());
        return;
    }
}

void ClaimPage::showRefusal(MerchantSession::ClaimOutcome::Kind kind, const QString &reference)
{
    for (const Refusal &refusal : refusals) {
        if (refusal.kind == kind)
            showPanel(tr(refusal.title), tr(refusal.text), reference, {}, refusal.accent());
    }
}

void ClaimPage::onClaimChanged()
{
    using Kind = MerchantSession::ClaimOutcome::Kind;
    showOutcome();
    const Kind kind = m_session.claimOutcome().kind;
    if (kind == Kind::None || kind == Kind::Claiming)
        return;
    showDefaultHint();
    // Typing starts over from the first cell, overwriting; arrows still reach a symbol to fix.
    m_ui->codeEntry->setCursorPosition(0);
    // Where the operator goes next: the action offered, or back to the code to correct it.
    if (kind == Kind::Claimed || kind == Kind::Failed)
        focusActionButton();
    else
        focusCode();
}

} // namespace viopay
