// The device list speaks the interface's language: statuses translated, times in the locale's format.
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
};

QTEST_GUILESS_MAIN(TestDeviceTableModel)
#include "tst_devicetablemodel.moc"
