#include "HttpAdapter.h"

#include "PairingRegistry.h"
#include "SandboxApi.h"
#include "SecretCheckWorkers.h"
#include "Store.h"

#include "core/ApiError.h"
#include "core/ErrorCode.h"
#include "core/LogText.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>

// An answer carries up to 8 header fields (Content-Type, nosniff, no-store, ETag, X-Trace-Id,
// Retry-After, Allow, Preference-Applied): room for them at once spares reallocations per answer.
// Only this file includes RESTinio, so the setting holds for all its uses.
#define RESTINIO_HEADER_FIELDS_DEFAULT_RESERVE_COUNT 8
#include <restinio/all.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include <sys/resource.h>

Q_LOGGING_CATEGORY(lcHttp, "viopay.sandbox.http", QtInfoMsg)

namespace viopay::sandbox {

namespace {
// The open connections, in all and per client address: RESTinio asks inspect() about every
// accepted socket (over a cap it is closed at once, so one client cannot take every connection)
// and tells state_changed() when a connection closes (which also frees a held request's slot).
// Both run on the server's one thread. This replaces RESTinio's own connection-count limiter,
// which in 0.6.16 loses a slot for every socket an IP blocker refuses and then stops accepting.
class ClientConnections {
public:
    ClientConnections(std::size_t maxTotal, std::size_t maxPerClient,
                      std::function<void(restinio::connection_id_t)> onClosed)
        : m_maxTotal(maxTotal)
        , m_maxPerClient(maxPerClient)
        , m_onClosed(std::move(onClosed))
    {}

    restinio::ip_blocker::inspection_result_t inspect(const restinio::ip_blocker::incoming_info_t &info) noexcept
    {
        if (m_total >= m_maxTotal)
            return restinio::ip_blocker::deny();
        const restinio::endpoint_t client = info.remote_endpoint();
        std::set<unsigned short> &ports = m_openPorts[client.address()];
        if (ports.size() >= m_maxPerClient)
            return restinio::ip_blocker::deny();
        ports.insert(client.port());
        ++m_total;
        return restinio::ip_blocker::allow();
    }

    void state_changed(const restinio::connection_state::notice_t &notice) noexcept
    {
        const restinio::connection_state::cause_t cause = notice.cause();
        if (restinio::get_if<restinio::connection_state::closed_t>(&cause) == nullptr)
            return;
        const restinio::endpoint_t client = notice.remote_endpoint();
        const auto found = m_openPorts.find(client.address());
        if (found != m_openPorts.end() && found->second.erase(client.port()) > 0) {
            --m_total;
            if (found->second.empty())
                m_openPorts.erase(found);
        }
        m_onClosed(notice.connection_id());
    }

private:
    std::size_t m_maxTotal;
    std::size_t m_maxPerClient;
    std::size_t m_total = 0;
    std::function<void(restinio::connection_id_t)> m_onClosed;
    std::map<asio::ip::address, std::set<unsigned short>> m_openPorts;
};

// RESTinio 0.6.16 reads a request's body before its handler runs and never answers
// `Expect: 100-continue`, so a client that asks (PHP curl always does) waits its whole timeout
// first. This socket watches the requests it reads with a parser of its own and sends the interim
// `100 Continue` once the header block of a request with a body asks for it.
class ContinueSocket : public asio::ip::tcp::socket {
public:
    explicit ContinueSocket(asio::io_context &io)
        : asio::ip::tcp::socket(io)
    {
        resetParser();
    }
    ContinueSocket(ContinueSocket &&other) noexcept
        : asio::ip::tcp::socket(std::move(other))
    {
        resetParser();
    }
    ContinueSocket &operator=(ContinueSocket &&other) noexcept
    {
        asio::ip::tcp::socket::operator=(std::move(other));
        resetParser();
        return *this;
    }

    template <typename Buffers, typename Handler>
    void async_read_some(const Buffers &buffers, Handler &&handler)
    {
        const asio::mutable_buffer buffer = *asio::buffer_sequence_begin(buffers);
        asio::ip::tcp::socket::async_read_some(buffers, [this, buffer, handler = std::forward<Handler>(handler)](
                                                            const asio::error_code &error, std::size_t length) mutable {
            if (!error)
                watch(static_cast<const char *>(buffer.data()), length);
            handler(error, length);
        });
    }

