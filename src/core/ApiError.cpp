#include "ApiError.h"

#include "ErrorCode.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace viopay {

namespace {
QString messageForCode(const ApiError &error)
{
    const QString &code = error.code();
    if (code == QLatin1String(ErrorCode::BadRequest))
        return error.message().isEmpty()
                   ? QCoreApplication::translate("ApiError", "The server did not accept the request.")
                   : QCoreApplication::translate("ApiError", "The server did not accept the request: %1")
                         .arg(error.message());
    if (code == QLatin1String(ErrorCode::Unauthorized) || code == QLatin1String("invalid_grant") ||
        code == QLatin1String("invalid_token"))
        return QCoreApplication::translate("ApiError", "Your sign-in is no longer valid. Sign in again.");
    if (code == QLatin1String(ErrorCode::NoSession))
        return QCoreApplication::translate("ApiError", "The sign-in has no merchant session yet. Sign in again.");
    if (code == QLatin1String(ErrorCode::ForeignDevice))
        return QCoreApplication::translate(
            "ApiError", "This terminal belongs to another merchant, so it cannot be claimed from this account.");
    if (code == QLatin1String(ErrorCode::RoleForbidden))
        return QCoreApplication::translate("ApiError", "Your role does not allow this: %1")
            .arg(error.message().isEmpty() ? QCoreApplication::translate("ApiError", "ask an administrator.")
                                           : error.message());
    if (code == QLatin1String(ErrorCode::DeviceNotProvisioned))
        return QCoreApplication::translate("ApiError", "This device is not provisioned with Viopay.");
    if (code == QLatin1String(ErrorCode::CodeNotFound))
        return QCoreApplication::translate(
            "ApiError",
            "This code is not active. Ask for the code now on the terminal's screen: it shows the current one.");
    if (code == QLatin1String(ErrorCode::AlreadyClaimed))
        return QCoreApplication::translate("ApiError", "This terminal is already claimed.");
    if (code == QLatin1String(ErrorCode::BodyTooLarge) || code == QLatin1String(ErrorCode::UrlTooLong) ||
        code == QLatin1String(ErrorCode::HeadersTooLarge))
        return QCoreApplication::translate("ApiError", "The request was too large for the server.");
    if (code == QLatin1String(ErrorCode::TooManyRequests) || code == QLatin1String("temporarily_unavailable")) {
        if (const auto seconds = error.retryAfterSeconds())
            return *seconds == 1
                       ? QCoreApplication::translate("ApiError", "Too many attempts. Try again in 1 second.")
                       : QCoreApplication::translate("ApiError", "Too many attempts. Try again in %1 seconds.")
                             .arg(*seconds);
        return QCoreApplication::translate("ApiError", "Too many attempts. Wait a moment and try again.");
    }
    if (code == QLatin1String(ErrorCode::Offline))
        return QCoreApplication::translate("ApiError", "The Viopay service is offline. Try again in a moment.");
    return {};
}

QString messageForStatus(int status)
{
    if (status == 401)
        return QCoreApplication::translate("ApiError", "Your sign-in is no longer valid. Sign in again.");
    if (status == 429)
        return QCoreApplication::translate("ApiError", "Too many attempts. Wait a moment and try again.");
    if (status == 503)
        return QCoreApplication::translate("ApiError", "The Viopay service is offline. Try again in a moment.");
    if (status >= 500)
        return QCoreApplication::translate("ApiError",
                                           "The Viopay service had a problem (HTTP %1). Try again in a moment.")
            .arg(status);
    return QCoreApplication::translate("ApiError", "The server refused the request (HTTP %1).").arg(status);
}
} // namespace

ApiError ApiError::http(int httpStatus, const QString &code, const QString &message)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = httpStatus;
    error.m_code = code;
    error.m_message = message;
    return error;
}

ApiError ApiError::ofKind(Kind kind, const QString &detail)
{
    ApiError error;
    error.m_kind = kind;
    error.m_message = detail;
    return error;
}

ApiError ApiError::fromHttpResponse(int httpStatus, const QByteArray &body, const QByteArray &traceIdHeader)
{
    ApiError error = http(httpStatus, QString(), QString());
    error.m_traceId = QString::fromLatin1(traceIdHeader.trimmed());
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue errorValue = root.value(QLatin1String("error"));
    if (errorValue.isObject()) {
        const QJsonObject envelope = errorValue.toObject();
        error.m_code = envelope.value(QLatin1String("code")).toString();
        error.m_message = envelope.value(QLatin1String("message")).toString();
        error.m_details = envelope.value(QLatin1String("details")).toObject();
        const QString traceId = envelope.value(QLatin1String("trace_id")).toString();
        if (!traceId.isEmpty())
            error.m_traceId = traceId;
    } else if (errorValue.isString()) {
        error.m_code = errorValue.toString();
        error.m_message = root.value(QLatin1String("error_description")).toString();
    }
    return error;
}

