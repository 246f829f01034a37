#include "PairingCommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace viopay;
using Outcome = PairingCommandLine::Outcome;

Q_DECLARE_METATYPE(PairingCommandLine::Outcome)

class TestPairingCommandLine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("errorFragment");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("logLevel");

        QTest::newRow("no arguments") << QStringList{} << Outcome::Run << QString() << QString() << "warning";
        QTest::newRow("help") << QStringList{"--help"} << Outcome::ShowHelp << QString() << QString() << "warning";
        QTest::newRow("short help") << QStringList{"-h"} << Outcome::ShowHelp << QString() << QString() << "warning";
        QTest::newRow("version") << QStringList{"--version"} << Outcome::ShowVersion << QString() << QString()
                                 << "warning";
        QTest::newRow("https server") << QStringList{"--server", "https://api.viopay.io"} << Outcome::Run << QString()
                                      << "https://api.viopay.io"
                                      << "warning";
        QTest::newRow("loopback server") << QStringList{"--server=http://127.0.0.1:8080"} << Outcome::Run << QString()
                                         << "http://127.0.0.1:8080"
                                         << "warning";
        QTest::newRow("log level") << QStringList{"--log-level", "debug"} << Outcome::Run << QString() << QString()
                                   << "debug";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << Outcome::Error << "frobnicate" << QString()
                                        << QString();
        QTest::newRow("missing value") << QStringList{"--server"} << Outcome::Error << "server" << QString()
                                       << QString();
        QTest::newRow("server without scheme") << QStringList{"--server", "api.viopay.io"} << Outcome::Error
                                               << "--server needs an http:// or https://" << QString() << QString();
        QTest::newRow("ftp server") << QStringList{"--server", "ftp://api.viopay.io"} << Outcome::Error
                                    << "ftp://api.viopay.io" << QString() << QString();
        QTest::newRow("bad log level") << QStringList{"--log-level", "loud"} << Outcome::Error
                                       << "--log-level must be one of debug, info, warning, error (got \"loud\")"
                                       << QString() << QString();
        QTest::newRow("kiosk with its device")
            << QStringList{"--kiosk", "--device-id", "POS-1a2b3c00",  "--model", "Sunmi-P2",
                           "--os",    "Android 13",  "--app-version", "1.5.0"}
            << Outcome::Run << QString() << QString() << "warning";
        QTest::newRow("bad device id") << QStringList{"--kiosk", "--device-id", "POS-123"} << Outcome::Error
                                       << "exactly 8 hexadecimal digits" << QString() << QString();
        QTest::newRow("bad app version") << QStringList{"--kiosk", "--app-version", "latest"} << Outcome::Error
                                         << "such as 1.4.2 (got \"latest\")" << QString() << QString();
        QTest::newRow("bad model") << QStringList{"--kiosk", "--model", "PAX (A920)"} << Outcome::Error
                                   << "cannot contain \"(\"" << QString() << QString();
        QTest::newRow("merchant") << QStringList{"--merchant", "--server", "http://127.0.0.1:8080"} << Outcome::Run
                                  << QString() << "http://127.0.0.1:8080"
                                  << "warning";
        QTest::newRow("kiosk and merchant") << QStringList{"--kiosk", "--merchant"} << Outcome::Error
                                            << "--kiosk and --merchant open different modes" << QString() << QString();
        QTest::newRow("merchant and demo") << QStringList{"--merchant", "--demo"} << Outcome::Error
                                           << "--merchant and --demo open different modes" << QString() << QString();
        QTest::newRow("demo with a server")
            << QStringList{"--demo", "--server", "https://api.viopay.io"} << Outcome::Error
            << "--demo always runs on the embedded sandbox" << QString() << QString();
        QTest::newRow("no kiosks") << QStringList{"--kiosks", "0"} << Outcome::Error
                                   << "--kiosks must be a number from 1 to 16 (got \"0\")" << QString() << QString();
        QTest::newRow("too many kiosks") << QStringList{"--kiosks", "17"} << Outcome::Error
                                         << "--kiosks must be a number from 1 to 16 (got \"17\")" << QString()
                                         << QString();
        QTest::newRow("kiosks in words") << QStringList{"--kiosks", "four"} << Outcome::Error << "(got \"four\")"
                                         << QString() << QString();
        QTest::newRow("kiosks for a merchant") << QStringList{"--merchant", "--kiosks", "2"} << Outcome::Error
                                               << "does not go with --merchant" << QString() << QString();
        QTest::newRow("kiosks and one device")
            << QStringList{"--kiosks", "3", "--device-id", "POS-1A2B3C00"} << Outcome::Error
            << "--kiosks 3 picks 3 provisioned terminals" << QString() << QString();
        QTest::newRow("unknown language")
            << QStringList{"--lang", "klingon"} << Outcome::Error
            << "--lang needs a language code such as de, es or vi (got \"klingon\")" << QString() << QString();
        QTest::newRow("language number") << QStringList{"--lang", "12"} << Outcome::Error << "(got \"12\")" << QString()
                                         << QString();
        QTest::newRow("stray argument") << QStringList{"kiosk"} << Outcome::Error << "Unexpected argument: kiosk"
                                        << QString() << QString();
    }

    void outcomes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Outcome, outcome);
        QFETCH(QString, errorFragment);
        QFETCH(QString, server);
        QFETCH(QString, logLevel);

        PairingCommandLine commandLine;
        arguments.prepend(QStringLiteral("viopay-pairing"));
        QCOMPARE(commandLine.parse(arguments), outcome);
        if (outcome == Outcome::Error) {
            QVERIFY2(commandLine.errorText().contains(errorFragment), qPrintable(commandLine.errorText()));
            return;
        }
        QVERIFY(commandLine.errorText().isEmpty());
        if (outcome != Outcome::Run)
            return;
        QCOMPARE(commandLine.server().toString(), server);
        QCOMPARE(commandLine.logLevel(), logLevel);
    }

    void modes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("mode"); // -1: the chooser asks
        QTest::addColumn<int>("kiosks");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("fullScreen");
        QTest::newRow("nothing") << QStringList{} << -1 << 1 << QString() << false;
        QTest::newRow("kiosk") << QStringList{"--kiosk"} << int(LaunchMode::Kiosk) << 1 << QString() << false;
        QTest::newRow("merchant") << QStringList{"--merchant"} << int(LaunchMode::Merchant) << 1 << QString() << false;
        QTest::newRow("demo") << QStringList{"--demo"} << int(LaunchMode::Demo) << 1 << QString() << false;
        QTest::newRow("a room of terminals")
            << QStringList{"--kiosks", "16"} << int(LaunchMode::Kiosk) << 16 << QString() << false;
        QTest::newRow("demo with four terminals")
            << QStringList{"--demo", "--kiosks=4"} << int(LaunchMode::Demo) << 4 << QString() << false;
        QTest::newRow("one kiosk of a given device") << QStringList{"--kiosks", "1", "--device-id", "POS-1A2B3C00"}
                                                     << int(LaunchMode::Kiosk) << 1 << QString() << false;
        QTest::newRow("German, full screen")
            << QStringList{"--kiosk", "--lang", "de", "--fullscreen"} << int(LaunchMode::Kiosk) << 1 << "de" << true;
        QTest::newRow("language with territory") << QStringList{"--lang", "es_MX"} << -1 << 1 << "es_MX" << false;
    }

    void modes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, mode);
        QFETCH(int, kiosks);
        QFETCH(QString, language);
        QFETCH(bool, fullScreen);
        PairingCommandLine commandLine;
        arguments.prepend(QStringLiteral("viopay-pairing"));
        QCOMPARE(commandLine.parse(arguments), Outcome::Run);
        QCOMPARE(commandLine.mode() ? int(*commandLine.mode()) : -1, mode);
        QCOMPARE(commandLine.kioskCount(), kiosks);
        QCOMPARE(commandLine.language(), language);
        QCOMPARE(commandLine.fullScreen(), fullScreen);
    }

    void deviceDefaultsToTheSeedTerminal()
    {
        PairingCommandLine commandLine;
        QCOMPARE(commandLine.parse({"viopay-pairing", "--kiosk"}), Outcome::Run);
        QVERIFY(commandLine.kiosk());
        QCOMPARE(commandLine.device()->userAgent(), QString("Viopay-POS/1.4.2 (Android 12; PAX-A920)"));
        QCOMPARE(commandLine.device()->deviceId(), QString("POS-8F3A2C91"));
        QVERIFY(!commandLine.allowInsecureHttp());
        QCOMPARE(commandLine.parse({"viopay-pairing", "--device-id", "POS-1a2b3c00", "--allow-insecure-http"}),
                 Outcome::Run);
        QCOMPARE(commandLine.device()->deviceId(), QString("POS-1A2B3C00"));
        QVERIFY(commandLine.allowInsecureHttp());
    }

    void adminTokenFromTheOptionOrTheEnvironment()
    {
        qunsetenv("VIOPAY_SANDBOX_ADMIN_TOKEN");
        PairingCommandLine commandLine;
        QCOMPARE(commandLine.parse({"viopay-pairing"}), Outcome::Run);
        QVERIFY(commandLine.adminToken().isEmpty());
        qputenv("VIOPAY_SANDBOX_ADMIN_TOKEN", "from-environment");
        QCOMPARE(commandLine.adminToken(), QByteArray("from-environment"));
        QCOMPARE(commandLine.parse({"viopay-pairing", "--admin-token", "from-option"}), Outcome::Run);
        QCOMPARE(commandLine.adminToken(), QByteArray("from-option"));
        qunsetenv("VIOPAY_SANDBOX_ADMIN_TOKEN");
    }

    void diagnoseTakesACanonicalDeviceId()
    {
        PairingCommandLine commandLine;
        QCOMPARE(commandLine.parse({"viopay-pairing", "--kiosk"}), Outcome::Run);
        QVERIFY(!commandLine.diagnose());
        QCOMPARE(commandLine.parse({"viopay-pairing", "--diagnose", " POS-0badf00d ", "--json"}), Outcome::Run);
        QVERIFY(commandLine.diagnose());
        QCOMPARE(commandLine.diagnoseDeviceId(), QString("POS-0BADF00D"));
        QVERIFY(commandLine.json());
        QVERIFY(!commandLine.mode());
        QCOMPARE(commandLine.diagnoseAppVersion(), QString("1.4.2")); // the simulated terminal's
        QCOMPARE(commandLine.parse({"viopay-pairing", "--diagnose", "POS-0BADF00D", "--app-version", "1.3.4"}),
                 Outcome::Run);
        QCOMPARE(commandLine.diagnoseAppVersion(), QString("1.3.4"));
        QCOMPARE(commandLine.parse({"viopay-pairing", "--diagnose", "0BADF00D"}), Outcome::Error);
        QVERIFY2(commandLine.errorText().contains("POS-"), qPrintable(commandLine.errorText()));
        QCOMPARE(commandLine.parse({"viopay-pairing", "--diagnose", "POS-0BADF00D", "--demo"}), Outcome::Error);
        QCOMPARE(commandLine.parse({"viopay-pairing", "--diagnose", "POS-0BADF00D", "--kiosks", "2"}), Outcome::Error);
    }

    void clockOffsetInWholeSeconds()
    {
        PairingCommandLine commandLine;
        QCOMPARE(commandLine.parse({"viopay-pairing"}), Outcome::Run);
        QCOMPARE(commandLine.clockOffsetSeconds(), 0);
        QCOMPARE(commandLine.parse({"viopay-pairing", "--clock-offset", "-200"}), Outcome::Run);
        QCOMPARE(commandLine.clockOffsetSeconds(), -200);
        QCOMPARE(commandLine.parse({"viopay-pairing", "--clock-offset", "3 min"}), Outcome::Error);
        QVERIFY(commandLine.errorText().contains("--clock-offset needs whole seconds"));
        QCOMPARE(commandLine.parse({"viopay-pairing", "--clock-offset", "99999999"}), Outcome::Error);
    }

    void factorySecretsFromAFile()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath("factory.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray secret = QByteArray(32, 's').toBase64();
        file.write("{\"identity_key_id\":\"idk-POS-8F3A2C91-01\",\"identity_secret\":\"" + secret + "\",\"zmk\":\"" +
                   secret + "\",\"zmk_kcv\":\"0A1B2C\"}");
        file.close();
        PairingCommandLine commandLine;
        QCOMPARE(commandLine.parse({"viopay-pairing"}), Outcome::Run);
        QVERIFY(!commandLine.factory());
        QCOMPARE(commandLine.parse({"viopay-pairing", "--factory", path}), Outcome::Run);
        QCOMPARE(commandLine.factory()->identityKeyId, QString("idk-POS-8F3A2C91-01"));
        QCOMPARE(commandLine.factory()->zmk, QByteArray(32, 's'));
        QCOMPARE(commandLine.parse({"viopay-pairing", "--factory", directory.filePath("missing.json")}),
                 Outcome::Error);
        QVERIFY(commandLine.errorText().startsWith("--factory "));
    }

    void helpListsEveryOption()
    {
        PairingCommandLine commandLine;
        for (const char *option : {"--help",
                                   "--version",
                                   "--kiosk",
                                   "--merchant",
                                   "--demo",
                                   "--kiosks <N>",
                                   "--server <url>",
                                   "--device-id <id>",
                                   "--model <model>",
                                   "--os <os>",
                                   "--app-version <version>",
                                   "--fullscreen",
                                   "--lang <language>",
                                   "--allow-insecure-http",
                                   "--admin-token <token>",
                                   "--log-level <level>",
                                   "--diagnose <id>",
                                   "--json",
                                   "--factory <file>",
                                   "--clock-offset <seconds>"})
            QVERIFY2(commandLine.helpText().contains(QLatin1String(option)), option);
    }

    void versionNamesTheProgram()
    {
        QCOMPARE(PairingCommandLine().versionText(), QStringLiteral("viopay-pairing " VIOPAY_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestPairingCommandLine)
#include "tst_pairingcommandline.moc"
