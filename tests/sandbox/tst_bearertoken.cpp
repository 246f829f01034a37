#include "sandbox/BearerToken.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using viopay::sandbox::BearerToken;

class TestBearerToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatedTokensAreLongAndDistinct();
    void digestIsSha256();
    void fromAuthorization_data();
    void fromAuthorization();
};

void TestBearerToken::generatedTokensAreLongAndDistinct()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const QByteArray token = BearerToken::generate();
        QCOMPARE(token.size(), 43); // 256 bits in base64url without padding
        QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestBearerToken::digestIsSha256()
{
    QCOMPARE(BearerToken::digest("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestBearerToken::fromAuthorization_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("token"); // empty: refused

    QTest::newRow("absent") << false << QByteArray() << QByteArray();
    QTest::newRow("bearer") << true << QByteArray("Bearer abc-DEF_123") << QByteArray("abc-DEF_123");
    QTest::newRow("scheme lower case") << true << QByteArray("bearer abc") << QByteArray("abc");
    QTest::newRow("scheme upper case") << true << QByteArray("BEARER abc") << QByteArray("abc");
    QTest::newRow("extra spaces") << true << QByteArray("  Bearer   abc  ") << QByteArray("abc");
    QTest::newRow("basic") << true << QByteArray("Basic abc") << QByteArray();
    QTest::newRow("no token") << true << QByteArray("Bearer ") << QByteArray();
    QTest::newRow("scheme only") << true << QByteArray("Bearer") << QByteArray();
    QTest::newRow("glued") << true << QByteArray("Bearerabc") << QByteArray();
    QTest::newRow("two tokens") << true << QByteArray("Bearer abc def") << QByteArray();
    QTest::newRow("bad symbol") << true << QByteArray("Bearer ab\"c") << QByteArray();
}

void TestBearerToken::fromAuthorization()
{
    QFETCH(bool, present);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, token);
    const std::optional<QByteArray> value = present ? std::optional<QByteArray>(header) : std::nullopt;
    const std::optional<QByteArray> parsed = BearerToken::fromAuthorization(value);
    QCOMPARE(parsed.value_or(QByteArray()), token);
}

QTEST_GUILESS_MAIN(TestBearerToken)
#include "tst_bearertoken.moc"
