#pragma once

// Clipped text and drawings: a shown label or button smaller than its text needs, or a widget that
// its parents cut off. A short laptop screen or a longer translation shows the first.
#include <QAbstractButton>
#include <QLabel>
#include <QStringList>

namespace Fits {

inline QString describe(const QWidget *widget, const QSize &needed)
{
    return QStringLiteral("%1 (%2x%3, needs %4x%5)")
        .arg(widget->objectName())
        .arg(widget->width())
        .arg(widget->height())
        .arg(needed.width())
        .arg(needed.height());
}

// Shown, and not cut off by a parent: its whole rectangle can be painted.
inline bool whollyVisible(const QWidget *widget)
{
    return widget->isVisible() && widget->visibleRegion().boundingRect() == widget->rect();
}

// The shown labels and buttons under root whose text does not fit, or that a parent cuts off.
inline QStringList clipped(const QWidget *root)
{
    QStringList problems;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QSize needed = label->wordWrap() ? QSize(0, label->heightForWidth(label->width())) : label->sizeHint();
        if (needed.width() > label->width() || needed.height() > label->height() || !whollyVisible(label))
            problems << describe(label, needed);
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible())
            continue;
        const QSize needed = button->sizeHint();
        if (needed.width() > button->width() || needed.height() > button->height() || !whollyVisible(button))
            problems << describe(button, needed);
    }
    return problems;
}

} // namespace Fits
