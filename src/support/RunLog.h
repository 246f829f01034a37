#pragma once

#include <QString>

namespace viopay {

// The app's own log of this run (every qDebug, qInfo, qWarning, qCritical that passed the logging
// rules), kept in memory for a support bundle, the last MaxLines of it. Messages still go where they
// went before: the handler installed earlier prints them.
class RunLog {
public:
    static constexpr int MaxLines = 5'000;

    // Starts keeping the log; once per process, in main() (a second call does nothing).
    static void install();
    // "2026-12-07T04:59:30.123Z warning viopay.kiosk: ..." lines, oldest first.
    static QString text();
    // Adds a line as the handler would (tests, and install()'s handler).
    static void append(QtMsgType type, const char *category, const QString &message);
};

} // namespace viopay
