#include "crypto/Base64Url.h"

#include <QTest>

using namespace viopay::crypto;

class TestBase64Url : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // RFC 7515 appendix A.1's header: {"typ":"JWT",\r\n "alg":"HS256"}.
    void decodesTheRfcHeader()
    {
        const QByteArray segment = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9";
        QCOMPARE(Base64Url::decode(segment).value_or("none"), QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}"));
        const QJsonObject header = Base64Url::decodeObject(segment).value_or(QJsonObject());
        QCOMPARE(header.value("alg").toString(), QString("HS256"));
        QCOMPARE(header.value("typ").toString(), QString("JWT"));
    }

    // The URL-safe alphabet's two letters, where standard base64 has '+' and '/'.
    void decodesTheUrlSafeLetters() { QCOMPARE(Base64Url::decode("-_8").value_or("none"), QByteArray("\xfb\xff")); }

    void decodesEmpty() { QCOMPARE(Base64Url::decode("").value_or("none"), QByteArray()); }

    // JWS leaves the padding out; a padded segment is decoded all the same.
    void acceptsPadding() { QCOMPARE(Base64Url::decode("YQ==").value_or("none"), QByteArray("a")); }

    // QByteArray::fromBase64 would skip the stray characters and decode the rest.
    void refusesWhatIsNotBase64Url_data()
    {
        QTest::addColumn<QByteArray>("segment");
        QTest::newRow("standard alphabet") << QByteArray("+/8");
        QTest::newRow("space") << QByteArray("eyJh bGci");
        QTest::newRow("dot") << QByteArray("eyJh.bGci");
        QTest::newRow("padding in the middle") << QByteArray("YQ==YQ");
        QTest::newRow("padding cut short") << QByteArray("YQ=");
    }
    void refusesWhatIsNotBase64Url()
    {
        QFETCH(QByteArray, segment);
        QVERIFY(!Base64Url::decode(segment).has_value());
        QVERIFY(!Base64Url::decodeObject(segment).has_value());
    }

    void refusesWhatIsNotAJsonObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"alg\"");
        QTest::newRow("cut short") << QByteArray("{\"alg\":\"RS256\"");
        QTest::newRow("not JSON") << QByteArray("alg=RS256");
    }
    void refusesWhatIsNotAJsonObject()
    {
        QFETCH(QByteArray, json);
        const QByteArray segment = json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(Base64Url::decode(segment).has_value());
        QVERIFY(!Base64Url::decodeObject(segment).has_value());
    }
};

QTEST_APPLESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
