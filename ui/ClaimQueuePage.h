#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class ClaimQueuePage;
}

namespace viopay {

class ClaimQueue;
class MerchantSession;

// A rollout's claims: codes pasted or typed, one a line, become rows of the queue, each claimed in
// turn and showing its own outcome. Rows to fix are edited in place (F2) and claimed again; what
// did not fit in the queue stays in the text box. The line under the table says how the run went
// and what to do next, and moves with a lock's countdown.
class ClaimQueuePage : public QWidget {
    Q_OBJECT

public:
    explicit ClaimQueuePage(MerchantSession &session, QWidget *parent = nullptr);
    ~ClaimQueuePage() override;

    ClaimQueue &queue() const { return *m_queue; }
    void focusCodes();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool addTypedCodes(); // false when nothing could be added
    void claimAllOrStop();
    void removeSelected();
    void showProgress();
    void showAccess();
    void selectFirstToFix();
    QString progressText() const;

    std::unique_ptr<Ui::ClaimQueuePage> m_ui;
    MerchantSession &m_session;
    ClaimQueue *m_queue;
    QTimer m_lockTick;         // the lock's time left moves on with it
    bool m_wasRunning = false; // a run's end moves the focus to the first row to fix
};

} // namespace viopay
