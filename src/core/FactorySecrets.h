#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace viopay {

// What a terminal leaves the factory with (ACTIVATION.md, "Factory secrets"): the identity key
// that signs its attestations and the ZMK its TMK arrives under. The sandbox makes them when it
// provisions a device; a kiosk is given them (from the embedded sandbox, a --factory file or the
// sandbox's GET /sandbox/devices/{id}/factory). The kiosk keeps them in memory only: never logged,
// never stored; the sandbox keeps its own copy in its database.
struct FactorySecrets {
    QString identityKeyId;     // "idk-POS-8F3A2C91-01"
    QByteArray identitySecret; // 32 bytes
    QByteArray zmk;            // 32 bytes, AES-256

    static constexpr int SecretSize = 32;

    // "idk-" + device id + "-01": a device's first identity key.
    static QString identityKeyIdOf(const QString &deviceId);

    // The contract's `factory` object {"identity_key_id","identity_secret","zmk","zmk_kcv"} (secrets
    // in base64); nullopt with *problem naming the field that is missing or malformed. The KCV is
    // not checked here: a terminal checks it against the key it holds (crypto/Kcv).
    static std::optional<FactorySecrets> fromJson(const QJsonObject &factory, QString *problem = nullptr);
    // The same object read from a file's bytes.
    static std::optional<FactorySecrets> fromJsonText(const QByteArray &text, QString *problem = nullptr);
    // The same from a file (--factory FILE); *problem also says when the file cannot be read.
    static std::optional<FactorySecrets> fromFile(const QString &path, QString *problem = nullptr);
    // The contract's `factory` object; the ZMK's KCV comes from whoever computes KCVs (crypto/Kcv).
    QJsonObject toJson(const QByteArray &zmkKcv) const;
};

} // namespace viopay
