#include "StillWaitingNotice.h"

#include "StateColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace viopay {

StillWaitingNotice::StillWaitingNotice(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retryNowButton(new QPushButton(tr("&Retry now"), this))
{
    m_label->setObjectName(QStringLiteral("stillWaitingLabel"));
    m_label->setTextFormat(Qt::PlainText); // the host comes from what a person typed
    m_label->setWordWrap(true);
    StateColors::colour(m_label, StateColors::warning());
    m_retryNowButton->setObjectName(QStringLiteral("stillWaitingRetryButton"));
    m_retryNowButton->setAccessibleDescription(
        tr("Gives up on the attempt that gets no answer and sends it again now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addWidget(m_retryNowButton);
    layout->addStretch();
    setFocusProxy(m_retryNowButton); // its place in a form's tab order is the button's
    connect(m_retryNowButton, &QPushButton::clicked, this, &StillWaitingNotice::retryNowClicked);
    hide();
}

QString StillWaitingNotice::textFor(const StillWaiting &waiting)
{
    return tr("Still waiting for %1… (attempt %2 of %3)").arg(waiting.host).arg(waiting.attempt).arg(waiting.attempts);
}

void StillWaitingNotice::setWaiting(const std::optional<StillWaiting> &waiting)
{
    setVisible(waiting.has_value());
    if (!waiting)
        return;
    m_label->setText(textFor(*waiting));
    setAccessibleName(m_label->text());
    // Everything else on the page is disabled while it waits: the keyboard lands here.
    const QWidget *focused = window()->focusWidget();
    if (!focused || !focused->isEnabled() || !focused->isVisible())
        m_retryNowButton->setFocus(Qt::OtherFocusReason);
}

} // namespace viopay