    template <typename Buffers, typename Handler>
    void async_write_some(const Buffers &buffers, Handler &&handler)
    {
        m_writing = true;
        asio::ip::tcp::socket::async_write_some(
            buffers, [this, handler = std::forward<Handler>(handler)](const asio::error_code &error,
                                                                      std::size_t length) mutable {
                m_writing = false;
                handler(error, length);
            });
    }

private:
    void resetParser()
    {
        http_parser_init(&m_parser, HTTP_REQUEST);
        m_parser.data = this;
        http_parser_settings_init(&m_settings);
        m_settings.on_message_begin = [](http_parser *parser) {
            auto *self = static_cast<ContinueSocket *>(parser->data);
            self->m_fieldLength = 0;
            self->m_inValue = false;
            self->m_expectsContinue = false;
            return 0;
        };
        m_settings.on_header_field = [](http_parser *parser, const char *at, std::size_t length) {
            auto *self = static_cast<ContinueSocket *>(parser->data);
            if (self->m_inValue)
                self->m_fieldLength = 0;
            self->m_inValue = false;
            self->appendToField(at, length);
            return 0;
        };
        m_settings.on_header_value = [](http_parser *parser, const char *at, std::size_t length) {
            auto *self = static_cast<ContinueSocket *>(parser->data);
            if (!self->m_inValue && self->fieldIsExpect())
                self->m_expectsContinue =
                    QByteArray(at, qsizetype(length)).trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
            self->m_inValue = true;
            return 0;
        };
        m_settings.on_headers_complete = [](http_parser *parser) {
            auto *self = static_cast<ContinueSocket *>(parser->data);
            const bool hasBody = (parser->flags & F_CHUNKED) != 0 ||
                                 (parser->content_length != ULLONG_MAX && parser->content_length > 0);
            self->m_continueDue = self->m_expectsContinue && hasBody;
            return 0;
        };
        // A client that sent its body anyway needs no interim answer (RFC 9110 section 10.1.1).
        m_settings.on_body = [](http_parser *parser, const char *, std::size_t) {
            static_cast<ContinueSocket *>(parser->data)->m_continueDue = false;
            return 0;
        };
        m_settings.on_message_complete = [](http_parser *parser) {
            static_cast<ContinueSocket *>(parser->data)->m_continueDue = false;
            return 0;
        };
    }

    // Only as much of a field name as "expect" needs, in place: a QByteArray here allocated for
    // every header field of every request.
    void appendToField(const char *at, std::size_t length)
    {
        const std::size_t kept = std::min(length, m_field.size() - m_fieldLength);
        std::copy_n(at, kept, m_field.begin() + m_fieldLength);
        m_fieldLength += kept;
    }

    bool fieldIsExpect() const
    {
        return QByteArrayView(m_field.data(), qsizetype(m_fieldLength)).compare("expect", Qt::CaseInsensitive) == 0;
    }

    void watch(const char *data, std::size_t length)
    {
        if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK)
            return; // RESTinio's own parser refuses the connection as well
        http_parser_execute(&m_parser, &m_settings, data, length);
        if (m_continueDue)
            sendContinue();
        m_continueDue = false;
    }

    // Without blocking the server's thread, and never into the middle of a response being
    // written: then the client just waits as it would for a server without 100-continue.
    void sendContinue()
    {
        if (m_writing)
            return;
        static constexpr char Continue[] = "HTTP/1.1 100 Continue\r\n\r\n";
        asio::error_code error;
        non_blocking(true, error);
        if (!error)
            write_some(asio::buffer(Continue, sizeof Continue - 1), error);
        non_blocking(false, error);
    }

