// The viopay-sandbox program as a training room runs it: what it prints, how it stops, and that
// a SIGKILL in the middle of a claim storm loses no claim that was answered 200.
#include "HttpProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestSandboxProgram : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Starts the program and returns the port from its one stdout line (0 on failure).
    static quint16 start(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(VIOPAY_SANDBOX_BINARY), arguments);
        if (!process.waitForStarted(10000) || !process.waitForReadyRead(10000))
            return 0;
        const QString line = QString::fromUtf8(process.readLine());
        static const QRegularExpression listening(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
        const QRegularExpressionMatch match = listening.match(line);
        return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

    static Headers posHeaders(const QByteArray &deviceId)
    {
        return {{"X-Device-Id", deviceId},
                {"User-Agent", "Viopay-POS/1.4.2 (Android 12; PAX-A920)"},
                {"X-Client-Type", "pos"}};
    }

    // The process's environment with VIOPAY_SANDBOX_ADMIN_TOKEN set to token, or without it when null.
    static QProcessEnvironment environmentWithToken(const QString &token)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("VIOPAY_SANDBOX_ADMIN_TOKEN"));
        if (!token.isNull())
            environment.insert(QStringLiteral("VIOPAY_SANDBOX_ADMIN_TOKEN"), token);
        return environment;
    }

    static int stateStatus(quint16 port, const QByteArray &adminToken)
    {
        const Headers headers = adminToken.isEmpty() ? Headers{} : Headers{{"Authorization", "Bearer " + adminToken}};
        return HttpProbe::request(port, "GET", "/sandbox/state", headers).status;
    }

