#include "ContinueInBrowserPage.h"
#include "ui_ContinueInBrowserPage.h"

#include "StateColors.h"
#include "TextStyle.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>

namespace viopay {

ContinueInBrowserPage::ContinueInBrowserPage(MerchantSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContinueInBrowserPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    TextStyle::title(m_ui->titleLabel);
    StateColors::mute(m_ui->copiedLabel);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_session, &MerchantSession::cancelBrowserSignIn);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ContinueInBrowserPage::copyLink);
}

ContinueInBrowserPage::~ContinueInBrowserPage() = default;

void ContinueInBrowserPage::prepare()
{
    m_ui->copiedLabel->clear();
    m_ui->cancelButton->setFocus(Qt::OtherFocusReason);
}

void ContinueInBrowserPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_session.cancelBrowserSignIn();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ContinueInBrowserPage::copyLink()
{
    QGuiApplication::clipboard()->setText(m_session.browserUrl().toString(QUrl::FullyEncoded));
    m_ui->copiedLabel->setText(tr("Link copied. Paste it into your browser's address bar."));
}

} // namespace viopay
