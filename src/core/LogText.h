#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace viopay {

// Text from outside (a request's path or headers, a server's answer) made fit for one log line:
// C0 controls and DEL become \t, \n, \r or \xNN, C1 controls \u00NN, and a backslash is doubled,
// so no input can end the line, forge another, or reach a terminal as an escape sequence, and
// every escape read in a log is one the input did not contain literally.
QString escapedForLog(QStringView text);
QString escapedForLog(const QByteArray &utf8);

} // namespace viopay
