#pragma once

#include <QString>

class QWidget;

namespace viopay::TextStyle {

// A page title: the widget's font, larger and bold.
void title(QWidget *widget, double scale = 1.8);
// "4 min 7 s": a wait the user reads, such as a lockout ("4:07" would read as a time of day).
QString minutesAndSeconds(int seconds);

// Text for a label that wraps, to be read at a glance: a number stays with its unit ("10 s"), an
// id with its prefix ("POS-8F3A2C91"), and a paragraph of three words or more never ends on one
// lone word (its last two are joined by a no-break space).
QString keepTogether(const QString &text);
// "POS-8F3A2C91 · PAX-A920 · Android 12 · 1.4.2" as a label should wrap it: after a separator
// only, never inside a part, and never with the last part alone.
QString keepPartsTogether(const QString &text, const QString &separator);

} // namespace viopay::TextStyle
