#pragma once

#include <QString>

class QWidget;

namespace viopay::TextStyle {

// A page title: the widget's font, larger and bold.
void title(QWidget *widget, double scale = 1.8);
// "4 min 7 s": a wait the user reads, such as a lockout ("4:07" would read as a time of day).
QString minutesAndSeconds(int seconds);

} // namespace viopay::TextStyle
