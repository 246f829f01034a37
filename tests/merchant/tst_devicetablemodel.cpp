// The device list speaks the interface's language: statuses translated, times in the locale's format.
#include "core/Csv.h"
#include "merchant/DeviceHistoryModel.h"
#include "merchant/DeviceTableModel.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace viopay;

namespace {
// Stands in for the German .qm: the model must ask for its statuses in its own context.
class GermanStatuses : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "viopay::DeviceTableModel")
            return {};
        const QHash<QByteArray, QString> words{
            {"Inactive", "Inaktiv"}, {"Claimed", "Beansprucht"}, {"Activated", "Aktiviert"}};
        return words.value(sourceText);
    }
    bool isEmpty() const override { return false; }
};

MerchantDevice device(const QString &status, const QDateTime &claimedAt = {})
{
    return MerchantDevice{"POS-8F3A2C91", "PAX-A920", {}, {}, status, claimedAt, "ops@cafe-lumen.test", {}};
}
} // namespace

class TestDeviceTableModel : public QObject {
    Q_OBJECT

    GermanStatuses m_german;

    static QString cell(const DeviceTableModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCoreApplication::installTranslator(&m_german);
    }

    void historyDetailsReadAsWords()
    {
        QCOMPARE(DeviceHistoryModel::detailsText({{"from", QJsonValue::Null}, {"to", "Front counter"}}),
                 QString("none → Front counter"));
        QCOMPARE(DeviceHistoryModel::detailsText({{"code", "MQL•••"}, {"location_id", "LOC-1001-HARB"}}),
                 QString("code: MQL•••; location id: LOC-1001-HARB"));
        QCOMPARE(DeviceHistoryModel::detailsText({{"attempts", 3}, {"reason", "clock ahead"}}),
                 QString("attempts: 3; reason: clock ahead"));
        QVERIFY(DeviceHistoryModel::detailsText({}).isEmpty());
        DeviceHistoryModel model;
        model.setEvents(
            {{QDateTime::currentDateTimeUtc(), "renamed", "ops@cafe-lumen.test", "abc", {{"from", "A"}, {"to", "B"}}}});
        QCOMPARE(model.index(0, DeviceHistoryModel::Details).data().toString(), QString("A → B"));
    }

