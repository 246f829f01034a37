#pragma once

#include <QLocale>
#include <QStringList>

namespace viopay::Translations {

// The languages the interface is translated into, besides English.
QStringList available();

// Installs the app's translation for locale (and Qt's own), replacing any installed before, and
// makes locale the default for dates and numbers. English loads its plural forms. False when there
// is no translation for that language: the interface is then English, plural forms included.
bool install(const QLocale &locale);

} // namespace viopay::Translations
