#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace viopay {

// RFC 4180 text: fields with a comma, quote or line break are quoted, quotes doubled, lines end
// in CRLF. A field starting with =, +, - or @ gets a leading apostrophe, so a spreadsheet shows a
// device's name rather than running it as a formula (OWASP CSV injection).
class Csv {
public:
    static QString line(const QStringList &fields);
    static QString table(const QList<QStringList> &rows);
    // The rows of RFC 4180 text (CRLF or LF); a spreadsheet guard's apostrophe is kept.
    static QList<QStringList> parse(const QString &text);
};

} // namespace viopay
