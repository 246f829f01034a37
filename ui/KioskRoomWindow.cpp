#include "KioskRoomWindow.h"

#include "StateColors.h"
#include <QAbstractButton>
#include <QApplication>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>

#include <cmath>

namespace viopay {

namespace {
// "&Retry now" -> "Retry now" ("R&&D" stays): in a room, Alt+R cannot pick one terminal of many.
void dropMnemonics(QWidget *screen)
{
    for (QAbstractButton *button : screen->findChildren<QAbstractButton *>()) {
        QString text = button->text();
        for (qsizetype index = 0; index < text.size(); ++index) {
            if (text.at(index) == QLatin1Char('&') && index + 1 < text.size() && text.at(index + 1) != QLatin1Char('&'))
                text.remove(index, 1);
            else if (text.at(index) == QLatin1Char('&'))
                ++index; // "&&" is a literal ampersand
        }
        button->setText(text);
    }
}
} // namespace

KioskRoomWindow::KioskRoomWindow(const std::vector<Terminal> &terminals, const QString &problem, QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Viopay Pairing · %n terminal(s)", nullptr, int(terminals.size())));
    auto *layout = new QVBoxLayout(this);
    if (!problem.isEmpty()) {
        auto *notice = new QLabel(problem, this);
        notice->setObjectName(QStringLiteral("problemLabel"));
        notice->setWordWrap(true);
        notice->setTextFormat(Qt::PlainText); // may carry a server's message
        StateColors::colour(notice, StateColors::warning());
        layout->addWidget(notice);
    }
    auto *grid = new QGridLayout;
    grid->setSpacing(3 * FrameWidth); // room for the current tile's frame between the tiles
    layout->addLayout(grid, 1);
    const int columns = columnsFor(int(terminals.size()));
    for (const Terminal &terminal : terminals) {
        KioskWindow::Setup setup = terminal.setup;
        setup.compact = true;
        auto *screen = new KioskWindow(*terminal.session, setup, this);
        dropMnemonics(screen);
        screen->setFocusPolicy(Qt::StrongFocus);
        screen->setAutoFillBackground(true);
        // Equal cells whatever a tile shows: a tile's own size hint never moves the grid.
        screen->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        const int index = int(m_screens.size());
        grid->addWidget(screen, index / columns, index % columns);
        grid->setRowStretch(index / columns, 1);
        grid->setColumnStretch(index % columns, 1);
        m_screens.push_back(screen);
    }
    if (!m_screens.empty())
        m_screens.front()->setFocus();
    connect(qApp, &QApplication::focusChanged, this, qOverload<>(&QWidget::update));
    // Most of the screen: a room is meant to be seen from across one.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.9);
    if (terminals.empty()) {
        auto *none = new QLabel(tr("No terminal to show."), this);
        none->setAlignment(Qt::AlignCenter);
        grid->addWidget(none, 0, 0);
    }
}

int KioskRoomWindow::columnsFor(int terminals)
{
    return qMax(1, int(std::ceil(std::sqrt(double(terminals)))));
}

KioskWindow *KioskRoomWindow::currentScreen() const
{
    for (const QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        for (KioskWindow *screen : m_screens)
            if (screen == widget)
                return screen;
    }
    return nullptr;
}

void KioskRoomWindow::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    const KioskWindow *current = currentScreen();
    if (!current)
        return;
    // In the gap around the tile, so the frame covers nothing the tile shows.
    const int inset = FrameWidth / 2 + 1;
    QPainter painter(this);
    painter.setPen(QPen(StateColors::calm(), FrameWidth));
    painter.drawRect(current->geometry().adjusted(-inset, -inset, inset - 1, inset - 1));
}

void KioskRoomWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11) {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        return;
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace viopay
