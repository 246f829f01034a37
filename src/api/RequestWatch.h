#pragma once

#include "HttpTransport.h"

#include "core/StillWaiting.h"

#include <QObject>

#include <optional>

namespace viopay {

// The requests of one activity (a terminal getting its code, a merchant signing in or claiming),
// sent with the watch as their context: it tells when one of them has gone unanswered for a while,
// with the host and the attempt, and sends it again at once when asked. Every session that shows
// a wait uses this one mechanism; destroying the watch cancels its requests like any context.
class RequestWatch : public QObject {
    Q_OBJECT

public:
    explicit RequestWatch(HttpTransport &transport, QObject *parent = nullptr);

    std::optional<StillWaiting> stillWaiting() const { return m_transport.stillWaiting(this); }
    void retryNow() { m_transport.retryNow(this); }
    void cancel() { m_transport.cancel(this); }

Q_SIGNALS:
    void stillWaitingChanged();

private:
    HttpTransport &m_transport;
};

} // namespace viopay
