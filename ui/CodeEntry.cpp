#include "CodeEntry.h"

#include "core/PairingCode.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

namespace viopay {

namespace {
constexpr int CellGap = 8;
constexpr int GroupGap = 28; // between the two groups of three: an empty gap, as the terminal's "K7M 3NP"
constexpr int RefusalFlashMs = 700;

bool isSeparator(QChar symbol)
{
    return symbol.isSpace() || symbol == QLatin1Char('-');
}

QFont cellFont(const QFont &base)
{
    QFont font(QStringLiteral("JetBrains Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 2.2);
    return font;
}

QString spoken(const QString &code)
{
    QStringList symbols;
    for (QChar symbol : code)
        symbols << QString(symbol);
    return symbols.join(QLatin1Char(' '));
}
} // namespace

CodeEntry::CodeEntry(QWidget *parent)
    : QWidget(parent)
    , m_refusalFlash(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false); // symbols only, no composition
    setCursor(Qt::IBeamCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Pairing code, 6 symbols"));
    m_refusalFlash->setSingleShot(true);
    m_refusalFlash->setInterval(RefusalFlashMs);
    connect(m_refusalFlash, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    changed();
}

bool CodeEntry::isComplete() const
{
    return m_code.size() == PairingCode::Length;
}

void CodeEntry::setCode(const QString &text)
{
    m_code.clear();
    m_cursor = 0;
    insert(text);
    changed();
}

void CodeEntry::clear()
{
    setCode({});
}

bool CodeEntry::insert(QStringView text)
{
    const QString symbols = PairingCode::normalize(text);
    for (int index = 0; index < symbols.size(); ++index) {
        const QChar symbol = symbols.at(index);
        if (PairingCode::isAlphabetSymbol(symbol))
            continue;
        CodeProblem problem;
        problem.kind = PairingCode::isAmbiguousSymbol(symbol) ? CodeProblem::Kind::AmbiguousSymbol
                                                              : CodeProblem::Kind::InvalidSymbol;
        problem.symbol = symbol;
        problem.position = qMin(m_cursor + index, PairingCode::Length - 1);
        flashRefusal(problem.message());
        return false;
    }
    if (symbols.size() == PairingCode::Length) { // a whole code: it replaces what was there
        m_code = symbols;
        m_cursor = PairingCode::Length;
        return true;
    }
    int inserted = 0;
    for (QChar symbol : symbols) {
        if (m_cursor >= PairingCode::Length) {
            flashRefusal(tr("The code is complete: press Enter to claim it, or Backspace to change it."));
            break;
        }
        if (m_cursor < m_code.size())
            m_code[m_cursor] = symbol; // typing over a cell corrects it
        else
            m_code.append(symbol);
        ++m_cursor;
        ++inserted;
    }
    return inserted > 0;
}

void CodeEntry::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        if (insert(QGuiApplication::clipboard()->text()))
            changed();
        return;
    }
    if (event->matches(QKeySequence::SelectAll) || event->key() == Qt::Key_Escape) {
        // The cells are one field: "all of it" can only mean starting over.
        if (!m_code.isEmpty())
            clear();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT submitted();
        return;
    case Qt::Key_Backspace:
        if (m_cursor > 0) {
            m_code.remove(--m_cursor, 1);
            changed();
        }
        return;
    case Qt::Key_Delete:
        if (m_cursor < m_code.size()) {
            m_code.remove(m_cursor, 1);
            changed();
        }
        return;
    case Qt::Key_Left:
        moveCursor(m_cursor - 1);
        return;
    case Qt::Key_Right:
        moveCursor(m_cursor + 1);
        return;
    case Qt::Key_Home:
        moveCursor(0);
        return;
    case Qt::Key_End:
        moveCursor(m_code.size());
        return;
    default:
        break;
    }
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!printable) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (std::all_of(text.cbegin(), text.cend(), isSeparator))
        return; // "K7M-" or "K7M ": the separator is read and skipped
    if (insert(text))
        changed();
}

void CodeEntry::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    for (int index = 0; index < PairingCode::Length; ++index) {
        if (cellRect(index).adjusted(-CellGap / 2, 0, CellGap / 2, 0).contains(event->position().toPoint())) {
            moveCursor(index);
            return;
        }
    }
}

void CodeEntry::moveCursor(int position)
{
    const int bounded = qBound(0, position, int(m_code.size()));
    if (bounded == m_cursor)
        return;
    m_cursor = bounded;
    update();
}

void CodeEntry::changed()
{
    m_refusalFlash->stop();
    m_cursor = qMin(m_cursor, int(m_code.size()));
    setAccessibleDescription(m_code.isEmpty() ? tr("Empty")
                                              : tr("%1, %2 of 6 symbols").arg(spoken(m_code)).arg(m_code.size()));
    update();
    Q_EMIT codeChanged(m_code);
}

void CodeEntry::flashRefusal(const QString &hint)
{
    m_refusalFlash->start();
    update();
    Q_EMIT refused(hint);
}

QSize CodeEntry::cellSize() const
{
    const QFontMetrics metrics(cellFont(font()));
    return {metrics.horizontalAdvance(QLatin1Char('W')) + 24, metrics.height() + 20};
}

QRect CodeEntry::cellRect(int index) const
{
    const QSize cell = cellSize();
    const int x = 2 + index * (cell.width() + CellGap) + (index >= 3 ? GroupGap : 0);
    return {QPoint(x, 2), cell};
}

QSize CodeEntry::sizeHint() const
{
    const QSize cell = cellSize();
    const int cells = PairingCode::Length;
    return {4 + cells * cell.width() + (cells - 1) * CellGap + GroupGap, cell.height() + 4};
}

void CodeEntry::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(cellFont(font()));
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor refusal(0xb3, 0x26, 0x1e);
    const bool refusing = m_refusalFlash->isActive();
    const int activeCell = qMin(m_cursor, PairingCode::Length - 1);

    for (int index = 0; index < PairingCode::Length; ++index) {
        const QRectF cell = QRectF(cellRect(index)).adjusted(1, 1, -1, -1);
        const bool active = hasFocus() && index == activeCell;
        QColor border = palette().color(QPalette::Mid);
        if (active)
            border = refusing ? refusal : accent;
        painter.setPen(QPen(border, active ? 3 : 1.5));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawRoundedRect(cell, 8, 8);
        if (index < m_code.size()) {
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(cell, Qt::AlignCenter, QString(m_code.at(index)));
        }
    }
}

void CodeEntry::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void CodeEntry::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace viopay
