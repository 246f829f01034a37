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

void DeviceTableModel::setLocationNames(const QHash<QString, QString> &names)
{
    if (names == m_locationNames)
        return;
    m_locationNames = names;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, Location), index(int(m_devices.size()) - 1, Location));
}

void DeviceTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_devices.isEmpty())
        Q_EMIT dataChanged(index(0, LastSeen), index(int(m_devices.size()) - 1, LastSeen));
}

QList<QStringList> DeviceTableModel::exportRows() const
{
    QList<QStringList> rows;
    QStringList titles;
    for (int column = 0; column < ColumnCount; ++column)
        titles << headerData(column, Qt::Horizontal).toString();
    rows << titles;
    const auto isoTime = [](const QDateTime &time) {
        return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
    };
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << index(row, column).data().toString();
        const MerchantDevice &device = m_devices.at(row);
        fields[LastSeen] = isoTime(device.lastSeenAt);
        fields[ClaimedAt] = isoTime(device.claimedAt);
        fields[ActivatedAt] = isoTime(device.activatedAt);
        rows << fields;
    }
    return rows;
}

QString DeviceTableModel::ageText(const QDateTime &seen, const QDateTime &now)
{
    if (!seen.isValid())
        return tr("Never");
    const qint64 seconds = qMax<qint64>(0, seen.secsTo(now));
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(seconds));
    if (seconds < 60 * 60)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 60 * 60)
        return tr("%n h ago", nullptr, int(seconds / (60 * 60)));
    return tr("%n d ago", nullptr, int(seconds / (24 * 60 * 60)));
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

Qt::ItemFlags DeviceTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return m_editable && isEditableColumn(index.column()) ? flags | Qt::ItemIsEditable : flags;
}

bool DeviceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable || index.row() >= m_devices.size())
        return false;
    MerchantDevice &device = m_devices[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == Name) {
        if (text.isEmpty() || text == device.name)
            return false; // FLEET.md: a name has 1 to 64 characters; the old one stays
        device.name = text;
        Q_EMIT renameRequested(device.deviceId, text);
    } else if (index.column() == Location) {
        if (text.isEmpty() || text == device.locationId)
            return false;
        device.locationId = text;
        Q_EMIT moveRequested(device.deviceId, text);
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
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
    if (role == SortRole && index.column() == LastSeen)
        return device.lastSeenAt;
    if (role == Qt::EditRole && index.column() == Name)
        return device.name;
    if (role == Qt::EditRole && index.column() == Location)
        return device.locationId;
    if (role == Qt::ToolTipRole && index.column() == LastSeen && device.lastSeenAt.isValid())
        return QLocale().toString(device.lastSeenAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return device.name;
    case Location:
        return device.locationId.isEmpty() ? QString() : m_locationNames.value(device.locationId, device.locationId);
    case LastSeen:
        return ageText(device.lastSeenAt, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
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
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case LastSeen:
        return tr("Last seen");
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
