#include "core/FactorySecrets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace viopay;

class TestFactorySecrets : public QObject {
    Q_OBJECT

    static QString secret(char fill) { return QString::fromLatin1(QByteArray(32, fill).toBase64()); }

    static QByteArray text(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    static QJsonObject factory()
    {
        return {{"identity_key_id", "idk-POS-8F3A2C91-01"},
                {"identity_secret", secret('a')},
                {"zmk", secret('z')},
                {"zmk_kcv", "0A1B2C"}};
    }

    static QJsonObject without(QJsonObject object, const QString &field)
    {
        object.remove(field);
        return object;
    }

    static QJsonObject with(QJsonObject object, const QString &field, const QString &value)
    {
        object.insert(field, value);
        return object;
    }

private Q_SLOTS:
    void readsTheFactoryObjectOrTheAnswerHoldingIt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("the factory object") << text(factory());
        QTest::newRow("POST /sandbox/devices's answer")
            << text({{"device_id", "POS-8F3A2C91"}, {"factory", factory()}});
    }

    void readsTheFactoryObjectOrTheAnswerHoldingIt()
    {
        QFETCH(QByteArray, text);
        const auto secrets = FactorySecrets::fromJsonText(text);
        QVERIFY(secrets);
        QCOMPARE(secrets->identityKeyId, QString("idk-POS-8F3A2C91-01"));
        QCOMPARE(secrets->identitySecret, QByteArray(32, 'a'));
        QCOMPARE(secrets->zmk, QByteArray(32, 'z'));
    }

    void namesWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("idk=1") << "not a JSON object";
        QTest::newRow("no key id") << text(without(factory(), "identity_key_id")) << "\"identity_key_id\" is missing";
        QTest::newRow("short secret") << text(with(factory(), "identity_secret", "YWJj"))
                                      << "\"identity_secret\" is not the base64 of 32 bytes";
        QTest::newRow("zmk not base64") << text(with(factory(), "zmk", "%%%"))
                                        << "\"zmk\" is not the base64 of 32 bytes";
    }

    void namesWhatIsWrong()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        QString said;
        QVERIFY(!FactorySecrets::fromJsonText(text, &said));
        QCOMPARE(said, problem);
    }

    // The sandbox writes the object the terminal reads: one definition of its fields.
    void writesWhatItReads()
    {
        const FactorySecrets secrets{FactorySecrets::identityKeyIdOf("POS-8F3A2C91"), QByteArray(32, 'a'),
                                     QByteArray(32, 'z')};
        const QJsonObject written = secrets.toJson("0A1B2C");
        QCOMPARE(written, factory());
        const auto read = FactorySecrets::fromJson(written);
        QVERIFY(read);
        QCOMPARE(read->identityKeyId, secrets.identityKeyId);
        QCOMPARE(read->identitySecret, secrets.identitySecret);
        QCOMPARE(read->zmk, secrets.zmk);
    }
};

QTEST_GUILESS_MAIN(TestFactorySecrets)
#include "tst_factorysecrets.moc"
