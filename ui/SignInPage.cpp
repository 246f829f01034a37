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

    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInPage::submit);
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
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
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
    showKeepSignedIn(); // the same address sends no textChanged, yet the server may have changed
    if (const auto remembered = m_session.rememberedAccount(); remembered && m_ui->accountEdit->text().isEmpty()) {
        const bool client = remembered->kind == MerchantSession::AccountKind::ApiClient;
        (client ? m_ui->apiClientRadio : m_ui->portalUserRadio)->setChecked(true);
        m_ui->accountEdit->setText(remembered->name);
    }
    showProblem();
    QLineEdit *firstEmpty = m_ui->accountEdit->text().isEmpty() ? m_ui->accountEdit : m_ui->secretEdit;
    if (m_ui->serverEdit->text().isEmpty())
        firstEmpty = m_ui->serverEdit;
    firstEmpty->setFocus(Qt::OtherFocusReason);
}

void SignInPage::showAccountKind()
{
    const bool client = accountKind() == MerchantSession::AccountKind::ApiClient;
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
    m_ui->signInButton->setText(busy ? tr("Signing in…") : tr("Sign &in"));
    for (QWidget *input : std::initializer_list<QWidget *>{m_ui->serverEdit, m_ui->portalUserRadio,
                                                           m_ui->apiClientRadio, m_ui->accountEdit, m_ui->secretEdit,
                                                           m_ui->keepSignedInCheckBox, m_ui->signInButton})
        input->setEnabled(!busy);
    showKeepSignedIn();
    if (busy) {
        setMessage(tr("Signing in as %1…").arg(m_session.account().name), false);
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

void SignInPage::setMessage(const QString &text, bool isProblem)
{
    m_ui->messageLabel->setVisible(!text.isEmpty());
    StateColors::showStatus(m_ui->messageLabel, text, isProblem);
}

} // namespace viopay
