#include "TextStyle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QWidget>

namespace viopay::TextStyle {

void title(QWidget *widget, double scale)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    widget->setFont(font);
}

QString minutesAndSeconds(int seconds)
{
    const int minutes = seconds / 60;
    if (minutes == 0)
        return QCoreApplication::translate("viopay::TextStyle", "%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return QCoreApplication::translate("viopay::TextStyle", "%1 min").arg(minutes);
    return QCoreApplication::translate("viopay::TextStyle", "%1 min %2 s").arg(minutes).arg(seconds % 60);
}

namespace {
const QChar NoBreakSpace(0x00a0);
const QChar WordJoiner(0x2060); // no break after the hyphen before it, and nothing drawn

QString keepWordsTogether(QString text)
{
    static const QRegularExpression numberWithUnit(QStringLiteral("(\\d) (\\p{L}{1,5}\\b)"));
    static const QRegularExpression prefixedId(QStringLiteral("\\b([A-Z]{2,})-([0-9A-Z]{3,})\\b"));
    text.replace(numberWithUnit, QStringLiteral("\\1") + NoBreakSpace + QStringLiteral("\\2"));
    return text.replace(prefixedId, QStringLiteral("\\1-") + WordJoiner + QStringLiteral("\\2"));
}
} // namespace

QString keepTogether(const QString &text)
{
    QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (QString &paragraph : paragraphs) {
        paragraph = keepWordsTogether(paragraph);
        const qsizetype last = paragraph.trimmed().lastIndexOf(QLatin1Char(' '));
        if (paragraph.trimmed().count(QLatin1Char(' ')) >= 2 && last > 0)
            paragraph[paragraph.indexOf(paragraph.trimmed()) + last] = NoBreakSpace;
    }
    return paragraphs.join(QLatin1Char('\n'));
}

QString keepPartsTogether(const QString &text, const QString &separator)
{
    QStringList parts = text.split(separator);
    for (QString &part : parts)
        part = keepWordsTogether(part).replace(QLatin1Char(' '), NoBreakSpace);
    const QString breakAfter = QString(separator).replace(0, 1, NoBreakSpace);
    if (parts.size() < 2)
        return parts.join(breakAfter);
    const QString lastTwo = parts.takeLast().prepend(QString(separator).replace(QLatin1Char(' '), NoBreakSpace));
    return parts.join(breakAfter) + lastTwo;
}

} // namespace viopay::TextStyle
