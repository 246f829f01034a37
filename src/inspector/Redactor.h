#pragma once

#include "core/Exchange.h"

namespace viopay {

// Removes secrets from an exchange before anything keeps it: Authorization values (the scheme
// stays: Bearer, Attestation), X-Signature values (the version stays), cookies, and the password,
// client_secret, access_token, refresh_token, id_token, token, attestation_token,
// identity_secret, zmk and key_block fields of JSON bodies, form bodies and query strings, in
// requests and answers alike. A body that does not parse has the same fields masked as text; a
// Location header (a redirect) also loses its code, state and token, in the query and the fragment.
// The decrypted plaintext of MSK envelopes is masked as a JSON body.
namespace Redactor {
inline constexpr char Mask[] = "[redacted]";

Exchange redact(Exchange exchange);
QByteArray redactBody(const QByteArray &body, const QByteArray &contentType);
QUrl redactUrl(const QUrl &url);
HeaderList redactHeaders(const HeaderList &headers);
bool isSecretField(const QString &name);
} // namespace Redactor

} // namespace viopay
