#include "SandboxServer.h"

#include "HttpAdapter.h"
#include "PairingRegistry.h"
#include "SandboxApi.h"
#include "Store.h"

#include "core/Clock.h"

#include <QJsonObject>

#include <future>
#include <mutex>
#include <thread>
#include <variant>

namespace viopay::sandbox {

struct SandboxServer::Private {
    explicit Private(Options options)
        : options(std::move(options))
    {}

    using Ready = std::variant<quint16, QString>;
    void serve(std::promise<Ready> &ready);
    // Provisions options.provisionCsv; the reason when it was refused.
    std::optional<QString> provision(PairingRegistry &registry) const;

    Options options;
    std::thread thread;
    quint16 port = 0;
    std::mutex adapterMutex;
    HttpAdapter *adapter = nullptr; // set while serving, guarded by adapterMutex
};

std::optional<QString> SandboxServer::Private::provision(PairingRegistry &registry) const
{
    const SandboxReply reply = registry.provisionDevice(options.provisionCsv, QByteArrayLiteral("text/csv"));
    if (reply.status == 201)
        return std::nullopt;
    const QJsonObject error = reply.body.value(QLatin1String("error")).toObject();
    const QString detail = error.value(QLatin1String("details")).toObject().value(QLatin1String("message")).toString();
    return QStringLiteral("Cannot provision the devices: %1")
        .arg(detail.isEmpty() ? error.value(QLatin1String("message")).toString() : detail);
}

void SandboxServer::Private::serve(std::promise<Ready> &ready)
{
    QString error;
    std::unique_ptr<Store> store = Store::open(options.databasePath, options.reset, &error);
    if (!store) {
        ready.set_value(error);
        return;
    }
    PairingRegistry registry(*store, options.clock ? *options.clock : Clock::system());
    if (!options.provisionCsv.isEmpty()) {
        if (std::optional<QString> refusal = provision(registry)) {
            ready.set_value(*refusal);
            return;
        }
    }
    SandboxApi api(registry, {options.adminToken, {}, options.holdStatus});
    HttpAdapter::Settings settings;
    settings.address = options.address;
    settings.port = options.port;
    HttpAdapter httpAdapter(api, registry, *store, settings);
    const std::optional<quint16> boundPort = httpAdapter.open(&error);
    if (!boundPort) {
        ready.set_value(error);
        return;
    }
    {
        std::lock_guard lock(adapterMutex);
        adapter = &httpAdapter;
    }
    ready.set_value(*boundPort);
    httpAdapter.run();
    std::lock_guard lock(adapterMutex);
    adapter = nullptr;
}

SandboxServer::SandboxServer(Options options)
    : d(std::make_unique<Private>(std::move(options)))
{}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(QString *error)
{
    if (d->thread.joinable())
        return d->port != 0;
    std::promise<Private::Ready> ready;
    std::future<Private::Ready> outcome = ready.get_future();
    d->thread = std::thread([this, &ready] { d->serve(ready); });
    const Private::Ready result = outcome.get();
    if (const auto *message = std::get_if<QString>(&result)) {
        d->thread.join();
        if (error)
            *error = *message;
        return false;
    }
    d->port = std::get<quint16>(result);
    return true;
}

void SandboxServer::stop()
{
    {
        std::lock_guard lock(d->adapterMutex);
        if (d->adapter)
            d->adapter->stop();
    }
    if (d->thread.joinable())
        d->thread.join();
}

quint16 SandboxServer::port() const
{
    return d->port;
}

int SandboxServer::heldStatusRequests() const
{
    std::lock_guard lock(d->adapterMutex);
    return d->adapter ? d->adapter->heldStatusRequests() : 0;
}

int SandboxServer::secretChecksInFlight() const
{
    std::lock_guard lock(d->adapterMutex);
    return d->adapter ? d->adapter->secretChecksInFlight() : 0;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.address);
    url.setPort(d->port);
    return url;
}

} // namespace viopay::sandbox
