// Codes pasted for the claim queue: one a line, any separators, an optional name, and a typo
// shown as typed rather than turned into another code.
#include "core/PairingCode.h"
#include "core/PastedCodes.h"

#include <QTest>

using namespace viopay;
using Line = PastedCodes::Line;

class TestPastedCodes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneCodeALineWithAnySeparators()
    {
        const QList<Line> lines =
            PastedCodes::parse(u"K7M 3NP\r\nk7m-3np\n\n   \nK7M.3NP\nK7M_3NP\nK7M/3NP\nK7M,3NP\n K7M3NP \n");
        QCOMPARE(lines.size(), 7);
        for (const Line &line : lines) {
            QCOMPARE(PastedCodes::symbols(line.code), QString("K7M3NP"));
            QVERIFY(line.name.isEmpty());
        }
        QCOMPARE(lines.at(0).code, QString("K7M 3NP")); // shown as typed, trimmed
    }

    void aNameFollowsATabACommaOrASemicolon()
    {
        QCOMPARE(PastedCodes::parse(u"K7M 3NP, Front counter"), QList<Line>({{"K7M 3NP", "Front counter"}}));
        QCOMPARE(PastedCodes::parse(u"K7M-3NP\tPatio"), QList<Line>({{"K7M-3NP", "Patio"}}));
        QCOMPARE(PastedCodes::parse(u"K7M3NP;Bar, left"), QList<Line>({{"K7M3NP", "Bar, left"}}));
        // A comma inside the code: the split comes after the whole code.
        QCOMPARE(PastedCodes::parse(u"K7M,3NP,Patio"), QList<Line>({{"K7M,3NP", "Patio"}}));
    }

    void aMistypedCodeIsShownForAFixNeverMadeValid()
    {
        const QList<Line> lines =
            PastedCodes::parse(u"K7M 3N, Bar\nK7M,3N\nK7M 3NPP\tTerrace\nK7M 3NP Front counter\nK7M1NP");
        QCOMPARE(lines.size(), 5);
        // Near a code's length before the comma: that is the code to fix, the name stays apart.
        QCOMPARE(lines.at(0), Line({"K7M 3N", "Bar"}));
        QCOMPARE(PairingCode::validate(PastedCodes::symbols(lines.at(0).code)).kind, CodeProblem::Kind::TooShort);
        // Too far from it: the comma separated symbols, and the line is the code.
        QCOMPARE(lines.at(1), Line({"K7M,3N", {}}));
        QCOMPARE(lines.at(2), Line({"K7M 3NPP", "Terrace"}));
        QCOMPARE(PairingCode::validate(PastedCodes::symbols(lines.at(2).code)).kind, CodeProblem::Kind::TooLong);
        // No separator before the name: never split inside the symbols, so never another valid code.
        QCOMPARE(PairingCode::validate(PastedCodes::symbols(lines.at(3).code)).kind,
                 CodeProblem::Kind::AmbiguousSymbol); // the O of FRONT
        const CodeProblem one = PairingCode::validate(PastedCodes::symbols(lines.at(4).code));
        QCOMPARE(one.kind, CodeProblem::Kind::AmbiguousSymbol);
        QCOMPARE(one.position, 3);
    }
};

QTEST_APPLESS_MAIN(TestPastedCodes)
#include "tst_pastedcodes.moc"
