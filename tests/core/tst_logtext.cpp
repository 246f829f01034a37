// Text from outside written into a log stays on its one line and sends no terminal sequence.
#include "core/LogText.h"

#include <QTest>

using namespace viopay;

class TestLogText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text stays") << QByteArray("/pos/status?x=%0d") << "/pos/status?x=%0d";
        QTest::newRow("CR LF ESC") << QByteArray("a\r\nFAKE\x1b[31m") << "a\\r\\nFAKE\\x1b[31m";
        QTest::newRow("tab, NUL and DEL") << QByteArray("\tx\0y\x7f", 5) << "\\tx\\x00y\\x7f";
        QTest::newRow("C1 CSI in UTF-8") << QByteArray("a\xc2\x9b"
                                                       "31m")
                                         << "a\\u009b31m";
        QTest::newRow("a backslash cannot forge an escape") << QByteArray("\\x1b") << "\\\\x1b";
        QTest::newRow("other non-ASCII stays") << QByteArray("caf\xc3\xa9") << QString::fromUtf8("caf\xc3\xa9");
    }

    void escapes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(escapedForLog(input), expected);
        QCOMPARE(escapedForLog(QString::fromUtf8(input)), expected);
    }
};

QTEST_GUILESS_MAIN(TestLogText)
#include "tst_logtext.moc"
