#include "HttpTransport.h"

#include "core/LogText.h"
#include "core/ServerUrl.h"
#include "core/TraceContext.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTransport, "viopay.api.transport")

namespace viopay {

namespace {
std::optional<int> retryAfterSeconds(const QByteArray &value)
{
    bool isNumber = false;
    const int seconds = value.trimmed().toInt(&isNumber);
    return isNumber && seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
}

HeaderList headersOf(const QNetworkReply *reply)
{
    HeaderList headers;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        headers.append({name, value});
    return headers;
}

// QNetworkReply errors below 200 are transport failures (connection, time-out, TLS, proxy);
// from 200 on they describe an HTTP answer, which the status code says better.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}
} // namespace

struct HttpTransport::Attempt {
    ApiRequest request;
    QUrl url;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const ApiResult &)> done;
    TraceContext trace = TraceContext::generate();
    int retries = 0;
    int attempts = 1; // made at most, Retry now included
    bool cancelled = false;
    bool tooLarge = false;
    bool connectTimedOut = false;
    bool waiting = false; // said to be still waiting, until it concludes
    bool concluded = false;
    QPointer<QNetworkReply> reply; // the attempt on the wire; null between attempts
    QDateTime startedAt;
    QElapsedTimer elapsed;
};

HttpTransport::HttpTransport(QNetworkAccessManager &network)
    : m_network(network)
{}

int HttpTransport::timeoutMsOf(const ApiRequest &request) const
{
    return request.timeoutMs > 0 ? request.timeoutMs : m_defaultTimeoutMs;
}

QString HttpTransport::refusalFor(const QUrl &url) const
{
    return ServerUrl::refusalFor(url, m_allowInsecureHttp);
}

QNetworkRequest HttpTransport::buildRequest(const ApiRequest &request, const QByteArray &traceparent) const
{
    QNetworkRequest built(m_baseUrl.resolved(QUrl(request.path)));
    for (const auto &[name, value] : request.headers)
        built.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        built.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    built.setRawHeader("Accept", "application/json");
    built.setRawHeader("traceparent", traceparent);
    built.setTransferTimeout(timeoutMsOf(request));
    built.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // One request, one answer: an answer must never be served from a cache.
    built.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return built;
}

void HttpTransport::send(const ApiRequest &request, QObject *context, std::function<void(const ApiResult &)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->request = request;
    attempt->url = m_baseUrl.resolved(QUrl(request.path));
    attempt->context = context;
    attempt->hasContext = context != nullptr;
    attempt->done = std::move(done);
    attempt->attempts = request.repeatable ? RetryPolicy::MaxRetries + 1 : 1;
    const QString refusal = refusalFor(attempt->url);
    if (!refusal.isEmpty()) {
        // Answered from the event loop like every other outcome, so callers see one behaviour.
        QTimer::singleShot(0, this, [this, attempt, refusal] { conclude(attempt, ApiError::refused(refusal)); });
        return;
    }
    m_pending.push_back(attempt);
    beginWaiting(attempt);
    start(attempt);
}

// The wait counts from the request, across its retries: a person has been looking at
// "Connecting…" since then. A hold the request asked for is not slowness.
void HttpTransport::beginWaiting(const std::shared_ptr<Attempt> &attempt)
{
    const std::weak_ptr<Attempt> weak = attempt;
    QTimer::singleShot(attempt->request.heldMs + StillWaitingAfterMs, this, [this, weak] {
        const std::shared_ptr<Attempt> attempt = weak.lock();
        if (!attempt || attempt->concluded)
            return;
        qCInfo(lcTransport) << "still waiting for" << attempt->url.host() << "attempt" << attempt->retries + 1;
        attempt->waiting = true;
        notifyWaiting(*attempt);
    });
}

void HttpTransport::notifyWaiting(const Attempt &attempt)
{
    if (attempt.context)
        Q_EMIT stillWaitingChanged(attempt.context);
}

std::vector<std::shared_ptr<HttpTransport::Attempt>> HttpTransport::pendingOf(const QObject *context) const
{
    std::vector<std::shared_ptr<Attempt>> pending;
    if (!context)
        return pending;
    for (const auto &attempt : m_pending) {
        if (attempt->context.data() == context)
            pending.push_back(attempt);
    }
    return pending;
}

