// Runs the built programs as a user would, checking what they print and their exit status.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPrograms : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // No display at all, as on a server or in CI: --help, --version and usage errors still work.
    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutFragment");
        QTest::addColumn<QString>("stderrFragment");

        const QString pairing = QStringLiteral(VIOPAY_PAIRING_BINARY);
        const QString sandbox = QStringLiteral(VIOPAY_SANDBOX_BINARY);
        QTest::newRow("pairing --version")
            << pairing << QStringList{"--version"} << 0 << "viopay-pairing " VIOPAY_VERSION << QString();
        QTest::newRow("pairing --help") << pairing << QStringList{"--help"} << 0 << "--server <url>" << QString();
        QTest::newRow("pairing --help names it")
            << pairing << QStringList{"--help"} << 0 << "Usage: viopay-pairing [options]" << QString();
        QTest::newRow("pairing unknown option") << pairing << QStringList{"--bogus"} << 2 << QString() << "bogus";
        QTest::newRow("pairing bad server") << pairing << QStringList{"--server", "nowhere"} << 2 << QString()
                                            << "--server needs an http:// or https:// URL";
        QTest::newRow("pairing bad device id") << pairing << QStringList{"--kiosk", "--device-id", "POS-XYZ"} << 2
                                               << QString() << "needs exactly 8 hexadecimal digits";
        QTest::newRow("pairing bad kiosks") << pairing << QStringList{"--kiosks", "40"} << 2 << QString()
                                            << "--kiosks must be a number from 1 to 16 (got \"40\")";
        QTest::newRow("pairing demo with a server")
            << pairing << QStringList{"--demo", "--server", "http://127.0.0.1:1"} << 2 << QString()
            << "--demo always runs on the embedded sandbox";
        QTest::newRow("diagnose bad device id") << pairing << QStringList{"--diagnose", "POS-XYZ"} << 2 << QString()
                                                << "needs exactly 8 hexadecimal digits";
        QTest::newRow("diagnose without an id") << pairing << QStringList{"--diagnose"} << 2 << QString() << "diagnose";
        QTest::newRow("diagnose bad server")
            << pairing << QStringList{"--diagnose", "POS-8F3A2C91", "--server", "nowhere"} << 2 << QString()
            << "--server needs an http:// or https:// URL";
        QTest::newRow("diagnose with a mode") << pairing << QStringList{"--diagnose", "POS-8F3A2C91", "--kiosk"} << 2
                                              << QString() << "--diagnose checks a terminal and exits";
        QTest::newRow("json alone") << pairing << QStringList{"--json"} << 2 << QString()
                                    << "--json goes with --diagnose";
        QTest::newRow("bundle alone") << pairing << QStringList{"--bundle", "x.zip"} << 2 << QString()
                                      << "--bundle goes with --diagnose";
        QTest::newRow("bundle into no folder")
            << pairing << QStringList{"--diagnose", "POS-8F3A2C91", "--bundle", "/nonexistent-folder/x.zip"} << 2
            << QString() << "no such folder";
        QTest::newRow("sandbox --version")
            << sandbox << QStringList{"--version"} << 0 << "viopay-sandbox " VIOPAY_VERSION << QString();
        QTest::newRow("sandbox --help") << sandbox << QStringList{"--help"} << 0 << "--port" << QString();
        QTest::newRow("sandbox unknown option") << sandbox << QStringList{"--bogus"} << 2 << QString() << "bogus";
        QTest::newRow("sandbox bad port") << sandbox << QStringList{"--port", "abc"} << 2 << QString() << "port";
        QTest::newRow("sandbox short admin token") << sandbox << QStringList{"--admin-token", "x"} << 2 << QString()
                                                   << "--admin-token must be at least 16 characters (got 1)";
    }

    void answers()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutFragment);
        QFETCH(QString, stderrFragment);

        const Run result = run(program, arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.out.contains(stdoutFragment), qPrintable(result.out));
        QVERIFY2(result.err.contains(stderrFragment), qPrintable(result.err));
    }

    // --diagnose on the embedded sandbox, with no display at all: 0 when nothing fails, 1 when a
    // check does.
    void diagnoseExitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutFragment");
        QTest::newRow("healthy terminal")
            << QStringList{"--diagnose", "POS-8f3a2c91"} << 0
            << QString::fromUtf8("\u2713 Device provisioned: The server knows POS-8F3A2C91");
        QTest::newRow("unknown terminal") << QStringList{"--diagnose", "POS-DEADBEEF"} << 1
                                          << QString::fromUtf8("\u2717 Device provisioned: The server does not know");
        QTest::newRow("old app") << QStringList{"--diagnose", "POS-8F3A2C91", "--app-version", "1.0.0"} << 1
                                 << "Update the Viopay app on the terminal to 1.3.5 or later";
        QTest::newRow("json") << QStringList{"--diagnose", "POS-DEADBEEF", "--json"} << 1 << "\"result\": \"fail\"";
        QTest::newRow("dead server") << QStringList{"--diagnose", "POS-8F3A2C91", "--server", "http://127.0.0.1:1"} << 1
                                     << "Nothing is listening on 127.0.0.1:1";
    }

    void diagnoseExitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutFragment);
        const Run result = run(QStringLiteral(VIOPAY_PAIRING_BINARY), arguments);
        QVERIFY2(result.out.contains(stdoutFragment), qPrintable(result.out + result.err));
        QCOMPARE(result.exitCode, exitCode);
    }

    // --bundle saves one zip beside the printed diagnosis, whatever the verdict; a bundle that cannot
    // be saved makes the run fail (1) even when every check passed. Listed by Python's zipfile, a
    // reader independent of the libarchive that wrote it.
    void diagnoseSavesABundle()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath("bundle.zip");
        const Run failing =
            run(QStringLiteral(VIOPAY_PAIRING_BINARY), {"--diagnose", "POS-DEADBEEF", "--bundle", path});
        QCOMPARE(failing.exitCode, 1);
        QProcess python;
        python.start("python3",
                     {"-c", "import sys, zipfile; print(' '.join(zipfile.ZipFile(sys.argv[1]).namelist()))", path});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
                 QString("diagnosis.txt diagnosis.json exchanges.har app.log versions.txt settings.txt"));

        const QString another = folder.filePath("passing.zip");
        QCOMPARE(
            run(QStringLiteral(VIOPAY_PAIRING_BINARY), {"--diagnose", "POS-8F3A2C91", "--bundle", another}).exitCode,
            0);
        QVERIFY(QFileInfo(another).size() > 0);

        QVERIFY(QDir(folder.path()).mkdir("taken"));
        const Run unsaved = run(QStringLiteral(VIOPAY_PAIRING_BINARY),
                                {"--diagnose", "POS-8F3A2C91", "--bundle", folder.filePath("taken")});
        QVERIFY2(unsaved.err.contains("the support bundle was not saved"), qPrintable(unsaved.err));
        QCOMPARE(unsaved.exitCode, 1);
    }

    // The README's first command ends in this: the demo on its own sandbox, a code on screen.
    void demoShowsACodeOnItsOwn_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("demo") << QStringList{"--demo"};
        QTest::newRow("demo with a room") << QStringList{"--demo", "--kiosks", "4"};
        QTest::newRow("kiosk") << QStringList{"--kiosk"};
    }

    void demoShowsACodeOnItsOwn()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VIOPAY_PAIRING_BINARY), arguments << "--log-level"
                                                                       << "info");
        QByteArray log;
        const bool shown = QTest::qWaitFor(
            [&] {
                log += process.readAllStandardError();
                return log.contains("first pairing code on screen") || process.state() == QProcess::NotRunning;
            },
            20000);
        process.terminate();
        process.waitForFinished(5000);
        QVERIFY2(shown && log.contains("first pairing code on screen"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestPrograms)
#include "tst_programs.moc"
