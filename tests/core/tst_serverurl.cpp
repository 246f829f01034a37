// One check for every place that takes a server address: the command line, the mode chooser
// and the sign-in page all accept and refuse what this table says.
#include "core/ServerUrl.h"

#include <QTest>

using namespace viopay;

class TestServerUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("https") << "https://api.viopay.io"
                               << "https://api.viopay.io";
        QTest::newRow("http with a port") << "http://127.0.0.1:8080"
                                          << "http://127.0.0.1:8080";
        QTest::newRow("a path stays") << "https://gateway.example/viopay/"
                                      << "https://gateway.example/viopay/";
        QTest::newRow("spaces around") << "  https://api.viopay.io \n"
                                       << "https://api.viopay.io";
        QTest::newRow("IPv6 loopback") << "http://[::1]:8080"
                                       << "http://[::1]:8080";
        QTest::newRow("no scheme") << "api.viopay.io"
                                   << "";
        QTest::newRow("another scheme") << "ftp://api.viopay.io"
                                        << "";
        QTest::newRow("no host") << "https://"
                                 << "";
        QTest::newRow("a file") << "file:///etc/passwd"
                                << "";
        QTest::newRow("a space inside") << "https://api.vio pay.io"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("user and password") << "https://ops:pairing-demo@api.viopay.io"
                                           << "";
        QTest::newRow("user only") << "https://ops@api.viopay.io"
                                   << "";
        QTest::newRow("password only") << "http://:secret@127.0.0.1:8080"
                                       << "";
    }

    void acceptsAndRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto url = ServerUrl::parse(text);
        QCOMPARE(url.has_value(), !expected.isEmpty());
        if (url)
            QCOMPARE(url->toString(), expected);
        QCOMPARE(ServerUrl::isServer(QUrl(text.trimmed(), QUrl::StrictMode)), !expected.isEmpty());
    }

    void loopbackIsThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3" << true;
        QTest::newRow("localhost") << "http://localhost:8080" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST" << true;
        QTest::newRow("::1") << "http://[::1]:8080" << true;
        QTest::newRow("::1 written out") << "http://[0:0:0:0:0:0:0:1]" << true;
        QTest::newRow("TEST-NET") << "http://192.0.2.1" << false;
        QTest::newRow("private") << "http://192.168.1.20" << false;
        QTest::newRow("127 as a name's start") << "http://127.0.0.1.example.com" << false;
        QTest::newRow("localhost as a subdomain") << "http://localhost.example.com" << false;
        QTest::newRow("a name") << "https://example.com" << false;
    }

    void loopbackIsThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(ServerUrl::isLoopback(QUrl(url)), loopback);
    }

    void plainHttpOffThisComputerIsRefusedUnlessAllowed()
    {
        QVERIFY(ServerUrl::refusalFor(QUrl("https://example.com"), false).isEmpty());
        QVERIFY(ServerUrl::refusalFor(QUrl("http://127.0.0.1:8080"), false).isEmpty());
        QVERIFY(ServerUrl::refusalFor(QUrl("http://example.com"), true).isEmpty());
        const QString refusal = ServerUrl::refusalFor(QUrl("http://example.com"), false);
        QVERIFY2(refusal.contains("example.com") && refusal.contains("--allow-insecure-http"), qPrintable(refusal));
        QVERIFY(!ServerUrl::refusalFor(QUrl("ftp://example.com"), true).isEmpty());
    }
};

QTEST_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
