#pragma once

#include "core/Exchange.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

class QSettings;

namespace viopay {

class ExchangeLog;

// The exchange log kept across restarts, off by default: each exchange the log records (redacted
// there, so no secret reaches the disk) is appended as one JSON line to a file in the user's data
// directory, and on start the last Capacity of them are read back into the log, so a problem seen
// before a restart can still be read in the inspector. The file holds at most Capacity +
// CompactionSlack lines between compactions. Off, nothing is written or read; forget() deletes it.
class ExchangeJournal : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)

public:
    static constexpr int Capacity = 2'000;
    static constexpr int CompactionSlack = 500; // a file rewrite per 500 exchanges, not per exchange

    // Reads the file back into the log when the setting says the journal is on.
    ExchangeJournal(ExchangeLog &log, QSettings &settings, QString path, QObject *parent = nullptr);

    // exchange-log.jsonl in the user's data directory (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    const QString &path() const { return m_path; }

    bool isEnabled() const { return m_enabled; }
    // Kept in the settings; turning it off stops writing and leaves the file to forget().
    void setEnabled(bool enabled);
    // Deletes the file and empties the log; false when the file stays (with *error).
    bool forget(QString *error = nullptr);

    // One line of the file, and back; nullopt for a line that is not an exchange.
    static QJsonObject toJson(const Exchange &exchange);
    static std::optional<Exchange> fromJson(const QJsonObject &object);

Q_SIGNALS:
    void enabledChanged(bool enabled);

private:
    void restore();
    void append(int firstRow, int lastRow);
    void compact();

    ExchangeLog &m_log;
    QSettings &m_settings;
    QString m_path;
    bool m_enabled = false;
    bool m_restoring = false;
    int m_lines = 0; // on disk
};

} // namespace viopay
