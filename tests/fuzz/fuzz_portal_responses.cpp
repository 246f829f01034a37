// PortalClient's answer parsers (tokens, session, claim, devices) and the error envelope reader
// on any body: a value or a typed error, never a crash.
#include "FuzzInput.h"

#include "api/PortalClient.h"

#include <QJsonDocument>

using namespace viopay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    ApiResponse response;
    response.status = 200;
    response.body = body;
    response.json = QJsonDocument::fromJson(body).object();

    const auto malformedOrValue = [](const auto &result) {
        if (const auto *error = std::get_if<ApiError>(&result))
            FUZZ_CHECK(error->kind() == ApiError::Kind::MalformedResponse);
    };
    malformedOrValue(PortalClient::parseTokens(response));
    malformedOrValue(PortalClient::parseSession(response));
    malformedOrValue(PortalClient::parseDeviceId(response));
    malformedOrValue(PortalClient::parseDevices(response));

    // The same bytes as an error answer: always an Http error with that status and some words.
    const int status = 400 + int(size % 200);
    const ApiError error = ApiError::fromHttpResponse(status, body, body.left(40));
    FUZZ_CHECK(error.kind() == ApiError::Kind::Http && error.httpStatus() == status);
    FUZZ_CHECK(!error.userMessage().isEmpty());
    return 0;
}
