// The shipped translations load by locale and translate, plural forms included.
#include "ui/Translations.h"

#include <QCoreApplication>
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

    void aLanguageWithoutTranslationFallsBackToTheSource()
    {
        QVERIFY(!Translations::install(QLocale(QLocale::Japanese)));
        QCOMPARE(translate("KioskWindow", "Pair this terminal"), QString("Pair this terminal"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
