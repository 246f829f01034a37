#include "core/PairingCode.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <array>

using namespace viopay;
using Kind = CodeProblem::Kind;

Q_DECLARE_METATYPE(CodeProblem::Kind)

class TestPairingCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alphabetHasThirtyTwoDistinctSymbolsWithoutAmbiguousOnes()
    {
        const QString alphabet = QString::fromLatin1(PairingCode::Alphabet);
        QCOMPARE(alphabet.size(), PairingCode::AlphabetSize);
        QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), PairingCode::AlphabetSize);
        for (QChar symbol : alphabet) {
            QVERIFY(PairingCode::isAlphabetSymbol(symbol));
            QVERIFY(!PairingCode::isAmbiguousSymbol(symbol));
        }
        for (QChar symbol : QString("0O1I")) {
            QVERIFY(!PairingCode::isAlphabetSymbol(symbol));
            QVERIFY(PairingCode::isAmbiguousSymbol(symbol));
        }
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("already canonical") << "K7M3NP"
                                           << "K7M3NP";
        QTest::newRow("lower case with hyphen") << "k7m-3np"
                                                << "K7M3NP";
        QTest::newRow("spaces around and inside") << " K7M 3NP "
                                                  << "K7M3NP";
        QTest::newRow("tabs and several hyphens") << "\tk-7-m 3n-p\n"
                                                  << "K7M3NP";
        QTest::newRow("ambiguous symbols are kept for validation") << "k7m-3n0"
                                                                   << "K7M3N0";
        QTest::newRow("other punctuation is kept") << "K7M.3NP"
                                                   << "K7M.3NP";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only separators") << " - - "
                                         << "";
    }

    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PairingCode::normalize(input), expected);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("messageFragment");

        QTest::newRow("valid") << "K7M3NP" << Kind::None << -1 << ""
                               << "";
        QTest::newRow("empty") << "" << Kind::Empty << -1 << ""
                               << "6-symbol code";
        QTest::newRow("too short") << "K7M3N" << Kind::TooShort << -1 << ""
                                   << "too short: 5 of 6 symbols";
        QTest::newRow("one symbol") << "K" << Kind::TooShort << -1 << ""
                                    << "too short: 1 of 6 symbols";
        QTest::newRow("too long") << "K7M3NPQ" << Kind::TooLong << -1 << ""
                                  << "too long: 7 symbols instead of 6";
        QTest::newRow("zero") << "K7M3N0" << Kind::AmbiguousSymbol << 5 << "0"
                              << "Codes never contain the digit 0 (it looks like O)";
        QTest::newRow("letter O") << "O7M3NP" << Kind::AmbiguousSymbol << 0 << "O"
                                  << "the letter O (it looks like 0)";
        QTest::newRow("letter I") << "K7I3NP" << Kind::AmbiguousSymbol << 2 << "I"
                                  << "the letter I (it looks like 1)";
        QTest::newRow("one") << "K7M1NP" << Kind::AmbiguousSymbol << 3 << "1"
                             << "the digit 1 (it looks like I)";
        QTest::newRow("punctuation") << "K7M.NP" << Kind::InvalidSymbol << 3 << "."
                                     << "A to Z and the digits 2 to 9";
        QTest::newRow("lower case is not normalised here") << "k7M3NP" << Kind::InvalidSymbol << 0 << "k"
                                                           << "\"k\" (symbol 1)";
        QTest::newRow("non-Latin letter")
            << QString::fromUtf8("K7M3NÄ") << Kind::InvalidSymbol << 5 << QString::fromUtf8("Ä") << "symbol 6";
        QTest::newRow("symbol beats length") << "K7M0" << Kind::AmbiguousSymbol << 3 << "0"
                                             << "the digit 0 (it looks like O)";
    }

    void validate()
    {
        QFETCH(QString, normalized);
        QFETCH(Kind, kind);
        QFETCH(int, position);
        QFETCH(QString, symbol);
        QFETCH(QString, messageFragment);

        const CodeProblem problem = PairingCode::validate(normalized);
        QCOMPARE(problem.kind, kind);
        QCOMPARE(problem.ok(), kind == Kind::None);
        QCOMPARE(problem.length, normalized.size());
        if (kind == Kind::AmbiguousSymbol || kind == Kind::InvalidSymbol) {
            QCOMPARE(problem.position, position);
            QCOMPARE(QString(problem.symbol), symbol);
        }
        QVERIFY2(problem.message().contains(messageFragment), qPrintable(problem.message()));
        QCOMPARE(problem.message().isEmpty(), kind == Kind::None);
    }

    void fromInputNormalisesThenValidates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("operator input") << "k7m-3np"
                                        << "K7M3NP" << Kind::None;
        QTest::newRow("spaced") << " K7M 3NP "
                                << "K7M3NP" << Kind::None;
        QTest::newRow("typo with O") << "k7m-onp"
                                     << "" << Kind::AmbiguousSymbol;
        QTest::newRow("short") << "k7m"
                               << "" << Kind::TooShort;
    }

    void fromInputNormalisesThenValidates()
    {
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(Kind, kind);
        CodeProblem problem;
        const std::optional<PairingCode> code = PairingCode::fromInput(input, &problem);
        QCOMPARE(problem.kind, kind);
        QCOMPARE(code.has_value(), kind == Kind::None);
        if (code)
            QCOMPARE(code->value(), value);
    }

    void displayFormGroupsThreeAndThree()
    {
        const auto code = PairingCode::fromInput(u"k7m3np");
        QVERIFY(code);
        QCOMPARE(code->displayForm(), QString("K7M 3NP"));
    }

    void numberIsFiveBitsPerSymbolFirstSymbolHighest()
    {
        QCOMPARE(PairingCode::number(u"222222"), std::optional<quint32>(0));
        QCOMPARE(PairingCode::number(u"ZZZZZZ"), std::optional<quint32>((1u << 30) - 1));
        QCOMPARE(PairingCode::number(u"222223"), std::optional<quint32>(1));
        QCOMPARE(PairingCode::number(u"322222"), std::optional<quint32>(1u << 25));
        QCOMPARE(PairingCode::number(u"K7M3NP"),
                 std::optional<quint32>((17u << 25) | (5u << 20) | (19u << 15) | (1u << 10) | (20u << 5) | 21u));
    }

    void numberRefusesWhatIsNotACode()
    {
        QCOMPARE(PairingCode::number(u""), std::nullopt);
        QCOMPARE(PairingCode::number(u"K7M3N"), std::nullopt);
        QCOMPARE(PairingCode::number(u"K7M3NPQ"), std::nullopt);
        QCOMPARE(PairingCode::number(u"K7M3N1"), std::nullopt);
        QCOMPARE(PairingCode::number(u"k7m3np"), std::nullopt); // only normalised input
    }

    void numbersOfDistinctCodesDiffer()
    {
        QSet<quint32> numbers;
        QSet<QString> codes;
        for (int i = 0; i < 5000; ++i) {
            const PairingCode code = PairingCode::generate();
            codes.insert(code.value());
            numbers.insert(PairingCode::number(code.value()).value());
        }
        QCOMPARE(numbers.size(), codes.size());
    }

    void generatedCodesAreValid()
    {
        for (int i = 0; i < 20000; ++i) {
            const PairingCode code = PairingCode::generate();
            QVERIFY2(PairingCode::validate(code.value()).ok(), qPrintable(code.value()));
        }
    }

    void generationIsUniformOverSymbolsAndPositions()
    {
        constexpr int codes = 20000;
        std::array<std::array<int, PairingCode::AlphabetSize>, PairingCode::Length> counts{};
        const QString alphabet = QString::fromLatin1(PairingCode::Alphabet);
        // A seeded generator: the test judges how draws become symbols, and with the system's
        // randomness it would fail by chance once in a thousand runs. A modulo bias or a lost
        // bit would still push chi-square far past the bound.
        QRandomGenerator generator(20261207);
        for (int i = 0; i < codes; ++i) {
            const QString value = PairingCode::generate(generator).value();
            for (int position = 0; position < PairingCode::Length; ++position)
                ++counts[position][alphabet.indexOf(value.at(position))];
        }
        // Chi-square over all symbols at all positions (31 degrees of freedom, p = 0.001 -> 61.1),
        // and every symbol seen at every position.
        std::array<int, PairingCode::AlphabetSize> total{};
        for (const auto &position : counts) {
            for (int symbol = 0; symbol < PairingCode::AlphabetSize; ++symbol) {
                QVERIFY2(position[symbol] > 0, "a symbol never appeared at some position");
                total[symbol] += position[symbol];
            }
        }
        const double expected = double(codes) * PairingCode::Length / PairingCode::AlphabetSize;
        double chiSquare = 0;
        for (int count : total)
            chiSquare += (count - expected) * (count - expected) / expected;
        QVERIFY2(chiSquare < 61.1, qPrintable(QString("chi-square %1").arg(chiSquare)));
    }

    void seededGeneratorIsDeterministic()
    {
        QRandomGenerator first(42);
        QRandomGenerator second(42);
        QRandomGenerator other(43);
        const PairingCode a = PairingCode::generate(first);
        QCOMPARE(a, PairingCode::generate(second));
        QVERIFY(a != PairingCode::generate(other));
    }

    void eachSymbolTakesFiveBitsOfOneDraw()
    {
        // Every 5-bit group maps to exactly one symbol, which is what rules out modulo bias.
        QRandomGenerator generator(7);
        const quint32 draw = QRandomGenerator(7).generate();
        QString expected;
        for (int i = 0; i < PairingCode::Length; ++i)
            expected += QLatin1Char(PairingCode::Alphabet[(draw >> (5 * i)) & 0x1f]);
        QCOMPARE(PairingCode::generate(generator).value(), expected);
    }
};

QTEST_GUILESS_MAIN(TestPairingCode)
#include "tst_pairingcode.moc"
