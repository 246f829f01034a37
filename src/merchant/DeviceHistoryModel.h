#pragma once

#include "api/PortalClient.h"

#include <QAbstractTableModel>

namespace viopay {

// A device's history as a table, newest first: when (the locale's format; the exact UTC time as
// the tooltip), the event in words, who, its trace id (the requests behind it in the network
// inspector) and the details the server gave.
class DeviceHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Event, Actor, TraceId, Details, ColumnCount };

    explicit DeviceHistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<DeviceEvent> &events);
    // FLEET.md's event type in the interface's language.
    static QString typeText(const QString &type);
    // An event's details in words: "from → to" for a rename or move, else "key: value" pairs.
    static QString detailsText(const QJsonObject &details);
    // For a CSV file: the column titles, then a row per event, its time in UTC ISO 8601.
    QList<QStringList> exportRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeviceEvent> m_events;
};

} // namespace viopay