private Q_SLOTS:
    void printsOneListeningLineAndStopsCleanlyOnSigterm()
    {
        QProcess process;
        const quint16 port = start(process, {"--port", "0", "--db", ":memory:"});
        QVERIFY(port != 0);
        QCOMPARE(HttpProbe::request(port, "POST", "/pos/bootstrap", posHeaders("POS-8F3A2C91")).status, 200);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(process.readAllStandardOutput().isEmpty(), "only the one listening line goes to stdout");
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(log.contains("POST /pos/bootstrap 200"), log.constData());
        QVERIFY2(log.contains("device=POS-8F3A2C91"), log.constData());
    }

    void requestLogNeverHoldsASecret()
    {
        QProcess process;
        const quint16 port = start(process, {"--db", ":memory:"});
        QVERIFY(port != 0);
        const HttpProbe::Response token = HttpProbe::request(
            port, "POST", "/realms/viopay/protocol/openid-connect/token",
            {{"Content-Type", "application/x-www-form-urlencoded"}},
            "grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test&password=pairing-demo");
        const QByteArray access = token.json()["access_token"].toString().toLatin1();
        QVERIFY(!access.isEmpty());
        HttpProbe::request(port, "GET", "/merchant/devices", {{"Authorization", "Bearer " + access}});
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray log = process.readAllStandardError();
        for (const QByteArray &secret :
             {QByteArray("pairing-demo"), access, token.json()["refresh_token"].toString().toLatin1()})
            QVERIFY2(!log.contains(secret), "a secret reached the log");
    }

    void killDuringAClaimStormLosesNoAnsweredClaim()
    {
        const QString database = m_dir.filePath("storm.sqlite");
        QProcess first;
        quint16 port = start(first, {"--db", database});
        QVERIFY(port != 0);
        QList<QByteArray> codes;
        QList<QByteArray> devices;
        for (int index = 0; index < 10; ++index) {
            const QByteArray device = "POS-1A2B3C0" + QByteArray::number(index);
            const auto code = HttpProbe::request(port, "POST", "/pos/pairing-code", posHeaders(device));
            QCOMPARE(code.status, 200);
            codes << code.json()["pairing_code"].toString().toLatin1();
            devices << device;
        }
        const auto token = HttpProbe::request(
            port, "POST", "/realms/viopay/protocol/openid-connect/token",
            {{"Content-Type", "application/x-www-form-urlencoded"}},
            "grant_type=password&client_id=viopay-desk&username=ops%40cafe-lumen.test&password=pairing-demo");
        const QByteArray bearer = "Bearer " + token.json()["access_token"].toString().toLatin1();
        HttpProbe::request(port, "POST", "/session/initiate",
                           {{"Authorization", bearer}, {"Content-Type", "application/json"}},
                           R"({"host":"merchant.viopay.io"})");

        QSet<QString> answeredClaims;
        for (int index = 0; index < codes.size(); ++index) {
            const auto claim = HttpProbe::request(port, "POST", "/pos/claim",
                                                  {{"Authorization", bearer}, {"Content-Type", "application/json"}},
                                                  R"({"pairing_code":")" + codes.at(index) + R"("})");
            if (claim.status == 200)
                answeredClaims.insert(QString::fromLatin1(devices.at(index)));
            if (index == 6)
                ::kill(pid_t(first.processId()), SIGKILL);
        }
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(answeredClaims.size(), 7);

        QProcess second;
        port = start(second, {"--db", database});
        QVERIFY(port != 0);
        const QJsonArray state = HttpProbe::request(port, "GET", "/sandbox/state").json()["devices"].toArray();
        QSet<QString> claimed;
        for (const QJsonValue &device : state) {
            if (device["device_status"].toString() == QLatin1String("claimed"))
                claimed.insert(device["device_id"].toString());
        }
        QCOMPARE(claimed, answeredClaims);
        ::kill(pid_t(second.processId()), SIGTERM);
        QVERIFY(second.waitForFinished(10000));
    }

    void aBusyPortFailsWithExitCodeOne()
    {
        QProcess first;
        const quint16 port = start(first, {"--db", ":memory:"});
        QVERIFY(port != 0);
        QProcess second;
        second.start(QStringLiteral(VIOPAY_SANDBOX_BINARY), {"--port", QString::number(port), "--db", ":memory:"});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains(QByteArray::number(port)));
        ::kill(pid_t(first.processId()), SIGTERM);
        QVERIFY(first.waitForFinished(10000));
    }

    void adminTokenComesFromAFileOrTheEnvironment()
    {
        // Out of argv, where ps shows it to every user of the machine.
        QFile tokenFile(m_dir.filePath(QStringLiteral("admin-token")));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("file-token-0123456\n");
        tokenFile.close();
        QProcess fromFile;
        fromFile.setProcessEnvironment(environmentWithToken({}));
        const quint16 filePort = start(fromFile, {"--db", ":memory:", "--admin-token-file", tokenFile.fileName()});
        QVERIFY(filePort != 0);

        QProcess fromEnvironment;
        fromEnvironment.setProcessEnvironment(environmentWithToken(QStringLiteral("environment-token-1")));
        const quint16 environmentPort = start(fromEnvironment, {"--db", ":memory:"});
        QVERIFY(environmentPort != 0);

        QCOMPARE(stateStatus(filePort, {}), 401);
        QCOMPARE(stateStatus(filePort, "file-token-0123456"), 200);
        QCOMPARE(stateStatus(environmentPort, {}), 401);
        QCOMPARE(stateStatus(environmentPort, "environment-token-1"), 200);
        for (QProcess *process : {&fromFile, &fromEnvironment}) {
            ::kill(pid_t(process->processId()), SIGTERM);
            QVERIFY(process->waitForFinished(10000));
        }
    }

    void nonLoopbackBindNeedsAnAdminToken()
    {
        QProcess process;
        process.setProcessEnvironment(environmentWithToken({}));
        process.start(QStringLiteral(VIOPAY_SANDBOX_BINARY), {"--bind", "0.0.0.0", "--db", ":memory:"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--admin-token"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProgram)
#include "tst_sandboxprogram.moc"
