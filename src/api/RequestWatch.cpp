#include "RequestWatch.h"

namespace viopay {

RequestWatch::RequestWatch(HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    connect(&m_transport, &HttpTransport::stillWaitingChanged, this, [this](const QObject *context) {
        if (context == this)
            Q_EMIT stillWaitingChanged();
    });
}

} // namespace viopay
