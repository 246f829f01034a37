#include "SandboxCommandLine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace viopay;
using Outcome = SandboxCommandLine::Outcome;

Q_DECLARE_METATYPE(SandboxCommandLine::Outcome)

namespace {
Outcome parse(SandboxCommandLine &commandLine, QStringList arguments, const QProcessEnvironment &environment = {})
{
    arguments.prepend(QStringLiteral("viopay-sandbox"));
    return commandLine.parse(arguments, environment);
}

QProcessEnvironment environmentWithToken(const QString &token)
{
    QProcessEnvironment environment;
    if (!token.isNull())
        environment.insert(QString::fromLatin1(SandboxCommandLine::AdminTokenVariable), token);
    return environment;
}
} // namespace

class TestSandboxCommandLine : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // The arguments with "{file}" replaced by a file holding content (none written when null).
    QStringList withTokenFile(QStringList arguments, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("admin-token"));
        QFile::remove(path);
        if (!content.isNull()) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write the token file");
        }
        arguments.replaceInStrings(QStringLiteral("{file}"), path);
        arguments.replaceInStrings(QStringLiteral("{dir}"), m_dir.path());
        return arguments;
    }

private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("no arguments") << QStringList{} << Outcome::Run;
        QTest::newRow("help") << QStringList{"--help"} << Outcome::ShowHelp;
        QTest::newRow("short help") << QStringList{"-h"} << Outcome::ShowHelp;
        QTest::newRow("version") << QStringList{"--version"} << Outcome::ShowVersion;
        QTest::newRow("help wins over a bad port") << QStringList{"--port", "abc", "--help"} << Outcome::ShowHelp;
        QTest::newRow("version wins over a stray argument")
            << QStringList{"stray", "--version"} << Outcome::ShowVersion;
    }

    void outcomes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Outcome, outcome);
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, arguments), outcome);
        QVERIFY2(commandLine.errorText().isEmpty(), qPrintable(commandLine.errorText()));
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("adminToken");
        QTest::addColumn<bool>("databaseGiven");
        QTest::addColumn<QString>("databasePath");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<bool>("holdStatus");
        QTest::addColumn<QString>("logLevel");

        QTest::newRow("defaults") << QStringList{} << "127.0.0.1" << 0 << QByteArray() << false << QString() << false
                                  << true << "info";
        QTest::newRow("port") << QStringList{"--port", "8080"} << "127.0.0.1" << 8080 << QByteArray() << false
                              << QString() << false << true << "info";
        QTest::newRow("port with equals") << QStringList{"--port=65535"} << "127.0.0.1" << 65535 << QByteArray()
                                          << false << QString() << false << true << "info";
        QTest::newRow("loopback IPv6") << QStringList{"--bind", "::1"} << "::1" << 0 << QByteArray() << false
                                       << QString() << false << true << "info";
        QTest::newRow("other loopback address") << QStringList{"--bind", "127.0.0.2"} << "127.0.0.2" << 0
                                                << QByteArray() << false << QString() << false << true << "info";
        QTest::newRow("any address with a token")
            << QStringList{"--bind", "0.0.0.0", "--admin-token", "s3cret-admin-token"} << "0.0.0.0" << 0
            << QByteArray("s3cret-admin-token") << false << QString() << false << true << "info";
        QTest::newRow("LAN address with a token")
            << QStringList{"--bind", "192.168.1.20", "--admin-token=s3cret-admin-token"} << "192.168.1.20" << 0
            << QByteArray("s3cret-admin-token") << false << QString() << false << true << "info";
        QTest::newRow("token on loopback")
            << QStringList{"--admin-token", "s3cret-admin-token"} << "127.0.0.1" << 0
            << QByteArray("s3cret-admin-token") << false << QString() << false << true << "info";
        QTest::newRow("database file") << QStringList{"--db", "data/sandbox.sqlite"} << "127.0.0.1" << 0 << QByteArray()
                                       << true << "data/sandbox.sqlite" << false << true << "info";
        QTest::newRow("database in memory") << QStringList{"--db", ":memory:"} << "127.0.0.1" << 0 << QByteArray()
                                            << true << ":memory:" << false << true << "info";
        QTest::newRow("reset") << QStringList{"--reset"} << "127.0.0.1" << 0 << QByteArray() << false << QString()
                               << true << true << "info";
        QTest::newRow("no wait") << QStringList{"--no-wait"} << "127.0.0.1" << 0 << QByteArray() << false << QString()
                                 << false << false << "info";
        QTest::newRow("log level") << QStringList{"--log-level", "debug"} << "127.0.0.1" << 0 << QByteArray() << false
                                   << QString() << false << true << "debug";
        QTest::newRow("everything") << QStringList{"--bind",    "10.0.0.5",      "--port",
                                                   "9000",      "--admin-token", "training-room-token",
                                                   "--db",      "x.sqlite",      "--reset",
                                                   "--no-wait", "--log-level",   "error"}
                                    << "10.0.0.5" << 9000 << QByteArray("training-room-token") << true << "x.sqlite"
                                    << true << false << "error";
    }

    void options()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QByteArray, adminToken);
        QFETCH(bool, databaseGiven);
        QFETCH(QString, databasePath);
        QFETCH(bool, reset);
        QFETCH(bool, holdStatus);
        QFETCH(QString, logLevel);

        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, arguments), Outcome::Run);
        QVERIFY2(commandLine.errorText().isEmpty(), qPrintable(commandLine.errorText()));
        const sandbox::SandboxServer::Options options = commandLine.serverOptions();
        QCOMPARE(options.address, address);
        QCOMPARE(int(options.port), port);
        QCOMPARE(options.adminToken, adminToken);
        QCOMPARE(commandLine.databaseGiven(), databaseGiven);
        QCOMPARE(options.databasePath, databasePath);
        QCOMPARE(options.reset, reset);
        QCOMPARE(options.holdStatus, holdStatus);
        QCOMPARE(commandLine.logLevel(), logLevel);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorText");
        QTest::addColumn<bool>("needsOptionList");

        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "Unknown option 'frobnicate'." << true;
        QTest::newRow("missing value") << QStringList{"--port"} << "Missing value after '--port'." << true;
        // Without ParseAsLongOptions a single dash groups short options, and there are none of these.
        QTest::newRow("single-dash long option")
            << QStringList{"-port", "8080"} << "Unknown options: p, o, r, t." << true;
        QTest::newRow("positional argument") << QStringList{"stray"} << "unexpected argument: stray" << false;
        QTest::newRow("port in words") << QStringList{"--port", "abc"}
                                       << "--port must be a number from 0 to 65535 (got \"abc\")" << false;
        QTest::newRow("negative port") << QStringList{"--port=-1"}
                                       << "--port must be a number from 0 to 65535 (got \"-1\")" << false;
        QTest::newRow("port above 65535")
            << QStringList{"--port", "65536"} << "--port must be a number from 0 to 65535 (got \"65536\")" << false;
        QTest::newRow("host name for --bind")
            << QStringList{"--bind", "localhost"}
            << "--bind must be an IP address such as 127.0.0.1 (got \"localhost\")" << false;
        QTest::newRow("any address without a token")
            << QStringList{"--bind", "0.0.0.0"}
            << "--bind 0.0.0.0 is reachable from other machines: give an --admin-token, --admin-token-file or "
               "VIOPAY_SANDBOX_ADMIN_TOKEN to protect the /sandbox/ endpoints"
            << false;
        QTest::newRow("LAN address with an empty token")
            << QStringList{"--bind", "192.168.1.20", "--admin-token", ""}
            << "--admin-token must be at least 16 characters (got 0)" << false;
        QTest::newRow("bad log level") << QStringList{"--log-level", "loud"}
                                       << "--log-level must be one of debug, info, warning, error (got \"loud\")"
                                       << false;
        QTest::newRow("port checked before the address")
            << QStringList{"--bind", "nope", "--port", "99999"}
            << "--port must be a number from 0 to 65535 (got \"99999\")" << false;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorText);
        QFETCH(bool, needsOptionList);
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, arguments), Outcome::Error);
        QCOMPARE(commandLine.errorText(), errorText);
        QCOMPARE(commandLine.errorIsSyntax(), needsOptionList);
    }

    // --provision FILE.csv: the file's bytes reach the server, which provisions them all or none.
    void provisionFile_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no such file
        QTest::addColumn<bool>("runs");
        QTest::addColumn<QString>("errorStart"); // {file} stands for the path
        QTest::newRow("a training room") << QByteArray("device_id,merchant_id,model\nPOS-AA000001,MRC-1001,PAX-A920\n")
                                         << true << QString();
        QTest::newRow("missing file") << QByteArray() << false << "--provision: cannot read \"{file}\"";
        QTest::newRow("empty file") << QByteArray("\n") << false << "--provision: \"{file}\" is empty";
    }

    void provisionFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, runs);
        QFETCH(QString, errorStart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("room.csv"));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {"--provision", path}), runs ? Outcome::Run : Outcome::Error);
        QVERIFY2(commandLine.errorText().startsWith(errorStart.replace(QLatin1String("{file}"), path)),
                 qPrintable(commandLine.errorText()));
        if (runs)
            QCOMPARE(commandLine.serverOptions().provisionCsv, content);
    }

    void adminTokenSources_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {file}: a file holding fileContent
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QString>("environment"); // VIOPAY_SANDBOX_ADMIN_TOKEN; null: unset
        QTest::addColumn<QByteArray>("adminToken");

        QTest::newRow("none") << QStringList{} << QByteArray() << QString() << QByteArray();
        QTest::newRow("argument") << QStringList{"--admin-token", "argument-token-16"} << QByteArray() << QString()
                                  << QByteArray("argument-token-16");
        QTest::newRow("exactly 16 characters") << QStringList{"--admin-token", "0123456789abcdef"} << QByteArray()
                                               << QString() << QByteArray("0123456789abcdef");
        const QString accented = QString(8, QChar(0x00e9)) + QStringLiteral("01234567"); // 24 bytes in UTF-8
        QTest::newRow("16 characters in more bytes")
            << QStringList{"--admin-token", accented} << QByteArray() << QString() << accented.toUtf8();
        QTest::newRow("environment") << QStringList{} << QByteArray() << "environment-token-1"
                                     << QByteArray("environment-token-1");
        QTest::newRow("empty environment counts as unset") << QStringList{} << QByteArray() << "" << QByteArray();
        QTest::newRow("argument over environment") << QStringList{"--admin-token", "argument-token-16"} << QByteArray()
                                                   << "environment-token-1" << QByteArray("argument-token-16");
        QTest::newRow("file") << QStringList{"--admin-token-file", "{file}"} << QByteArray("file-token-0123456\n")
                              << QString() << QByteArray("file-token-0123456");
        QTest::newRow("file without a newline")
            << QStringList{"--admin-token-file={file}"} << QByteArray("file-token-0123456") << QString()
            << QByteArray("file-token-0123456");
        QTest::newRow("file's first line, trimmed")
            << QStringList{"--admin-token-file", "{file}"} << QByteArray("  file-token-0123456 \r\nsecond line\n")
            << QString() << QByteArray("file-token-0123456");
        QTest::newRow("file over environment")
            << QStringList{"--admin-token-file", "{file}"} << QByteArray("file-token-0123456\n")
            << "environment-token-1" << QByteArray("file-token-0123456");
        QTest::newRow("any address with the environment's token")
            << QStringList{"--bind", "0.0.0.0"} << QByteArray() << "environment-token-1"
            << QByteArray("environment-token-1");
    }

    void adminTokenSources()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, environment);
        QFETCH(QByteArray, adminToken);
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, withTokenFile(arguments, fileContent), environmentWithToken(environment)),
                 Outcome::Run);
        QVERIFY2(commandLine.errorText().isEmpty(), qPrintable(commandLine.errorText()));
        QCOMPARE(commandLine.serverOptions().adminToken, adminToken);
    }

    void adminTokenErrors_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {file}: a file holding fileContent; {dir}: a directory
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("errorText");

        QTest::newRow("both options") << QStringList{"--admin-token", "argument-token-16", "--admin-token-file",
                                                     "{file}"}
                                      << QByteArray("file-token-0123456\n") << QString()
                                      << "--admin-token and --admin-token-file exclude each other: give one";
        QTest::newRow("missing file") << QStringList{"--admin-token-file", "{file}"} << QByteArray() << QString()
                                      << "--admin-token-file: cannot read \"{file}\": No such file or directory";
        QTest::newRow("unreadable file") << QStringList{"--admin-token-file", "{dir}"} << QByteArray() << QString()
                                         << "--admin-token-file: cannot read \"{dir}\": file to open is a directory";
        QTest::newRow("empty file") << QStringList{"--admin-token-file", "{file}"} << QByteArray("") << QString()
                                    << "--admin-token-file: the first line of \"{file}\" is empty; it must hold the "
                                       "token";
        QTest::newRow("blank first line")
            << QStringList{"--admin-token-file", "{file}"} << QByteArray(" \nfile-token-0123456\n") << QString()
            << "--admin-token-file: the first line of \"{file}\" is empty; it must hold the token";
        QTest::newRow("short argument") << QStringList{"--admin-token", "0123456789abcde"} << QByteArray() << QString()
                                        << "--admin-token must be at least 16 characters (got 15)";
        QTest::newRow("short file") << QStringList{"--admin-token-file", "{file}"} << QByteArray("short\n") << QString()
                                    << "the token in --admin-token-file must be at least 16 characters (got 5)";
        QTest::newRow("short environment") << QStringList{} << QByteArray() << "abc"
                                           << "VIOPAY_SANDBOX_ADMIN_TOKEN must be at least 16 characters (got 3)";
        QTest::newRow("any address, empty environment")
            << QStringList{"--bind", "0.0.0.0"} << QByteArray() << ""
            << "--bind 0.0.0.0 is reachable from other machines: give an --admin-token, --admin-token-file or "
               "VIOPAY_SANDBOX_ADMIN_TOKEN to protect the /sandbox/ endpoints";
    }

    void adminTokenErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, environment);
        QFETCH(QString, errorText);
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, withTokenFile(arguments, fileContent), environmentWithToken(environment)),
                 Outcome::Error);
        errorText.replace(QStringLiteral("{file}"), m_dir.filePath(QStringLiteral("admin-token")));
        errorText.replace(QStringLiteral("{dir}"), m_dir.path());
        QCOMPARE(commandLine.errorText(), errorText);
        QVERIFY(!commandLine.errorIsSyntax());
    }

    void parsingAgainForgetsTheLastRun()
    {
        SandboxCommandLine commandLine;
        QCOMPARE(parse(commandLine, {"--port", "abc"}), Outcome::Error);
        QCOMPARE(parse(commandLine, {"--frobnicate"}), Outcome::Error);
        QVERIFY(commandLine.errorIsSyntax());
        QCOMPARE(parse(commandLine, {"--port", "8080", "--reset", "--admin-token", "0123456789abcdef"}), Outcome::Run);
        QVERIFY(commandLine.errorText().isEmpty());
        QVERIFY(!commandLine.errorIsSyntax());
        QCOMPARE(commandLine.serverOptions().port, quint16(8080));
        QCOMPARE(parse(commandLine, {}), Outcome::Run);
        QCOMPARE(commandLine.serverOptions().port, quint16(0));
        QVERIFY(commandLine.serverOptions().adminToken.isEmpty());
        QVERIFY(!commandLine.serverOptions().reset);
    }

    void helpListsEveryOptionWithItsText()
    {
        SandboxCommandLine commandLine;
        const QString help = commandLine.helpText().simplified(); // the help wraps long texts
        for (const char *line :
             {"The Viopay activation API sandbox: bootstrap, pairing codes, status, claims, fault drills.",
              "-h, --help Show this help and exit.", "--version Show the version and exit.",
              "--bind <address> Address to listen on (default 127.0.0.1); any other address needs an admin token.",
              "--port <port> Port, 0 for any free one (default 0).",
              "--db <file> SQLite database file (default in the user's data directory; :memory: keeps nothing).",
              "--reset Re-seed the demo data.",
              "--admin-token <token> Bearer token required by /sandbox/ endpoints, at least 16 characters (visible to "
              "other users in the process list).",
              "--admin-token-file <file> File whose first line is the admin token. Without either option, "
              "VIOPAY_SANDBOX_ADMIN_TOKEN is read.",
              "--no-wait Answer status requests at once, ignoring Prefer: wait, like a server without it: clients "
              "poll.",
              "--log-level <level> debug, info (default; one line per request), warning or error."})
            QVERIFY2(help.contains(QLatin1String(line)), line);
    }

    void versionNamesTheProgram()
    {
        QCOMPARE(SandboxCommandLine().versionText(), QStringLiteral("viopay-sandbox " VIOPAY_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "tst_sandboxcommandline.moc"
