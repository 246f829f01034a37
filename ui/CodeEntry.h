#pragma once

#include <QWidget>

class QTimer;

namespace viopay {

// Six one-symbol cells for a pairing code, drawn as one field. Typing upper-cases and moves to
// the next cell; spaces and hyphens are skipped; 0, O, I, 1 and anything outside the alphabet
// are refused on the spot (refused() carries the hint). A paste such as "k7m-3np" or "K7M 3NP"
// fills the cells from wherever the cursor is; a whole code replaces them all. Backspace goes
// back, arrows move, typing over a cell corrects it, Esc and Ctrl+A clear, Enter submits.
class CodeEntry : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged USER true)

public:
    explicit CodeEntry(QWidget *parent = nullptr);

    QString code() const { return m_code; } // canonical symbols typed so far, up to 6
    void setCode(const QString &text);      // normalised; refused symbols are dropped with a hint
    int cursorPosition() const { return m_cursor; }
    void setCursorPosition(int position) { moveCursor(position); }
    bool isComplete() const;
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    void codeChanged(const QString &code);
    void refused(const QString &hint);
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool insert(QStringView text); // false: refused, nothing changed
    void moveCursor(int position);
    void changed();
    void flashRefusal(const QString &hint);
    QRect cellRect(int index) const;
    QSize cellSize() const;

    QString m_code;
    int m_cursor = 0;
    QTimer *m_refusalFlash;
};

} // namespace viopay
