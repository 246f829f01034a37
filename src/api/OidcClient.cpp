#include "OidcClient.h"

#include "JsonFields.h"

#include <QCoreApplication>

namespace viopay {

OidcClient::OidcClient(HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{}

void OidcClient::discover(const QUrl &issuer, QObject *context, std::function<void(const Result<IssuerConfig> &)> done)
{
    ApiRequest request = ApiRequest::get(IssuerConfig::discoveryUrl(issuer).toString());
    request.origin = ExchangeOrigin::merchant();
    m_transport.send(request, context, [issuer, done = std::move(done)](const ApiResult &result) {
        if (const auto *error = std::get_if<ApiError>(&result)) {
            done(*error);
            return;
        }
        done(IssuerConfig::parse(std::get<ApiResponse>(result), issuer));
    });
}

void OidcClient::keys(const QUrl &jwksUri, QObject *context, std::function<void(const Result<QJsonArray> &)> done)
{
    ApiRequest request = ApiRequest::get(jwksUri.toString());
    request.origin = ExchangeOrigin::merchant();
    m_transport.send(request, context, parsedBy(&OidcClient::parseKeys, std::move(done)));
}

Result<QJsonArray> OidcClient::parseKeys(const ApiResponse &response)
{
    JsonFields fields(response.json, response.status, response.traceId);
    const QJsonValue keys = response.json.value(QLatin1String("keys"));
    if (!keys.isArray())
        fields.fail(QCoreApplication::translate("OidcClient", "The sign-in service's key set has no \"keys\" list."));
    if (fields.error())
        return *fields.error();
    return keys.toArray();
}

} // namespace viopay
