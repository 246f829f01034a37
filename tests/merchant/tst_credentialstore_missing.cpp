// Without any keychain (no session bus, no X display): every operation says Unavailable with the
// keychain's reason, and nothing is written anywhere instead.
#include "merchant/CredentialStore.h"

#include <QDirIterator>
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
};

QTEST_GUILESS_MAIN(TestCredentialStoreMissing)
#include "tst_credentialstore_missing.moc"
