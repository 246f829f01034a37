#include "StateColors.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace viopay::StateColors {

namespace {
constexpr int TintAlpha = 24; // of 255

double channel(double value)
{
    const double c = value;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}
} // namespace

QColor calm()
{
    return {0x1f, 0x4e, 0x8c};
}

QColor warning()
{
    return {0x8a, 0x4b, 0x00};
}

QColor urgent()
{
    return {0xb3, 0x26, 0x1e};
}

QColor success()
{
    return {0x1d, 0x6b, 0x3a};
}

QColor muted()
{
    return {0x55, 0x5b, 0x62};
}

QColor onBand()
{
    return Qt::white;
}

QColor tint(const QColor &accent, const QColor &base)
{
    const auto blend = [](double over, double under) { return (over * TintAlpha + under * (255 - TintAlpha)) / 255; };
    return QColor::fromRgbF(float(blend(accent.redF(), base.redF())), float(blend(accent.greenF(), base.greenF())),
                            float(blend(accent.blueF(), base.blueF())));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double lighter = qMax(luminance(a), luminance(b));
    const double darker = qMin(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QList<QColor> backgrounds()
{
    const QPalette palette = QApplication::palette();
    return {palette.color(QPalette::Window), palette.color(QPalette::Base)};
}

void mute(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, muted());
    palette.setColor(QPalette::Text, muted());
    widget->setPalette(palette);
}

void colour(QWidget *widget, const QColor &color, bool bold)
{
    widget->setStyleSheet(
        QStringLiteral("color: %1;%2").arg(color.name(), bold ? QStringLiteral(" font-weight: bold;") : QString()));
}

void band(QWidget *widget, const QColor &color)
{
    widget->setStyleSheet(QStringLiteral("color: %1; background-color: %2; font-weight: bold; padding: 8px;")
                              .arg(onBand().name(), color.name()));
}

void showStatus(QLabel *label, const QString &text, bool isProblem, bool emphasised)
{
    label->setText(text);
    if (isProblem)
        colour(label, urgent(), emphasised);
    else
        label->setStyleSheet(QString());
}

} // namespace viopay::StateColors