    http_parser m_parser{};
    http_parser_settings m_settings{};
    std::array<char, 16> m_field{};
    std::size_t m_fieldLength = 0;
    bool m_inValue = false;
    bool m_expectsContinue = false;
    bool m_continueDue = false;
    bool m_writing = false;
};

struct AdapterTraits : restinio::default_single_thread_traits_t {
    using stream_socket_t = ContinueSocket;
    using connection_state_listener_t = ClientConnections;
    using ip_blocker_t = ClientConnections;
};
using Server = restinio::http_server_t<AdapterTraits>;

// RESTinio closes the connection without an answer when a parser limit is hit, so its limits sit
// above the contract's: requests in between get a proper 413/414/431 from SandboxApi. The body
// limit stays close to the contract's, since RESTinio reserves a declared body's size at once.
constexpr std::size_t TransportBodyLimit = 2 * SandboxApi::MaxBodyBytes;
constexpr std::size_t TransportUrlLimit = 16 * 1024;
constexpr std::size_t TransportFieldLimit = 64 * 1024;
constexpr std::size_t TransportFieldCount = 256;
// A held status request may wait 30 s; RESTinio must not time it out first.
constexpr std::chrono::seconds HandleRequestLimit{SandboxApi::MaxWaitSeconds + 15};
// RESTinio reads a connection only while it may take another request; with room for a second one
// it keeps reading while a request is held, and so sees the client hang up.
constexpr std::size_t PipelinedRequestLimit = 2;
// A status request refused a hold may come back after the vendor's polling interval.
constexpr int RefusedHoldRetryAfterSeconds = 3;
// Descriptors kept free for the listening socket, SQLite and the event loop: RESTinio 0.6.16 stops
// accepting for good once accept() fails, so connections must never exhaust the process's limit.
constexpr rlim_t ReservedDescriptors = 64;

std::size_t connectionsTheProcessAllows(std::size_t wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const rlim_t available =
        limit.rlim_cur > 2 * ReservedDescriptors ? limit.rlim_cur - ReservedDescriptors : limit.rlim_cur / 2;
    return std::min<std::size_t>(wanted, available);
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : (status < 500 ? "Client Error" : "Server Error");
    }
}

