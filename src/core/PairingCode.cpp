#include "PairingCode.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace viopay {

namespace {
constexpr QStringView alphabetView()
{
    return QStringView(u"23456789ABCDEFGHJKLMNPQRSTUVWXYZ");
}
// Names the look-alike the symbol was left out for, so the person knows what to type instead.
QString ambiguousSymbolMessage(QChar symbol)
{
    switch (symbol.toUpper().unicode()) {
    case u'0':
        return QCoreApplication::translate("PairingCode", "Codes never contain the digit 0 (it looks like O)");
    case u'O':
        return QCoreApplication::translate("PairingCode", "Codes never contain the letter O (it looks like 0)");
    case u'1':
        return QCoreApplication::translate("PairingCode", "Codes never contain the digit 1 (it looks like I)");
    default:
        return QCoreApplication::translate("PairingCode", "Codes never contain the letter I (it looks like 1)");
    }
}
} // namespace

QString CodeProblem::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Empty:
        return QCoreApplication::translate("PairingCode", "Enter the 6-symbol code shown on the terminal.");
    case Kind::TooShort:
        return QCoreApplication::translate("PairingCode", "The code is too short: %1 of 6 symbols.").arg(length);
    case Kind::TooLong:
        return QCoreApplication::translate("PairingCode", "The code is too long: %1 symbols instead of 6.").arg(length);
    case Kind::AmbiguousSymbol:
        return ambiguousSymbolMessage(symbol);
    case Kind::InvalidSymbol:
        return QCoreApplication::translate(
                   "PairingCode",
                   "\"%1\" (symbol %2) is not allowed: codes use only the letters A to Z and the digits 2 to 9.")
            .arg(symbol)
            .arg(position + 1);
    }
    return {};
}

bool PairingCode::isAlphabetSymbol(QChar symbol)
{
    return alphabetView().contains(symbol);
}

bool PairingCode::isAmbiguousSymbol(QChar symbol)
{
    const char16_t upper = symbol.toUpper().unicode();
    return upper == u'0' || upper == u'O' || upper == u'I' || upper == u'1';
}

QString PairingCode::normalize(QStringView input)
{
    QString result;
    result.reserve(input.size());
    for (QChar symbol : input) {
        if (symbol.isSpace() || symbol == u'-')
            continue;
        result.append(symbol.toUpper());
    }
    return result;
}

CodeProblem PairingCode::validate(QStringView normalized)
{
    CodeProblem problem;
    problem.length = int(normalized.size());
    for (int index = 0; index < problem.length; ++index) {
        const QChar symbol = normalized.at(index);
        if (isAlphabetSymbol(symbol))
            continue;
        problem.kind =
            isAmbiguousSymbol(symbol) ? CodeProblem::Kind::AmbiguousSymbol : CodeProblem::Kind::InvalidSymbol;
        problem.position = index;
        problem.symbol = symbol;
        return problem;
    }
    if (problem.length == 0)
        problem.kind = CodeProblem::Kind::Empty;
    else if (problem.length < Length)
        problem.kind = CodeProblem::Kind::TooShort;
    else if (problem.length > Length)
        problem.kind = CodeProblem::Kind::TooLong;
    return problem;
}

std::optional<PairingCode> PairingCode::fromInput(QStringView input, CodeProblem *problem)
{
    QString normalized = normalize(input);
    const CodeProblem found = validate(normalized);
    if (problem)
        *problem = found;
    if (!found.ok())
        return std::nullopt;
    return PairingCode(std::move(normalized));
}

std::optional<quint32> PairingCode::number(QStringView normalized)
{
    if (normalized.size() != Length)
        return std::nullopt;
    quint32 result = 0;
    for (QChar symbol : normalized) {
        const qsizetype index = alphabetView().indexOf(symbol);
        if (index < 0)
            return std::nullopt;
        result = (result << 5) | quint32(index);
    }
    return result;
}

PairingCode PairingCode::generate(QRandomGenerator &generator)
{
    // 32 symbols is a power of two: each symbol takes 5 bits of a uniform 32-bit draw, so every
    // symbol is equally likely and there is no modulo bias. 6 x 5 = 30 bits fit in one draw.
    static_assert(AlphabetSize == 32, "5 bits per symbol needs a 32-symbol alphabet");
    quint32 bits = generator.generate();
    QString value(Length, Qt::Uninitialized);
    for (int index = 0; index < Length; ++index) {
        value[index] = QLatin1Char(Alphabet[bits & 0x1f]);
        bits >>= 5;
    }
    return PairingCode(std::move(value));
}

PairingCode PairingCode::generate()
{
    return generate(*QRandomGenerator::system());
}

QString PairingCode::displayForm() const
{
    return m_value.left(Length / 2) + QLatin1Char(' ') + m_value.mid(Length / 2);
}

} // namespace viopay
