#include "KioskWindow.h"
#include "ui_KioskWindow.h"

#include "kiosk/KioskSession.h"

#include <QLocale>

#include "StateColors.h"
#include "TextStyle.h"
#include <QAction>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QTimer>

Q_LOGGING_CATEGORY(lcKioskScreen, "viopay.kiosk.screen")

namespace viopay {

namespace {
constexpr int TickMs = 250; // four looks a second, so the seconds change on time

QFont codeFont()
{
    // A monospace face that tells 8 from B and 5 from S (PLATFORM.md: fonts-jetbrains-mono).
    QFont font(QStringLiteral("JetBrains Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setWeight(QFont::Bold);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    return font;
}

// The server's time has whole seconds, so a skew under two seconds is no skew at all.
QString skewText(qint64 skewMs)
{
    const qint64 seconds = qAbs(skewMs) / 1000;
    if (seconds < 2)
        return KioskWindow::tr("in step with the server");
    QString amount = KioskWindow::tr("%n s", nullptr, int(seconds));
    if (seconds >= 2 * 86400)
        amount = KioskWindow::tr("%n days", nullptr, int(seconds / 86400));
    else if (seconds >= 2 * 3600)
        amount = KioskWindow::tr("%n hours", nullptr, int(seconds / 3600));
    else if (seconds >= 120)
        amount = KioskWindow::tr("%n min", nullptr, int(seconds / 60));
    return skewMs > 0 ? KioskWindow::tr("%1 behind the server").arg(amount)
                      : KioskWindow::tr("%1 ahead of the server").arg(amount);
}

// How often a new code comes, from the life the server gave it: exact seconds for a short life,
// otherwise the nearest whole minute (a screen to read at a glance, not a stopwatch).
QString renewalText(int lifeSeconds)
{
    if (lifeSeconds < 120)
        return KioskWindow::tr("A new one comes every %n second(s).", nullptr, lifeSeconds);
    return KioskWindow::tr("A new one comes every %n minute(s).", nullptr, qRound(lifeSeconds / 60.0));
}

// An error's sentence, kept together for a glance; the server's own words show as they came.
QString errorText(const ApiError &error, const QUrl &server)
{
    const QString text = error.userMessage(server);
    const bool quotesServer =
        error.kind() == ApiError::Kind::Http && !error.message().isEmpty() && text.contains(error.message());
    return quotesServer ? text : TextStyle::keepTogether(text);
}

// A step's time as the progress list shows it: tenths of a second.
QString durationText(qint64 ms)
{
    return KioskWindow::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

// What the mark says to a screen reader.
QString spokenMarkFor(KioskActivation::StepState state)
{
    switch (state) {
    case KioskActivation::StepState::Done:
        return KioskWindow::tr("Done");
    case KioskActivation::StepState::Running:
        return KioskWindow::tr("In progress");
    case KioskActivation::StepState::Failed:
        return KioskWindow::tr("Failed");
    case KioskActivation::StepState::Waiting:
        break;
    }
    return KioskWindow::tr("Waiting");
}

QString markFor(KioskActivation::StepState state)
{
    switch (state) {
    case KioskActivation::StepState::Done:
        return QStringLiteral("✓");
    case KioskActivation::StepState::Running:
        return QStringLiteral("…");
    case KioskActivation::StepState::Failed:
        return QStringLiteral("✗");
    case KioskActivation::StepState::Waiting:
        break;
    }
    return QStringLiteral("○");
}

void scaleFont(QWidget *widget, double factor, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}
} // namespace

KioskWindow::KioskWindow(KioskSession &session, Setup setup, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KioskWindow>())
    , m_session(session)
    , m_setup(std::move(setup))
    , m_ticker(new QTimer(this))
    , m_renewAction(new QAction(tr("New code"), this))
    , m_detailsAction(new QAction(tr("Connection details"), this))
    , m_fullScreenAction(new QAction(tr("Full screen"), this))
    , m_leaveFullScreenAction(new QAction(tr("Leave full screen"), this))
{
    m_ui->setupUi(this);
    if (!m_setup.terminalId.isEmpty())
        setWindowTitle(tr("Viopay terminal %1").arg(m_setup.terminalId));
    m_ui->codeLabel->setFont(codeFont());
    // Its font follows the window (scaleToWindow): a minimum size from a full screen's font would
    // stop the window from being made smaller again.
    m_ui->codeLabel->setMinimumSize(1, 1);
    m_errorTitle = m_ui->errorTitleLabel->text();
    for (QLabel *title : {m_ui->codeTitleLabel, m_ui->claimedTitleLabel, m_ui->errorTitleLabel, m_ui->messageTitleLabel,
                          m_ui->activationTitleLabel, m_ui->activatedTitleLabel})
        scaleFont(title, m_setup.compact ? 1.1 : 1.9, true);
    for (QLabel *mark : {m_ui->claimedMarkLabel, m_ui->activatedMarkLabel}) {
        scaleFont(mark, m_setup.compact ? 4 : 6, true);
        StateColors::colour(mark, StateColors::success());
    }
    StateColors::colour(m_ui->activatedTitleLabel, StateColors::success(), true);
    buildActivationSteps();
    if (m_setup.compact) // a claim is the news of a room: bigger than any other tile's title
        scaleFont(m_ui->claimedTitleLabel, 1.5, true);
    StateColors::colour(m_ui->claimedTitleLabel, StateColors::success(), true);
    tintClaimedPage();
    scaleFont(m_ui->retryNowButton, 1.3);
    m_ui->retryNowButton->setMinimumWidth(m_ui->retryNowButton->sizeHint().width() + 48);
    for (QLabel *body :
         {m_ui->codeInstructionLabel, m_ui->claimedDetailLabel, m_ui->errorMessageLabel, m_ui->messageBodyLabel,
          m_ui->startingLabel, m_ui->activationInstructionLabel, m_ui->activatedDetailLabel})
        scaleFont(body, 1.3);
    for (QLabel *small : {m_ui->footerLabel, m_ui->errorReferenceLabel, m_ui->qrHintLabel, m_ui->codesUsedLabel,
                          m_ui->detailsLabel, m_ui->keysHintLabel, m_ui->tokenLifeLabel})
        StateColors::mute(small);
    scaleFont(m_ui->keysHintLabel, 0.9); // a reminder for whoever runs the demo, below everything else
    m_ui->footerLabel->setText(TextStyle::keepPartsTogether(m_setup.deviceFooter, QStringLiteral(" \u00b7 ")));
    for (QLabel *title : {m_ui->codeTitleLabel, m_ui->claimedTitleLabel, m_ui->errorTitleLabel})
        title->setText(TextStyle::keepTogether(title->text()));
    if (m_setup.compact)
        makeCompact();
    connect(m_ui->pagesStackedWidget, &QStackedWidget::currentChanged, this, &KioskWindow::sizeToCurrentPage);
    sizeToCurrentPage();
    connect(m_ui->detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->detailsLabel->setVisible(shown);
        m_detailsAction->setChecked(shown);
        showDetails();
    });
    makeActions();

    connect(&m_session, &KioskSession::stateChanged, this, &KioskWindow::showState);
    connect(&m_session, &KioskSession::codeChanged, this, &KioskWindow::showCode);
    connect(&m_session, &KioskSession::secondsLeftChanged, this, &KioskWindow::showCountdown);
    connect(&m_session, &KioskSession::codeLifeSecondsChanged, this, &KioskWindow::showCode);
    connect(&m_session, &KioskSession::connectionProblemChanged, this, &KioskWindow::showConnectionProblem);
    connect(&m_session.activation(), &KioskActivation::stepChanged, this, &KioskWindow::showActivationProgress);
    connect(&m_session.activation(), &KioskActivation::tokenSecondsLeftChanged, this,
            &KioskWindow::showActivationProgress);
    StateColors::colour(m_ui->connectionLabel, StateColors::warning());
    connect(m_ui->retryNowButton, &QPushButton::clicked, &m_session, &KioskSession::retryNow);
    m_ui->stillWaitingNotice->follow(m_session);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        m_session.tick();
        if (m_session.state() == KioskSession::State::Failed)
            showFailure();
        if (m_session.state() == KioskSession::State::Activating)
            showActivationProgress(); // the running step's time
        showDetails();
    });
    m_ticker->start(TickMs);
    m_ui->codeLabel->installEventFilter(this);
    // A right click anywhere, the selectable code included, opens the keys' menu, not a label's Copy.
    for (QLabel *label : findChildren<QLabel *>())
        label->setContextMenuPolicy(Qt::NoContextMenu);
    showState();
}

KioskWindow::~KioskWindow() = default;

QString KioskWindow::spokenCode(const QString &code)
{
    QStringList symbols;
    for (QChar symbol : code)
        symbols << QString(symbol);
    return symbols.join(QLatin1Char(' '));
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The moment a terminal becomes usable; tests/bench/kiosk measures start-up up to this line.
    if (watched == m_ui->codeLabel && event->type() == QEvent::Paint && !m_session.code().isEmpty()) {
        qCInfo(lcKioskScreen) << "first pairing code on screen";
        m_ui->codeLabel->removeEventFilter(this);
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::makeActions()
{
    m_renewAction->setObjectName(QStringLiteral("renewAction"));
    m_renewAction->setShortcut(Qt::Key_R);
    connect(m_renewAction, &QAction::triggered, this, &KioskWindow::renew);
    m_detailsAction->setObjectName(QStringLiteral("detailsAction"));
    m_detailsAction->setShortcut(Qt::Key_D);
    m_detailsAction->setCheckable(true);
    connect(m_detailsAction, &QAction::triggered, m_ui->detailsButton, &QToolButton::setChecked);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setShortcut(Qt::Key_F11);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::triggered, this, &KioskWindow::toggleFullScreen);
    m_leaveFullScreenAction->setObjectName(QStringLiteral("leaveFullScreenAction"));
    m_leaveFullScreenAction->setShortcut(Qt::Key_Escape);
    connect(m_leaveFullScreenAction, &QAction::triggered, this, &KioskWindow::leaveFullScreen);
    // Shown in the menu only: added to no widget, the shortcuts never compete with keyPressEvent.
    for (QAction *action : {m_renewAction, m_detailsAction, m_fullScreenAction, m_leaveFullScreenAction})
        action->setShortcutVisibleInContextMenu(true);
}

void KioskWindow::contextMenuEvent(QContextMenuEvent *event)
{
    setFocus(Qt::MouseFocusReason); // in a room, the tile clicked is the one the menu acts on
    m_fullScreenAction->setChecked(window()->isFullScreen());
    m_leaveFullScreenAction->setEnabled(window()->isFullScreen());
    QMenu menu(this);
    menu.addAction(m_renewAction);
    menu.addAction(m_detailsAction);
    menu.addSeparator();
    menu.addAction(m_fullScreenAction);
    menu.addAction(m_leaveFullScreenAction);
    menu.exec(event->globalPos());
}

void KioskWindow::renew()
{
    switch (m_session.state()) {
    case KioskSession::State::Claimed:
    case KioskSession::State::Activated:
        answerRenewWhileClaimed();
        break;
    case KioskSession::State::Failed:
        m_session.retryNow(); // the error page's Retry now, under the same key
        return;
    default:
        break;
    }
    m_session.renewCode();
}

// The top-level window: this screen, or the room it is one tile of.
void KioskWindow::toggleFullScreen()
{
    QWidget *top = window();
    top->setWindowState(top->windowState() ^ Qt::WindowFullScreen);
}

bool KioskWindow::leaveFullScreen()
{
    if (!window()->isFullScreen())
        return false;
    window()->showNormal();
    return true;
}

void KioskWindow::makeCompact()
{
    for (QWidget *extra : std::initializer_list<QWidget *>{
             m_ui->codeInstructionLabel, m_ui->qrCodeWidget, m_ui->qrHintLabel, m_ui->codesUsedLabel,
             m_ui->claimedHintLabel, m_ui->detailsButton, m_ui->keysHintLabel, m_ui->activationInstructionLabel})
        extra->hide();
    m_ui->countdownRing->setMinimumSize(72, 72);
    m_ui->mainLayout->setContentsMargins(8, 8, 8, 8);
    // A quarter of a 640 x 480 room still holds the code, its ring and an error in full.
    for (QBoxLayout *page :
         {m_ui->codePageLayout, m_ui->claimedPageLayout, m_ui->errorPageLayout, m_ui->messagePageLayout,
          m_ui->startingPageLayout, m_ui->activationPageLayout, m_ui->activatedPageLayout})
        page->setSpacing(4);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    // A claim is the news of a room: a solid band, not a faint tint, says so from across it.
    m_ui->claimedTitleLabel->setText(tr("Claimed"));
    StateColors::band(m_ui->claimedTitleLabel, StateColors::success());
    StateColors::band(m_ui->activatedTitleLabel, StateColors::success()); // and so is an activation
}

// The window's minimum is the shown page's: an error on a 640 x 480 display must not be pushed
// off the screen by the room the code page (QR code, ring, large code) would need.
void KioskWindow::sizeToCurrentPage()
{
    for (int index = 0; index < m_ui->pagesStackedWidget->count(); ++index) {
        QWidget *page = m_ui->pagesStackedWidget->widget(index);
        const bool shown = page == m_ui->pagesStackedWidget->currentWidget();
        page->setSizePolicy(shown ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            shown ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
}

// One row per step: a mark, the step's name and its time, filled as the steps go.
void KioskWindow::buildActivationSteps()
{
    int row = 0;
    for (KioskActivation::Step step : KioskActivation::Steps) {
        const QString number = QString::number(row + 1);
        StepRow labels{new QLabel(this), new QLabel(KioskActivation::stepName(step), this), new QLabel(this)};
        labels.mark->setObjectName(QStringLiteral("activationStepMarkLabel") + number);
        labels.name->setObjectName(QStringLiteral("activationStepNameLabel") + number);
        labels.time->setObjectName(QStringLiteral("activationStepTimeLabel") + number);
        labels.time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        for (QLabel *label : {labels.mark, labels.name, labels.time})
            scaleFont(label, m_setup.compact ? 1.0 : 1.3);
        StateColors::mute(labels.time);
        m_ui->activationStepsLayout->addWidget(labels.mark, row, 0);
        m_ui->activationStepsLayout->addWidget(labels.name, row, 1);
        m_ui->activationStepsLayout->addWidget(labels.time, row, 2);
        m_stepRows.append(labels);
        ++row;
    }
}

// A claimed terminal reads as done from across a room: the success colour fills its page.
void KioskWindow::tintClaimedPage()
{
    QPalette palette = m_ui->claimedPage->palette();
    palette.setColor(QPalette::Window, StateColors::tint(StateColors::success(), palette.color(QPalette::Base)));
    m_ui->claimedPage->setPalette(palette);
    m_ui->claimedPage->setAutoFillBackground(true);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F11:
        toggleFullScreen();
        return;
    case Qt::Key_Escape:
        if (leaveFullScreen())
            return;
        break;
    case Qt::Key_R:
        renew();
        return;
    case Qt::Key_D:
        m_ui->detailsButton->toggle();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleToWindow();
}

void KioskWindow::scaleToWindow()
{
    // Seven character cells (six symbols and the gap) across, at most a fifth of the height.
    QFont font = m_ui->codeLabel->font();
    font.setPixelSize(qMax(24, qMin(width() * 10 / 77, height() / 5)));
    m_ui->codeLabel->setFont(font);
    if (m_setup.compact)
        return; // a tile keeps its small ring, and has no QR code
    // The ring and the QR code grow with the window too: a full screen is filled, not half empty.
    // Preferred sizes, not fixed ones: the window can still be made smaller.
    const int side = qMax(CountdownRing::MinimumSide, qMin(width() / 5, height() * 2 / 7));
    m_ui->countdownRing->setPreferredSide(side);
    m_ui->qrCodeWidget->setPreferredSide(side);
    scaleText(qBound(1.0, qMin(width() / 1000.0, height() / 720.0), 1.6));
}

// The words around the code grow with it on a large screen, never below their designed size.
void KioskWindow::scaleText(double scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    QList<QWidget *> words{m_ui->retryNowButton};
    for (QLabel *label : m_ui->pagesStackedWidget->findChildren<QLabel *>())
        if (label != m_ui->codeLabel)
            words << label;
    for (QWidget *widget : words) {
        QFont font = widget->font();
        if (font.pointSizeF() <= 0)
            continue; // sized in pixels: its own code sizes it
        font.setPointSizeF(font.pointSizeF() * scale / m_textScale);
        widget->setFont(font);
    }
    m_textScale = scale;
}

void KioskWindow::showState()
{
    using State = KioskSession::State;
    switch (m_session.state()) {
    case State::Starting:
        m_ui->startingLabel->setText(tr("Connecting to Viopay…"));
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->startingPage);
        break;
    case State::RequestingCode:
        if (m_ui->pagesStackedWidget->currentWidget() != m_ui->codePage) {
            m_ui->startingLabel->setText(tr("Getting a pairing code…"));
            m_ui->pagesStackedWidget->setCurrentWidget(m_ui->startingPage);
        }
        break;
    case State::ShowingCode:
        showCode();
        showConnectionProblem();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->codePage);
        break;
    case State::Claimed: {
        const auto merchant = m_session.merchant();
        // Kept together before the name goes in: a merchant's name is shown as it is.
        m_ui->claimedDetailLabel->setText(
            merchant ? TextStyle::keepTogether(tr("This terminal now belongs to %1.")).arg(merchant->name)
                     : TextStyle::keepTogether(tr("A merchant has claimed this terminal.")));
        m_ui->claimedAnswerLabel->hide(); // the answer to an R of an earlier claim
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->claimedPage);
        break;
    }
    case State::UpdateRequired:
        showMessage(tr("Update required"),
                    tr("This app is older than version %1, the oldest the service accepts. Update the app to pair "
                       "this terminal.")
                        .arg(m_session.minSupportedVersion()));
        break;
    case State::NotProvisioned:
        showMessage(tr("This device is not provisioned"),
                    tr("Viopay does not know this terminal's device id. Check the id, or ask your Viopay contact "
                       "to provision it."));
        break;
    case State::Failed:
        showFailure();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->errorPage);
        m_ui->retryNowButton->setFocus();
        break;
    case State::Activating:
        showActivationProgress();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->activationPage);
        break;
    case State::Activated:
        showActivated();
        m_ui->activatedAnswerLabel->hide(); // the answer to an R of an earlier activation
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->activatedPage);
        break;
    case State::ActivationFailed:
        showActivationFailure();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->errorPage);
        m_ui->retryNowButton->setFocus();
        break;
    }
    showDetails();
}

