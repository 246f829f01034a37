// The exchange log kept across restarts: on, a new log (a restart) reads the exchanges back; at
// most the last 2,000; off, nothing is written; Forget deletes the file; no secret reaches it.
#include "core/SettingsKeys.h"
#include "inspector/ExchangeJournal.h"
#include "inspector/ExchangeLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace viopay;

namespace {
const QByteArray password = "hunter2-PASSWORD-x1";
const QByteArray accessToken = "ACCESS-TOKEN-x3";
const QByteArray refreshToken = "REFRESH-TOKEN-x4";
const QByteArray zmk = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

Exchange exchangeNumber(int number)
{
    Exchange exchange;
    exchange.startedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC).addMSecs(number);
    exchange.method = "POST";
    exchange.url = QUrl(QString("http://127.0.0.1:8080/pos/status?n=%1").arg(number));
    exchange.requestHeaders = {{"Authorization", "Bearer " + accessToken}, {"Content-Type", "application/json"}};
    exchange.requestBody = "{\"password\":\"" + password + "\"}";
    exchange.status = 200;
    exchange.responseHeaders = {{"Content-Type", "application/json"}};
    exchange.responseBody = "{\"refresh_token\":\"" + refreshToken + "\",\"factory\":{\"zmk\":\"" + zmk + "\"}}";
    exchange.traceId = QString("%1").arg(number, 32, 10, QLatin1Char('0'));
    exchange.origin = ExchangeOrigin::terminal("POS-8F3A2C91");
    return exchange;
}
} // namespace

class TestExchangeJournal : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QSettings> m_settings;

    QString path() const { return m_folder->filePath("data/exchange-log.jsonl"); }
    int linesOnDisk() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_folder->filePath("settings.ini"), QSettings::IniFormat);
    }

    void offByDefaultWritesNothing()
    {
        ExchangeLog log;
        ExchangeJournal journal(log, *m_settings, path());
        QVERIFY(!journal.isEnabled());
        log.record(exchangeNumber(1));
        QVERIFY(!QFile::exists(path()));
        ExchangeLog restarted;
        ExchangeJournal again(restarted, *m_settings, path());
        QCOMPARE(restarted.rowCount(), 0);
    }

    void onKeepsExchangesAcrossARestart()
    {
        {
            ExchangeLog log;
            ExchangeJournal journal(log, *m_settings, path());
            journal.setEnabled(true);
            for (int number = 0; number < 3; ++number)
                log.record(exchangeNumber(number));
        }
        QVERIFY(m_settings->value(SettingsKeys::InspectorKeepLog).toBool()); // the choice is kept too
        ExchangeLog restarted;
        ExchangeJournal journal(restarted, *m_settings, path());
        QVERIFY(journal.isEnabled());
        QCOMPARE(restarted.rowCount(), 3);
        const Exchange &first = restarted.exchange(0);
        QCOMPARE(first.traceId, exchangeNumber(0).traceId);
        QCOMPARE(first.url, exchangeNumber(0).url);
        QCOMPARE(first.startedAt, exchangeNumber(0).startedAt);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.origin.terminalId, QString("POS-8F3A2C91"));
        QCOMPARE(first.requestHeader("Authorization"), QByteArray("Bearer [redacted]"));
        QCOMPARE(linesOnDisk(), 3); // reading back writes nothing more
        restarted.record(exchangeNumber(3));
        QCOMPARE(linesOnDisk(), 4);
    }

    void keepsTheLast2000()
    {
        {
            ExchangeLog log;
            ExchangeJournal journal(log, *m_settings, path());
            journal.setEnabled(true);
            for (int number = 0; number < 2600; ++number)
                log.record(exchangeNumber(number));
            QVERIFY(linesOnDisk() <= ExchangeJournal::Capacity + ExchangeJournal::CompactionSlack);
        }
        ExchangeLog restarted;
        ExchangeJournal journal(restarted, *m_settings, path());
        QCOMPARE(restarted.rowCount(), ExchangeJournal::Capacity);
        QCOMPARE(restarted.exchange(0).traceId, exchangeNumber(600).traceId);
        QCOMPARE(restarted.exchange(restarted.rowCount() - 1).traceId, exchangeNumber(2599).traceId);
        QCOMPARE(linesOnDisk(), ExchangeJournal::Capacity); // trimmed on reading
    }

    void forgetDeletesTheFile()
    {
        ExchangeLog log;
        ExchangeJournal journal(log, *m_settings, path());
        journal.setEnabled(true);
        log.record(exchangeNumber(1));
        QVERIFY(QFile::exists(path()));
        QVERIFY(journal.forget());
        QVERIFY(!QFile::exists(path()));
        QCOMPARE(log.rowCount(), 0);
        ExchangeLog restarted;
        ExchangeJournal again(restarted, *m_settings, path());
        QCOMPARE(restarted.rowCount(), 0);
    }

    void turnedOffStopsWriting()
    {
        ExchangeLog log;
        ExchangeJournal journal(log, *m_settings, path());
        journal.setEnabled(true);
        log.record(exchangeNumber(1));
        journal.setEnabled(false);
        log.record(exchangeNumber(2));
        QCOMPARE(linesOnDisk(), 1);
    }

    void noSecretReachesTheFile()
    {
        ExchangeLog log;
        ExchangeJournal journal(log, *m_settings, path());
        journal.setEnabled(true);
        log.record(exchangeNumber(1));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("[redacted]"));
        for (const QByteArray &secret : {password, accessToken, refreshToken, zmk})
            QVERIFY2(!bytes.contains(secret), secret.constData());
    }

    void aDamagedLineIsSkipped()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json\n{\"method\":\"GET\"}\n");
        file.write(QJsonDocument(ExchangeJournal::toJson(exchangeNumber(5))).toJson(QJsonDocument::Compact) + '\n');
        file.close();
        m_settings->setValue(SettingsKeys::InspectorKeepLog, true);
        ExchangeLog log;
        ExchangeJournal journal(log, *m_settings, path());
        QCOMPARE(log.rowCount(), 1);
        QCOMPARE(log.exchange(0).traceId, exchangeNumber(5).traceId);
    }
};

QTEST_GUILESS_MAIN(TestExchangeJournal)
#include "tst_exchangejournal.moc"
