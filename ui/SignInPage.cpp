#include "SignInPage.h"
#include "ui_SignInPage.h"

#include "StateColors.h"
#include "TextStyle.h"
#include "core/ServerUrl.h"

#include <QKeyEvent>
#include <QTimer>

namespace viopay {

SignInPage::SignInPage(MerchantSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SignInPage>())
    , m_session(session)
    , m_lockTicker(new QTimer(this))
{
    m_ui->setupUi(this);
    TextStyle::title(m_ui->titleLabel);
    StateColors::mute(m_ui->introLabel);
    StateColors::mute(m_ui->keepSignedInNoteLabel);
    m_ui->serverEdit->setMinimumWidth(320);
    m_ui->messageLabel->hide();
    m_ui->connectivityLabel->hide();
    showAdvanced(false);

    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_ui->browserButton, &QPushButton::clicked, this, &SignInPage::signInWithBrowser);
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &SignInPage::showAdvanced);
    connect(m_ui->serverEdit, &QLineEdit::editingFinished, this, &SignInPage::applyServer);
    connect(m_ui->issuerEdit, &QLineEdit::editingFinished, this, &SignInPage::applyIssuer);
    connect(m_ui->clientIdEdit, &QLineEdit::editingFinished, this,
            [this] { m_session.setClientId(m_ui->clientIdEdit->text().trimmed()); });
    connect(&m_session, &MerchantSession::connectivityChanged, this, &SignInPage::showConnectivity);
    connect(&m_session, &MerchantSession::issuerChanged, this, &SignInPage::showAccountKind);
    connect(m_ui->serverEdit, &QLineEdit::textChanged, this, &SignInPage::showKeepSignedIn);
    connect(m_ui->accountEdit, &QLineEdit::textChanged, this, &SignInPage::showProblem); // a lock is per user
    connect(m_ui->portalUserRadio, &QRadioButton::toggled, this, &SignInPage::showAccountKind);
    connect(&m_session, &MerchantSession::stateChanged, this, &SignInPage::showState);
    m_ui->stillWaitingNotice->follow(m_session);
    m_lockTicker->setInterval(1000);
    connect(m_lockTicker, &QTimer::timeout, this, &SignInPage::showProblem);
    showAccountKind();
}

SignInPage::~SignInPage() = default;

