#include "EnterKey.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>

namespace viopay::EnterKey {

bool isEnter(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

bool pressFocusedButton(QWidget *page, const QKeyEvent *event)
{
    auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
    if (!isEnter(event) || !button || !page->isAncestorOf(button) || !button->isEnabled())
        return false;
    button->click();
    return true;
}

} // namespace viopay::EnterKey