void KioskWindow::showCode()
{
    const QString code = m_session.code();
    if (code.isEmpty())
        return;
    m_ui->codeLabel->setText(code.left(3) + QLatin1Char(' ') + code.mid(3));
    m_ui->codeLabel->setAccessibleName(tr("Pairing code %1").arg(spokenCode(code)));
    QString url = m_setup.claimUrlTemplate;
    m_ui->qrCodeWidget->setText(url.replace(QLatin1String("{code}"), code));
    const QString which = m_session.codesIssued() == 1 ? tr("First code of this session.")
                                                       : tr("Code %1 of this session.").arg(m_session.codesIssued());
    QString line = which + QLatin1Char(' ') + renewalText(m_session.codeLifeSeconds());
    if (m_session.previousCodeReplaced())
        line.prepend(tr("The previous code was replaced elsewhere; showing a new one.") + QLatin1Char(' '));
    if (m_session.releasedBeforeCode())
        line.prepend(tr("This terminal was released by its merchant; pair it again with this code.") +
                     QLatin1Char(' '));
    m_ui->codesUsedLabel->setText(line);
    showCountdown();
}

void KioskWindow::answerRenewWhileClaimed()
{
    // The session checks for a release at once; should the claim stand, R must still answer.
    QLabel *answer =
        m_session.state() == KioskSession::State::Activated ? m_ui->activatedAnswerLabel : m_ui->claimedAnswerLabel;
    answer->setText(
        tr("This terminal is claimed by a merchant; release it in the merchant's device list to pair it again."));
    answer->show();
}