void SignInPage::keyPressEvent(QKeyEvent *event)
{
    // Enter from any field, the check box or a button signs in; fields pass Enter on to here.
    // Without a password form, a portal user's Enter opens the browser.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_ui->secretEdit->isVisible())
            submit();
        else
            signInWithBrowser();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignInPage::showKeepSignedIn()
{
    const std::optional<QUrl> server = ServerUrl::parse(m_ui->serverEdit->text());
    const bool canKeep = !server || m_session.canKeepSignIn(*server);
    m_ui->keepSignedInCheckBox->setEnabled(canKeep && m_session.state() != MerchantSession::State::SigningIn);
    m_ui->keepSignedInNoteLabel->setVisible(!canKeep);
    if (!canKeep)
        m_ui->keepSignedInCheckBox->setChecked(false);
    m_ui->keepSignedInCheckBox->setAccessibleDescription(canKeep ? m_ui->keepSignedInCheckBox->toolTip()
                                                                 : m_ui->keepSignedInNoteLabel->text());
}

MerchantSession::AccountKind SignInPage::accountKind() const
{
    return m_ui->apiClientRadio->isChecked() ? MerchantSession::AccountKind::ApiClient
                                             : MerchantSession::AccountKind::PortalUser;
}

void SignInPage::prepare()
{
    m_ui->serverEdit->setText(m_session.server().toString());
    m_ui->issuerEdit->setText(m_session.hasDefaultIssuer() ? QString() : m_session.issuer().toString());
    m_ui->issuerEdit->setPlaceholderText(MerchantSession::defaultIssuer(m_session.server()).toString());
    m_ui->clientIdEdit->setText(m_session.clientId() == m_ui->clientIdEdit->placeholderText() ? QString()
                                                                                              : m_session.clientId());
    m_session.checkConnectivity();
    m_session.discoverIssuer();
    showKeepSignedIn(); // the same address sends no textChanged, yet the server may have changed
    if (const auto remembered = m_session.rememberedAccount(); remembered && m_ui->accountEdit->text().isEmpty()) {
        const bool client = remembered->kind == MerchantSession::AccountKind::ApiClient;
        (client ? m_ui->apiClientRadio : m_ui->portalUserRadio)->setChecked(true);
        m_ui->accountEdit->setText(remembered->name);
    }
    showProblem();
    QWidget *first = m_ui->accountEdit->text().isEmpty() ? m_ui->accountEdit : m_ui->secretEdit;
    if (!m_ui->secretEdit->isVisibleTo(this))
        first = m_ui->browserButton;
    if (m_ui->serverEdit->text().isEmpty())
        first = m_ui->serverEdit;
    first->setFocus(Qt::OtherFocusReason);
}

void SignInPage::showAccountKind()
{
    const bool client = accountKind() == MerchantSession::AccountKind::ApiClient;
    const bool password = client || m_session.offersPassword();
    const bool focusWasInForm = m_ui->accountEdit->hasFocus() || m_ui->secretEdit->hasFocus();
    m_ui->formLayout->setRowVisible(m_ui->accountEdit, password);
    m_ui->formLayout->setRowVisible(m_ui->secretEdit, password);
    m_ui->signInButton->setVisible(password);
    m_ui->signInButton->setText(client ? tr("Sign &in") : tr("Sign &in with password"));
    m_ui->browserButton->setVisible(!client);
    m_ui->browserButton->setDefault(!client);
    m_ui->signInButton->setDefault(client);
    if (focusWasInForm && !password)
        m_ui->browserButton->setFocus();
    m_ui->accountLabel->setText(client ? tr("Client i&d") : tr("&E-mail"));
    m_ui->secretLabel->setText(client ? tr("Client s&ecret") : tr("Pass&word"));
    m_ui->accountEdit->setPlaceholderText(client ? tr("e.g. cafe-lumen-desk") : tr("name@business.example"));
    m_ui->accountEdit->setAccessibleName(client ? tr("Client id") : tr("E-mail"));
    m_ui->secretEdit->setAccessibleName(client ? tr("Client secret") : tr("Password"));
    m_ui->keepSignedInCheckBox->setToolTip(
        client ? tr("The client secret is kept in this computer's keychain, nowhere else.")
               : tr("Only a sign-in token is kept, in this computer's keychain; never your password."));
    showKeepSignedIn();
}

void SignInPage::submit()
{
    const QString account = m_ui->accountEdit->text().trimmed();
    if (m_session.state() == MerchantSession::State::SigningIn || m_session.signInLockedFor(account))
        return;
    const std::optional<QUrl> server = ServerUrl::parse(m_ui->serverEdit->text());
    const QString secret = m_ui->secretEdit->text();
    if (!server) {
        setMessage(tr("The server address is not a web address such as https://api.viopay.io."), true);
        m_ui->serverEdit->setFocus();
        return;
    }
    if (account.isEmpty() || secret.isEmpty()) {
        const bool client = accountKind() == MerchantSession::AccountKind::ApiClient;
        QLineEdit *missing = account.isEmpty() ? m_ui->accountEdit : m_ui->secretEdit;
        if (account.isEmpty())
            setMessage(client ? tr("Fill in the client id.") : tr("Fill in the e-mail address."), true);
        else
            setMessage(client ? tr("Fill in the client secret.") : tr("Fill in the password."), true);
        missing->setFocus();
        return;
    }
    m_session.setServer(*server);
    m_session.signIn({accountKind(), account}, secret, m_ui->keepSignedInCheckBox->isChecked());
}

void SignInPage::showState()
{
    const bool busy = m_session.state() == MerchantSession::State::SigningIn;
    if (busy)
        m_ui->signInButton->setText(tr("Signing in…"));
    else
        showAccountKind();
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_ui->serverEdit, m_ui->portalUserRadio, m_ui->apiClientRadio, m_ui->accountEdit, m_ui->secretEdit,
             m_ui->keepSignedInCheckBox, m_ui->signInButton, m_ui->browserButton, m_ui->advancedButton,
             m_ui->issuerEdit, m_ui->clientIdEdit})
        input->setEnabled(!busy);
    showKeepSignedIn();
    if (busy) {
        setMessage(m_session.account().name.isEmpty() ? tr("Signing in…")
                                                      : tr("Signing in as %1…").arg(m_session.account().name),
                   false);
        return;
    }
    if (m_session.state() == MerchantSession::State::SignedIn) {
        m_ui->secretEdit->clear(); // a password stays on screen no longer than needed
        return;
    }
    showProblem();
    if (m_session.signInProblem().kind == MerchantSession::SignInProblem::Kind::Refused) {
        m_ui->secretEdit->selectAll();
        m_ui->secretEdit->setFocus();
    }
}

