// The support bundle: a diagnosis run through DiagnosisSession against the real sandbox, with a
// merchant signed in by password and an API client by its secret, saved and opened again with
// libarchive's reader; every part is there and no secret of the run is in the archive's bytes.
#include "SandboxMerchantFixture.h"

#include "api/SandboxAdminClient.h"
#include "core/DemoData.h"
#include "support/DiagnosisSession.h"
#include "support/RunLog.h"
#include "support/SupportBundle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace viopay;

namespace {
// The secret values of a JSON answer or request, at any depth.
void collectSecrets(const QJsonValue &value, QSet<QString> &secrets)
{
    static const QStringList names{"access_token", "refresh_token", "id_token", "identity_secret",  "zmk",
                                   "password",     "client_secret", "token",    "attestation_token"};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (names.contains(it.key()) && it.value().isString() && !it.value().toString().isEmpty())
                secrets.insert(it.value().toString());
            collectSecrets(it.value(), secrets);
        }
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            collectSecrets(item, secrets);
    }
}

// The archive's parts by name, read with libarchive (any format it knows).
QMap<QString, QByteArray> readArchive(const QString &path)
{
    QMap<QString, QByteArray> parts;
    archive *reader = archive_read_new();
    archive_read_support_format_all(reader);
    archive_read_support_filter_all(reader);
    if (archive_read_open_filename(reader, QFile::encodeName(path).constData(), 10240) != ARCHIVE_OK) {
        archive_read_free(reader);
        return parts;
    }
    archive_entry *entry = nullptr;
    while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        QByteArray data;
        char buffer[8192];
        la_ssize_t read = 0;
        while ((read = archive_read_data(reader, buffer, sizeof buffer)) > 0)
            data.append(buffer, read);
        parts.insert(QString::fromUtf8(archive_entry_pathname(entry)), data);
    }
    archive_read_free(reader);
    return parts;
}
} // namespace