std::string stdString(const QByteArray &bytes)
{
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

QByteArray viewOf(const std::string &text)
{
    return QByteArray::fromRawData(text.data(), qsizetype(text.size()));
}

// Views, not copies: the request outlives the SandboxRequest, and a copy per header was a good
// share of the time spent on a request.
SandboxRequest toSandboxRequest(const restinio::request_handle_t &request)
{
    SandboxRequest converted;
    const auto &header = request->header();
    converted.method = QByteArray::fromRawData(header.method().c_str(), qsizetype(qstrlen(header.method().c_str())));
    converted.target = viewOf(header.request_target());
    converted.headers.reserve(qsizetype(header.fields_count()));
    header.for_each_field([&converted](const restinio::http_header_field_t &field) {
        converted.headers.append({viewOf(field.name()), viewOf(field.value())});
    });
    converted.body = viewOf(request->body());
    return converted;
}

QByteArray pathOf(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QString clientAddressOf(const restinio::request_handle_t &request)
{
    return QString::fromStdString(request->remote_endpoint().address().to_string());
}

SandboxReply holdRefused(const QString &message, const QByteArray &traceId)
{
    ApiError refusal = ApiError::http(429, QString::fromLatin1(ErrorCode::TooManyRequests), message);
    refusal.setRetryAfterSeconds(RefusedHoldRetryAfterSeconds);
    refusal.setTraceId(QString::fromLatin1(traceId));
    SandboxReply reply = SandboxReply::error(refusal);
    reply.setHeader("X-Trace-Id", traceId);
    return reply;
}
} // namespace

struct HttpAdapter::Private {
    struct Held {
        restinio::request_handle_t request;
        HeldStatus status;
        std::unique_ptr<asio::steady_timer> timer;
        QElapsedTimer elapsed;
        QByteArray path;
        QString client;
        restinio::connection_id_t connection = 0;
    };

    struct Answer {
        restinio::request_handle_t request;
        SandboxReply reply;
        QByteArray path;
        QByteArray traceId;
        QString deviceId;
        QElapsedTimer elapsed;
    };

    // A request whose secret is being checked on a worker.
    struct Checking {
        restinio::request_handle_t request;
        Dispatch dispatch;
        QByteArray path;
        QElapsedTimer elapsed;
    };

    Private(SandboxApi &api, PairingRegistry &registry, Store &store, Settings settings)
        : api(api)
        , registry(registry)
        , store(store)
        , settings(std::move(settings))
        , expiryTimer(io)
        , secretWorkers(this->settings.secretCheckThreads, this->settings.maxSecretChecks)
    {}

    SandboxApi &api;
    PairingRegistry &registry;
    Store &store;
    Settings settings;
    std::vector<Answer> uncommitted; // answered once their batch is committed
    std::vector<Answer> committing;  // the batch being answered; kept to reuse its capacity
    bool batchOpen = false;
    asio::io_context io;
    std::unique_ptr<Server> server;
    asio::steady_timer expiryTimer;
    std::optional<qint64> armedExpiry;
    std::unordered_map<quint64, Held> held;
    QMultiHash<QString, quint64> heldByDevice;
    QMultiHash<QString, quint64> heldByClient;
    QMultiHash<restinio::connection_id_t, quint64> heldByConnection;
    quint64 nextHeldId = 0;
    std::atomic<int> heldCount{0}; // held.size(), for readers on other threads
    std::unordered_map<quint64, Checking> checking;
    quint64 nextCheckingId = 0;
    SecretCheckWorkers secretWorkers; // after io: its threads post to io until they are joined

    restinio::request_handling_status_t handle(restinio::request_handle_t request);
    void answer(restinio::request_handle_t request, const Dispatch &dispatch, const QByteArray &path,
                const QElapsedTimer &elapsed);
    bool checkSecretLater(restinio::request_handle_t request, Dispatch dispatch, const QByteArray &path,
                          const QElapsedTimer &elapsed);
    void finishSecretCheck(quint64 id, bool matches);
    void send(const restinio::request_handle_t &request, const SandboxReply &reply, const QByteArray &path,
              const QByteArray &traceId, const QString &deviceId, const QElapsedTimer &elapsed);
    void dropConnection(restinio::request_t &request, const QByteArray &path);
    void dropHeld();
    std::optional<QString> holdRefusal(const QString &deviceId, const QString &client) const;
    void hold(restinio::request_handle_t request, const HeldStatus &status, const QByteArray &path,
              const QElapsedTimer &elapsed);
    std::optional<Held> takeHeld(quint64 id);
    void finishHeld(quint64 id, const SandboxReply &reply);
    void dropHeldOf(restinio::connection_id_t connection);
    void wakeHeld(const QString &deviceId);
    void armExpiryTimer();
    void openBatch();
    void commitBatch();
    void shutDown();
};

restinio::request_handling_status_t HttpAdapter::Private::handle(restinio::request_handle_t request)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const SandboxRequest converted = toSandboxRequest(request);
    const QByteArray path = pathOf(converted.target);
    openBatch();
    Dispatch dispatch = api.handle(converted);
    armExpiryTimer();
    if (dispatch.dropConnection) {
        dropConnection(*request, path);
        return restinio::request_accepted();
    }
    if (!held.empty() && api.dropsConnections())
        dropHeld(); // the network drill just began: held requests lose their connections too
    if (dispatch.secretCheck && checkSecretLater(request, dispatch, path, elapsed))
        return restinio::request_accepted();
    if (dispatch.hold) {
        const std::optional<QString> refusal = holdRefusal(dispatch.hold->deviceId, clientAddressOf(request));
        if (!refusal) {
            hold(std::move(request), *dispatch.hold, path, elapsed);
            return restinio::request_accepted();
        }
        dispatch.reply = holdRefused(*refusal, dispatch.traceId);
    }
    answer(std::move(request), dispatch, path, elapsed);
    return restinio::request_accepted();
}

// Once the batch is committed, or after the fault drill's latency.
void HttpAdapter::Private::answer(restinio::request_handle_t request, const Dispatch &dispatch, const QByteArray &path,
                                  const QElapsedTimer &elapsed)
{
    if (dispatch.delayMs <= 0) {
        uncommitted.push_back({std::move(request), dispatch.reply, path, dispatch.traceId, dispatch.deviceId, elapsed});
        return;
    }
    // Fault-drill latency: answer later without blocking the server's one thread.
    auto timer = std::make_shared<asio::steady_timer>(io, std::chrono::milliseconds(dispatch.delayMs));
    timer->async_wait([this, timer, request, dispatch, path, elapsed](const asio::error_code &error) {
        if (error)
            return;
        if (api.dropsConnections())
            dropConnection(*request, path);
        else
            send(request, dispatch.reply, path, dispatch.traceId, dispatch.deviceId, elapsed);
    });
}

