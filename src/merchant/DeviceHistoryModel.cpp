#include "DeviceHistoryModel.h"

#include <QJsonDocument>
#include <QLocale>

namespace viopay {

DeviceHistoryModel::DeviceHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceHistoryModel::setEvents(const QList<DeviceEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

QString DeviceHistoryModel::typeText(const QString &type)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("provisioned"), QT_TR_NOOP("Provisioned")},
        {QStringLiteral("code_issued"), QT_TR_NOOP("Code shown")},
        {QStringLiteral("code_expired"), QT_TR_NOOP("Code expired")},
        {QStringLiteral("code_replaced"), QT_TR_NOOP("Code replaced")},
        {QStringLiteral("claimed"), QT_TR_NOOP("Claimed")},
        {QStringLiteral("claim_refused"), QT_TR_NOOP("Claim refused")},
        {QStringLiteral("released"), QT_TR_NOOP("Released")},
        {QStringLiteral("renamed"), QT_TR_NOOP("Renamed")},
        {QStringLiteral("moved"), QT_TR_NOOP("Moved")},
        {QStringLiteral("attested"), QT_TR_NOOP("Attested")},
        {QStringLiteral("attest_failed"), QT_TR_NOOP("Attestation failed")},
        {QStringLiteral("keys_issued"), QT_TR_NOOP("Keys issued")},
        {QStringLiteral("activated"), QT_TR_NOOP("Activated")},
    };
    const auto found = words.constFind(type);
    return found == words.cend() ? type : tr(found.value()); // a newer type: the server's word
}

QString DeviceHistoryModel::detailsText(const QJsonObject &details)
{
    const auto valueText = [](const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return tr("none");
        if (value.isObject() || value.isArray())
            return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
        return value.toVariant().toString();
    };
    if (details.size() == 2 && details.contains(QLatin1String("from")) && details.contains(QLatin1String("to")))
        return tr("%1 → %2").arg(valueText(details.value(QLatin1String("from"))),
                                 valueText(details.value(QLatin1String("to"))));
    QStringList parts;
    for (auto field = details.constBegin(); field != details.constEnd(); ++field)
        parts << QStringLiteral("%1: %2").arg(QString(field.key()).replace(u'_', u' '), valueText(field.value()));
    return parts.join(QLatin1String("; "));
}

QList<QStringList> DeviceHistoryModel::exportRows() const
{
    QList<QStringList> rows;
    QStringList titles;
    for (int column = 0; column < ColumnCount; ++column)
        titles << headerData(column, Qt::Horizontal).toString();
    rows << titles;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < ColumnCount; ++column)
            fields << index(row, column).data().toString();
        fields[Time] = m_events.at(row).at.toUTC().toString(Qt::ISODate);
        rows << fields;
    }
    return rows;
}

int DeviceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int DeviceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const DeviceEvent &event = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Time)
        return event.at.toUTC().toString(Qt::ISODateWithMs);
    if (role == Qt::ToolTipRole && index.column() == TraceId && !event.traceId.isEmpty())
        return tr("Double-click or press Enter to see its requests in the network inspector");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    case Event:
        return typeText(event.type);
    case Actor:
        return event.actor;
    case TraceId:
        return event.traceId;
    case Details:
        return detailsText(event.details);
    default:
        return {};
    }
}

QVariant DeviceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Actor:
        return tr("By");
    case TraceId:
        return tr("Trace id");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace viopay
