// CSV as spreadsheets read it: quoting, line breaks inside fields, and no formula from a name.
#include "core/Csv.h"

#include <QTest>

using namespace viopay;

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(Csv::line({"POS-1A2B3C00", "Front counter"}), QString("POS-1A2B3C00,Front counter\r\n"));
        QCOMPARE(Csv::line({"Patio, left", "say \"hi\"", "two\nlines", ""}),
                 QString("\"Patio, left\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
    }

    void aFormulaIsShownNotRun()
    {
        QCOMPARE(Csv::line({"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "a=b"}),
                 QString("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),a=b\r\n"));
    }

    void roundTrips()
    {
        const QList<QStringList> rows{{"Name", "Device", "Location"},
                                      {"Patio, left", "POS-1A2B3C00", "Harbour Kiosk"},
                                      {"say \"hi\"", "POS-1A2B3C01", ""},
                                      {"two\r\nlines", "POS-1A2B3C02", "Main Street"}};
        QCOMPARE(Csv::parse(Csv::table(rows)), rows);
        QCOMPARE(Csv::parse("a,b\nc,d"), QList<QStringList>({{"a", "b"}, {"c", "d"}})); // LF, no final break
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
