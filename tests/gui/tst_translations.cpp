// The shipped translations load by locale and translate, plural forms included.
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace viopay;

class TestTranslations : public QObject {
    Q_OBJECT

    static QString translate(const char *context, const char *text, int n = -1)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }

private Q_SLOTS:
    void cleanup() { Translations::install(QLocale(QLocale::English)); }

    void threeLanguagesShip()
    {
        QStringList languages = Translations::available();
        languages.sort();
        QCOMPARE(languages, QStringList({"de", "es", "vi"}));
    }

    void eachLanguageTranslatesWithItsPluralForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("oneDevice");
        QTest::addColumn<QString>("fiveDevices");
        QTest::newRow("English") << "en_GB"
                                 << "Pair this terminal"
                                 << "1 device"
                                 << "5 devices";
        QTest::newRow("German") << "de_DE" << QString::fromUtf8("Dieses Terminal koppeln")
                                << QString::fromUtf8("1 Gerät") << QString::fromUtf8("5 Geräte");
        QTest::newRow("Spanish") << "es_MX" << QString() << "1 dispositivo"
                                 << "5 dispositivos";
        QTest::newRow("Vietnamese") << "vi" << QString() << QString::fromUtf8("1 thiết bị")
                                    << QString::fromUtf8("5 thiết bị");
    }

    void eachLanguageTranslatesWithItsPluralForms()
    {
        QFETCH(QString, locale);
        QFETCH(QString, title);
        QFETCH(QString, oneDevice);
        QFETCH(QString, fiveDevices);
        QVERIFY(Translations::install(QLocale(locale)));
        const QString translatedTitle = translate("KioskWindow", "Pair this terminal");
        if (!title.isEmpty())
            QCOMPARE(translatedTitle, title);
        else
            QVERIFY(translatedTitle != QLatin1String("Pair this terminal"));
        QCOMPARE(translate("viopay::DevicesPage", "%n device(s)", 1), oneDevice);
        QCOMPARE(translate("viopay::DevicesPage", "%n device(s)", 5), fiveDevices);
    }

    void aLanguageWithoutTranslationFallsBackToEnglishWithItsPlurals()
    {
        QVERIFY(!Translations::install(QLocale(QLocale::Japanese)));
        QCOMPARE(translate("KioskWindow", "Pair this terminal"), QString("Pair this terminal"));
        QCOMPARE(translate("viopay::DevicesPage", "%n device(s)", 11), QString("11 devices"));
        QCOMPARE(translate("viopay::DevicesPage", "%n device(s)", 1), QString("1 device"));
    }

    // "11 device(s)" must never reach a person: every "(s)" text is a %n plural with English forms.
    void everyPluralInTheSourcesHasEnglishForms()
    {
        QFile english(QStringLiteral(VIOPAY_SOURCE_DIR "/translations/viopay-pairing_en.ts"));
        QVERIFY(english.open(QIODevice::ReadOnly));
        const QString ts = QString::fromUtf8(english.readAll());
        const QRegularExpression literal(QStringLiteral(R"re("([^"\n]*\(s\)[^"\n]*)")re"));
        int found = 0;
        for (const char *folder : {"/ui", "/src", "/app"}) {
            QDirIterator files(QStringLiteral(VIOPAY_SOURCE_DIR) + QLatin1String(folder), {"*.cpp", "*.h", "*.ui"},
                               QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (const auto &match : literal.globalMatch(QString::fromUtf8(file.readAll()))) {
                    const QString text = match.captured(1);
                    const QString where = file.fileName() + QLatin1String(": ") + text;
                    QVERIFY2(text.contains(QLatin1String("%n")), qPrintable(where));
                    const qsizetype entry =
                        ts.indexOf(QLatin1String("<source>") + text.toHtmlEscaped() + QLatin1String("</source>"));
                    QVERIFY2(entry > 0 && ts.lastIndexOf(QLatin1String("<message"), entry) ==
                                              ts.lastIndexOf(QLatin1String("<message numerus=\"yes\">"), entry),
                             qPrintable(where));
                    ++found;
                }
            }
        }
        QVERIFY(found > 0); // the sources were read
    }

    void theChosenLocaleFormatsDates()
    {
        QVERIFY(Translations::install(QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QLocale().language(), QLocale::German);
        const QDateTime claimedAt(QDate(2026, 11, 29), QTime(11, 49));
        QVERIFY(QLocale().toString(claimedAt, QLocale::ShortFormat).startsWith("29.11.26"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
