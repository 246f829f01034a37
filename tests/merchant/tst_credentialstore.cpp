// CredentialStore through the real Secret Service (scripts/test gives each run a private session
// bus and an unlocked gnome-keyring in a throwaway HOME).
#include "merchant/CredentialStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace viopay;
using Status = CredentialStore::Outcome::Status;

class TestCredentialStore : public QObject {
    Q_OBJECT

    CredentialStore m_store;

    template <typename Call>
    CredentialStore::Outcome wait(Call call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&outcome](const CredentialStore::Outcome &done) { outcome = done; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return {Status::Unavailable, {}, QStringLiteral("the keychain did not answer")};
        return *outcome;
    }

    CredentialStore::Outcome write(const QString &key, const QString &secret)
    {
        return wait([&](CredentialStore::Done done) { m_store.write(key, secret, this, done); });
    }
    CredentialStore::Outcome read(const QString &key)
    {
        return wait([&](CredentialStore::Done done) { m_store.read(key, this, done); });
    }
    CredentialStore::Outcome remove(const QString &key)
    {
        return wait([&](CredentialStore::Done done) { m_store.remove(key, this, done); });
    }

private Q_SLOTS:
    void keyNamesTheServerAndTheAccount()
    {
        QCOMPARE(CredentialStore::keyFor(QUrl("https://api.viopay.io/"), "ops@cafe-lumen.test"),
                 QString("https://api.viopay.io ops@cafe-lumen.test"));
        QVERIFY(CredentialStore::keyFor(QUrl("http://127.0.0.1:8080"), "ops@cafe-lumen.test") !=
                CredentialStore::keyFor(QUrl("http://127.0.0.1:8081"), "ops@cafe-lumen.test"));
    }

    void roundTripThroughTheSecretService()
    {
        const QString key = CredentialStore::keyFor(QUrl("http://127.0.0.1:8080"), "ops@cafe-lumen.test");
        const CredentialStore::Outcome written = write(key, "refresh-token-1");
        QVERIFY2(written.ok(), qPrintable(written.detail));
        QCOMPARE(read(key).secret, QString("refresh-token-1"));
        QVERIFY(write(key, "refresh-token-2").ok()); // a rotation replaces it
        QCOMPARE(read(key).secret, QString("refresh-token-2"));
        QVERIFY(remove(key).ok());
        QCOMPARE(read(key).status, Status::NotFound);
    }

    void entriesAreTheKeychainsOwnUnderOurService()
    {
        // Seen from outside, as a keychain manager would: libsecret's command-line tool.
        const QString secretTool = QStandardPaths::findExecutable("secret-tool");
        QVERIFY2(!secretTool.isEmpty(), "secret-tool is missing: scripts/install-deps installs libsecret-tools");
        const QString key = CredentialStore::keyFor(QUrl("http://127.0.0.1:9"), "cafe-lumen-desk");
        QVERIFY(write(key, "sandbox-secret-1001").ok());
        QProcess lookup;
        lookup.start(secretTool, {"lookup", "server", CredentialStore::Service, "user", key});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput(), QByteArray("sandbox-secret-1001"));
        QVERIFY(remove(key).ok());
    }

    void keysAreIndependent()
    {
        const QString first = CredentialStore::keyFor(QUrl("http://127.0.0.1:8080"), "a@example.test");
        const QString second = CredentialStore::keyFor(QUrl("http://127.0.0.1:8080"), "b@example.test");
        QVERIFY(write(first, "one").ok());
        QVERIFY(write(second, "two").ok());
        QVERIFY(remove(first).ok());
        QCOMPARE(read(second).secret, QString("two"));
        QCOMPARE(read(first).status, Status::NotFound);
        QVERIFY(remove(second).ok());
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
