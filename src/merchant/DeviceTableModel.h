#pragma once

#include "api/PortalClient.h"

#include <QAbstractTableModel>
#include <QHash>

namespace viopay {

// The merchant's devices as a table: name, id, location, status, last seen, claimed by, model,
// claimed at, activated at; the status translated, the last contact as its age ("2 min ago", the
// exact time as the tooltip) and the other times in the default locale's format. Qt::UserRole
// gives each cell's value for sorting (a QDateTime for the times).
class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, DeviceId, Location, Status, LastSeen, ClaimedBy, Model, ClaimedAt, ActivatedAt, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setDevices(const QList<MerchantDevice> &devices);
    // The names the Location column shows for location ids; an id without one shows as itself.
    void setLocationNames(const QHash<QString, QString> &names);
    // The time the ages of the Last seen column are counted to.
    void setNow(const QDateTime &now);
    // The list for a CSV file: the column titles, then a row per device as shown, except times,
    // which are UTC in ISO 8601 (a spreadsheet sorts them) and empty when there is none.
    QList<QStringList> exportRows() const;
    // "2 min ago", counted from seen to now; "Never" for an invalid time.
    static QString ageText(const QDateTime &seen, const QDateTime &now);
    const MerchantDevice &device(int row) const { return m_devices.at(row); }
    // The API's device_status ("claimed") in the interface's language.
    static QString statusText(const QString &deviceStatus);
    // Whether the merchant can release the device: a claimed or activated one.
    static bool isReleasable(const MerchantDevice &device);

    // Whether Name and Location can be edited in place (an admin's sign-in).
    void setEditable(bool editable) { m_editable = editable; }
    static bool isEditableColumn(int column) { return column == Name || column == Location; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // An edit asks for the change (renameRequested, moveRequested) and shows it until the
    // server's list confirms or corrects it. Location's Qt::EditRole is the location id.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void renameRequested(const QString &deviceId, const QString &name);
    void moveRequested(const QString &deviceId, const QString &locationId);

private:
    QList<MerchantDevice> m_devices;
    QHash<QString, QString> m_locationNames;
    QDateTime m_now;
    bool m_editable = false;
};

} // namespace viopay
