#include "RunLog.h"

#include <QDateTime>
#include <QMutex>
#include <QStringList>

#include <deque>

namespace viopay {

namespace {
struct Kept {
    QMutex mutex; // messages arrive from any thread (the sandbox's among them)
    std::deque<QString> lines;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

Kept &kept()
{
    static Kept instance;
    return instance;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "debug";
}

void keepAndPass(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    RunLog::append(type, context.category, message);
    if (kept().previous)
        kept().previous(type, context, message);
}
} // namespace

void RunLog::install()
{
    const QMutexLocker lock(&kept().mutex);
    if (kept().installed)
        return;
    kept().installed = true;
    kept().previous = qInstallMessageHandler(keepAndPass);
}

void RunLog::append(QtMsgType type, const char *category, const QString &message)
{
    const QString line =
        QStringLiteral("%1 %2 %3: %4")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
                 QLatin1String(category ? category : "default"), message);
    const QMutexLocker lock(&kept().mutex);
    kept().lines.push_back(line);
    while (kept().lines.size() > size_t(MaxLines))
        kept().lines.pop_front();
}

QString RunLog::text()
{
    const QMutexLocker lock(&kept().mutex);
    QStringList lines(kept().lines.cbegin(), kept().lines.cend());
    return lines.join(QLatin1Char('\n'));
}

} // namespace viopay
