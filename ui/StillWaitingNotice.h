#pragma once

#include "core/StillWaiting.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace viopay {

// "Still waiting for HOST… (attempt 2 of 3)" and a Retry now button, hidden while nothing waits.
// Every screen that shows a session's wait uses this one widget.
class StillWaitingNotice : public QWidget {
    Q_OBJECT

public:
    explicit StillWaitingNotice(QWidget *parent = nullptr);

    // Shows the session's stillWaiting() as it changes, and sends Retry now to retryWaitingNow().
    template <typename Session>
    void follow(Session &session)
    {
        connect(&session, &Session::stillWaitingChanged, this,
                [this, &session] { setWaiting(session.stillWaiting()); });
        connect(this, &StillWaitingNotice::retryNowClicked, &session, &Session::retryWaitingNow);
        setWaiting(session.stillWaiting());
    }

    void setWaiting(const std::optional<StillWaiting> &waiting);
    static QString textFor(const StillWaiting &waiting);

Q_SIGNALS:
    void retryNowClicked();

private:
    QLabel *m_label;
    QPushButton *m_retryNowButton;
};

} // namespace viopay
