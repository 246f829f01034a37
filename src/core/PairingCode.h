#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QRandomGenerator;

namespace viopay {

// What is wrong with a candidate pairing code, precise enough to tell an operator what to fix.
struct CodeProblem {
    enum class Kind {
        None,
        Empty,
        TooShort,
        TooLong,
        AmbiguousSymbol, // 0, O, I or 1: codes never contain them
        InvalidSymbol,   // any other symbol outside the alphabet
    };
    Kind kind = Kind::None;
    int position = -1; // 0-based index into the normalised input, for symbol problems
    QChar symbol;      // the offending symbol, for symbol problems
    int length = 0;    // the normalised input's length

    bool ok() const { return kind == Kind::None; }
    QString message() const; // user-facing, translated
};

// A 6-symbol code from the 32-symbol alphabet (A-Z and 2-9 less 0, O, I, 1): vendor step 2.
class PairingCode {
public:
    static constexpr int Length = 6;
    static constexpr int AlphabetSize = 32;
    // The one definition of the alphabet, used by the app and the sandbox alike.
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    static bool isAlphabetSymbol(QChar symbol);
    static bool isAmbiguousSymbol(QChar symbol); // 0, O, I, 1 in either case

    // Operator input to canonical form: upper-cased, spaces and hyphens dropped
    // ("k7m-3np" and " K7M 3NP " both become "K7M3NP"); no other change.
    static QString normalize(QStringView input);
    // Checks an already normalised string and says exactly what is wrong.
    static CodeProblem validate(QStringView normalized);
    // normalize + validate; the problem (if any) goes to *problem.
    static std::optional<PairingCode> fromInput(QStringView input, CodeProblem *problem = nullptr);
    // Uniform over all 32^6 codes, without modulo bias.
    static PairingCode generate(QRandomGenerator &generator);
    static PairingCode generate();
    // A normalised valid code as a number below 32^6 (5 bits per symbol), for keying tables
    // without hashing text; nullopt when it is not 6 symbols of the alphabet.
    static std::optional<quint32> number(QStringView normalized);

    const QString &value() const { return m_value; }
    QString displayForm() const; // grouped for reading: "K7M 3NP"

    friend bool operator==(const PairingCode &a, const PairingCode &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const PairingCode &a, const PairingCode &b) { return !(a == b); }

private:
    explicit PairingCode(QString value)
        : m_value(std::move(value))
    {}
    QString m_value;
};

} // namespace viopay
