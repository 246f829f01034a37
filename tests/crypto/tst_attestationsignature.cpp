#include "crypto/AttestationSignature.h"

#include <QTest>

using namespace viopay::crypto;
using Verdict = AttestationSignature::Verdict;

Q_DECLARE_METATYPE(AttestationSignature::Verdict)

namespace {
const QByteArray Secret = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const AttestationSignature::Fields Fields{"POS-8F3A2C91", "idk-POS-8F3A2C91-01", "2026-12-07T01:30:00Z",
                                          "n0nce4b8c9d2e1f"};
} // namespace

class TestAttestationSignature : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void messageJoinsTheFieldsWithNewlines()
    {
        QCOMPARE(AttestationSignature::message(Fields),
                 QByteArray("POS-8F3A2C91\nidk-POS-8F3A2C91-01\n2026-12-07T01:30:00Z\nn0nce4b8c9d2e1f"));
    }

    // The expected value is computed independently, as the vendor's page describes it:
    // printf 'POS-8F3A2C91\nidk-POS-8F3A2C91-01\n2026-12-07T01:30:00Z\nn0nce4b8c9d2e1f' |
    //   openssl mac -digest SHA256 -macopt hexkey:000102...1f -binary HMAC | base64
    void signIsV1AndBase64OfTheHmac()
    {
        QCOMPARE(AttestationSignature::sign(Secret, Fields),
                 QByteArray("v1=KutOaesiJqcBDOhONrb8kEjJrqrEQCdh+2jV0+lkF9c="));
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<Verdict>("verdict");
        const QByteArray valid = AttestationSignature::sign(Secret, Fields);
        QByteArray flipped = valid;
        flipped[5] = flipped[5] == 'A' ? 'B' : 'A';
        QTest::newRow("valid") << valid << Verdict::Valid;
        QTest::newRow("one character changed") << flipped << Verdict::Mismatch;
        QTest::newRow("another secret") << AttestationSignature::sign(QByteArray(32, 'x'), Fields) << Verdict::Mismatch;
        QTest::newRow("empty") << QByteArray() << Verdict::Malformed;
        QTest::newRow("no version") << valid.mid(3) << Verdict::Malformed;
        QTest::newRow("other version") << "v2=" + valid.mid(3) << Verdict::Malformed;
        QTest::newRow("not base64") << QByteArray("v1=!!!!") << Verdict::Malformed;
        QTest::newRow("too short") << "v1=" + QByteArray(16, 'k').toBase64() << Verdict::Malformed;
    }
    void verify()
    {
        QFETCH(QByteArray, signature);
        QFETCH(Verdict, verdict);
        QCOMPARE(AttestationSignature::verify(Secret, Fields, signature), verdict);
    }

    void everyFieldIsSigned()
    {
        const QByteArray signature = AttestationSignature::sign(Secret, Fields);
        for (QByteArray AttestationSignature::Fields::*field :
             {&AttestationSignature::Fields::deviceId, &AttestationSignature::Fields::keyId,
              &AttestationSignature::Fields::timestamp, &AttestationSignature::Fields::nonce}) {
            AttestationSignature::Fields changed = Fields;
            changed.*field += 'x';
            QCOMPARE(AttestationSignature::verify(Secret, changed, signature), Verdict::Mismatch);
        }
    }
};

QTEST_APPLESS_MAIN(TestAttestationSignature)
#include "tst_attestationsignature.moc"
