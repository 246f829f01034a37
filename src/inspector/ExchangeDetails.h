#pragma once

#include "core/Exchange.h"

#include <QCoreApplication>
#include <QString>

namespace viopay {

// One exchange as the inspector's details tabs show it: headers (with the request line and
// outcome), request body, response body (JSON pretty-printed, an MSK envelope's plaintext in a
// "Decrypted" section below it) and timing. Already redacted by
// ExchangeLog.
class ExchangeDetails {
    Q_DECLARE_TR_FUNCTIONS(ExchangeDetails)

public:
    static QString headers(const Exchange &exchange);
    static QString request(const Exchange &exchange);
    static QString response(const Exchange &exchange);
    static QString timing(const Exchange &exchange);
    static QString prettyBody(const QByteArray &body); // JSON indented; anything else as it came
};

} // namespace viopay
