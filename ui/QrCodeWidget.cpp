#include "QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace viopay {

namespace {
constexpr int QuietZoneModules = 4;
}

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
}

void QrCodeWidget::setPreferredSide(int side)
{
    if (side == m_preferredSide)
        return;
    m_preferredSide = side;
    updateGeometry();
}

QImage QrCodeWidget::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    QImage image(code->width, code->width, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x)
            image.setPixel(x, y, code->data[y * code->width + x] & 1);
    }
    return image;
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_modules = encode(text);
    setAccessibleDescription(text);
    update();
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int side = qMin(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    painter.fillRect(square, Qt::white);
    if (m_modules.isNull())
        return;
    // Whole pixels per module keep the code sharp for a phone's camera.
    const int modules = m_modules.width() + 2 * QuietZoneModules;
    const int scale = qMax(1, side / modules);
    const int drawn = scale * m_modules.width();
    const QRect target(square.x() + (side - drawn) / 2, square.y() + (side - drawn) / 2, drawn, drawn);
    painter.drawImage(target, m_modules);
}

} // namespace viopay
