#include "FakeIssuer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>

namespace {
QByteArray answer(int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray oauthError(const char *error)
{
    return answer(400, json({{"error", QLatin1String(error)}}));
}
} // namespace

FakeIssuer::FakeIssuer(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                serve(socket, head, buffer->mid(end + 4, length));
                buffer->clear();
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    });
}

QUrl FakeIssuer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

QUrl FakeIssuer::issuer() const
{
    return url("/realms/test");
}

void FakeIssuer::serve(QTcpSocket *socket, const QByteArray &head, const QByteArray &body)
{
    m_requests.append(head + "\r\n\r\n" + body);
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    const QString path = target.path();
    const QUrlQuery form(QString::fromUtf8(body));
    QByteArray response;
    if (path == "/realms/test/.well-known/openid-configuration") {
        QJsonArray grants{"authorization_code", "refresh_token"};
        if (m_offersPassword)
            grants.append("password");
        response = answer(200, json({{"issuer", issuer().toString()},
                                     {"authorization_endpoint", url("/realms/test/auth").toString()},
                                     {"token_endpoint", url("/realms/test/token").toString()},
                                     {"jwks_uri", url("/realms/test/certs").toString()},
                                     {"revocation_endpoint", url("/realms/test/revoke").toString()},
                                     {"grant_types_supported", grants},
                                     {"code_challenge_methods_supported", QJsonArray{"S256"}}}));
    } else if (path == "/realms/test/auth") {
        response = authorize(QUrlQuery(target));
    } else if (path == "/realms/test/token") {
        response = token(form);
    } else if (path == "/realms/test/certs") {
        response = answer(200, json({{"keys", m_key.jwks()}}));
    } else if (path == "/realms/test/revoke") {
        m_revocations.append(form);
        response = answer(200, {});
    } else {
        response = answer(404, json({{"error", "not_found"}}));
    }
    socket->write(response);
    socket->disconnectFromHost();
}

QByteArray FakeIssuer::authorize(const QUrlQuery &query)
{
    m_lastAuthorization = query;
    m_redirectUri = query.queryItemValue("redirect_uri", QUrl::FullyDecoded);
    m_challenge = query.queryItemValue("code_challenge");
    m_nonce = query.queryItemValue("nonce", QUrl::FullyDecoded);
    QUrlQuery back;
    if (m_authorizationError.isEmpty()) {
        m_code = QString::fromLatin1(QByteArray::number(QDateTime::currentMSecsSinceEpoch()).toHex());
        back.addQueryItem("code", m_code);
    } else {
        back.addQueryItem("error", m_authorizationError);
    }
    back.addQueryItem("state", query.queryItemValue("state"));
    QUrl location(m_redirectUri);
    location.setQuery(back);
    return "HTTP/1.1 302 Found\r\nLocation: " + location.toEncoded() +
           "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QByteArray FakeIssuer::token(const QUrlQuery &form)
{
    m_lastTokenRequest = form;
    const QString grant = form.queryItemValue("grant_type");
    if (grant == "refresh_token")
        return answer(200, json({{"access_token", "access-2"}, {"expires_in", 900}, {"refresh_token", "refresh-2"}}));
    if (grant != "authorization_code")
        return oauthError("unsupported_grant_type");
    const QByteArray verifier = form.queryItemValue("code_verifier", QUrl::FullyDecoded).toLatin1();
    const QString challenge =
        QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (m_code.isEmpty() || form.queryItemValue("code") != m_code || challenge != m_challenge ||
        form.queryItemValue("redirect_uri", QUrl::FullyDecoded) != m_redirectUri)
        return oauthError("invalid_grant");
    m_code.clear(); // single use
    QJsonObject claims{{"iss", issuer().toString()},
                       {"aud", form.queryItemValue("client_id")},
                       {"sub", "user-1"},
                       {"email", "lena@cafe-lumen.example"},
                       {"exp", QDateTime::currentSecsSinceEpoch() + 300},
                       {"iat", QDateTime::currentSecsSinceEpoch()},
                       {"nonce", m_nonce}};
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it)
        claims.insert(it.key(), it.value());
    return answer(200, json({{"access_token", "access-1"},
                             {"token_type", "Bearer"},
                             {"expires_in", 900},
                             {"refresh_token", "refresh-1"},
                             {"id_token", QString::fromLatin1(m_key.sign(claims))}}));
}
