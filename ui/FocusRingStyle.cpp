#include "FocusRingStyle.h"

#include <QPainter>
#include <QPushButton>
#include <QStyleOption>

namespace viopay {

namespace {
constexpr qreal RingWidth = 2.5;
constexpr qreal RingRadius = 4;
} // namespace

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element != CE_PushButton || !(option->state & State_HasFocus))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::Highlight), RingWidth));
    const qreal inset = RingWidth / 2;
    painter->drawRoundedRect(QRectF(option->rect).adjusted(inset, inset, -inset, -inset), RingRadius, RingRadius);
    painter->restore();
}

void FocusRingStyle::applyTo(QWidget *window)
{
    auto *style = new FocusRingStyle();
    style->setParent(window);
    for (QPushButton *button : window->findChildren<QPushButton *>())
        button->setStyle(style);
}

} // namespace viopay
