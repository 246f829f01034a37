#include "DiagnosisCheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace viopay {

DiagnosisCheck DiagnosisCheck::make(const QString &id, const QString &title, Verdict verdict, const QString &finding,
                                    const QString &nextStep)
{
    DiagnosisCheck check;
    check.id = id;
    check.title = title;
    check.verdict = verdict;
    check.finding = finding;
    check.nextStep = nextStep;
    return check;
}

QString DiagnosisCheck::spanText(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 60)
        return QCoreApplication::translate("DiagnosisCheck", "%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 == 0
                   ? QCoreApplication::translate("DiagnosisCheck", "%1 min").arg(seconds / 60)
                   : QCoreApplication::translate("DiagnosisCheck", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QCoreApplication::translate("DiagnosisCheck", "%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

DiagnosisCheck &DiagnosisCheck::withEvidence(const ApiError &error)
{
    httpStatus = error.httpStatus();
    errorCode = error.code();
    traceId = error.traceId();
    return *this;
}

DiagnosisCheck &DiagnosisCheck::withEvidence(int status, const QString &trace)
{
    httpStatus = status;
    traceId = trace;
    return *this;
}

DiagnosisCheck &DiagnosisCheck::withFigure(const QString &name, const QJsonValue &value)
{
    figures.insert(name, value);
    return *this;
}

QString DiagnosisCheck::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Warning:
        return QStringLiteral("warning");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::NotAvailable:
        break;
    }
    return QStringLiteral("not-available");
}

QString DiagnosisCheck::verdictMark(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("\u2713");
    case Verdict::Warning:
        return QStringLiteral("!");
    case Verdict::Fail:
        return QStringLiteral("\u2717");
    case Verdict::NotAvailable:
        break;
    }
    return QStringLiteral("\u2013");
}

QJsonObject DiagnosisCheck::toJson() const
{
    QJsonObject evidence;
    if (httpStatus > 0)
        evidence.insert(QLatin1String("http_status"), httpStatus);
    if (!errorCode.isEmpty())
        evidence.insert(QLatin1String("error_code"), errorCode);
    if (!traceId.isEmpty())
        evidence.insert(QLatin1String("trace_id"), traceId);
    if (!figures.isEmpty())
        evidence.insert(QLatin1String("figures"), figures);
    QJsonObject json{{QLatin1String("id"), id},
                     {QLatin1String("title"), title},
                     {QLatin1String("verdict"), verdictName(verdict)},
                     {QLatin1String("finding"), finding},
                     {QLatin1String("evidence"), evidence}};
    json.insert(QLatin1String("next_step"), nextStep.isEmpty() ? QJsonValue() : QJsonValue(nextStep));
    return json;
}

QString DiagnosisCheck::toText() const
{
    QString text = QStringLiteral("%1 %2: %3").arg(verdictMark(verdict), title, finding);
    QStringList evidence;
    if (httpStatus > 0)
        evidence << QCoreApplication::translate("DiagnosisCheck", "HTTP %1").arg(httpStatus);
    if (!errorCode.isEmpty())
        evidence << QCoreApplication::translate("DiagnosisCheck", "error %1").arg(errorCode);
    if (!traceId.isEmpty())
        evidence << QCoreApplication::translate("DiagnosisCheck", "trace %1").arg(traceId);
    if (!evidence.isEmpty())
        text += QStringLiteral("\n    ") + evidence.join(QStringLiteral(" \u00b7 "));
    if (!nextStep.isEmpty())
        text += QStringLiteral("\n    ") + QCoreApplication::translate("DiagnosisCheck", "Next: %1").arg(nextStep);
    return text;
}

} // namespace viopay
