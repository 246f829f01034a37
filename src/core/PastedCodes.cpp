#include "PastedCodes.h"

#include "PairingCode.h"

namespace viopay {

namespace {
bool separatesName(QChar symbol)
{
    return symbol == u'\t' || symbol == u',' || symbol == u';';
}

// How far from a code's length a part before a separator may be and still be read as a
// mistyped code with a name after it ("K7M 3N, Bar"), not as symbols split by it ("K7M,3N").
constexpr int NearCodeLength = 2;

PastedCodes::Line parseLine(QStringView line)
{
    for (qsizetype at = 0; at < line.size(); ++at) {
        if (!separatesName(line.at(at)))
            continue;
        const QStringView code = line.left(at).trimmed();
        if (PairingCode::validate(PastedCodes::symbols(code)).ok())
            return {code.toString(), line.mid(at + 1).trimmed().toString()};
    }
    // No valid code: a part close to a code's length is its mistyped code, the rest its name.
    for (qsizetype at = 0; at < line.size(); ++at) {
        if (!separatesName(line.at(at)))
            continue;
        const QStringView code = line.left(at).trimmed();
        if (qAbs(PastedCodes::symbols(code).size() - PairingCode::Length) <= NearCodeLength)
            return {code.toString(), line.mid(at + 1).trimmed().toString()};
    }
    return {line.trimmed().toString(), {}};
}
} // namespace

QList<PastedCodes::Line> PastedCodes::parse(QStringView text)
{
    QList<Line> lines;
    for (QStringView line : text.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        lines << parseLine(line);
    }
    return lines;
}

QString PastedCodes::symbols(QStringView typed)
{
    QString result;
    result.reserve(typed.size());
    for (QChar symbol : typed) {
        if (symbol.isLetterOrNumber())
            result.append(symbol.toUpper());
    }
    return result;
}

} // namespace viopay