ApiError ApiError::network(const QString &detail)
{
    return ofKind(Kind::Network, detail);
}

ApiError ApiError::timeout(const QString &detail)
{
    return ofKind(Kind::Timeout, detail);
}

ApiError ApiError::connectTimeout(const QString &host, int timeoutMs)
{
    return ofKind(Kind::ConnectTimeout,
                  QCoreApplication::translate("ApiError",
                                              "Could not connect to %1 within %2 s. Check the network connection and "
                                              "the server address.")
                      .arg(host)
                      .arg(timeoutMs / 1000.0));
}

ApiError ApiError::tls(const QString &detail)
{
    return ofKind(Kind::Tls, detail);
}

ApiError ApiError::malformedResponse(const QString &detail, int httpStatus)
{
    ApiError error = ofKind(Kind::MalformedResponse, detail);
    error.m_httpStatus = httpStatus;
    return error;
}

ApiError ApiError::cancelled(const QString &detail)
{
    return ofKind(Kind::Cancelled, detail);
}

ApiError ApiError::refused(const QString &reason)
{
    return ofKind(Kind::Refused, reason);
}

QJsonObject ApiError::toEnvelope() const
{
    QJsonObject inner{{QLatin1String("code"), m_code}, {QLatin1String("message"), m_message}};
    if (!m_details.isEmpty())
        inner.insert(QLatin1String("details"), m_details);
    if (!m_traceId.isEmpty())
        inner.insert(QLatin1String("trace_id"), m_traceId);
    return QJsonObject{{QLatin1String("error"), inner}};
}

ApiError &ApiError::setTraceId(const QString &traceId)
{
    m_traceId = traceId;
    return *this;
}

ApiError &ApiError::setRetryAfterSeconds(int seconds)
{
    m_retryAfterSeconds = seconds;
    return *this;
}

ApiError &ApiError::setDetails(const QJsonObject &details)
{
    m_details = details;
    return *this;
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::Network:
        return QCoreApplication::translate("ApiError",
                                           "Cannot reach the Viopay service. Check the network connection.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The Viopay service did not answer in time.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError", "The connection is not secure: the server's certificate could not be verified.");
    case Kind::MalformedResponse:
        return QCoreApplication::translate("ApiError",
                                           "The Viopay service sent an answer this app does not understand.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::Refused:
    case Kind::ConnectTimeout:
        return m_message; // already a sentence of ours, translated, that says what to do
    case Kind::Http:
        break;
    }
    const QString byCode = messageForCode(*this);
    return byCode.isEmpty() ? messageForStatus(m_httpStatus) : byCode;
}

QString ApiError::userMessage(const QUrl &server) const
{
    const QString host =
        server.port() < 0 ? server.host() : QStringLiteral("%1:%2").arg(server.host()).arg(server.port());
    if (host.isEmpty())
        return userMessage();
    switch (m_kind) {
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "Could not reach %1. Check the network connection.").arg(host);
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "%1 did not answer in time.").arg(host);
    default:
        return userMessage();
    }
}

QString ApiError::userMessageWithReference(const QUrl &server) const
{
    const QString reference = supportReference();
    const QString message = server.isEmpty() ? userMessage() : userMessage(server);
    return reference.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, reference);
}

QString ApiError::supportReference() const
{
    QStringList parts;
    if (!m_code.isEmpty())
        parts << QCoreApplication::translate("ApiError", "Error %1").arg(m_code);
    if (m_httpStatus > 0)
        parts << QCoreApplication::translate("ApiError", "HTTP %1").arg(m_httpStatus);
    if (!m_traceId.isEmpty())
        parts << QCoreApplication::translate("ApiError", "trace %1").arg(m_traceId);
    return parts.join(QStringLiteral(" \u00b7 "));
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::ConnectTimeout:
        return true;
    case Kind::Tls:
    case Kind::MalformedResponse:
    case Kind::Cancelled:
    case Kind::Refused: // the same address is refused the same way every time
        return false;
    case Kind::Http:
        break;
    }
    return m_httpStatus == 429 || m_httpStatus >= 500;
}

} // namespace viopay