// Hands the secret's hash to a worker; only the verdict comes back, and it is applied on this
// thread, which keeps the request and all state. False when every worker is taken.
bool HttpAdapter::Private::checkSecretLater(restinio::request_handle_t request, Dispatch dispatch,
                                            const QByteArray &path, const QElapsedTimer &elapsed)
{
    const quint64 id = nextCheckingId++;
    const bool queued =
        secretWorkers.submit(dispatch.secretCheck->secret, dispatch.secretCheck->candidate, [this, id](bool matches) {
            asio::post(io, [this, id, matches] { finishSecretCheck(id, matches); });
        });
    if (queued)
        checking.emplace(id, Checking{std::move(request), std::move(dispatch), path, elapsed});
    return queued;
}

void HttpAdapter::Private::finishSecretCheck(quint64 id, bool matches)
{
    const auto found = checking.find(id);
    if (found == checking.end())
        return;
    Checking entry = std::move(found->second);
    checking.erase(found);
    if (api.dropsConnections()) { // went down while the secret was hashed: no sign-in, no answer
        dropConnection(*entry.request, entry.path);
        return;
    }
    openBatch(); // a sign-in writes to the Store
    entry.dispatch.reply = api.finishSecretCheck(*entry.dispatch.secretCheck, matches, entry.dispatch.traceId);
    answer(std::move(entry.request), entry.dispatch, entry.path, entry.elapsed);
}

void HttpAdapter::Private::send(const restinio::request_handle_t &request, const SandboxReply &reply,
                                const QByteArray &path, const QByteArray &traceId, const QString &deviceId,
                                const QElapsedTimer &elapsed)
{
    auto response = request->create_response(restinio::http_status_line_t{
        restinio::http_status_code_t{std::uint16_t(reply.status)}, reasonPhrase(reply.status)});
    for (const auto &[name, value] : reply.headers)
        response.append_header(stdString(name), stdString(value));
    if (reply.status != 304 && !reply.contentType.isEmpty()) {
        response.append_header(restinio::http_field::content_type, stdString(reply.contentType));
        response.set_body(reply.rawBody.isEmpty() ? stdString(QJsonDocument(reply.body).toJson(QJsonDocument::Compact))
                                                  : stdString(reply.rawBody));
    }
    response.done();
    // Whatever the client sent stays on this one line.
    qCInfo(lcHttp).noquote()
        << escapedForLog(QByteArray(request->header().method().c_str())) << escapedForLog(path) << reply.status
        << QStringLiteral("%1ms").arg(elapsed.elapsed()) << QStringLiteral("trace=%1").arg(escapedForLog(traceId))
        << QStringLiteral("device=%1").arg(deviceId.isEmpty() ? QStringLiteral("-") : escapedForLog(deviceId));
}

// As a server that went down: the connection closes without a byte of answer. RESTinio closes a
// connection whose final response is empty and marked connection-close (after any answer before
// it on that connection); its close then frees the connection's slot and held requests as usual.
// Posted, so the close never runs inside RESTinio's call of the request handler.
void HttpAdapter::Private::dropConnection(restinio::request_t &request, const QByteArray &path)
{
    restinio::impl::connection_handle_t connection = std::move(restinio::impl::access_req_connection(request));
    if (!connection)
        return; // already answered
    asio::post(io, [connection = std::move(connection), id = request.request_id()] {
        connection->write_response_parts(
            id,
            restinio::response_output_flags_t{restinio::response_parts_attr_t::final_parts,
                                              restinio::response_connection_attr_t::connection_close},
            restinio::write_group_t{restinio::writable_items_container_t{}});
    });
    qCInfo(lcHttp).noquote() << escapedForLog(QByteArray(request.header().method().c_str())) << escapedForLog(path)
                             << "dropped (network drill)";
}

void HttpAdapter::Private::dropHeld()
{
    std::vector<quint64> ids;
    ids.reserve(held.size());
    for (const auto &[id, entry] : held)
        ids.push_back(id);
    for (quint64 id : ids) {
        if (std::optional<Held> entry = takeHeld(id))
            dropConnection(*entry->request, entry->path);
    }
}

