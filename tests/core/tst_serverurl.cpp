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
};

QTEST_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
