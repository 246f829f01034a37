#include "sandbox/SecretHash.h"

#include <QTest>

using viopay::sandbox::SecretHash;

class TestSecretHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesOnlyTheSecret();
    void saltsDiffer();
    void survivesStorage();
};

void TestSecretHash::matchesOnlyTheSecret()
{
    const SecretHash hash = SecretHash::derive(QStringLiteral("pairing-demo"));
    QVERIFY(hash.matches(QStringLiteral("pairing-demo")));
    QVERIFY(!hash.matches(QStringLiteral("pairing-dem0")));
    QVERIFY(!hash.matches(QString()));
    QCOMPARE(hash.iterations(), SecretHash::DefaultIterations);
    QCOMPARE(hash.hash().size(), 32);
    QVERIFY(!hash.hash().contains("pairing-demo"));
}

void TestSecretHash::saltsDiffer()
{
    const SecretHash first = SecretHash::derive(QStringLiteral("same"));
    const SecretHash second = SecretHash::derive(QStringLiteral("same"));
    QVERIFY(first.salt() != second.salt());
    QVERIFY(first.hash() != second.hash());
}

void TestSecretHash::survivesStorage()
{
    const SecretHash original = SecretHash::derive(QStringLiteral("sandbox-secret-1001"), 1000);
    const SecretHash restored = SecretHash::fromStored(original.salt(), original.hash(), original.iterations());
    QVERIFY(restored.matches(QStringLiteral("sandbox-secret-1001")));
    const SecretHash fewerIterations = SecretHash::fromStored(original.salt(), original.hash(), 999);
    QVERIFY(!fewerIterations.matches(QStringLiteral("sandbox-secret-1001")));
}

QTEST_GUILESS_MAIN(TestSecretHash)
#include "tst_secrethash.moc"
