// Without any keychain (no session bus, no X display): every operation says Unavailable with the
// keychain's reason, and nothing is written anywhere instead.
#include "core/Clock.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace viopay;
using Status = CredentialStore::Outcome::Status;

class TestCredentialStoreMissing : public QObject {
    Q_OBJECT

    CredentialStore m_store;

    template <typename Call>
    CredentialStore::Outcome wait(Call call)
    {
        std::optional<CredentialStore::Outcome> outcome;
        call([&outcome](const CredentialStore::Outcome &done) { outcome = done; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return {Status::Ok, {}, QStringLiteral("no answer")};
        return *outcome;
    }

    static QStringList filesUnder(const QString &directory)
    {
        QStringList files;
        QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything touches D-Bus in this process: no bus to find, none to autolaunch.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/viopay-no-bus");
        qunsetenv("DISPLAY");
    }

    void everyOperationSaysUnavailable()
    {
        const QString key = CredentialStore::keyFor(QUrl("http://127.0.0.1:8080"), "ops@cafe-lumen.test");
        const QStringList before = filesUnder(QDir::homePath());
        const CredentialStore::Outcome written =
            wait([&](CredentialStore::Done done) { m_store.write(key, "refresh-token", this, done); });
        QCOMPARE(written.status, Status::Unavailable);
        QVERIFY(!written.detail.isEmpty());
        const CredentialStore::Outcome read = wait([&](CredentialStore::Done done) { m_store.read(key, this, done); });
        QCOMPARE(read.status, Status::Unavailable);
        QVERIFY(read.secret.isEmpty());
        QCOMPARE(wait([&](CredentialStore::Done done) { m_store.remove(key, this, done); }).status,
                 Status::Unavailable);
        // No plain-text fallback file appeared.
        for (const QString &file : filesUnder(QDir::homePath())) {
            if (before.contains(file))
                continue;
            QFile created(file);
            QVERIFY(created.open(QIODevice::ReadOnly));
            QVERIFY2(!created.readAll().contains("refresh-token"), qPrintable(file));
        }
    }

    // "Keep me signed in" without a keychain: signed in for the session only, said plainly,
    // and nothing kept anywhere for the next start.
    void aSessionOnlySignInWhenTheKeychainIsMissing()
    {
        sandbox::SandboxServer server({});
        QVERIFY(server.start());
        QNetworkAccessManager network;
        HttpTransport transport(network);
        transport.setBaseUrl(server.url());
        QSettings settings(QDir::home().filePath("missing-keychain.ini"), QSettings::IniFormat);
        TestClock clock;
        {
            PortalClient portal(transport, clock);
            MerchantSession session(portal, transport, m_store, settings, clock);
            session.signIn({MerchantSession::AccountKind::PortalUser, "ops@cafe-lumen.test"}, "pairing-demo", true);
            QVERIFY(QTest::qWaitFor([&] { return session.state() == MerchantSession::State::SignedIn; }, 8000));
            QVERIFY(QTest::qWaitFor([&] { return !session.keychainProblem().isEmpty(); }, 30000));
        }
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("pairing-demo"));
        PortalClient portal(transport, clock);
        MerchantSession nextStart(portal, transport, m_store, settings, clock);
        QVERIFY(!nextStart.restoreSignIn()); // nothing was kept, so nothing to restore
        QCOMPARE(nextStart.rememberedAccount()->name, QString("ops@cafe-lumen.test")); // the e-mail is offered
    }
};

QTEST_GUILESS_MAIN(TestCredentialStoreMissing)
#include "tst_credentialstore_missing.moc"
