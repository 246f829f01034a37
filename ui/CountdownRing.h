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

    explicit CountdownRing(QWidget *parent = nullptr);

    void setSeconds(int secondsLeft, int totalSeconds);
    int secondsLeft() const { return m_secondsLeft; }
    int totalSeconds() const { return m_totalSeconds; }
    Urgency urgency() const;
    QString timeText() const; // mm:ss
    static QColor colorFor(Urgency urgency);

    QSize sizeHint() const override { return {180, 180}; }
    QSize minimumSizeHint() const override { return {96, 96}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_secondsLeft = 0;
    int m_totalSeconds = 0;
};

} // namespace viopay
