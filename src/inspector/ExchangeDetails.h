#pragma once

#include "core/Exchange.h"

#include <QString>

namespace viopay {

// One exchange as the inspector's details pane shows it: the request line, status and timings,
// then each side's headers and body (JSON pretty-printed). Already redacted by ExchangeLog.
class ExchangeDetails {
public:
    static QString text(const Exchange &exchange);
    static QString prettyBody(const QByteArray &body); // JSON indented; anything else as it came
};

} // namespace viopay
