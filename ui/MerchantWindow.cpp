#include "MerchantWindow.h"
#include "ui_MerchantWindow.h"

#include "ClaimPage.h"
#include "ClaimQueuePage.h"
#include "ContinueInBrowserPage.h"
#include "DevicesPage.h"
#include "FocusRingStyle.h"
#include "SignInPage.h"
#include "StateColors.h"

#include "merchant/MerchantSession.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace viopay {

MerchantWindow::MerchantWindow(MerchantSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MerchantWindow>())
    , m_session(session)
    , m_signInPage(new SignInPage(session))
    , m_browserPage(new ContinueInBrowserPage(session))
    , m_claimPage(new ClaimPage(session))
    , m_devicesPage(new DevicesPage(session))
    , m_claimQueuePage(new ClaimQueuePage(session))
{
    m_ui->setupUi(this);
    m_ui->signInContainer->layout()->addWidget(m_signInPage);
    m_ui->pagesStackedWidget->addWidget(m_browserPage);
    m_ui->claimTab->layout()->addWidget(m_claimPage);
    m_ui->devicesTab->layout()->addWidget(m_devicesPage);
    m_ui->claimQueueTab->layout()->addWidget(m_claimQueuePage);
    m_ui->keychainLabel->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-left: 4px solid %2; padding: 6px;")
            .arg(StateColors::tint(StateColors::warning(), palette().color(QPalette::Base)).name(),
                 StateColors::warning().name()));
    m_ui->keychainLabel->hide();
    FocusRingStyle::applyTo(this); // a counter is worked from the keyboard: the focus must show

    connect(m_ui->signOutButton, &QPushButton::clicked, this, &MerchantWindow::signOut);
    connect(m_ui->signOutAction, &QAction::triggered, this, &MerchantWindow::signOut);
    // Quit ends the app, not just this window: a tool window left open must not keep it running.
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QCoreApplication::quit);
    connect(m_ui->showClaimAction, &QAction::triggered, this, [this] {
        m_ui->tabWidget->setCurrentWidget(m_ui->claimTab);
        m_claimPage->focusCode();
    });
    connect(m_ui->showDevicesAction, &QAction::triggered, this,
            [this] { m_ui->tabWidget->setCurrentWidget(m_ui->devicesTab); });
    connect(m_ui->showClaimQueueAction, &QAction::triggered, this, [this] {
        m_ui->tabWidget->setCurrentWidget(m_ui->claimQueueTab);
        m_claimQueuePage->focusCodes();
    });
    connect(m_ui->refreshAction, &QAction::triggered, m_devicesPage, &DevicesPage::refresh);
    connect(m_ui->inspectorAction, &QAction::triggered, this, &MerchantWindow::inspectorRequested);
    connect(m_devicesPage, &DevicesPage::traceRequested, this, &MerchantWindow::traceRequested);
    connect(m_ui->faultDrillsAction, &QAction::triggered, this, &MerchantWindow::faultDrillsRequested);
    connect(m_ui->diagnoseAction, &QAction::triggered, this, &MerchantWindow::diagnoseRequested);
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabWidget->currentWidget() == m_ui->devicesTab)
            m_devicesPage->refresh();
    });
    connect(&m_session, &MerchantSession::stateChanged, this, &MerchantWindow::showState);
    connect(&m_session, &MerchantSession::browserWaitingChanged, this, &MerchantWindow::showState);
    connect(&m_session, &MerchantSession::keychainProblemChanged, this, &MerchantWindow::showKeychainProblem);
    showState();
}

MerchantWindow::~MerchantWindow() = default;

void MerchantWindow::signOut()
{
    // Without a kept sign-in, signing out means typing the password again: a slip costs that.
    if (!m_session.isSignInKept() && !m_confirmSignOut(this))
        return;
    m_session.signOut();
}

bool MerchantWindow::confirmSignOutWithDialog(QWidget *parent)
{
    QMessageBox question(QMessageBox::Question, tr("Sign out?"), tr("Sign out of this computer?"),
                         QMessageBox::NoButton, parent);
    question.setInformativeText(tr("This sign-in is not kept, so you will need your password to sign in again."));
    QPushButton *signOut = question.addButton(tr("&Sign out"), QMessageBox::AcceptRole);
    QPushButton *stay = question.addButton(tr("S&tay signed in"), QMessageBox::RejectRole);
    question.setDefaultButton(stay); // Enter, pressed by habit, keeps the session
    question.exec();
    return question.clickedButton() == signOut;
}

void MerchantWindow::showState()
{
    const bool signedIn = m_session.state() == MerchantSession::State::SignedIn;
    m_ui->signOutAction->setEnabled(signedIn);
    m_ui->showClaimAction->setEnabled(signedIn);
    m_ui->showDevicesAction->setEnabled(signedIn);
    m_ui->showClaimQueueAction->setEnabled(signedIn);
    m_ui->refreshAction->setEnabled(signedIn);
    m_ui->statusBar->showMessage(tr("Server: %1").arg(m_session.server().toString()));
    if (!signedIn && !m_session.browserUrl().isEmpty()) {
        if (m_ui->pagesStackedWidget->currentWidget() != m_browserPage) {
            m_ui->pagesStackedWidget->setCurrentWidget(m_browserPage);
            m_browserPage->prepare();
        }
        return;
    }
    if (!signedIn) {
        if (m_ui->pagesStackedWidget->currentWidget() != m_ui->signInContainer ||
            m_session.state() == MerchantSession::State::SignedOut) {
            m_ui->pagesStackedWidget->setCurrentWidget(m_ui->signInContainer);
            if (m_session.state() == MerchantSession::State::SignedOut)
                m_signInPage->prepare();
        }
        return;
    }
    m_ui->signedInLabel->setText(
        tr("Signed in as <b>%1</b> for <b>%2</b>")
            .arg(m_session.account().name.toHtmlEscaped(), m_session.merchant().name.toHtmlEscaped()));
    m_claimPage->reset();
    m_ui->tabWidget->setCurrentWidget(m_ui->claimTab);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->workPage);
    showKeychainProblem();
    m_claimPage->focusCode();
}

void MerchantWindow::showKeychainProblem()
{
    const QString problem = m_session.keychainProblem();
    m_ui->keychainLabel->setVisible(!problem.isEmpty() && m_session.state() == MerchantSession::State::SignedIn);
    m_ui->keychainLabel->setText(tr("This sign-in could not be kept: the keychain is locked or not available (%1). "
                                    "You are signed in for this session only.")
                                     .arg(problem));
}

} // namespace viopay
