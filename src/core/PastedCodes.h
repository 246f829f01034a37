#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace viopay {

// Codes pasted or typed for the claim queue, one a line. Within a code any symbol that is not a
// letter or a digit separates ("K7M 3NP", "k7m-3np", "K7M.3NP", "K7M,3NP"). A name may follow the
// code after a tab, comma or semicolon ("K7M 3NP, Front counter", a spreadsheet's two columns). The
// split is taken where the part before it is a whole valid code, else where that part is within two
// symbols of a code's length (a mistyped code to fix, its name kept apart); never is a mistyped
// code turned into another valid one.
class PastedCodes {
public:
    struct Line {
        QString code; // as typed, trimmed
        QString name; // trimmed; empty for none
        friend bool operator==(const Line &a, const Line &b) { return a.code == b.code && a.name == b.name; }
    };

    static QList<Line> parse(QStringView text); // blank lines are skipped
    // The letters and digits of a typed code, upper-cased: what PairingCode::validate checks.
    static QString symbols(QStringView typed);
};

} // namespace viopay
