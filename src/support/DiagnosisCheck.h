#pragma once

#include "core/ApiError.h"

#include <QJsonObject>
#include <QString>

namespace viopay {

// One finding of a pairing diagnosis: what was checked, the verdict, the evidence a support person
// asks for (HTTP status, error code, trace id, figures) and the next step in plain words. A value,
// so a dialog, a JSON export and the command line all show the same thing.
struct DiagnosisCheck {
    enum class Verdict {
        Pass,
        Warning,      // not what pairing needs, but not the reason it fails on its own
        Fail,         // a reason the terminal does not pair
        NotAvailable, // the server cannot answer it, or an earlier check made it moot
    };

    QString id;    // stable, for JSON and tests: "reachability", "clock", "provisioned", ...
    QString title; // "API reachable"
    Verdict verdict = Verdict::NotAvailable;
    QString finding;  // what was found, one or two plain sentences
    QString nextStep; // what to do about it; empty when nothing is to be done
    int httpStatus = 0;
    QString errorCode;   // the server's code ("4040"), empty when none
    QString traceId;     // the exchange's trace id, for the server's logs
    QJsonObject figures; // measured values by name: {"skew_seconds":200,"round_trip_ms":3}

    static DiagnosisCheck make(const QString &id, const QString &title, Verdict verdict, const QString &finding,
                               const QString &nextStep = {});
    // The evidence of a failed exchange: its status, code and trace id.
    DiagnosisCheck &withEvidence(const ApiError &error);
    DiagnosisCheck &withEvidence(int status, const QString &traceId);
    DiagnosisCheck &withFigure(const QString &name, const QJsonValue &value);

    // "3 min 20 s", "45 s", "2 h 5 min": a span of seconds as a person reads it (the sign dropped).
    static QString spanText(qint64 seconds);
    // "pass", "warning", "fail", "not-available": the JSON names.
    static QString verdictName(Verdict verdict);
    // ✓ ! ✗ –: the marks of the plain-text rendering.
    static QString verdictMark(Verdict verdict);

    QJsonObject toJson() const;
    // "✓ API reachable: ..." with the evidence and the next step on indented lines.
    QString toText() const;
};

} // namespace viopay
