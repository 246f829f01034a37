#pragma once

// Clipped text and drawings: a shown label or button smaller than its text needs, or a widget that
// its parents cut off. A short laptop screen or a longer translation shows the first.
#include <QAbstractButton>
#include <QLabel>
#include <QRegularExpression>
#include <QStringList>
#include <QTextDocumentFragment>
#include <QTextLayout>

#include <cmath>

namespace Fits {

inline QString describe(const QWidget *widget, const QSize &needed)
{
    return QStringLiteral("%1 (%2x%3, needs %4x%5)")
        .arg(widget->objectName())
        .arg(widget->width())
        .arg(widget->height())
        .arg(needed.width())
        .arg(needed.height());
}

// Shown, and not cut off by a parent: its whole rectangle can be painted.
inline bool whollyVisible(const QWidget *widget)
{
    return widget->isVisible() && widget->visibleRegion().boundingRect() == widget->rect();
}

// One laid-out line of a label: its text and the width its glyphs take.
struct Line {
    QString text;
    qreal width;
    bool lastOfParagraph;
};

// The lines a label shows its text in at its present width, laid out as a QLabel does.
inline QList<Line> lines(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    const QString text = rich ? QTextDocumentFragment::fromHtml(label->text()).toPlainText() : label->text();
    QTextOption option(label->alignment());
    option.setWrapMode(label->wordWrap() ? QTextOption::WordWrap : QTextOption::NoWrap);
    const qreal width = label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
    QList<Line> result;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, label->font());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            result << Line{paragraph.mid(line.textStart(), line.textLength()), line.naturalTextWidth(), false};
        }
        layout.endLayout();
        if (!result.isEmpty())
            result.last().lastOfParagraph = true;
    }
    return result;
}

// A wrapped label whose longest word is wider than the label: that word is cut at the edge.
inline bool overflows(const QLabel *label)
{
    const qreal width = label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
    for (const Line &line : lines(label))
        if (std::floor(line.width) > width)
            return true;
    return false;
}

inline QStringList words(const QString &line)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{00a0}]+"));
    return line.trimmed().split(space, Qt::SkipEmptyParts);
}

// Where a label's lines break badly: inside one of the tokens that must stay whole (a code, a
// device id, a time, a number with its unit), or a paragraph's last word alone on its line while
// the line above holds more than one word, so the two lines could have been balanced.
inline QStringList awkwardBreaks(const QLabel *label, const QStringList &tokens)
{
    QStringList problems;
    const QList<Line> laidOut = lines(label);
    for (qsizetype index = 0; index + 1 < laidOut.size(); ++index) {
        if (laidOut.at(index).lastOfParagraph)
            continue;
        // Tokens are written with plain spaces and hyphens; the label may hold no-break ones.
        const auto plain = [](QString text) {
            return text.remove(QChar(0x2060)).replace(QChar(0x00a0), QLatin1Char(' '));
        };
        const QString joined = plain(laidOut.at(index).text) + plain(laidOut.at(index + 1).text);
        const qsizetype boundary = plain(laidOut.at(index).text).size();
        for (const QString &token : tokens) {
            for (qsizetype at = joined.indexOf(token); at >= 0; at = joined.indexOf(token, at + 1))
                if (at < boundary && at + token.size() > boundary && joined.mid(at, boundary - at).trimmed().size() > 0)
                    problems << QStringLiteral("%1: \"%2\" broken after \"%3\"")
                                    .arg(label->objectName(), token, laidOut.at(index).text);
        }
        const Line &next = laidOut.at(index + 1);
        if (next.lastOfParagraph && words(next.text).size() == 1 && words(laidOut.at(index).text).size() > 1)
            problems << QStringLiteral("%1: \"%2\" alone under \"%3\"")
                            .arg(label->objectName(), next.text, laidOut.at(index).text);
    }
    return problems;
}

// The shown labels and buttons among widgets whose text does not fit, or that a parent cuts off.
inline QStringList clipped(const QList<const QWidget *> &widgets)
{
    QStringList problems;
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        QSize needed;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->text().isEmpty())
                continue;
            needed = label->wordWrap() ? QSize(0, label->heightForWidth(label->width())) : label->sizeHint();
        } else if (qobject_cast<const QAbstractButton *>(widget)) {
            needed = widget->sizeHint();
        } else {
            continue;
        }
        const auto *label = qobject_cast<const QLabel *>(widget);
        if (needed.width() > widget->width() || needed.height() > widget->height() || !whollyVisible(widget) ||
            (label && label->wordWrap() && overflows(label)))
            problems << describe(widget, needed);
    }
    return problems;
}

// The shown labels and buttons under root whose text does not fit, or that a parent cuts off.
inline QStringList clipped(const QWidget *root)
{
    QList<const QWidget *> widgets;
    for (const QLabel *label : root->findChildren<QLabel *>())
        widgets << label;
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        widgets << button;
    return clipped(widgets);
}

} // namespace Fits
