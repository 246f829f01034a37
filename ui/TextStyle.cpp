#include "TextStyle.h"

#include <QCoreApplication>
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

} // namespace viopay::TextStyle