void KioskWindow::showCountdown()
{
    const int seconds = m_session.secondsLeft();
    m_ui->countdownRing->setSeconds(seconds, m_session.codeLifeSeconds());
    const QColor color = CountdownRing::colorFor(m_ui->countdownRing->urgency());
    const QString style = QStringLiteral("color: %1;").arg(color.name());
    if (m_ui->codeLabel->styleSheet() != style) // a new style re-polishes: only when the urgency changes
        m_ui->codeLabel->setStyleSheet(style);
}

void KioskWindow::showConnectionProblem()
{
    const auto error = m_session.lastError();
    const bool shown = error && m_session.state() == KioskSession::State::ShowingCode;
    m_ui->connectionLabel->setVisible(shown);
    if (shown)
        // The error's own sentence leads: a prefix of ours would repeat its "Cannot…".
        m_ui->connectionLabel->setText(
            TextStyle::keepTogether(tr("%1 The code stays valid; the terminal keeps checking for a claim.\n%2"))
                .arg(errorText(*error, QUrl(m_setup.server)), TextStyle::keepTogether(error->supportReference())));
}

void KioskWindow::showActivationProgress()
{
    const KioskActivation &activation = m_session.activation();
    for (int row = 0; row < m_stepRows.size(); ++row) {
        const KioskActivation::Step step = KioskActivation::Steps[row];
        const KioskActivation::StepState state = activation.stepState(step);
        const StepRow &labels = m_stepRows[row];
        labels.mark->setText(markFor(state));
        labels.mark->setAccessibleName(spokenMarkFor(state));
        const bool timed = state != KioskActivation::StepState::Waiting;
        labels.time->setText(timed ? durationText(activation.stepDurationMs(step)) : QString());
        if (state == KioskActivation::StepState::Done)
            StateColors::colour(labels.mark, StateColors::success());
    }
    const int tokenSeconds = activation.tokenSecondsLeft();
    m_ui->tokenLifeLabel->setVisible(tokenSeconds > 0);
    m_ui->tokenLifeLabel->setText(tr("Attestation valid for another %1:%2")
                                      .arg(tokenSeconds / 60)
                                      .arg(tokenSeconds % 60, 2, 10, QLatin1Char('0')));
}

