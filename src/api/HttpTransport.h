#pragma once

#include "ApiRequest.h"
#include "Result.h"
#include "RetryPolicy.h"

#include "core/ApiError.h"
#include "core/Exchange.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace viopay {

// The client's one way to the network, over the process's one QNetworkAccessManager: a time-out
// and a 1 MiB answer cap on every request, a W3C traceparent on every request, HTTPS unless the
// server is this computer (or the user allowed plain HTTP), TLS errors never ignored, redirects
// only to the same origin, retries by RetryPolicy for repeatable requests, JSON checked, every
// failure an ApiError, and every exchange published (exchangeFinished) for whoever records them.
class HttpTransport : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15'000;
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;

    // No parent: an owner holds it (a QObject* here once silently took an ExchangeLog as parent).
    explicit HttpTransport(QNetworkAccessManager &network);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    void setDefaultTimeoutMs(int timeoutMs) { m_defaultTimeoutMs = timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // Sends the request; done is called exactly once, unless context is destroyed first, which
    // cancels the request.
    void send(const ApiRequest &request, QObject *context, std::function<void(const ApiResult &)> done);

    // The request as it goes on the wire, without sending it (tested without a network).
    QNetworkRequest buildRequest(const ApiRequest &request, const QByteArray &traceparent) const;
    // Why a URL may not be used, or an empty string when it may.
    QString refusalFor(const QUrl &url) const;

Q_SIGNALS:
    // Every attempt as it went on the wire, retries included, once its outcome is known.
    void exchangeFinished(const viopay::Exchange &exchange);

private:
    struct Attempt;
    struct Answer;
    void start(const std::shared_ptr<Attempt> &attempt);
    void finish(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply);
    ApiResult classify(const Attempt &attempt, const Answer &answer) const;
    void publish(const Attempt &attempt, const Answer &answer, const ApiResult &result);
    bool retryLater(const std::shared_ptr<Attempt> &attempt, const ApiResult &result);
    void conclude(const std::shared_ptr<Attempt> &attempt, const ApiResult &result);
    int timeoutMsOf(const ApiRequest &request) const;

    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    bool m_allowInsecureHttp = false;
    int m_defaultTimeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retryPolicy;
};

} // namespace viopay
