#include "DeviceTableModel.h"

#include <QLocale>

namespace viopay {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceTableModel::setDevices(const QList<MerchantDevice> &devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

QString DeviceTableModel::statusText(const QString &deviceStatus)
{
    if (deviceStatus == QLatin1String("inactive"))
        return tr("Inactive");
    if (deviceStatus == QLatin1String("claimed"))
        return tr("Claimed");
    if (deviceStatus == QLatin1String("activated"))
        return tr("Activated");
    return deviceStatus; // a status newer than this app: the server's word beats none
}

bool DeviceTableModel::isReleasable(const MerchantDevice &device)
{
    return device.deviceStatus == QLatin1String("claimed") || device.deviceStatus == QLatin1String("activated");
}

namespace {
QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const MerchantDevice &device = m_devices.at(index.row());
    if (role == SortRole && index.column() == ClaimedAt)
        return device.claimedAt;
    if (role == SortRole && index.column() == ActivatedAt)
        return device.activatedAt;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case DeviceId:
        return device.deviceId;
    case Model:
        return device.model;
    case Status:
        return statusText(device.deviceStatus);
    case ClaimedAt:
        return shortTime(device.claimedAt);
    case ClaimedBy:
        return device.claimedBy;
    case ActivatedAt:
        return shortTime(device.activatedAt);
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DeviceId:
        return tr("Device");
    case Model:
        return tr("Model");
    case Status:
        return tr("Status");
    case ClaimedAt:
        return tr("Claimed at");
    case ClaimedBy:
        return tr("Claimed by");
    case ActivatedAt:
        return tr("Activated at");
    default:
        return {};
    }
}

} // namespace viopay