// Why a status request may not be held, if it may not: every hold ties up a connection for up to
// 30 s, so no device, no client and not all of them together may take too many.
std::optional<QString> HttpAdapter::Private::holdRefusal(const QString &deviceId, const QString &client) const
{
    if (heldByDevice.count(deviceId) >= settings.maxHeldPerDevice) {
        if (!deviceId.startsWith(QLatin1String("POS-"))) // a merchant's device list (FLEET.md)
            return QStringLiteral("Too many device list requests are waiting for this merchant");
        return QStringLiteral("Too many status requests are waiting for device %1").arg(deviceId);
    }
    if (heldByClient.count(client) >= settings.maxHeldPerClient)
        return QStringLiteral("Too many status requests from this client are waiting");
    if (int(held.size()) >= settings.maxHeldTotal)
        return QStringLiteral("Too many status requests are waiting");
    return std::nullopt;
}

void HttpAdapter::Private::hold(restinio::request_handle_t request, const HeldStatus &status, const QByteArray &path,
                                const QElapsedTimer &elapsed)
{
    const quint64 id = nextHeldId++;
    const QString client = clientAddressOf(request);
    const restinio::connection_id_t connection = request->connection_id();
    Held entry{std::move(request), status, std::make_unique<asio::steady_timer>(io), elapsed, path, client, connection};
    entry.timer->expires_after(std::chrono::seconds(status.waitSeconds));
    entry.timer->async_wait([this, id](const asio::error_code &error) {
        if (error)
            return;
        const auto found = held.find(id);
        if (found == held.end())
            return;
        if (const auto reply = api.resume(found->second.status, true))
            finishHeld(id, *reply);
    });
    heldByDevice.insert(status.deviceId, id);
    heldByClient.insert(client, id);
    heldByConnection.insert(connection, id);
    held.emplace(id, std::move(entry));
    heldCount = int(held.size());
}

std::optional<HttpAdapter::Private::Held> HttpAdapter::Private::takeHeld(quint64 id)
{
    const auto found = held.find(id);
    if (found == held.end())
        return std::nullopt;
    Held entry = std::move(found->second);
    held.erase(found);
    heldCount = int(held.size());
    heldByDevice.remove(entry.status.deviceId, id);
    heldByClient.remove(entry.client, id);
    heldByConnection.remove(entry.connection, id);
    entry.timer->cancel();
    return entry;
}

void HttpAdapter::Private::finishHeld(quint64 id, const SandboxReply &reply)
{
    if (const std::optional<Held> entry = takeHeld(id))
        send(entry->request, reply, entry->path, entry->status.traceId, entry->status.deviceId, entry->elapsed);
}

void HttpAdapter::Private::dropHeldOf(restinio::connection_id_t connection)
{
    const QList<quint64> ids = heldByConnection.values(connection);
    for (quint64 id : ids)
        takeHeld(id);
}

void HttpAdapter::Private::wakeHeld(const QString &deviceId)
{
    const QList<quint64> ids = heldByDevice.values(deviceId);
    for (quint64 id : ids) {
        const auto found = held.find(id);
        if (found == held.end())
            continue;
        if (const auto reply = api.resume(found->second.status, false))
            finishHeld(id, *reply);
    }
    armExpiryTimer();
}

void HttpAdapter::Private::armExpiryTimer()
{
    const std::optional<qint64> next = registry.nextExpiryEpochMs();
    if (next == armedExpiry)
        return;
    armedExpiry = next;
    if (!next) {
        expiryTimer.cancel();
        return;
    }
    // One millisecond late rather than early, so the registry sees the deadline as passed.
    const qint64 delayMs = qMax<qint64>(0, *next - QDateTime::currentMSecsSinceEpoch()) + 1;
    expiryTimer.expires_after(std::chrono::milliseconds(delayMs));
    expiryTimer.async_wait([this](const asio::error_code &error) {
        if (error)
            return;
        armedExpiry.reset();
        registry.expireDue();
        armExpiryTimer();
    });
}

// Group commit: the requests handled in one turn of the event loop share one SQLite commit, and
// none of them is answered before it, so an answered change always survives a crash.
void HttpAdapter::Private::openBatch()
{
    if (batchOpen)
        return;
    batchOpen = store.beginBatch();
    if (batchOpen)
        asio::post(io, [this] { commitBatch(); });
}

