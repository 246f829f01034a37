// The headers the sandbox and the client read from strangers: User-Agent and traceparent.
// Whatever parses re-creates a device whose own User-Agent parses to the same values.
#include "FuzzInput.h"

#include "core/DeviceIdentity.h"
#include "core/TraceContext.h"

using namespace viopay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    if (const auto userAgent = DeviceIdentity::parseUserAgent(QString::fromUtf8(input))) {
        const auto device =
            DeviceIdentity::create(u"POS-8F3A2C91", userAgent->appVersion, userAgent->os, userAgent->model);
        if (device) {
            const auto again = DeviceIdentity::parseUserAgent(device->userAgent());
            FUZZ_CHECK(again && again->appVersion == userAgent->appVersion && again->model == userAgent->model &&
                       again->os == userAgent->os);
        }
    }
    if (const auto trace = TraceContext::parseTraceparent(input))
        FUZZ_CHECK(TraceContext::parseTraceparent(trace->traceparent()).has_value());
    return 0;
}
