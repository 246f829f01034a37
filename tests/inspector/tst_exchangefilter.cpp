// The inspector's filter: plain words match any text, key:value terms match one field, terms
// combine with AND, and what is not understood is said, not silently dropped.
#include "inspector/ExchangeFilter.h"
#include "inspector/ExchangeLog.h"

#include <QTest>

using namespace viopay;

namespace {
Exchange exchange(const QByteArray &method, const QString &path, int status, const QString &traceId,
                  ExchangeOrigin origin)
{
    Exchange exchange;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    exchange.method = method;
    exchange.url = QUrl("http://127.0.0.1:8080" + path);
    exchange.status = status;
    exchange.traceId = traceId;
    exchange.origin = origin;
    if (origin.kind == ExchangeOrigin::Kind::Terminal)
        exchange.requestHeaders = {{"X-Device-Id", origin.terminalId.toLatin1()}};
    if (status == 0)
        exchange.error = "Connection refused";
    return exchange;
}
} // namespace

class TestExchangeFilter : public QObject {
    Q_OBJECT

    ExchangeLog m_log;

    QStringList shownTraceIds(ExchangeFilter &filter) const
    {
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids << m_log.exchange(filter.mapToSource(filter.index(row, 0)).row()).traceId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.record(exchange("POST", "/pos/pairing-code", 200, "aaaa1111", ExchangeOrigin::terminal("POS-8F3A2C91")));
        m_log.record(exchange("GET", "/pos/status", 304, "bbbb2222", ExchangeOrigin::terminal("POS-1A2B3C01")));
        m_log.record(exchange("POST", "/pos/claim", 404, "cccc3333", ExchangeOrigin::merchant()));
        m_log.record(exchange("POST", "/pos/claim", 429, "dddd4444", ExchangeOrigin::merchant()));
        m_log.record(exchange("PUT", "/sandbox/faults", 503, "eeee5555", ExchangeOrigin::drill()));
        m_log.record(exchange("GET", "/pos/status", 0, "ffff6666", ExchangeOrigin::terminal("POS-8F3A2C91")));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("traceIds");
        const QStringList all{"aaaa1111", "bbbb2222", "cccc3333", "dddd4444", "eeee5555", "ffff6666"};
        QTest::newRow("nothing") << "" << all;
        QTest::newRow("a plain word") << "claim" << QStringList{"cccc3333", "dddd4444"};
        QTest::newRow("a URL is a plain word") << "http://127.0.0.1:8080/sandbox" << QStringList{"eeee5555"};
        QTest::newRow("a sender is text") << "merchant" << QStringList{"cccc3333", "dddd4444"};
        QTest::newRow("status class") << "status:4xx" << QStringList{"cccc3333", "dddd4444"};
        QTest::newRow("status class, capital X") << "status:5XX" << QStringList{"eeee5555"};
        QTest::newRow("exact status") << "status:304" << QStringList{"bbbb2222"};
        QTest::newRow("status decade") << "status:42x" << QStringList{"dddd4444"};
        QTest::newRow("method") << "method:post" << QStringList{"aaaa1111", "cccc3333", "dddd4444"};
        QTest::newRow("device") << "device:POS-8F3A2C91" << QStringList{"aaaa1111", "ffff6666"};
        QTest::newRow("device, part") << "device:1a2b" << QStringList{"bbbb2222"};
        QTest::newRow("trace id start") << "trace:CCCC" << QStringList{"cccc3333"};
        QTest::newRow("AND") << "status:4xx method:POST 429" << QStringList{"dddd4444"};
        QTest::newRow("AND of words") << "pos status" << QStringList{"bbbb2222", "ffff6666"};
        QTest::newRow("AND, none") << "method:GET device:POS-1A2B3C01 status:5xx" << QStringList{};
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, traceIds);
        ExchangeFilter filter(m_log);
        filter.setText(text);
        QCOMPARE(shownTraceIds(filter), traceIds);
        QCOMPARE(filter.problem(), QString());
    }

    void saysWhatItDoesNotUnderstand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("rows"); // the terms it understood still apply
        QTest::newRow("unknown key") << "colour:red"
                                     << "Unknown filter \"colour:\"" << 6;
        QTest::newRow("bad status") << "status:four"
                                    << "status: wants a status like 404 or 4xx, not \"four\"" << 6;
        QTest::newRow("status too long") << "status:4000"
                                         << "status: wants" << 6;
        QTest::newRow("no status") << "status:"
                                   << "status: wants" << 6;
        QTest::newRow("bad method") << "method:PO-ST"
                                    << "method: wants" << 6;
        QTest::newRow("no device") << "device:"
                                   << "device: wants" << 6;
        QTest::newRow("bad trace") << "trace:xyz"
                                   << "trace: wants" << 6;
        QTest::newRow("with good terms") << "method:POST size:big"
                                         << "Unknown filter \"size:\"" << 3;
    }

    void saysWhatItDoesNotUnderstand()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QFETCH(int, rows);
        ExchangeFilter filter(m_log);
        filter.setText(text);
        QVERIFY2(filter.problem().startsWith(problem), qPrintable(filter.problem()));
        QCOMPARE(filter.rowCount(), rows);
        filter.setText("method:POST");
        QCOMPARE(filter.problem(), QString());
    }
};

QTEST_MAIN(TestExchangeFilter)
#include "tst_exchangefilter.moc"
