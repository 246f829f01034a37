#pragma once

#include <QString>
#include <QStringList>

namespace viopay {

// The --log-level option of both programs: one list of names and one way to apply them.
namespace LogLevel {
QStringList names(); // debug, info, warning, error
bool isValid(const QString &name);
// Lets messages of the viopay.* categories at this level and above through. Returns false
// (changing nothing) for an unknown name.
bool apply(const QString &name);
} // namespace LogLevel

} // namespace viopay
