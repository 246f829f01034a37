#include "HttpTransport.h"

#include "core/ServerUrl.h"
#include "core/TraceContext.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

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
    bool cancelled = false;
    bool tooLarge = false;
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
    const QString refusal = refusalFor(attempt->url);
    if (!refusal.isEmpty()) {
        // Answered from the event loop like every other outcome, so callers see one behaviour.
        QTimer::singleShot(0, this, [this, attempt, refusal] { conclude(attempt, ApiError::refused(refusal)); });
        return;
    }
    start(attempt);
}

void HttpTransport::start(const std::shared_ptr<Attempt> &attempt)
{
    attempt->startedAt = QDateTime::currentDateTimeUtc();
    attempt->elapsed.start();
    const QNetworkRequest built = buildRequest(attempt->request, attempt->trace.traceparent());
    QNetworkReply *reply = m_network.sendCustomRequest(built, attempt->request.method, attempt->request.body);
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

ApiResult HttpTransport::classify(const Attempt &attempt, const Answer &answer) const
{
    if (attempt.cancelled || (attempt.hasContext && !attempt.context))
        return ApiError::cancelled();
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
    ApiResponse response{answer.status, answer.headers, answer.body, {}, answer.traceId};
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
    ++attempt->retries;
    qCInfo(lcTransport) << "retry" << attempt->retries << "of" << attempt->url.path() << "in" << *delay << "ms";
    QTimer::singleShot(*delay, this, [this, attempt] {
        if (!attempt->hasContext || attempt->context)
            start(attempt);
    });
    return true;
}

void HttpTransport::conclude(const std::shared_ptr<Attempt> &attempt, const ApiResult &result)
{
    // A caller that went away is not called back. A widget emits destroyed() before its QObject
    // part clears the QPointer, so the cancelled flag is what tells.
    if (attempt->cancelled || (attempt->hasContext && !attempt->context))
        return;
    if (attempt->done)
        attempt->done(result);
}

} // namespace viopay
