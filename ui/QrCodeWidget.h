#pragma once

#include <QImage>
#include <QWidget>

namespace viopay {

// A QR code of a text (the portal's claim URL), drawn crisp at any size with a quiet zone.
class QrCodeWidget : public QWidget {
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // One pixel per module, black on white; null when the text cannot be encoded.
    static QImage encode(const QString &text);

    // The side the code asks for; a layout may give it less, down to MinimumSide.
    void setPreferredSide(int side);
    static constexpr int MinimumSide = 96;
    QSize sizeHint() const override { return {m_preferredSide, m_preferredSide}; }
    QSize minimumSizeHint() const override { return {MinimumSide, MinimumSide}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QImage m_modules;
    int m_preferredSide = 200;
};

} // namespace viopay
