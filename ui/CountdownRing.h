#pragma once

#include <QWidget>

namespace viopay {

// A ring that empties as a code's life runs out, with mm:ss in the middle. Calm, then warning
// in the last minute, then urgent in the last ten seconds. The life comes from the server with
// each code; until one is known (total 0) the ring stays empty.
class CountdownRing : public QWidget {
    Q_OBJECT

public:
    enum class Urgency { Calm, Warning, Urgent };
    static constexpr int WarningSeconds = 60;
    static constexpr int UrgentSeconds = 10;

    static constexpr int MinimumSide = 96;

    explicit CountdownRing(QWidget *parent = nullptr);

    void setSeconds(int secondsLeft, int totalSeconds);
    int secondsLeft() const { return m_secondsLeft; }
    int totalSeconds() const { return m_totalSeconds; }
    Urgency urgency() const;
    QString timeText() const; // mm:ss
    static QColor colorFor(Urgency urgency);

    // The side the ring asks for; a layout may give it less, down to MinimumSide.
    void setPreferredSide(int side);
    QSize sizeHint() const override { return {m_preferredSide, m_preferredSide}; }
    QSize minimumSizeHint() const override { return {MinimumSide, MinimumSide}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_secondsLeft = 0;
    int m_totalSeconds = 0;
    int m_preferredSide = 180;
};

} // namespace viopay
