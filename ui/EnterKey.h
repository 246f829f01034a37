#pragma once

class QKeyEvent;
class QWidget;

namespace viopay::EnterKey {

// Return or Enter, from either key.
bool isEnter(const QKeyEvent *event);
// Outside a dialog a button takes only Space; at a counter, Enter presses the focused button of
// the page too. True when it did, and the event is used.
bool pressFocusedButton(QWidget *page, const QKeyEvent *event);

} // namespace viopay::EnterKey
