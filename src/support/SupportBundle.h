#pragma once

#include "Diagnosis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QSettings;

namespace viopay {

class ExchangeLog;

// One file a colleague can open: a diagnosis as text and JSON, the exchange log as HAR, the app's
// log of this run, the versions (app, Qt, OS, server) and the settings without secrets, in an
// uncompressed zip written with libarchive. Nothing secret goes in: the exchanges come redacted
// from the inspector's log, the run's log passes the inspector's redaction and loses bearer
// values, and settings whose name sounds secret are left out.
class SupportBundle {
    Q_DECLARE_TR_FUNCTIONS(SupportBundle)

public:
    Diagnosis diagnosis;
    QByteArray har;
    QString appLog;
    QString versions;
    QString settings;

    // Every part from the app's own objects: the log's HAR, RunLog, the settings, and the server's
    // software as its last answer named it (the Server header). A null log or settings leaves its part empty.
    static SupportBundle collect(const Diagnosis &diagnosis, const ExchangeLog *log, const QSettings *settings);
    static QString versionsText(const Diagnosis &diagnosis, const QString &serverSoftware);
    static QString settingsText(const QSettings &settings);
    static QString redactLog(const QString &log);

    // The part names inside the archive, in the order written.
    static QStringList partNames();
    // Writes the archive whole or not at all (a failed write leaves no file); false with *error.
    bool write(const QString &path, QString *error = nullptr) const;
};

} // namespace viopay