void KioskWindow::showActivated()
{
    const KioskActivation::Terminal &terminal = m_session.activation().terminal();
    QStringList lines{tr("Terminal %1").arg(terminal.terminalId)};
    QStringList place;
    for (const QString &part : {terminal.merchant, terminal.location}) {
        if (!part.isEmpty())
            place << part;
    }
    if (!place.isEmpty())
        lines << place.join(QStringLiteral(" · "));
    lines << tr("Activated %1").arg(QLocale().toString(terminal.activatedAt.toLocalTime(), QLocale::ShortFormat));
    m_ui->activatedDetailLabel->setText(lines.join(QLatin1Char('\n')));
}

void KioskWindow::showActivationFailure()
{
    const auto failure = m_session.activation().failure();
    if (!failure)
        return;
    showActivationProgress();
    const int number = int(failure->step) + 1;
    m_ui->errorTitleLabel->setText(tr("Activation stopped at step %1 of %2: %3")
                                       .arg(number)
                                       .arg(KioskActivation::Steps.size())
                                       .arg(KioskActivation::stepName(failure->step)));
    m_ui->errorMessageLabel->setText(failure->reason);
    m_ui->errorReferenceLabel->setText(failure->error ? failure->error->supportReference() : QString());
    m_ui->retryCountdownLabel->setVisible(true);
    m_ui->retryCountdownLabel->setText(
        tr("Retry starts again at: %1.").arg(KioskActivation::stepName(failure->retryFrom)));
    m_ui->retryNowButton->setVisible(true);
}

