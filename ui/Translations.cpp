#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace viopay::Translations {

namespace {
const QString Directory = QStringLiteral(":/i18n"); // embedded; an installed copy is preferred

// <prefix>/share/viopay-pairing/translations beside <prefix>/bin, when installed.
QString installedDirectory()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../share/viopay-pairing/translations");
}
const QString Prefix = QStringLiteral("viopay-pairing_");

QTranslator *ours = nullptr;
QTranslator *qts = nullptr;

void replace(QTranslator *&installed, QTranslator *next)
{
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    installed = next;
    if (installed)
        QCoreApplication::installTranslator(installed);
}
} // namespace

QStringList available()
{
    QStringList languages;
    for (const QString &file : QDir(Directory).entryList({Prefix + QStringLiteral("*.qm")})) {
        const QString language = file.mid(Prefix.size()).chopped(3);
        if (language != QLatin1String("en"))
            languages << language;
    }
    return languages;
}

namespace {
QTranslator *loadOurs(const QLocale &locale)
{
    auto *translator = new QTranslator;
    const auto load = [&](const QString &directory) {
        return translator->load(locale, QStringLiteral("viopay-pairing"), QStringLiteral("_"), directory);
    };
    if (load(installedDirectory()) || load(Directory))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

bool install(const QLocale &locale)
{
    // Dates and numbers follow the chosen locale even where the text falls back to English.
    QLocale::setDefault(locale);
    QTranslator *translator = loadOurs(locale);
    if (!translator) {
        // Source texts with (s) plurals need English's own forms: never show them raw.
        replace(ours, loadOurs(QLocale(QLocale::English)));
        replace(qts, nullptr);
        return false;
    }
    replace(ours, translator);
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        replace(qts, qt);
    else
        delete qt;
    return true;
}

} // namespace viopay::Translations
