#pragma once

#include "TestJwt.h"

#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

// A small OpenID provider for tests, on 127.0.0.1 port 0: discovery, an authorization endpoint
// that answers at once with a redirect (a code, or the error it is told to give), a token
// endpoint that checks the code, the redirect URI and the PKCE verifier (S256), JWKS and
// revocation. Requests are recorded whole.
class FakeIssuer : public QTcpServer {
    Q_OBJECT

public:
    explicit FakeIssuer(QObject *parent = nullptr);

    QUrl issuer() const; // http://127.0.0.1:PORT/realms/test
    QUrl url(const QString &path) const;

    // What the authorization endpoint answers: empty, a code; else this error.
    void setAuthorizationError(const QString &error) { m_authorizationError = error; }
    // Claims to change in the next ID token (e.g. a wrong nonce).
    void setIdTokenOverrides(const QJsonObject &claims) { m_overrides = claims; }
    void setOffersPassword(bool offers) { m_offersPassword = offers; }

    QUrlQuery lastAuthorization() const { return m_lastAuthorization; }
    QUrlQuery lastTokenRequest() const { return m_lastTokenRequest; }
    QList<QUrlQuery> revocations() const { return m_revocations; }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket, const QByteArray &head, const QByteArray &body);
    QByteArray authorize(const QUrlQuery &query);
    QByteArray token(const QUrlQuery &form);

    TestJwt m_key{"fake-issuer-key"};
    QString m_authorizationError;
    QJsonObject m_overrides;
    bool m_offersPassword = false;
    QUrlQuery m_lastAuthorization;
    QUrlQuery m_lastTokenRequest;
    QList<QUrlQuery> m_revocations;
    QList<QByteArray> m_requests;
    QString m_code, m_challenge, m_nonce, m_redirectUri;
};
