#include "DeviceIdentity.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace viopay {

namespace {
constexpr int HexDigits = 8;
constexpr int MaxPartLength = 64;
const QLatin1String devicePrefix("POS-");

bool isHexDigit(QChar symbol)
{
    return (symbol >= u'0' && symbol <= u'9') || (symbol >= u'a' && symbol <= u'f') ||
           (symbol >= u'A' && symbol <= u'F');
}

// OS and model go inside "(OS; model)": parentheses and semicolons would break the header.
std::optional<QString> checkPart(QStringView value, const QString &fieldName)
{
    const QString trimmed = value.trimmed().toString();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("DeviceIdentity", "The %1 is required.").arg(fieldName);
    if (trimmed.size() > MaxPartLength)
        return QCoreApplication::translate("DeviceIdentity", "The %1 is longer than %2 characters.")
            .arg(fieldName)
            .arg(MaxPartLength);
    for (QChar symbol : trimmed) {
        if (!symbol.isPrint() || symbol == u'(' || symbol == u')' || symbol == u';')
            return QCoreApplication::translate("DeviceIdentity", "The %1 cannot contain \"%2\".")
                .arg(fieldName, symbol);
    }
    return std::nullopt;
}

std::optional<QString> checkAppVersion(QStringView value)
{
    static const QRegularExpression version(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,4}){0,3}$"));
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("DeviceIdentity", "The app version is required.");
    if (!version.match(value.trimmed()).hasMatch())
        return QCoreApplication::translate(
                   "DeviceIdentity", "The app version must be numbers separated by dots, such as 1.4.2 (got \"%1\").")
            .arg(value.toString());
    return std::nullopt;
}
} // namespace

DeviceIdentity::DeviceIdentity(QString deviceId, QString appVersion, QString os, QString model)
    : m_deviceId(std::move(deviceId))
    , m_appVersion(std::move(appVersion))
    , m_os(std::move(os))
    , m_model(std::move(model))
{}

std::optional<QString> DeviceIdentity::normalizeDeviceId(QStringView input, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringView id = input.trimmed();
    if (id.isEmpty())
        return fail(QCoreApplication::translate("DeviceIdentity", "The device id is required, such as POS-8F3A2C91."));
    if (!id.startsWith(devicePrefix))
        return fail(QCoreApplication::translate(
                        "DeviceIdentity",
                        "The device id must start with POS- in upper case, such as POS-8F3A2C91 (got \"%1\").")
                        .arg(id.toString()));
    const QStringView digits = id.mid(devicePrefix.size());
    if (digits.size() != HexDigits)
        return fail(QCoreApplication::translate("DeviceIdentity",
                                                "The device id needs exactly 8 hexadecimal digits after POS- (got %1).")
                        .arg(digits.size()));
    for (QChar symbol : digits) {
        if (!isHexDigit(symbol))
            return fail(
                QCoreApplication::translate(
                    "DeviceIdentity",
                    "The device id may only contain hexadecimal digits (0-9, A-F) after POS-; \"%1\" is not one.")
                    .arg(symbol));
    }
    return devicePrefix + digits.toString().toUpper();
}

std::optional<DeviceIdentity> DeviceIdentity::create(QStringView deviceId, QStringView appVersion, QStringView os,
                                                     QStringView model, Problem *problem)
{
    const auto fail = [problem](Field field, const QString &message) -> std::optional<DeviceIdentity> {
        if (problem)
            *problem = {field, message};
        return std::nullopt;
    };
    QString idError;
    const std::optional<QString> id = normalizeDeviceId(deviceId, &idError);
    if (!id)
        return fail(Field::DeviceId, idError);
    if (const auto versionError = checkAppVersion(appVersion))
        return fail(Field::AppVersion, *versionError);
    if (const auto osError = checkPart(os, QCoreApplication::translate("DeviceIdentity", "operating system")))
        return fail(Field::Os, *osError);
    if (const auto modelError = checkPart(model, QCoreApplication::translate("DeviceIdentity", "model")))
        return fail(Field::Model, *modelError);
    return DeviceIdentity(*id, appVersion.trimmed().toString(), os.trimmed().toString(), model.trimmed().toString());
}

std::optional<UserAgentInfo> DeviceIdentity::parseUserAgent(QStringView userAgent)
{
    const QLatin1String product(PosHeader::UserAgentProduct);
    if (!userAgent.startsWith(product))
        return std::nullopt;
    UserAgentInfo info;
    const QStringView rest = userAgent.mid(product.size());
    const qsizetype versionEnd = rest.indexOf(u' ');
    info.appVersion = rest.left(versionEnd < 0 ? rest.size() : versionEnd).trimmed().toString();
    const qsizetype open = rest.indexOf(u'(');
    const qsizetype close = open < 0 ? -1 : rest.indexOf(u')', open);
    if (open < 0 || close < 0)
        return info;
    if (versionEnd < 0 || versionEnd > open)
        info.appVersion = rest.left(open).trimmed().toString();
    const QStringView inside = rest.mid(open + 1, close - open - 1);
    const qsizetype separator = inside.indexOf(u';');
    info.os = inside.left(separator < 0 ? inside.size() : separator).trimmed().toString();
    if (separator >= 0)
        info.model = inside.mid(separator + 1).trimmed().toString();
    return info;
}

QString DeviceIdentity::userAgent() const
{
    return QStringLiteral("%1%2 (%3; %4)").arg(QLatin1String(PosHeader::UserAgentProduct), m_appVersion, m_os, m_model);
}

QList<QPair<QByteArray, QByteArray>> DeviceIdentity::headers() const
{
    return {{PosHeader::DeviceId, m_deviceId.toUtf8()},
            {PosHeader::UserAgent, userAgent().toUtf8()},
            {PosHeader::ClientType, PosHeader::ClientTypePos}};
}

QString DeviceIdentity::footerText() const
{
    const QString separator = QStringLiteral(" \u00b7 ");
    return QStringList{m_deviceId, m_model, m_os, m_appVersion}.join(separator);
}

} // namespace viopay
