#include "sandbox/RequestBody.h"

#include <QTest>

using viopay::sandbox::RequestBody;

class TestRequestBody : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mediaType_data();
    void mediaType();
    void jsonObject_data();
    void jsonObject();
    void formFieldsDecode();
    void formFieldsRefuseRepeats();
};

void TestRequestBody::mediaType_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("isJson");

    QTest::newRow("absent") << false << QByteArray() << false;
    QTest::newRow("plain") << true << QByteArray("application/json") << true;
    QTest::newRow("charset") << true << QByteArray("application/json; charset=utf-8") << true;
    QTest::newRow("upper case, spaces") << true << QByteArray(" Application/JSON ;charset=UTF-8") << true;
    QTest::newRow("text") << true << QByteArray("text/plain") << false;
    QTest::newRow("json suffix") << true << QByteArray("application/problem+json") << false;
    QTest::newRow("prefix only") << true << QByteArray("application/jsonx") << false;
    QTest::newRow("empty") << true << QByteArray("") << false;
}

void TestRequestBody::mediaType()
{
    QFETCH(bool, present);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, isJson);
    const std::optional<QByteArray> header = present ? std::optional<QByteArray>(contentType) : std::nullopt;
    QCOMPARE(RequestBody::hasMediaType(header, "application/json"), isJson);
}

void TestRequestBody::jsonObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isObject");

    QTest::newRow("object") << QByteArray(R"({"a":1})") << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("array") << QByteArray("[1]") << false;
    QTest::newRow("string") << QByteArray(R"("x")") << false;
    QTest::newRow("garbage") << QByteArray("pairing_code=K7M3NP") << false;
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << false;
}

void TestRequestBody::jsonObject()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isObject);
    QString problem;
    const std::optional<QJsonObject> object = RequestBody::jsonObject(body, &problem);
    QCOMPARE(object.has_value(), isObject);
    QCOMPARE(problem.isEmpty(), isObject);
}

void TestRequestBody::formFieldsDecode()
{
    const auto fields =
        RequestBody::formFields("grant_type=password&username=ops%40cafe-lumen.test&password=a+b%2Bc&empty=&bare");
    QVERIFY(fields);
    QCOMPARE(fields->value(QStringLiteral("grant_type")), QStringLiteral("password"));
    QCOMPARE(fields->value(QStringLiteral("username")), QStringLiteral("ops@cafe-lumen.test"));
    QCOMPARE(fields->value(QStringLiteral("password")), QStringLiteral("a b+c"));
    QVERIFY(fields->contains(QStringLiteral("empty")));
    QVERIFY(fields->contains(QStringLiteral("bare")));
    QCOMPARE(fields->size(), 5);
}

void TestRequestBody::formFieldsRefuseRepeats()
{
    QVERIFY(!RequestBody::formFields("username=a&username=b"));
}

QTEST_GUILESS_MAIN(TestRequestBody)
#include "tst_requestbody.moc"
