#include "IssuerConfig.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace viopay {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const auto &item : array)
        list.append(item.toString());
    return list;
}

QUrl endpoint(JsonFields &fields, const QJsonObject &json, const char *key, bool required)
{
    if (!required && !json.contains(QLatin1String(key)))
        return {};
    QUrl url(fields.string(key), QUrl::StrictMode);
    if (!fields.error() && (!url.isValid() || url.isRelative() || url.host().isEmpty()))
        fields.fail(
            QCoreApplication::translate("IssuerConfig", "\"%1\" is not an absolute address.").arg(QLatin1String(key)));
    return url;
}
} // namespace

QUrl IssuerConfig::defaultIssuer(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash).resolved(QUrl(QStringLiteral("/realms/viopay")));
}

QUrl IssuerConfig::discoveryUrl(const QUrl &issuer)
{
    QUrl url = issuer.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

Result<IssuerConfig> IssuerConfig::parse(const ApiResponse &response, const QUrl &expectedIssuer)
{
    JsonFields fields(response.json, response.status, response.traceId);
    IssuerConfig config;
    config.issuer = QUrl(fields.string("issuer"));
    if (!fields.error() &&
        config.issuer.adjusted(QUrl::StripTrailingSlash) != expectedIssuer.adjusted(QUrl::StripTrailingSlash))
        fields.fail(
            QCoreApplication::translate("IssuerConfig", "The sign-in service calls itself %1, not the address asked.")
                .arg(config.issuer.toString()));
    config.authorizationEndpoint = endpoint(fields, response.json, "authorization_endpoint", true);
    config.tokenEndpoint = endpoint(fields, response.json, "token_endpoint", true);
    config.jwksUri = endpoint(fields, response.json, "jwks_uri", true);
    config.revocationEndpoint = endpoint(fields, response.json, "revocation_endpoint", false);
    config.endSessionEndpoint = endpoint(fields, response.json, "end_session_endpoint", false);
    const QJsonValue grants = response.json.value(QLatin1String("grant_types_supported"));
    config.grantTypes = grants.isArray()
                            ? strings(grants)
                            : QStringList{QStringLiteral("authorization_code"), QStringLiteral("implicit")};
    config.codeChallengeMethods = strings(response.json.value(QLatin1String("code_challenge_methods_supported")));
    if (fields.error())
        return *fields.error();
    return config;
}

} // namespace viopay
