// SandboxAdminClient's answer parsers (state, faults, network) on any body.
#include "FuzzInput.h"

#include "api/SandboxAdminClient.h"

#include <QJsonDocument>

using namespace viopay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiResponse response;
    response.status = 200;
    response.body = fuzzBytes(data, size);
    response.json = QJsonDocument::fromJson(response.body).object();
    const auto state = SandboxAdminClient::parseState(response);
    if (const auto *error = std::get_if<ApiError>(&state))
        FUZZ_CHECK(error->kind() == ApiError::Kind::MalformedResponse);
    const auto faults = SandboxAdminClient::parseFaults(response);
    if (const auto *drill = std::get_if<FaultDrill>(&faults))
        FUZZ_CHECK(SandboxAdminClient::faultsRequest(*drill).method == "PUT");
    const auto network = SandboxAdminClient::parseNetwork(response);
    if (const auto *error = std::get_if<ApiError>(&network))
        FUZZ_CHECK(error->kind() == ApiError::Kind::MalformedResponse);
    return 0;
}