void HttpAdapter::Private::commitBatch()
{
    batchOpen = false;
    const bool committed = store.commitBatch();
    // Swapped, not moved out: both vectors keep their capacity, so a batch allocates no array.
    committing.swap(uncommitted);
    for (const Answer &answer : committing) {
        if (committed) {
            send(answer.request, answer.reply, answer.path, answer.traceId, answer.deviceId, answer.elapsed);
            continue;
        }
        ApiError failure = ApiError::http(500, QString::fromLatin1(ErrorCode::ServerError),
                                          QStringLiteral("The sandbox could not save the change"));
        failure.setTraceId(QString::fromLatin1(answer.traceId));
        SandboxReply reply = SandboxReply::error(failure);
        reply.setHeader("X-Trace-Id", answer.traceId);
        send(answer.request, reply, answer.path, answer.traceId, answer.deviceId, answer.elapsed);
    }
    committing.clear();
}

void HttpAdapter::Private::shutDown()
{
    commitBatch();
    expiryTimer.cancel();
    for (auto &[id, entry] : held)
        entry.timer->cancel();
    held.clear();
    heldCount = 0;
    checking.clear();
    heldByDevice.clear();
    heldByClient.clear();
    heldByConnection.clear();
    if (server)
        server->close_sync();
    io.stop();
}

HttpAdapter::HttpAdapter(SandboxApi &api, PairingRegistry &registry, Store &store, Settings settings)
    : d(std::make_unique<Private>(api, registry, store, std::move(settings)))
{
    registry.setStateChangedListener([this](const QString &deviceId) {
        // After the registry call that changed it has returned, never in the middle of it.
        asio::post(d->io, [this, deviceId] { d->wakeHeld(deviceId); });
    });
}

HttpAdapter::~HttpAdapter()
{
    d->registry.setStateChangedListener({});
}

std::optional<quint16> HttpAdapter::open(QString *error)
{
    quint16 boundPort = 0;
    restinio::server_settings_t<AdapterTraits> serverSettings;
    const auto clients = std::make_shared<ClientConnections>(
        connectionsTheProcessAllows(d->settings.maxConnections), d->settings.maxConnectionsPerClient,
        [this](restinio::connection_id_t connection) {
            // After RESTinio has finished closing it.
            asio::post(d->io, [this, connection] { d->dropHeldOf(connection); });
        });
    serverSettings.address(d->settings.address.toStdString())
        .port(d->settings.port)
        .max_pipelined_requests(PipelinedRequestLimit)
        .ip_blocker(clients)
        .connection_state_listener(clients)
        .read_next_http_message_timelimit(d->settings.requestReadTimeout)
        .write_http_response_timelimit(std::chrono::seconds(10))
        .handle_request_timeout(HandleRequestLimit)
        .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                      .max_url_size(TransportUrlLimit)
                                      .max_field_name_size(TransportFieldLimit)
                                      .max_field_value_size(TransportFieldLimit)
                                      .max_field_count(TransportFieldCount)
                                      .max_body_size(TransportBodyLimit))
        .acceptor_post_bind_hook(
            [&boundPort](asio::ip::tcp::acceptor &acceptor) { boundPort = acceptor.local_endpoint().port(); })
        .request_handler([this](restinio::request_handle_t request) { return d->handle(std::move(request)); });
    try {
        d->server = std::make_unique<Server>(restinio::external_io_context(d->io), std::move(serverSettings));
        d->server->open_sync();
    } catch (const std::exception &exception) {
        if (error)
            *error = QStringLiteral("Cannot listen on %1 port %2: %3")
                         .arg(d->settings.address)
                         .arg(d->settings.port)
                         .arg(QString::fromLocal8Bit(exception.what()));
        d->server.reset();
        return std::nullopt;
    }
    return boundPort;
}

void HttpAdapter::run()
{
    d->io.run();
}

void HttpAdapter::stop()
{
    asio::post(d->io, [this] { d->shutDown(); });
}

int HttpAdapter::heldStatusRequests() const
{
    return d->heldCount;
}

int HttpAdapter::secretChecksInFlight() const
{
    return d->secretWorkers.pending();
}

} // namespace viopay::sandbox
