#include "CountdownRing.h"

#include "StateColors.h"
#include <QPainter>

namespace viopay {

CountdownRing::CountdownRing(QWidget *parent)
    : QWidget(parent)
{
    // Up to the side it asks for, no more: what is left goes to the layout's spacers.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
}

void CountdownRing::setPreferredSide(int side)
{
    if (side == m_preferredSide)
        return;
    m_preferredSide = side;
    updateGeometry();
}

void CountdownRing::setSeconds(int secondsLeft, int totalSeconds)
{
    if (secondsLeft == m_secondsLeft && totalSeconds == m_totalSeconds)
        return;
    m_secondsLeft = qMax(0, secondsLeft);
    m_totalSeconds = qMax(0, totalSeconds);
    setToolTip(tr("Time left: %1").arg(timeText()));
    // A screen reader hears the minutes, then "less than a minute", then "about to expire":
    // seven announcements in a code's life, never a new number every second.
    QString spoken = tr("Code valid for less than a minute");
    if (m_secondsLeft >= 60)
        spoken = tr("Code valid for %n more minute(s)", nullptr, (m_secondsLeft + 59) / 60);
    else if (m_secondsLeft <= UrgentSeconds)
        spoken = tr("Code about to expire; a new one follows");
    if (spoken != accessibleName())
        setAccessibleName(spoken);
    update();
}

CountdownRing::Urgency CountdownRing::urgency() const
{
    if (m_secondsLeft <= UrgentSeconds)
        return Urgency::Urgent;
    if (m_secondsLeft <= WarningSeconds)
        return Urgency::Warning;
    return Urgency::Calm;
}

QString CountdownRing::timeText() const
{
    return QStringLiteral("%1:%2")
        .arg(m_secondsLeft / 60, 2, 10, QLatin1Char('0'))
        .arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0'));
}

QColor CountdownRing::colorFor(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Calm:
        return StateColors::calm();
    case Urgency::Warning:
        return StateColors::warning();
    case Urgency::Urgent:
        return StateColors::urgent();
    }
    return Qt::black;
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    const int pen = qMax(6, side / 14);
    const QRectF ring(QPointF((width() - side) / 2.0 + pen / 2.0, (height() - side) / 2.0 + pen / 2.0),
                      QSizeF(side - pen, side - pen));
    const QColor color = colorFor(urgency());

    painter.setPen(QPen(palette().color(QPalette::Mid), pen, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);
    if (m_totalSeconds > 0) {
        // A server may report more time left than the life it gave: the ring is full, no more.
        const double remaining = qMin(1.0, double(m_secondsLeft) / m_totalSeconds);
        painter.setPen(QPen(color, pen, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(ring, 90 * 16, int(-360.0 * 16 * remaining));
    }

    QFont font = this->font();
    font.setPixelSize(qMax(12, side / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect(), Qt::AlignCenter, timeText());
}

} // namespace viopay
