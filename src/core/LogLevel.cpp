#include "LogLevel.h"

#include <QLoggingCategory>

namespace viopay::LogLevel {

QStringList names()
{
    return {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")};
}

bool isValid(const QString &name)
{
    return names().contains(name);
}

bool apply(const QString &name)
{
    const int level = names().indexOf(name);
    if (level < 0)
        return false;
    // Each severity is enabled when it is at or above the chosen one; "critical" always shows.
    static const char *const severities[] = {"debug", "info", "warning"};
    QStringList rules;
    for (int severity = 0; severity < 3; ++severity)
        rules << QStringLiteral("viopay.*.%1=%2")
                     .arg(QLatin1String(severities[severity]),
                          severity >= level ? QStringLiteral("true") : QStringLiteral("false"));
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
    return true;
}

} // namespace viopay::LogLevel
