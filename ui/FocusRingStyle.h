#pragma once

#include <QProxyStyle>

class QWidget;

namespace viopay {

// The application's style, with a ring no one can miss around the push button that has the
// focus. Styles draw a focus hint only after a Tab press, and Fusion's is a faint line that a
// default button wears too, so a button given the focus by the program looked like any other.
class FocusRingStyle : public QProxyStyle {
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    // Gives every push button under the window this style (owned by the window).
    static void applyTo(QWidget *window);
};

} // namespace viopay
