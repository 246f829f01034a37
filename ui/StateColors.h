#pragma once

#include <QColor>
#include <QList>

class QLabel;
class QString;
class QWidget;

namespace viopay::StateColors {

// The colours that carry a state, defined once. Each keeps a contrast of at least 4.5:1 (WCAG
// 2.x AA for text) on the window and base backgrounds and on its own tinted panel; the
// accessibility test computes it from these very values.
QColor calm();    // a code with time to spare; busy
QColor warning(); // the last minute; cautions
QColor urgent();  // the last ten seconds; problems
QColor success(); // claimed
QColor muted();   // small print: footers, hints, references
QColor onBand();  // text on a band of one of the colours above (white)

// A light panel behind a state: accent at low opacity over base.
QColor tint(const QColor &accent, const QColor &base);
// WCAG 2.x contrast ratio of two opaque colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// The backgrounds these colours appear on.
QList<QColor> backgrounds();

// Small print in muted(), instead of the palette's placeholder grey (under 4.5:1).
void mute(QWidget *widget);
// Text in colour, as a style sheet rule; bold for a hint that must not be missed.
void colour(QWidget *widget, const QColor &color, bool bold = false);
// Bold onBand() text on a solid band of colour: a state to see from across a room.
void band(QWidget *widget, const QColor &color);
// A status or hint line: the label's own colour, or urgent() while it reports a problem (bold
// too when emphasised).
void showStatus(QLabel *label, const QString &text, bool isProblem, bool emphasised = false);

} // namespace viopay::StateColors
