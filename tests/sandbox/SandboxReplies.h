#pragma once

#include "sandbox/SandboxReply.h"

#include <QJsonObject>
#include <QString>

// What the registry's tests read of an answer: the JSON it sends and the parts of its error
// object ({"error": {"code", "message", "details"}}, CONTRACT.md).
namespace viopay::sandbox {

// The JSON an answer sends: its body, or its bytes when it was only written as bytes (the
// pairing-code answer).
QJsonObject sentBody(const SandboxReply &reply);
QJsonObject errorOf(const SandboxReply &reply);
QString codeOf(const SandboxReply &reply);
QString messageOf(const SandboxReply &reply);
QString detailOf(const SandboxReply &reply); // details.message

} // namespace viopay::sandbox