std::optional<StillWaiting> HttpTransport::stillWaiting(const QObject *context) const
{
    std::optional<StillWaiting> latest;
    for (const auto &attempt : pendingOf(context)) {
        if (!attempt->waiting)
            continue;
        const StillWaiting waiting{attempt->url.host(), attempt->retries + 1, attempt->attempts};
        if (!latest || waiting.attempt >= latest->attempt)
            latest = waiting;
    }
    return latest;
}

void HttpTransport::cancel(const QObject *context)
{
    for (const auto &attempt : pendingOf(context)) {
        attempt->cancelled = true;
        if (QNetworkReply *reply = attempt->reply)
            reply->abort(); // finish() concludes it
        else
            conclude(attempt, ApiError::cancelled());
    }
}

void HttpTransport::start(const std::shared_ptr<Attempt> &attempt)
{
    attempt->startedAt = QDateTime::currentDateTimeUtc();
    attempt->elapsed.start();
    attempt->tooLarge = false;
    attempt->connectTimedOut = false;
    const QNetworkRequest built = buildRequest(attempt->request, attempt->trace.traceparent());
    QNetworkReply *reply = m_network.sendCustomRequest(built, attempt->request.method, attempt->request.body);
    attempt->reply = reply;
    watchConnecting(attempt, reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [attempt, reply](qint64 received, qint64 total) {
        if (received <= MaxAnswerBytes && total <= MaxAnswerBytes)
            return;
        attempt->tooLarge = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] { finish(attempt, reply); });
    if (attempt->context) {
        connect(attempt->context, &QObject::destroyed, reply, [attempt, reply] {
            attempt->cancelled = true;
            reply->abort();
        });
    }
    if (attempt->waiting)
        notifyWaiting(*attempt); // a new attempt number
}

// A connection that never comes up (a dead address, a TLS handshake that never ends) is given up
// after the connect time-out rather than the whole transfer time-out. The clock starts when the
// socket starts connecting, not when the request is queued: a request waiting for a busy
// connection of the pool is not a dead address, and a reused connection needs no clock. It stops
// once the connection is encrypted or the request sent. Qt 6.4 says requestSent() only after a
// body, so plain http:// without a body (only ever to this computer, unless allowed) has no sign
// of being connected and keeps the transfer time-out alone.
void HttpTransport::watchConnecting(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply)
{
    const bool encrypted = attempt->url.scheme() == QLatin1String("https");
    if (!encrypted && attempt->request.body.isEmpty())
        return;
    auto *connecting = new QTimer(reply);
    connecting->setSingleShot(true);
    connecting->setInterval(m_connectTimeoutMs);
    connect(reply, &QNetworkReply::socketStartedConnecting, connecting, qOverload<>(&QTimer::start));
    connect(reply, &QNetworkReply::encrypted, connecting, &QTimer::stop);
    connect(reply, &QNetworkReply::requestSent, connecting, &QTimer::stop);
    connect(connecting, &QTimer::timeout, reply, [attempt, reply] {
        if (attempt->reply != reply)
            return; // abandoned for Retry now
        attempt->connectTimedOut = true;
        reply->abort();
    });
}

// What came back for one attempt, read off the reply before it is deleted.
struct HttpTransport::Answer {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    HeaderList headers;
    QByteArray body;
    QString traceId;
    std::optional<int> retryAfterSeconds;
};

void HttpTransport::finish(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply)
{
    reply->deleteLater();
    if (attempt->reply != reply)
        return; // abandoned for Retry now, and already published
    attempt->reply = nullptr;
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.headers = headersOf(reply);
    answer.body = attempt->tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    answer.traceId = QString::fromLatin1(reply->rawHeader("X-Trace-Id"));
    answer.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));

    const ApiResult result = classify(*attempt, answer);
    publish(*attempt, answer, result);
    if (!retryLater(attempt, result))
        conclude(attempt, result);
}

void HttpTransport::retryNow(const QObject *context)
{
    for (const auto &attempt : pendingOf(context)) {
        if (!attempt->waiting)
            continue;
        if (QNetworkReply *reply = attempt->reply) {
            attempt->reply = nullptr; // finish() now knows it for abandoned
            publish(*attempt, Answer{}, ApiError::cancelled(tr("Abandoned for Retry now.")));
            reply->abort();
        }
        ++attempt->retries;
        attempt->attempts = qMax(attempt->attempts, attempt->retries + 1);
        qCInfo(lcTransport) << "retry now" << attempt->retries << "of" << attempt->url.path();
        start(attempt);
    }
}

