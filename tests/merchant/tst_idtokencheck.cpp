#include "TestJwt.h"

#include "merchant/IdTokenCheck.h"
#include "merchant/PkceSecrets.h"

#include <QJsonDocument>
#include <QTest>

using namespace viopay;
using Problem = IdTokenCheck::Problem;

class TestIdTokenCheck : public QObject {
    Q_OBJECT

    TestJwt m_key{"key-1"};
    static constexpr qint64 Now = 1'765'000'000;

    static IdTokenCheck::Expected expected()
    {
        return {"https://auth.example/realms/viopay", "viopay-desk", "nonce-123", Now};
    }
    static QJsonObject claims()
    {
        return {{"iss", "https://auth.example/realms/viopay"},
                {"aud", "viopay-desk"},
                {"sub", "user-1"},
                {"exp", Now + 300},
                {"iat", Now},
                {"nonce", "nonce-123"}};
    }
    static QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
    {
        object.insert(key, value);
        return object;
    }
    Problem check(const QByteArray &token) const { return IdTokenCheck::check(token, m_key.jwks(), expected()); }

private Q_SLOTS:
    void goodTokenPasses() { QCOMPARE(check(m_key.sign(claims())), Problem::None); }

    void audienceListHoldingTheClientWithAzpPasses()
    {
        QJsonObject many = with(claims(), "aud", QJsonArray{"viopay-desk", "viopay-api"});
        QCOMPARE(check(m_key.sign(many)), Problem::WrongAudience); // several audiences, no azp
        QCOMPARE(check(m_key.sign(with(many, "azp", "viopay-desk"))), Problem::None);
    }

    void wrongIssuerIsRefused()
    {
        QCOMPARE(check(m_key.sign(with(claims(), "iss", "https://evil.example/realms/viopay"))), Problem::WrongIssuer);
    }

    void wrongAudienceIsRefused()
    {
        QCOMPARE(check(m_key.sign(with(claims(), "aud", "another-app"))), Problem::WrongAudience);
    }

    void expiredTokenIsRefused()
    {
        QCOMPARE(check(m_key.sign(with(claims(), "exp", Now - IdTokenCheck::LeewaySecs - 1))), Problem::Expired);
        // Within the leeway a slightly fast clock here is forgiven.
        QCOMPARE(check(m_key.sign(with(claims(), "exp", Now - IdTokenCheck::LeewaySecs + 5))), Problem::None);
        QJsonObject noExp = claims();
        noExp.remove("exp");
        QCOMPARE(check(m_key.sign(noExp)), Problem::Expired);
    }

    void wrongOrMissingNonceIsRefused()
    {
        QCOMPARE(check(m_key.sign(with(claims(), "nonce", "nonce-of-another-attempt"))), Problem::WrongNonce);
        QJsonObject noNonce = claims();
        noNonce.remove("nonce");
        QCOMPARE(check(m_key.sign(noNonce)), Problem::WrongNonce);
    }

    void badSignatureIsRefused()
    {
        const QByteArray token = m_key.sign(claims());
        // The same header and signature over claims that say something else.
        const QList<QByteArray> parts = token.split('.');
        const QByteArray forged =
            parts[0] + '.' +
            TestJwt::base64Url(QJsonDocument(with(claims(), "sub", "admin")).toJson(QJsonDocument::Compact)) + '.' +
            parts[2];
        QCOMPARE(check(forged), Problem::BadSignature);
        // Signed by another key that claims this key's kid.
        TestJwt impostor("key-1");
        QCOMPARE(check(impostor.sign(claims())), Problem::BadSignature);
    }

    void unknownKidIsRefused()
    {
        TestJwt other("key-2");
        QCOMPARE(check(other.sign(claims())), Problem::UnknownKey);
    }

    void otherAlgorithmsAreNeverTried()
    {
        QCOMPARE(check(m_key.sign(claims(), {{"alg", "HS256"}})), Problem::NotRs256);
        const QByteArray unsignedToken = TestJwt::base64Url(R"({"alg":"none"})") + '.' +
                                         TestJwt::base64Url(QJsonDocument(claims()).toJson(QJsonDocument::Compact)) +
                                         '.';
        QCOMPARE(check(unsignedToken), Problem::NotRs256);
    }

    void malformedTokensAreRefused()
    {
        QCOMPARE(check("not-a-jwt"), Problem::Malformed);
        QCOMPARE(check("a.b.c"), Problem::Malformed);
        QCOMPARE(check(""), Problem::Malformed);
    }

    void everyProblemHasWords()
    {
        for (Problem problem : {Problem::Malformed, Problem::NotRs256, Problem::UnknownKey, Problem::BadSignature,
                                Problem::WrongIssuer, Problem::WrongAudience, Problem::Expired, Problem::WrongNonce})
            QVERIFY(!IdTokenCheck::describe(problem).isEmpty());
    }

    void pkceChallengeMatchesRfc7636AppendixB()
    {
        QCOMPARE(PkceSecrets::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QString("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceSecretsAreFreshAndOfRecommendedLength()
    {
        const PkceSecrets first = PkceSecrets::generate();
        const PkceSecrets second = PkceSecrets::generate();
        QCOMPARE(first.verifier.size(), 43); // RFC 7636 section 4.1: 32 octets, base64url
        QCOMPARE(first.challenge, PkceSecrets::challengeFor(first.verifier));
        QVERIFY(first.verifier != second.verifier);
        QVERIFY(first.state != second.state);
        QVERIFY(first.nonce != second.nonce);
        QVERIFY(first.state != first.nonce);
        const QRegularExpression unreserved("^[A-Za-z0-9_-]{43}$");
        QVERIFY(unreserved.match(first.verifier).hasMatch());
        QVERIFY(unreserved.match(first.state).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestIdTokenCheck)
#include "tst_idtokencheck.moc"
