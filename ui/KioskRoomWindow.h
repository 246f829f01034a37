#pragma once

#include "KioskWindow.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace viopay {

// A room of simulated terminals: one compact kiosk screen per session in a grid, each renewing
// and reporting on its own. F11 full screen (Esc leaves it); R renews the terminal that has the
// focus (click one, or Tab between them); a frame marks that terminal. A right click on a tile
// opens that tile's menu of the same actions. Every tile keeps its cell whatever it shows, so one
// terminal's claim or error never moves the others; a claimed tile says so in a solid band.
class KioskRoomWindow : public QWidget {
    Q_OBJECT

public:
    struct Terminal {
        KioskSession *session;
        KioskWindow::Setup setup;
    };

    explicit KioskRoomWindow(const std::vector<Terminal> &terminals, const QString &problem = {},
                             QWidget *parent = nullptr);

    const std::vector<KioskWindow *> &screens() const { return m_screens; }
    static int columnsFor(int terminals); // a grid as square as it gets, wider than tall
    KioskWindow *currentScreen() const;   // the one R and D act on: it holds the focus

    static constexpr int FrameWidth = 4; // in StateColors::calm(), around the current tile

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<KioskWindow *> m_screens;
};

} // namespace viopay
