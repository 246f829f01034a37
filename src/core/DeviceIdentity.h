#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <optional>

namespace viopay {

// The vendor's POS activation headers, defined once for the client and the sandbox.
namespace PosHeader {
inline constexpr char DeviceId[] = "X-Device-Id";
inline constexpr char UserAgent[] = "User-Agent";
inline constexpr char ClientType[] = "X-Client-Type";
inline constexpr char ClientTypePos[] = "pos";
inline constexpr char UserAgentProduct[] = "Viopay-POS/";
// POST /pos/attest (ACTIVATION.md step 5) and the steps it authorises.
inline constexpr char KeyId[] = "X-Key-Id";
inline constexpr char Timestamp[] = "X-Timestamp";
inline constexpr char Nonce[] = "X-Nonce";
inline constexpr char Signature[] = "X-Signature";
inline constexpr char AttestationScheme[] = "Attestation "; // Authorization: Attestation att_…
} // namespace PosHeader

// What a User-Agent said about the terminal, parsed best-effort.
struct UserAgentInfo {
    QString appVersion; // empty when absent
    QString os;         // empty when absent
    QString model;      // empty when absent
};

// A simulated terminal's identity: device id, app version, OS and model.
class DeviceIdentity {
public:
    enum class Field { DeviceId, AppVersion, Os, Model };
    struct Problem {
        Field field;
        QString message; // user-facing, names the field and what is wrong
    };

    // "POS-" + 8 hex digits; the prefix is literal, the digits are upper-cased.
    // Returns the canonical id, or nullopt with *error set.
    static std::optional<QString> normalizeDeviceId(QStringView input, QString *error = nullptr);

    // Validates every part; on failure returns nullopt and the first problem.
    static std::optional<DeviceIdentity> create(QStringView deviceId, QStringView appVersion, QStringView os,
                                                QStringView model, Problem *problem = nullptr);

    // Best-effort parse of "Viopay-POS/{version} ({OS}; {model})"; nullopt unless it starts with
    // "Viopay-POS/".
    static std::optional<UserAgentInfo> parseUserAgent(QStringView userAgent);

    const QString &deviceId() const { return m_deviceId; }
    const QString &appVersion() const { return m_appVersion; }
    const QString &os() const { return m_os; }
    const QString &model() const { return m_model; }

    QString userAgent() const; // "Viopay-POS/1.4.2 (Android 12; PAX-A920)"
    // The three vendor headers in the vendor's order: X-Device-Id, User-Agent, X-Client-Type.
    QList<QPair<QByteArray, QByteArray>> headers() const;
    QString footerText() const; // "POS-8F3A2C91 · PAX-A920 · Android 12 · 1.4.2"

    friend bool operator==(const DeviceIdentity &a, const DeviceIdentity &b)
    {
        return a.m_deviceId == b.m_deviceId && a.m_appVersion == b.m_appVersion && a.m_os == b.m_os &&
               a.m_model == b.m_model;
    }

private:
    DeviceIdentity(QString deviceId, QString appVersion, QString os, QString model);
    QString m_deviceId;
    QString m_appVersion;
    QString m_os;
    QString m_model;
};

} // namespace viopay
