#include "ExchangeDetails.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace viopay {

namespace {
QString section(const QString &title, const HeaderList &headers, const QByteArray &body)
{
    QStringList lines{title};
    for (const auto &[name, value] : headers)
        lines << QStringLiteral("  %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    if (headers.isEmpty())
        lines << QCoreApplication::translate("ExchangeDetails", "  (no headers)");
    lines << QString();
    lines << (body.isEmpty() ? QCoreApplication::translate("ExchangeDetails", "  (no body)")
                             : ExchangeDetails::prettyBody(body));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString ExchangeDetails::prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

QString ExchangeDetails::text(const Exchange &exchange)
{
    const QString outcome = exchange.status > 0 ? QString::number(exchange.status) : exchange.error;
    const QString summary =
        QCoreApplication::translate("ExchangeDetails", "%1 %2\n%3 · %4 ms · %5 retries · trace %6 · started %7")
            .arg(QString::fromLatin1(exchange.method), exchange.url.toString(), outcome)
            .arg(exchange.durationMs)
            .arg(exchange.retries)
            .arg(exchange.traceId.isEmpty() ? QCoreApplication::translate("ExchangeDetails", "none") : exchange.traceId,
                 exchange.startedAt.toString(Qt::ISODateWithMs));
    return QStringList{summary,
                       section(QCoreApplication::translate("ExchangeDetails", "Request"), exchange.requestHeaders,
                               exchange.requestBody),
                       section(QCoreApplication::translate("ExchangeDetails", "Response"), exchange.responseHeaders,
                               exchange.responseBody)}
        .join(QStringLiteral("\n\n"));
}

} // namespace viopay
