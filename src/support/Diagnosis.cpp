#include "Diagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace viopay {

bool Diagnosis::hasFailure() const
{
    return std::any_of(checks.cbegin(), checks.cend(),
                       [](const DiagnosisCheck &check) { return check.verdict == DiagnosisCheck::Verdict::Fail; });
}

const DiagnosisCheck *Diagnosis::check(const QString &id) const
{
    const auto found =
        std::find_if(checks.cbegin(), checks.cend(), [&id](const DiagnosisCheck &check) { return check.id == id; });
    return found == checks.cend() ? nullptr : &*found;
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray list;
    for (const DiagnosisCheck &item : checks)
        list.append(item.toJson());
    return {{QLatin1String("device_id"), deviceId},
            {QLatin1String("server"), server.toString(QUrl::RemoveUserInfo)},
            {QLatin1String("started_at"), startedAt.toString(Qt::ISODate)},
            {QLatin1String("result"), hasFailure() ? QLatin1String("fail") : QLatin1String("pass")},
            {QLatin1String("checks"), list}};
}

QString Diagnosis::toText() const
{
    QString text = QCoreApplication::translate("Diagnosis", "Why won't %1 pair? Checked against %2 at %3.")
                       .arg(deviceId, server.toString(QUrl::RemoveUserInfo), startedAt.toString(Qt::ISODate));
    for (const DiagnosisCheck &item : checks)
        text += QLatin1Char('\n') + item.toText();
    text += QLatin1Char('\n');
    text += hasFailure() ? QCoreApplication::translate("Diagnosis", "Result: a check failed; its next step says what "
                                                                    "to do.")
                         : QCoreApplication::translate("Diagnosis", "Result: nothing found that stops pairing.");
    return text;
}

} // namespace viopay
