#pragma once

#include "api/PortalClient.h"

#include <QAbstractTableModel>

namespace viopay {

// The merchant's devices as a table: id, model, status, claimed at, claimed by, activated at, the
// status translated and the times in the default locale's format. Qt::UserRole gives each cell's
// value for sorting (a QDateTime for the times).
class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DeviceId, Model, Status, ClaimedAt, ClaimedBy, ActivatedAt, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setDevices(const QList<MerchantDevice> &devices);
    const MerchantDevice &device(int row) const { return m_devices.at(row); }
    // The API's device_status ("claimed") in the interface's language.
    static QString statusText(const QString &deviceStatus);
    // Whether the merchant can release the device: a claimed or activated one.
    static bool isReleasable(const MerchantDevice &device);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MerchantDevice> m_devices;
};

} // namespace viopay
