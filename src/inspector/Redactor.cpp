#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace viopay::Redactor {

namespace {
QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue item : value.toArray())
            array.append(redactJson(item));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = isSecretField(it.key()) ? QJsonValue(QLatin1String(Mask)) : redactJson(it.value());
    return object;
}

using FieldTest = bool (*)(const QString &name);

QString redactQuery(const QString &encoded, FieldTest isSecret = isSecretField)
{
    QUrlQuery query(encoded);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (auto &[key, value] : items) {
        if (isSecret(QUrl::fromPercentEncoding(key.toUtf8())))
            value = QLatin1String(Mask);
    }
    query.setQueryItems(items);
    return query.toString(QUrl::FullyEncoded);
}

// "token" is what a revocation (RFC 7009) sends; "code_verifier" what redeems a browser sign-in's code.
const QStringList &secretFields()
{
    // A terminal's factory secrets and attestation token too (ACTIVATION.md): the kiosk fetches
    // the secrets from a sandbox, and the token authorises the steps after attest. A key block is
    // wrapped key material, kept from the inspector like the keys it wraps; its key_id and kcv
    // stay, so a reader can still tell the keys apart and check them.
    static const QStringList fields{
        QStringLiteral("password"),          QStringLiteral("client_secret"),   QStringLiteral("access_token"),
        QStringLiteral("refresh_token"),     QStringLiteral("id_token"),        QStringLiteral("token"),
        QStringLiteral("attestation_token"), QStringLiteral("identity_secret"), QStringLiteral("zmk"),
        QStringLiteral("key_block"),         QStringLiteral("code_verifier")};
    return fields;
}

// A redirect hands over what an authorization server grants: its code and state, or tokens.
bool isRedirectSecret(const QString &name)
{
    static const QStringList grants{QStringLiteral("code"), QStringLiteral("state"), QStringLiteral("token")};
    return isSecretField(name) || grants.contains(name, Qt::CaseInsensitive);
}

// A body that does not parse (cut off, or mislabelled) may still hold a secret field. Masks
// "name": value (a string, even an unterminated one, or a bare value) and name=value.
QByteArray redactText(const QByteArray &body)
{
    static const QString names = secretFields().join(QLatin1Char('|'));
    static const QRegularExpression jsonField(
        QStringLiteral(R"re(("(?:%1)"\s*:\s*)(?:"(?:[^"\\]|\\.)*"?|[^,}\]\s]*))re").arg(names),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression formField(QStringLiteral(R"re(\b(%1)=[^&\s"'<]*)re").arg(names),
                                              QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromLatin1(body); // byte for byte, so a body that is not UTF-8 survives
    text.replace(jsonField, QStringLiteral(R"re(\1"%1")re").arg(QLatin1String(Mask)));
    text.replace(formField, QStringLiteral("\\1=%1").arg(QLatin1String(Mask)));
    return text.toLatin1();
}

QByteArray redactLocation(const QByteArray &value)
{
    QUrl url(QString::fromUtf8(value.trimmed()));
    if (!url.isValid() || (!url.hasQuery() && !url.hasFragment() && url.password().isEmpty()))
        return value;
    url.setPassword({});
    if (url.hasQuery())
        url.setQuery(redactQuery(url.query(QUrl::FullyEncoded), isRedirectSecret), QUrl::StrictMode);
    if (url.hasFragment()) // the implicit flow puts tokens after the #
        url.setFragment(redactQuery(url.fragment(QUrl::FullyEncoded), isRedirectSecret), QUrl::StrictMode);
    return url.toEncoded();
}

// X-Signature (ACTIVATION.md): "v1=" + an HMAC under the identity secret. The version stays.
QByteArray redactSignature(const QByteArray &value)
{
    static const QRegularExpression version(QStringLiteral("^v\\d+="));
    const QRegularExpressionMatch match = version.match(QString::fromLatin1(value));
    return (match.hasMatch() ? value.left(match.capturedLength()) : QByteArray()) + Mask;
}

bool looksLikeForm(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        return true;
    // Without a content type, a body of name=value pairs is still treated as a form, so a
    // mislabelled request cannot smuggle a password past the redactor.
    return contentType.isEmpty() && body.contains('=') && !body.trimmed().startsWith('{');
}
} // namespace

bool isSecretField(const QString &name)
{
    return secretFields().contains(name, Qt::CaseInsensitive);
}

QByteArray redactBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        const QJsonValue redacted =
            redactJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
    }
    if (looksLikeForm(body, contentType))
        return redactQuery(QString::fromUtf8(body)).toUtf8();
    return redactText(body);
}

QUrl redactUrl(const QUrl &url)
{
    QUrl redacted = url;
    redacted.setPassword({});
    if (url.hasQuery())
        redacted.setQuery(redactQuery(url.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    return redacted;
}

HeaderList redactHeaders(const HeaderList &headers)
{
    HeaderList result = headers;
    for (auto &[name, value] : result) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization") {
            const qsizetype space = value.indexOf(' ');
            value = (space > 0 ? value.left(space + 1) : QByteArray()) + Mask;
        } else if (lower == "x-signature") {
            value = redactSignature(value);
        } else if (lower == "cookie" || lower == "set-cookie") {
            value = Mask;
        } else if (lower == "location" || lower == "content-location") {
            value = redactLocation(value);
        }
    }
    return result;
}

Exchange redact(Exchange exchange)
{
    exchange.url = redactUrl(exchange.url);
    exchange.requestBody = redactBody(exchange.requestBody, exchange.requestHeader("Content-Type"));
    exchange.responseBody = redactBody(exchange.responseBody, exchange.responseHeader("Content-Type"));
    exchange.decryptedRequest = redactBody(exchange.decryptedRequest, QByteArrayLiteral("application/json"));
    exchange.decryptedResponse = redactBody(exchange.decryptedResponse, QByteArrayLiteral("application/json"));
    exchange.requestHeaders = redactHeaders(exchange.requestHeaders);
    exchange.responseHeaders = redactHeaders(exchange.responseHeaders);
    return exchange;
}

} // namespace viopay::Redactor
