#pragma once

#include "DiagnosisCheck.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace viopay {

// A whole diagnosis of one terminal against one server: its checks in the order they ran.
struct Diagnosis {
    QString deviceId;
    QUrl server;
    QDateTime startedAt; // UTC
    QList<DiagnosisCheck> checks;

    // Whether any check failed (warnings and "not available" do not count).
    bool hasFailure() const;
    // The check with this id, or nullptr.
    const DiagnosisCheck *check(const QString &id) const;

    // {"device_id","server","started_at","result":"pass"|"fail","checks":[...]}
    QJsonObject toJson() const;
    // A heading, then each check on its own line(s) with its mark.
    QString toText() const;
};

} // namespace viopay
