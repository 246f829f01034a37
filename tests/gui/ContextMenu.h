#pragma once

// Right-clicks a widget, as a person would, and uses the context menu that opens.
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>

namespace ContextMenu {

// The names and shortcuts of the actions the menu over widget shows ("renewAction R"), after
// triggering the one named trigger (none when empty). Empty when no menu opens.
inline QStringList use(QWidget *widget, const QString &trigger = {})
{
    QStringList shown;
    QTimer look; // a local timer: should no menu open, it dies with this call
    look.setSingleShot(true);
    QObject::connect(&look, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            shown << action->objectName() + QLatin1Char(' ') + action->shortcut().toString();
            if (action->objectName() == trigger && action->isEnabled())
                chosen = action;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    look.start(0);
    const QPoint at = widget->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
    QApplication::sendEvent(widget, &event);
    return shown;
}

} // namespace ContextMenu
