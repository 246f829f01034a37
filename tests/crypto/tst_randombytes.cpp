#include "crypto/RandomBytes.h"

#include <QTest>

using namespace viopay::crypto;

class TestRandomBytes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void givesTheCountAskedFor()
    {
        QCOMPARE(RandomBytes::generate(32).size(), 32);
        QCOMPARE(RandomBytes::generate(0).size(), 0);
    }

    // Two 32-byte draws are equal with probability 2^-256: equality means no randomness.
    void drawsDiffer() { QVERIFY(RandomBytes::generate(32) != RandomBytes::generate(32)); }
};

QTEST_APPLESS_MAIN(TestRandomBytes)
#include "tst_randombytes.moc"