    void statusesAreTranslated()
    {
        DeviceTableModel model;
        model.setDevices({device("inactive"), device("claimed"), device("activated"), device("retired")});
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QString("Inaktiv"));
        QCOMPARE(cell(model, 1, DeviceTableModel::Status), QString("Beansprucht"));
        QCOMPARE(cell(model, 2, DeviceTableModel::Status), QString("Aktiviert"));
        QCOMPARE(cell(model, 3, DeviceTableModel::Status), QString("retired")); // unknown: as the server says
    }

    void claimTimesFollowTheLocale()
    {
        const QDateTime claimedAt(QDate(2026, 11, 29), QTime(11, 49, 32));
        DeviceTableModel model;
        model.setDevices({device("claimed", claimedAt), device("inactive")});
        const QString shown = cell(model, 0, DeviceTableModel::ClaimedAt);
        QVERIFY2(shown.startsWith("29.11.26"), qPrintable(shown));
        QVERIFY(!shown.contains("2026-11-29"));
        QCOMPARE(model.index(0, DeviceTableModel::ClaimedAt).data(DeviceTableModel::SortRole).toDateTime(), claimedAt);
        QVERIFY(cell(model, 1, DeviceTableModel::ClaimedAt).isEmpty());
    }

    void anActivatedDeviceShowsWhenItActivatedAndCanBeReleased()
    {
        const QDateTime activatedAt(QDate(2026, 11, 29), QTime(12, 3, 10));
        MerchantDevice activated = device("activated", activatedAt.addSecs(-600));
        activated.activatedAt = activatedAt;
        DeviceTableModel model;
        model.setDevices({activated, device("claimed")});
        QCOMPARE(model.headerData(DeviceTableModel::ActivatedAt, Qt::Horizontal).toString(), QString("Activated at"));
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QString("Aktiviert"));
        const QString shown = cell(model, 0, DeviceTableModel::ActivatedAt);
        QVERIFY2(shown.startsWith("29.11.26"), qPrintable(shown));
        QCOMPARE(model.index(0, DeviceTableModel::ActivatedAt).data(DeviceTableModel::SortRole).toDateTime(),
                 activatedAt);
        QVERIFY(cell(model, 1, DeviceTableModel::ActivatedAt).isEmpty()); // claimed, not activated
        QVERIFY(DeviceTableModel::isReleasable(model.device(0)));
        QVERIFY(DeviceTableModel::isReleasable(model.device(1)));
        QVERIFY(!DeviceTableModel::isReleasable(device("inactive")));
    }

    void lastSeenIsAnAgeWithTheExactTimeAsTooltip()
    {
        const QDateTime now(QDate(2026, 12, 7), QTime(9, 30, 0), Qt::UTC);
        MerchantDevice seen = device("claimed");
        seen.lastSeenAt = now.addSecs(-150);
        MerchantDevice never = device("inactive");
        DeviceTableModel model;
        model.setDevices({seen, never});
        model.setNow(now);
        QCOMPARE(cell(model, 0, DeviceTableModel::LastSeen), QString("2 min ago"));
        QCOMPARE(model.index(0, DeviceTableModel::LastSeen).data(Qt::ToolTipRole).toString(),
                 QLocale().toString(seen.lastSeenAt.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(model.index(0, DeviceTableModel::LastSeen).data(DeviceTableModel::SortRole).toDateTime(),
                 seen.lastSeenAt);
        QCOMPARE(cell(model, 1, DeviceTableModel::LastSeen), QString("Never"));
        model.setNow(now.addSecs(2 * 60 * 60)); // the age moves on with the clock, no new list needed
        QCOMPARE(cell(model, 0, DeviceTableModel::LastSeen), QString("2 h ago"));
        QCOMPARE(DeviceTableModel::ageText(now.addSecs(-12), now), QString("12 s ago"));
        QCOMPARE(DeviceTableModel::ageText(now.addDays(-3), now), QString("3 d ago"));
    }

    void nameAndLocationByItsName()
    {
        MerchantDevice named = device("claimed");
        named.name = "Patio";
        named.locationId = "LOC-1001-HARB";
        MerchantDevice unknownPlace = device("claimed");
        unknownPlace.locationId = "LOC-NEW";
        DeviceTableModel model;
        model.setDevices({named, unknownPlace, device("inactive")});
        model.setLocationNames({{"LOC-1001-HARB", "Harbour Kiosk"}});
        QCOMPARE(cell(model, 0, DeviceTableModel::Name), QString("Patio"));
        QCOMPARE(cell(model, 0, DeviceTableModel::Location), QString("Harbour Kiosk"));
        QCOMPARE(cell(model, 1, DeviceTableModel::Location), QString("LOC-NEW")); // unknown: its id
        QVERIFY(cell(model, 2, DeviceTableModel::Location).isEmpty());
        QCOMPARE(model.headerData(DeviceTableModel::LastSeen, Qt::Horizontal).toString(), QString("Last seen"));
    }

    // The exported list reads back as it was written, a name with a comma, quotes and a line
    // break included, with machine times.
    void theExportedListRoundTrips()
    {
        MerchantDevice named = device("claimed", QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        named.name = "Patio, \"left\"\nby the door";
        named.locationId = "LOC-1001-HARB";
        DeviceTableModel model;
        model.setDevices({named, device("inactive")});
        model.setLocationNames({{"LOC-1001-HARB", "Harbour Kiosk"}});
        const QList<QStringList> rows = model.exportRows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].size(), qsizetype(DeviceTableModel::ColumnCount));
        QCOMPARE(rows[1][DeviceTableModel::Name], named.name);
        QCOMPARE(rows[1][DeviceTableModel::Location], QString("Harbour Kiosk"));
        QCOMPARE(rows[1][DeviceTableModel::ClaimedAt], QString("2026-12-07T09:00:00Z"));
        QVERIFY(rows[2][DeviceTableModel::ClaimedAt].isEmpty());
        QCOMPARE(Csv::parse(Csv::table(rows)), rows);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTableModel)
#include "tst_devicetablemodel.moc"