class TestSupportBundle : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxMerchantFixture> m_fixture;
    std::unique_ptr<PortalClient> m_apiClient;
    std::unique_ptr<DiagnosisSession> m_diagnosis;
    QSet<QString> m_secrets; // every secret value that went over the wire, unredacted

    template <typename T>
    Result<T> wait(const std::function<void(std::function<void(const Result<T> &)>)> &call)
    {
        std::optional<Result<T>> result;
        call([&result](const Result<T> &value) { result = value; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::timeout(QStringLiteral("the test's request did not finish"));
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxMerchantFixture>("BundleTest");
        QVERIFY(m_fixture->start());
        connect(&m_fixture->transport, &HttpTransport::exchangeFinished, this, [this](const Exchange &exchange) {
            collectSecrets(QJsonDocument::fromJson(exchange.responseBody).object(), m_secrets);
            collectSecrets(QJsonDocument::fromJson(exchange.requestBody).object(), m_secrets);
        });
        m_apiClient = std::make_unique<PortalClient>(m_fixture->transport, m_fixture->clock);
        m_diagnosis = std::make_unique<DiagnosisSession>(
            m_fixture->transport, m_fixture->clock,
            DiagnosisSession::Setup{{}, &m_fixture->checks, &m_fixture->log, &m_fixture->settings});
        m_secrets = {DemoData::Password, "sandbox-secret-1001"};
    }

    void cleanup()
    {
        m_diagnosis.reset();
        m_apiClient.reset();
        m_fixture.reset();
    }

    void holdsEveryPartAndNoSecret()
    {
        QVERIFY(m_fixture->signIn());
        QVERIFY(std::holds_alternative<SignInInfo>(wait<SignInInfo>(
            [&](auto done) { m_apiClient->signInWithClient("cafe-lumen-desk", "sandbox-secret-1001", this, done); })));
        SandboxAdminClient admin(m_fixture->transport);
        QVERIFY(std::holds_alternative<FactorySecrets>(
            wait<FactorySecrets>([&](auto done) { admin.factorySecrets(DemoData::DeviceId, this, done); })));
        m_fixture->settings.setValue("merchant/server", m_fixture->sandbox.url().toString());
        m_fixture->settings.setValue("merchant/refresh_token", "kept-by-mistake-123"); // a setting never to ship
        m_secrets.insert("kept-by-mistake-123");
        RunLog::append(QtWarningMsg, "viopay.test", "a line of this run");
        for (const QString &secret : std::as_const(m_secrets)) // a careless log line of each secret
            RunLog::append(QtDebugMsg, "viopay.test", "Authorization: Bearer " + secret + " password=" + secret);

        QSignalSpy finished(m_diagnosis.get(), &DiagnosisSession::finished);
        m_diagnosis->run(DemoData::DeviceId, "1.4.2");
        QVERIFY(finished.wait(20000));
        QVERIFY(m_diagnosis->hasResult());

        QTemporaryDir folder;
        const QString path = folder.filePath("bundle.zip");
        QString error;
        QVERIFY2(m_diagnosis->saveBundle(path, &error), qPrintable(error));

        const QMap<QString, QByteArray> parts = readArchive(path);
        QCOMPARE(parts.keys(), (QStringList{"app.log", "diagnosis.json", "diagnosis.txt", "exchanges.har",
                                            "settings.txt", "versions.txt"}));
        QVERIFY(parts["diagnosis.txt"].contains("Device provisioned: The server knows POS-8F3A2C91"));
        const QJsonObject json = QJsonDocument::fromJson(parts["diagnosis.json"]).object();
        QCOMPARE(json["device_id"].toString(), QString("POS-8F3A2C91"));
        QCOMPARE(json["checks"].toArray().size(), DiagnosisSession::checkCount());
        const QJsonArray entries =
            QJsonDocument::fromJson(parts["exchanges.har"]).object()["log"].toObject()["entries"].toArray();
        QCOMPARE(entries.size(), m_fixture->log.rowCount());
        QVERIFY(entries.size() > 5);
        QVERIFY(parts["app.log"].contains("warning viopay.test: a line of this run"));
        QVERIFY2(parts["versions.txt"].contains("Qt: " + QByteArray(qVersion())), parts["versions.txt"].constData());
        QVERIFY(parts["versions.txt"].contains("server: " + m_fixture->sandbox.url().toString().toUtf8()));
        QVERIFY(parts["versions.txt"].contains("server min_supported_version: 1.3.5"));
        QVERIFY(parts["settings.txt"].contains("merchant/server="));
        QVERIFY(!parts["settings.txt"].contains("refresh_token"));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(m_secrets.size() >= 7); // password, client secret, 2 access tokens, refresh, identity secret, zmk
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable("in the archive: " + secret));
            for (auto part = parts.cbegin(); part != parts.cend(); ++part)
                QVERIFY2(!part.value().contains(secret.toUtf8()), qPrintable(part.key() + ": " + secret));
        }
    }

    void nothingToSaveBeforeARun()
    {
        QVERIFY(!m_diagnosis->hasResult());
        QTemporaryDir folder;
        QString error;
        QVERIFY(!m_diagnosis->saveBundle(folder.filePath("x.zip"), &error));
        QCOMPARE(error, QString("No diagnosis has finished yet."));
        QVERIFY(!QFile::exists(folder.filePath("x.zip")));
    }

    // A bundle that cannot be written leaves nothing behind and says why.
    void anUnwritablePathSaysWhy()
    {
        QTemporaryDir folder;
        SupportBundle bundle;
        QString error;
        QVERIFY(!bundle.write(folder.path(), &error)); // a folder, not a file
        QVERIFY(!error.isEmpty());
        QVERIFY(bundle.write(folder.filePath("empty.zip"), &error));
        QCOMPARE(readArchive(folder.filePath("empty.zip")).keys().size(), SupportBundle::partNames().size());
    }

    void runLogKeepsTheLastLines()
    {
        for (int line = 0; line < RunLog::MaxLines + 10; ++line)
            RunLog::append(QtInfoMsg, "viopay.test", QString("line %1").arg(line));
        const QStringList lines = RunLog::text().split('\n');
        QCOMPARE(lines.size(), RunLog::MaxLines);
        QVERIFY(lines.constLast().endsWith(QString("line %1").arg(RunLog::MaxLines + 9)));
        QVERIFY(lines.constFirst().endsWith("line 10"));
    }
};

QTEST_GUILESS_MAIN(TestSupportBundle)
#include "tst_supportbundle.moc"
