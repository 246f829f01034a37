#pragma once

#include "HttpTransport.h"
#include "IssuerConfig.h"

#include <QJsonArray>

namespace viopay {

// The reads an OpenID client makes of its provider, through the one transport: the discovery
// document and the signing keys (JWKS). Both are public documents; neither carries a secret.
class OidcClient : public QObject {
    Q_OBJECT

public:
    explicit OidcClient(HttpTransport &transport, QObject *parent = nullptr);

    void discover(const QUrl &issuer, QObject *context, std::function<void(const Result<IssuerConfig> &)> done);
    // The "keys" array of the JWKS document at jwksUri.
    void keys(const QUrl &jwksUri, QObject *context, std::function<void(const Result<QJsonArray> &)> done);

    static Result<QJsonArray> parseKeys(const ApiResponse &response);

private:
    HttpTransport &m_transport;
};

} // namespace viopay
