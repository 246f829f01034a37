#include "ExchangeDetails.h"

#include "ExchangeLog.h"

#include <QJsonDocument>

namespace viopay {

namespace {
QString headerLines(const QString &title, const HeaderList &headers)
{
    QStringList lines{title};
    for (const auto &[name, value] : headers)
        lines << QStringLiteral("  %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    if (headers.isEmpty())
        lines << ExchangeDetails::tr("  (no headers)");
    return lines.join(QLatin1Char('\n'));
}

QString body(const QByteArray &body)
{
    return body.isEmpty() ? ExchangeDetails::tr("(no body)") : ExchangeDetails::prettyBody(body);
}

// A body that is an MSK envelope, with what the terminal sealed in it or opened of it below.
QString withDecrypted(const QString &shown, const QByteArray &decrypted)
{
    if (decrypted.isEmpty())
        return shown;
    return shown + QStringLiteral("\n\n") + ExchangeDetails::tr("Decrypted under the terminal's MSK") +
           QStringLiteral("\n") + ExchangeDetails::prettyBody(decrypted);
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

QString ExchangeDetails::headers(const Exchange &exchange)
{
    const QString outcome = exchange.status > 0 ? QString::number(exchange.status) : exchange.error;
    const QString sender = ExchangeLog::senderText(exchange.origin);
    const QString summary = QStringLiteral("%1 %2\n%3%4")
                                .arg(QString::fromLatin1(exchange.method), exchange.url.toString(), outcome,
                                     sender.isEmpty() ? QString() : QStringLiteral(" · ") + sender);
    return QStringList{summary, headerLines(tr("Request headers"), exchange.requestHeaders),
                       headerLines(tr("Response headers"), exchange.responseHeaders)}
        .join(QStringLiteral("\n\n"));
}

QString ExchangeDetails::request(const Exchange &exchange)
{
    return withDecrypted(body(exchange.requestBody), exchange.decryptedRequest);
}

QString ExchangeDetails::response(const Exchange &exchange)
{
    if (exchange.status == 0)
        return tr("No answer: %1").arg(exchange.error);
    return withDecrypted(body(exchange.responseBody), exchange.decryptedResponse);
}

QString ExchangeDetails::timing(const Exchange &exchange)
{
    return tr("Started %1\nTook %2 ms\nRetries: %3\nTrace id %4")
        .arg(exchange.startedAt.toString(Qt::ISODateWithMs))
        .arg(exchange.durationMs)
        .arg(exchange.retries)
        .arg(exchange.traceId.isEmpty() ? tr("none") : exchange.traceId);
}

} // namespace viopay
