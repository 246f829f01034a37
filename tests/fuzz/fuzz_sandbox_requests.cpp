// The sandbox's request decoding and registry calls: any request, as the HTTP adapter hands it
// over, gets an answer with a status and a trace id, and the registry stays consistent.
#include "FuzzInput.h"

#include "core/Clock.h"
#include "sandbox/PairingRegistry.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/Store.h"

#include <QCoreApplication>

#include <memory>

using namespace viopay;
using namespace viopay::sandbox;

namespace {
struct Sandbox {
    std::unique_ptr<Store> store = Store::open(QStringLiteral(":memory:"), true);
    TestClock clock;
    PairingRegistry registry{*store, clock};
    SandboxApi api{registry, {{}, [] { return 0.5; }, true}};
};

Sandbox *fuzzed = nullptr;

// "METHOD TARGET\nName: value\n...\n\nbody"; a bare line is a target for GET.
SandboxRequest decode(const QByteArray &input)
{
    SandboxRequest request;
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    request.body = split < 0 ? QByteArray() : input.mid(split + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    request.method = requestLine.size() > 1 ? requestLine.value(0) : QByteArrayLiteral("GET");
    request.target = requestLine.size() > 1 ? requestLine.value(1) : requestLine.value(0);
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return request;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv); // the SQLite driver is a plugin
    fuzzed = new Sandbox;
    return fuzzed->store ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Dispatch dispatch = fuzzed->api.handle(decode(fuzzBytes(data, size)));
    FUZZ_CHECK(dispatch.reply.status >= 200 && dispatch.reply.status < 600);
    FUZZ_CHECK(dispatch.traceId.size() == 32);
    if (dispatch.hold)
        fuzzed->api.resume(*dispatch.hold, true); // a held request times out with an answer
    fuzzed->clock.advanceMs(250);
    return 0;
}