void KioskWindow::showFailure()
{
    const auto error = m_session.lastError();
    if (!error)
        return;
    m_ui->errorTitleLabel->setText(TextStyle::keepTogether(m_errorTitle));
    m_ui->errorMessageLabel->setText(errorText(*error, QUrl(m_setup.server)));
    m_ui->errorReferenceLabel->setText(TextStyle::keepTogether(error->supportReference()));
    // A refused address fails the same way every time: no countdown, nothing to retry.
    const bool retries = m_session.retriesAutomatically();
    m_ui->retryCountdownLabel->setVisible(retries);
    m_ui->retryNowButton->setVisible(retries);
    if (retries)
        m_ui->retryCountdownLabel->setText(
            TextStyle::keepTogether(tr("Trying again in %1 s.").arg(m_session.retryInSeconds())));
}

void KioskWindow::showMessage(const QString &title, const QString &body)
{
    m_ui->messageTitleLabel->setText(title);
    m_ui->messageBodyLabel->setText(body);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->messagePage);
}

void KioskWindow::showDetails()
{
    if (!m_ui->detailsLabel->isVisible())
        return;
    QString clock = tr("not measured yet");
    if (const auto skew = m_session.terminalClockSkewMs())
        clock = skewText(*skew);
    if (const int offset = m_session.activation().clockOffsetSeconds())
        clock +=
            QLatin1Char(' ') +
            tr("(clock offset %1 s)").arg(offset > 0 ? QStringLiteral("+%1").arg(offset) : QString::number(offset));
    const QString updates = m_session.serverHoldsStatus()
                                ? tr("held by the server, a claim shows at once")
                                : tr("asked every %1 s").arg(KioskSession::PollIntervalMs / 1000);
    auto error = m_session.lastError();
    if (const auto &failure = m_session.activation().failure(); failure && failure->error)
        error = failure->error;
    QStringList lines{
        tr("Server: %1").arg(m_setup.server),
        tr("Clock: %1").arg(clock),
        tr("Status updates: %1").arg(updates),
        tr("Codes this session: %1").arg(m_session.codesIssued()),
        tr("Last error: %1").arg(error ? error->supportReference() : tr("none")),
    };
    if (const auto attestationSkew = m_session.attestationSkewMs())
        lines << tr("Warning: this terminal's clock is %1; attestation allows %2 behind and %3 ahead, so "
                    "activation will fail.")
                     .arg(skewText(*attestationSkew), KioskActivation::spanText(KioskActivation::MaxBehindSeconds),
                          KioskActivation::spanText(KioskActivation::MaxAheadSeconds));
    m_ui->detailsLabel->setText(lines.join(QLatin1Char('\n')));
}

} // namespace viopay
