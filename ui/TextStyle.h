#pragma once

#include <QString>

class QWidget;

namespace viopay::TextStyle {

// A page title: the widget's font, larger and bold.
void title(QWidget *widget, double scale = 1.8);
// "4:07": a wait the user reads, such as a lockout.
QString minutesAndSeconds(int seconds);

} // namespace viopay::TextStyle