void SignInPage::showProblem()
{
    using Kind = MerchantSession::SignInProblem::Kind;
    const MerchantSession::SignInProblem &problem = m_session.signInProblem();
    const int lockLeft = m_session.signInLockSecondsLeft();
    const bool lockedHere = m_session.signInLockedFor(m_ui->accountEdit->text());
    m_ui->signInButton->setEnabled(!lockedHere && m_session.state() != MerchantSession::State::SigningIn);
    if (lockLeft > 0)
        m_lockTicker->start();
    else
        m_lockTicker->stop();

    const QString reference = problem.error ? QStringLiteral("\n") + problem.error->supportReference() : QString();
    switch (problem.kind) {
    case Kind::Refused:
        setMessage((accountKind() == MerchantSession::AccountKind::ApiClient
                        ? tr("The client id or the client secret is wrong.")
                        : tr("The e-mail or the password is wrong.")) +
                       reference,
                   true);
        return;
    case Kind::LockedOut:
        if (lockLeft > 0 && !lockedHere) { // another user: the server locked only the first
            setMessage({}, false);
            return;
        }
        setMessage(lockLeft > 0 ? tr("Too many failed sign-ins: this account is locked. Try again in %1.")
                                      .arg(TextStyle::minutesAndSeconds(lockLeft))
                                : tr("You can try to sign in again now."),
                   lockLeft > 0);
        return;
    case Kind::SavedExpired:
        setMessage(tr("Your saved sign-in has expired or was revoked. Sign in again."), true);
        return;
    case Kind::SessionEnded:
        setMessage(tr("The server ended your session. Sign in again; nothing you typed was lost.") + reference, true);
        return;
    case Kind::Failed:
        setMessage(problem.error->userMessage(m_session.server()) + reference, true);
        return;
    case Kind::BrowserDenied:
        setMessage(tr("The sign-in was declined in the browser, so you are not signed in. Try again, or ask "
                      "your administrator for access."),
                   true);
        return;
    case Kind::BrowserCancelled:
        setMessage(tr("Browser sign-in cancelled. Nothing waits for the browser any more; a sign-in finished "
                      "there now has no effect."),
                   false);
        return;
    case Kind::WrongState:
        setMessage(tr("The browser came back from a sign-in this app did not start, so it was ignored. "
                      "Sign in again."),
                   true);
        return;
    case Kind::IssuerUnreachable:
        setMessage(tr("The sign-in service %1 could not be reached: %2")
                           .arg(m_session.issuer().toString(), problem.error->userMessage(m_session.issuer())) +
                       reference,
                   true);
        return;
    case Kind::BrowserFailed:
        setMessage(tr("The browser sign-in did not complete: %1").arg(problem.detail), true);
        return;
    case Kind::None:
        break;
    }
    if (!m_session.keychainProblem().isEmpty()) {
        m_ui->keepSignedInCheckBox->setChecked(false);
        setMessage(tr("This computer's keychain is locked or not available (%1), so a sign-in cannot be kept. "
                      "Sign in for this session only.")
                       .arg(m_session.keychainProblem()),
                   true);
        return;
    }
    setMessage({}, false);
}

void SignInPage::signInWithBrowser()
{
    if (m_session.state() == MerchantSession::State::SigningIn ||
        accountKind() != MerchantSession::AccountKind::PortalUser)
        return;
    const std::optional<QUrl> server = ServerUrl::parse(m_ui->serverEdit->text());
    if (!server) {
        setMessage(tr("The server address is not a web address such as https://api.viopay.io."), true);
        m_ui->serverEdit->setFocus();
        return;
    }
    m_session.setServer(*server);
    applyIssuer();
    m_session.setClientId(m_ui->clientIdEdit->text().trimmed());
    m_session.signInWithBrowser(m_ui->keepSignedInCheckBox->isChecked());
}

void SignInPage::applyServer()
{
    const std::optional<QUrl> server = ServerUrl::parse(m_ui->serverEdit->text());
    if (!server || *server == m_session.server() || m_session.state() != MerchantSession::State::SignedOut)
        return;
    m_session.setServer(*server);
    m_ui->issuerEdit->setPlaceholderText(MerchantSession::defaultIssuer(*server).toString());
    m_session.checkConnectivity();
    m_session.discoverIssuer();
}

void SignInPage::applyIssuer()
{
    const QString typed = m_ui->issuerEdit->text().trimmed();
    const QUrl issuer = typed.isEmpty() ? QUrl() : QUrl::fromUserInput(typed);
    if (issuer == (m_session.hasDefaultIssuer() ? QUrl() : m_session.issuer()))
        return;
    m_session.setIssuer(issuer);
    m_session.discoverIssuer();
}

void SignInPage::showAdvanced(bool shown)
{
    m_ui->advancedWidget->setVisible(shown);
    m_ui->advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void SignInPage::showConnectivity()
{
    using Kind = MerchantSession::Connectivity::Kind;
    const MerchantSession::Connectivity &connectivity = m_session.connectivity();
    m_ui->connectivityLabel->setVisible(connectivity.kind != Kind::Unknown);
    switch (connectivity.kind) {
    case Kind::Unknown:
        return;
    case Kind::Checking:
        StateColors::showStatus(m_ui->connectivityLabel, tr("Checking the connection to Viopay…"), false);
        return;
    case Kind::Reachable:
        StateColors::showStatus(m_ui->connectivityLabel, tr("Viopay reachable"), false);
        return;
    case Kind::Problem:
        // A server that answers is reachable: its error says something else is wrong.
        if (connectivity.error->kind() == ApiError::Kind::Http)
            StateColors::showStatus(m_ui->connectivityLabel,
                                    tr("The server answers, but not as Viopay: its health check gave HTTP %1.")
                                        .arg(connectivity.error->httpStatus()),
                                    true);
        else
            StateColors::showStatus(
                m_ui->connectivityLabel,
                tr("Viopay is not reachable: %1").arg(connectivity.error->userMessage(m_session.server())), true);
        return;
    }
}

void SignInPage::setMessage(const QString &text, bool isProblem)
{
    m_ui->messageLabel->setVisible(!text.isEmpty());
    StateColors::showStatus(m_ui->messageLabel, text, isProblem);
}

} // namespace viopay
