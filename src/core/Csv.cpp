#include "Csv.h"

namespace viopay {

namespace {
QString field(const QString &value)
{
    QString safe = value;
    if (!safe.isEmpty() && QStringLiteral("=+-@").contains(safe.front()))
        safe.prepend(QLatin1Char('\''));
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"')) && !safe.contains(QLatin1Char('\n')) &&
        !safe.contains(QLatin1Char('\r')))
        return safe;
    safe.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + safe + QLatin1Char('"');
}
} // namespace

QString Csv::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << field(value);
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

QString Csv::table(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QList<QStringList> Csv::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString value;
    bool quoted = false;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (quoted) {
            if (c != QLatin1Char('"'))
                value += c;
            else if (at + 1 < text.size() && text.at(at + 1) == QLatin1Char('"'))
                value += text.at(++at); // a doubled quote is one quote
            else
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << std::exchange(value, {});
        } else if (c == QLatin1Char('\n')) {
            row << std::exchange(value, {});
            rows << std::exchange(row, {});
        } else if (c != QLatin1Char('\r')) {
            value += c;
        }
    }
    if (!value.isEmpty() || !row.isEmpty())
        rows << (row << value); // the last line without its line break
    return rows;
}

} // namespace viopay
