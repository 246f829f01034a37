#pragma once

#include "ApiRequest.h"
#include "Result.h"
#include "RetryPolicy.h"

#include "core/ApiError.h"
#include "core/Exchange.h"
#include "core/StillWaiting.h"

#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace viopay {

// The client's one way to the network, over the process's one QNetworkAccessManager: a time-out
// and a 1 MiB answer cap on every request, a W3C traceparent on every request, HTTPS unless the
// server is this computer (or the user allowed plain HTTP), TLS errors never ignored, redirects
// only to the same origin, retries by RetryPolicy for repeatable requests, JSON checked, every
// failure an ApiError, and every exchange published (exchangeFinished) for whoever records them.
// A connection that is not established within ConnectTimeoutMs is given up as ConnectTimeout, apart
// from the transfer time-out of a connection that is. A request unanswered after StillWaitingAfterMs
// is said (stillWaitingChanged, per context) so a screen can show it and offer retryNow().
class HttpTransport : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 15'000;
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;
    // From the socket's start of connecting until the request is sent (TLS included).
    static constexpr int ConnectTimeoutMs = 5'000;
    // Screens say "still waiting" within 3 s of a request going out (after any hold it asked for).
    static constexpr int StillWaitingAfterMs = 2'000;

    // No parent: an owner holds it (a QObject* here once silently took an ExchangeLog as parent).
    explicit HttpTransport(QNetworkAccessManager &network);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    void setDefaultTimeoutMs(int timeoutMs) { m_defaultTimeoutMs = timeoutMs; }
    void setConnectTimeoutMs(int timeoutMs) { m_connectTimeoutMs = timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    // Sends the request; done is called exactly once, unless context is destroyed first, which
    // cancels the request.
    void send(const ApiRequest &request, QObject *context, std::function<void(const ApiResult &)> done);

    // The request as it goes on the wire, without sending it (tested without a network).
    QNetworkRequest buildRequest(const ApiRequest &request, const QByteArray &traceparent) const;
    // Why a URL may not be used, or an empty string when it may.
    QString refusalFor(const QUrl &url) const;

    // The latest of context's requests that have waited StillWaitingAfterMs, nullopt when none has.
    std::optional<StillWaiting> stillWaiting(const QObject *context) const;
    // Abandons the current attempt of each of context's waiting requests and sends it again at once
    // (during a backoff, at once instead of later). It counts as an attempt.
    void retryNow(const QObject *context);
    // Ends context's requests as if context had gone: no callback.
    void cancel(const QObject *context);

Q_SIGNALS:
    // Every attempt as it went on the wire, retries included, once its outcome is known.
    void exchangeFinished(const viopay::Exchange &exchange);
    // stillWaiting(context) may have changed: a request began waiting, a new attempt began, or it ended.
    void stillWaitingChanged(const QObject *context);

private:
    struct Attempt;
    struct Answer;
    void start(const std::shared_ptr<Attempt> &attempt);
    void watchConnecting(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply);
    void finish(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply);
    void beginWaiting(const std::shared_ptr<Attempt> &attempt);
    void notifyWaiting(const Attempt &attempt);
    std::vector<std::shared_ptr<Attempt>> pendingOf(const QObject *context) const;
    ApiResult classify(const Attempt &attempt, const Answer &answer) const;
    void publish(const Attempt &attempt, const Answer &answer, const ApiResult &result);
    bool retryLater(const std::shared_ptr<Attempt> &attempt, const ApiResult &result);
    void conclude(const std::shared_ptr<Attempt> &attempt, const ApiResult &result);
    int timeoutMsOf(const ApiRequest &request) const;

    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    bool m_allowInsecureHttp = false;
    int m_defaultTimeoutMs = DefaultTimeoutMs;
    int m_connectTimeoutMs = ConnectTimeoutMs;
    RetryPolicy m_retryPolicy;
    std::vector<std::shared_ptr<Attempt>> m_pending; // sent and not concluded, retries included
};

} // namespace viopay
