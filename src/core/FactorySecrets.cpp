#include "FactorySecrets.h"

#include <QFile>
#include <QJsonDocument>

namespace viopay {

namespace {
std::optional<QByteArray> secret(const QJsonObject &factory, const QString &field, QString *problem)
{
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        factory.value(field).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == FactorySecrets::SecretSize)
        return decoded.decoded;
    if (problem)
        *problem = QStringLiteral("\"%1\" is not the base64 of %2 bytes").arg(field).arg(FactorySecrets::SecretSize);
    return std::nullopt;
}
} // namespace

QString FactorySecrets::identityKeyIdOf(const QString &deviceId)
{
    return QStringLiteral("idk-%1-01").arg(deviceId);
}

std::optional<FactorySecrets> FactorySecrets::fromJson(const QJsonObject &factory, QString *problem)
{
    FactorySecrets secrets;
    secrets.identityKeyId = factory.value(QLatin1String("identity_key_id")).toString();
    if (secrets.identityKeyId.isEmpty()) {
        if (problem)
            *problem = QStringLiteral("\"identity_key_id\" is missing");
        return std::nullopt;
    }
    const auto identitySecret = secret(factory, QStringLiteral("identity_secret"), problem);
    const auto zmk = identitySecret ? secret(factory, QStringLiteral("zmk"), problem) : std::nullopt;
    if (!zmk)
        return std::nullopt;
    secrets.identitySecret = *identitySecret;
    secrets.zmk = *zmk;
    return secrets;
}

std::optional<FactorySecrets> FactorySecrets::fromJsonText(const QByteArray &text, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (problem)
            *problem = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    // Either the `factory` object itself or the answer of POST /sandbox/devices that holds it.
    const QJsonObject object = document.object();
    const QJsonValue nested = object.value(QLatin1String("factory"));
    return fromJson(nested.isObject() ? nested.toObject() : object, problem);
}

std::optional<FactorySecrets> FactorySecrets::fromFile(const QString &path, QString *problem)
{
    constexpr qint64 MaxFileSize = 64 * 1024; // a few lines of JSON; anything larger is not one
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = file.errorString();
        return std::nullopt;
    }
    return fromJsonText(file.read(MaxFileSize), problem);
}

QJsonObject FactorySecrets::toJson(const QByteArray &zmkKcv) const
{
    return {{QStringLiteral("identity_key_id"), identityKeyId},
            {QStringLiteral("identity_secret"), QString::fromLatin1(identitySecret.toBase64())},
            {QStringLiteral("zmk"), QString::fromLatin1(zmk.toBase64())},
            {QStringLiteral("zmk_kcv"), QString::fromLatin1(zmkKcv)}};
}

} // namespace viopay
