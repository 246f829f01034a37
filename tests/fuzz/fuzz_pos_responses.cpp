// PosClient's answer parsers (bootstrap, pairing code, status, attest, keys) on any body and headers: a parse
// either gives a value or a MalformedResponse error, never a crash; a code it accepts is valid.
#include "FuzzInput.h"

#include "api/PosClient.h"
#include "core/PairingCode.h"

#include <QJsonDocument>

using namespace viopay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    // First line: the Preference-Applied and ETag headers, "|"-separated; the rest: the body.
    const qsizetype newline = input.indexOf('\n');
    const QList<QByteArray> headers = newline < 0 ? QList<QByteArray>() : input.left(newline).split('|');
    ApiResponse response;
    response.status = 200;
    response.body = newline < 0 ? input : input.mid(newline + 1);
    response.json = QJsonDocument::fromJson(response.body).object();
    if (!headers.isEmpty())
        response.headers.append({"Preference-Applied", headers.value(0)});
    if (headers.size() > 1)
        response.headers.append({"ETag", headers.value(1)});

    const Result<BootstrapInfo> bootstrap = PosClient::parseBootstrap(response);
    if (const auto *error = std::get_if<ApiError>(&bootstrap))
        FUZZ_CHECK(error->kind() == ApiError::Kind::MalformedResponse);
    const Result<PairingCodeGrant> grant = PosClient::parsePairingCode(response);
    if (const auto *code = std::get_if<PairingCodeGrant>(&grant))
        FUZZ_CHECK(PairingCode::validate(code->code.value()).ok() && code->expiresInSec > 0);
    const Result<DeviceStatus> status = PosClient::parseStatus(response);
    if (const auto *error = std::get_if<ApiError>(&status))
        FUZZ_CHECK(error->kind() == ApiError::Kind::MalformedResponse);
    const Result<AttestationGrant> attestation = PosClient::parseAttestation(response);
    if (const auto *token = std::get_if<AttestationGrant>(&attestation))
        FUZZ_CHECK(!token->token.isEmpty() && token->expiresInSec > 0);
    const Result<KeySetGrant> keys = PosClient::parseKeySet(response);
    if (const auto *keySet = std::get_if<KeySetGrant>(&keys)) {
        FUZZ_CHECK(keySet->keys.size() == 6);
        for (const WrappedKey &key : keySet->keys)
            FUZZ_CHECK(!key.keyBlock.isEmpty());
    }
    return 0;
}
