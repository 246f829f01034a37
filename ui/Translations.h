#pragma once

#include <QLocale>
#include <QStringList>

namespace viopay::Translations {

// The languages the interface is translated into, besides English.
QStringList available();

// Installs the app's translation for locale (and Qt's own), replacing any installed before.
// English loads its plural forms. False when there is no translation for that language.
bool install(const QLocale &locale);

} // namespace viopay::Translations
