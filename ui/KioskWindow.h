#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTimer;

namespace Ui {
class KioskWindow;
}

namespace viopay {

class KioskSession;

// The simulated terminal's screen: a large, legible code with its countdown and a QR code of
// the claim page, then the claim; friendly errors with an automatic retry. F11 full screen (Esc
// leaves it), R renews the code (once claimed: checks for a release and says so; after a failure:
// retries now), D shows the connection details (server, clock skew, status updates held or
// polled). A line on the code page names these keys; the context menu offers the same actions.
// Once claimed, a terminal with its factory secrets activates: each step ticks off with its time,
// then "Ready for payments".
class KioskWindow : public QWidget {
    Q_OBJECT

public:
    struct Setup {
        QString server;           // shown in the details
        QString claimUrlTemplate; // "{code}" is replaced, e.g. "http://127.0.0.1:8080/claim?code={code}"
        QString deviceFooter;     // "POS-8F3A2C91 · PAX-A920 · Android 12 · 1.4.2"
        bool compact = false;     // one of a room: the code, its countdown and the claim only
        QString terminalId = {};  // "POS-8F3A2C91", in the window title
    };

    KioskWindow(KioskSession &session, Setup setup, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // The code as a screen reader should say it: one symbol at a time.
    static QString spokenCode(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showState();
    void showCode();
    void showCountdown();
    void showFailure();
    void showActivationFailure();
    void showActivationProgress();
    void showActivated();
    void buildActivationSteps();
    void showConnectionProblem();
    void answerRenewWhileClaimed();
    void showMessage(const QString &title, const QString &body);
    void showDetails();
    void makeCompact();
    void tintClaimedPage();
    void makeActions();
    void renew();
    void toggleFullScreen();
    bool leaveFullScreen(); // false: the window was not full screen
    void scaleToWindow();
    void scaleText(double scale);
    void sizeToCurrentPage();

    std::unique_ptr<Ui::KioskWindow> m_ui;
    KioskSession &m_session;
    Setup m_setup;
    QTimer *m_ticker;
    // The keys' actions, for the context menu; the keys themselves go through keyPressEvent.
    QAction *m_renewAction;
    QAction *m_detailsAction;
    QAction *m_fullScreenAction;
    QAction *m_leaveFullScreenAction;
    double m_textScale = 1.0; // of the pages' words, with the window's height (scaleToWindow)
    QString m_errorTitle;     // the form's, for failures before the claim
    struct StepRow {
        QLabel *mark;
        QLabel *name;
        QLabel *time;
    };
    QList<StepRow> m_stepRows; // one per activation step, in order
};

} // namespace viopay
