#pragma once

// The Alt+letter mnemonics of a window, and the ones it shares: two controls shown together with
// one letter make Alt+letter reach the wrong one (Alt+A once meant both "Claim another" and the
// Account menu, whose highlighted Sign out then took Enter).
#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>

#include <utility>
#include <vector>

namespace Mnemonics {

// The letter after a single '&' ("Sign &out" is O; "R&&D" has none).
inline QChar of(const QString &text)
{
    for (qsizetype index = 0; index + 1 < text.size(); ++index) {
        if (text.at(index) != QLatin1Char('&'))
            continue;
        if (text.at(index + 1) == QLatin1Char('&')) {
            ++index;
            continue;
        }
        return text.at(index + 1).toUpper();
    }
    return {};
}

// The page of every stack a widget sits in: widgets on different pages of one stack (a
// QStackedWidget, a tab widget's pages) are never shown together, so they may share a letter.
inline std::vector<std::pair<const QStackedWidget *, const QWidget *>> pagesOf(const QWidget *widget)
{
    std::vector<std::pair<const QStackedWidget *, const QWidget *>> pages;
    for (const QWidget *child = widget; child && child->parentWidget(); child = child->parentWidget()) {
        if (const auto *stack = qobject_cast<const QStackedWidget *>(child->parentWidget()))
            pages.emplace_back(stack, child);
    }
    return pages;
}

inline bool shownTogether(const QWidget *a, const QWidget *b)
{
    for (const auto &[stack, page] : pagesOf(a)) {
        for (const auto &[otherStack, otherPage] : pagesOf(b)) {
            if (stack == otherStack && page != otherPage)
                return false;
        }
    }
    return true;
}

struct Holder {
    const QWidget *widget; // where it is shown, for the stack test
    QString name;          // for the failure message
    QChar letter;
};

// Every letter's holders in one window: buttons and check boxes, labels with a buddy, group
// boxes, tabs, the menu bar's menus; then, menu by menu, each menu's own entries.
inline QStringList clashes(const QWidget &window)
{
    std::vector<Holder> holders;
    const auto add = [&](const QWidget *widget, const QString &text) {
        if (const QChar letter = of(text); !letter.isNull())
            holders.push_back({widget,
                               QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                                   widget->objectName() + QStringLiteral(" \"") + text + QLatin1Char('"'),
                               letter});
    };
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        add(button, button->text());
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->buddy())
            add(label, label->text());
    }
    for (const QGroupBox *group : window.findChildren<QGroupBox *>())
        add(group, group->title());
    for (const QTabBar *tabs : window.findChildren<QTabBar *>()) {
        for (int index = 0; index < tabs->count(); ++index)
            add(tabs, tabs->tabText(index));
    }
    QStringList found;
    for (const QMenuBar *menuBar : window.findChildren<QMenuBar *>()) {
        std::vector<const QMenu *> menus;
        for (const QAction *action : menuBar->actions()) {
            add(menuBar, action->text());
            if (action->menu())
                menus.push_back(action->menu());
        }
        while (!menus.empty()) {
            const QMenu *menu = menus.back();
            menus.pop_back();
            QHash<QChar, QString> entries;
            for (const QAction *action : menu->actions()) {
                if (action->menu())
                    menus.push_back(action->menu());
                const QChar letter = of(action->text());
                if (letter.isNull())
                    continue;
                if (entries.contains(letter))
                    found << QStringLiteral("%1 menu: \"%2\" and \"%3\"")
                                 .arg(menu->title(), entries.value(letter), action->text());
                entries.insert(letter, action->text());
            }
        }
    }
    for (size_t first = 0; first < holders.size(); ++first) {
        for (size_t second = first + 1; second < holders.size(); ++second) {
            const Holder &a = holders.at(first);
            const Holder &b = holders.at(second);
            if (a.letter == b.letter && shownTogether(a.widget, b.widget))
                found << QStringLiteral("Alt+%1: %2 and %3").arg(a.letter, a.name, b.name);
        }
    }
    return found;
}

} // namespace Mnemonics
