#include "PastedCodes.h"

#include "PairingCode.h"

#include <optional>

namespace viopay {

namespace {
bool separatesName(QChar symbol)
{
    return symbol == u'\t' || symbol == u',' || symbol == u';';
}

// How far from a code's length a part before a separator may be and still be read as a
// mistyped code with a name after it ("K7M 3N, Bar"), not as symbols split by it ("K7M,3N").
constexpr int NearCodeLength = 2;

// The line split at its first name separator whose code part passes isCode; nullopt for none.
template <typename CodeTest>
std::optional<PastedCodes::Line> splitAt(QStringView line, CodeTest isCode)
{
    for (qsizetype at = 0; at < line.size(); ++at) {
        if (!separatesName(line.at(at)))
            continue;
        const QStringView code = line.left(at).trimmed();
        if (isCode(PastedCodes::symbols(code)))
            return PastedCodes::Line{code.toString(), line.mid(at + 1).trimmed().toString()};
    }
    return std::nullopt;
}

PastedCodes::Line parseLine(QStringView line)
{
    if (auto split = splitAt(line, [](const QString &symbols) { return PairingCode::validate(symbols).ok(); }))
        return *split;
    // No valid code: a part close to a code's length is its mistyped code, the rest its name.
    if (auto split = splitAt(
            line, [](const QString &symbols) { return qAbs(symbols.size() - PairingCode::Length) <= NearCodeLength; }))
        return *split;
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