ApiResult HttpTransport::classify(const Attempt &attempt, const Answer &answer) const
{
    if (attempt.cancelled || (attempt.hasContext && !attempt.context))
        return ApiError::cancelled();
    if (attempt.connectTimedOut)
        return ApiError::connectTimeout(attempt.url.host(), m_connectTimeoutMs);
    if (attempt.tooLarge)
        return ApiError::malformedResponse(tr("The answer is larger than 1 MiB."), answer.status)
            .setTraceId(answer.traceId);
    if (answer.error == QNetworkReply::OperationCanceledError || answer.error == QNetworkReply::TimeoutError)
        return ApiError::timeout(tr("No complete answer within %1 s.").arg(timeoutMsOf(attempt.request) / 1000.0));
    if (answer.error == QNetworkReply::SslHandshakeFailedError)
        return ApiError::tls(answer.errorString);
    if (isTransportFailure(answer.error) || answer.status == 0)
        return ApiError::network(answer.errorString);
    if ((answer.status < 200 || answer.status >= 300) && answer.status != 304) {
        ApiError failure = ApiError::fromHttpResponse(answer.status, answer.body, answer.traceId.toLatin1());
        if (answer.retryAfterSeconds)
            failure.setRetryAfterSeconds(*answer.retryAfterSeconds);
        return failure;
    }
    ApiResponse response{
        answer.status, answer.headers, answer.body, {}, answer.traceId, QString::fromLatin1(attempt.trace.traceId())};
    if (answer.body.trimmed().isEmpty())
        return response;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (!document.isObject())
        return ApiError::malformedResponse(tr("The answer is not a JSON object: %1").arg(parseError.errorString()),
                                           answer.status)
            .setTraceId(answer.traceId);
    response.json = document.object();
    return response;
}

void HttpTransport::publish(const Attempt &attempt, const Answer &answer, const ApiResult &result)
{
    Exchange exchange{attempt.startedAt,
                      attempt.request.method,
                      attempt.url,
                      attempt.request.headers,
                      attempt.request.body,
                      answer.status,
                      answer.headers,
                      answer.body,
                      attempt.elapsed.elapsed(),
                      QString::fromLatin1(attempt.trace.traceId()),
                      attempt.retries,
                      {},
                      attempt.request.origin};
    if (!attempt.request.contentType.isEmpty())
        exchange.requestHeaders.append({"Content-Type", attempt.request.contentType});
    exchange.requestHeaders.append({"traceparent", attempt.trace.traceparent()});
    if (const auto *failure = std::get_if<ApiError>(&result); failure && failure->kind() != ApiError::Kind::Http)
        exchange.error = failure->message().isEmpty() ? failure->userMessage() : failure->message();
    Q_EMIT exchangeFinished(exchange);
}

bool HttpTransport::retryLater(const std::shared_ptr<Attempt> &attempt, const ApiResult &result)
{
    const auto *failure = std::get_if<ApiError>(&result);
    if (!failure || attempt->cancelled || (attempt->hasContext && !attempt->context))
        return false;
    const auto delay = m_retryPolicy.delayBeforeRetry(*failure, attempt->retries + 1, attempt->request.repeatable);
    if (!delay)
        return false;
    const int retries = ++attempt->retries;
    // The path may hold a device id the server sent.
    qCInfo(lcTransport).noquote() << "retry" << attempt->retries << "of" << escapedForLog(attempt->url.path()) << "in"
                                  << *delay << "ms";
    QTimer::singleShot(*delay, this, [this, attempt, retries] {
        if (attempt->concluded || attempt->retries != retries)
            return; // cancelled, or Retry now came first
        if (attempt->hasContext && !attempt->context) {
            conclude(attempt, ApiError::cancelled());
            return;
        }
        start(attempt);
    });
    return true;
}

void HttpTransport::conclude(const std::shared_ptr<Attempt> &attempt, const ApiResult &result)
{
    attempt->concluded = true;
    m_pending.erase(std::remove(m_pending.begin(), m_pending.end(), attempt), m_pending.end());
    if (attempt->waiting) {
        attempt->waiting = false;
        notifyWaiting(*attempt);
    }
    // A caller that went away is not called back. A widget emits destroyed() before its QObject
    // part clears the QPointer, so the cancelled flag is what tells.
    if (attempt->cancelled || (attempt->hasContext && !attempt->context))
        return;
    if (attempt->done)
        attempt->done(result);
}

} // namespace viopay
