// The six-cell code entry: typing, each paste form, refused symbols, Backspace, arrows, Esc,
// Ctrl+A, Enter.
#include "ui/CodeEntry.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

using namespace viopay;

class TestCodeEntry : public QObject {
    Q_OBJECT

    std::unique_ptr<CodeEntry> m_entry;

    void paste(const QString &text)
    {
        QGuiApplication::clipboard()->setText(text);
        QTest::keySequence(m_entry.get(), QKeySequence::Paste);
    }

private Q_SLOTS:
    void init()
    {
        m_entry = std::make_unique<CodeEntry>();
        m_entry->show();
        m_entry->setFocus();
    }

    void typingUpperCasesAndAdvances()
    {
        QSignalSpy changed(m_entry.get(), &CodeEntry::codeChanged);
        QTest::keyClicks(m_entry.get(), "k7m");
        QCOMPARE(m_entry->code(), QString("K7M"));
        QCOMPARE(m_entry->cursorPosition(), 3);
        QCOMPARE(changed.count(), 3);
        QTest::keyClicks(m_entry.get(), "-3 np"); // the separator as read off the terminal
        QCOMPARE(m_entry->code(), QString("K7M3NP"));
        QVERIFY(m_entry->isComplete());
        QCOMPARE(m_entry->accessibleDescription(), QString("K 7 M 3 N P, 6 of 6 symbols"));
    }

    // The cells show a code as the terminal does, "K7M 3NP": two groups of three apart, with
    // nothing drawn between them (no hyphen the terminal does not show).
    void cellsGroupTheCodeAsTheTerminalDoes()
    {
        m_entry->setCode("K7M3NP");
        const QImage shot = m_entry->grab().toImage();
        const int y = shot.height() / 2;
        const QColor background = shot.pixelColor(0, y);
        QList<int> gaps; // the runs of bare background between drawn cells, along the middle
        int run = 0;
        bool drawn = false;
        for (int x = 0; x < shot.width(); ++x) {
            if (shot.pixelColor(x, y) == background) {
                ++run;
                continue;
            }
            if (drawn && run > 0)
                gaps << run;
            drawn = true;
            run = 0;
        }
        QCOMPARE(gaps.size(), 5);
        for (int index : {0, 1, 3, 4})
            QVERIFY2(gaps.at(2) >= 2 * gaps.at(index), qPrintable(QString::number(gaps.at(index))));
    }

    void pasteForms_data()
    {
        QTest::addColumn<QString>("clipboard");
        QTest::newRow("lower case with hyphen") << "k7m-3np";
        QTest::newRow("grouped with a space") << "K7M 3NP";
        QTest::newRow("plain") << "K7M3NP";
        QTest::newRow("surrounding blanks") << "  k7m 3np\n";
    }

    void pasteForms()
    {
        QFETCH(QString, clipboard);
        QTest::keyClicks(m_entry.get(), "ZZ"); // a whole code replaces whatever was typed
        QTest::keyClick(m_entry.get(), Qt::Key_Home);
        paste(clipboard);
        QCOMPARE(m_entry->code(), QString("K7M3NP"));
        QCOMPARE(m_entry->cursorPosition(), 6);
    }

    void aPartialPasteGoesWhereTheCursorIs()
    {
        QTest::keyClicks(m_entry.get(), "K7");
        paste("m-3");
        QCOMPARE(m_entry->code(), QString("K7M3"));
    }

    void refusedSymbols_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("hint");
        QTest::newRow("zero") << "0"
                              << "Codes never contain the digit 0 (it looks like O)";
        QTest::newRow("letter O") << "o"
                                  << "Codes never contain the letter O (it looks like 0)";
        QTest::newRow("letter I") << "I"
                                  << "Codes never contain the letter I (it looks like 1)";
        QTest::newRow("one") << "1"
                             << "Codes never contain the digit 1 (it looks like I)";
        QTest::newRow("punctuation") << "#"
                                     << "only the letters A to Z and the digits 2 to 9";
        QTest::newRow("accented") << QString::fromUtf8("É") << "only the letters A to Z and the digits 2 to 9";
    }

    void refusedSymbols()
    {
        QFETCH(QString, symbol);
        QFETCH(QString, hint);
        QTest::keyClicks(m_entry.get(), "K7");
        QSignalSpy refused(m_entry.get(), &CodeEntry::refused);
        QSignalSpy changed(m_entry.get(), &CodeEntry::codeChanged);
        QTest::keyClicks(m_entry.get(), symbol);
        QCOMPARE(m_entry->code(), QString("K7"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(refused.count(), 1);
        const QString shown = refused.first().at(0).toString();
        if (hint.startsWith("Codes never contain")) { // a look-alike: the whole hint names it, nothing else
            QCOMPARE(shown, hint);
            return;
        }
        QVERIFY2(shown.contains(hint), qPrintable(shown));
        QVERIFY(shown.contains("symbol 3")); // where it would have gone
    }

    void aPasteWithABadSymbolIsRefusedWhole()
    {
        QSignalSpy refused(m_entry.get(), &CodeEntry::refused);
        paste("K7M-30P");
        QVERIFY(m_entry->code().isEmpty());
        QCOMPARE(refused.count(), 1);
    }

    void backspaceGoesBackAndArrowsCorrectOneSymbol()
    {
        QTest::keyClicks(m_entry.get(), "K7M3NP");
        QTest::keyClick(m_entry.get(), Qt::Key_Backspace);
        QCOMPARE(m_entry->code(), QString("K7M3N"));
        QCOMPARE(m_entry->cursorPosition(), 5);
        QTest::keyClicks(m_entry.get(), "P");
        // A one-symbol typo: go to it and type over it.
        for (int step = 0; step < 5; ++step)
            QTest::keyClick(m_entry.get(), Qt::Key_Left);
        QTest::keyClicks(m_entry.get(), "X");
        QCOMPARE(m_entry->code(), QString("KXM3NP"));
        QCOMPARE(m_entry->cursorPosition(), 2);
        QTest::keyClick(m_entry.get(), Qt::Key_Home);
        QTest::keyClick(m_entry.get(), Qt::Key_Backspace); // nothing before the first cell
        QCOMPARE(m_entry->code(), QString("KXM3NP"));
        QTest::keyClick(m_entry.get(), Qt::Key_Delete);
        QCOMPARE(m_entry->code(), QString("XM3NP"));
    }

    void aSeventhSymbolIsRefusedWithAHint()
    {
        QTest::keyClicks(m_entry.get(), "K7M3NP");
        QSignalSpy refused(m_entry.get(), &CodeEntry::refused);
        QTest::keyClicks(m_entry.get(), "Q");
        QCOMPARE(m_entry->code(), QString("K7M3NP"));
        QVERIFY(refused.first().at(0).toString().contains("complete"));
    }

    void enterSubmits()
    {
        QSignalSpy submitted(m_entry.get(), &CodeEntry::submitted);
        QTest::keyClicks(m_entry.get(), "K7M3NP");
        QTest::keyClick(m_entry.get(), Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QTest::keyClick(m_entry.get(), Qt::Key_Enter);
        QCOMPARE(submitted.count(), 2);
    }

    void clickingACellMovesTheCursorThere()
    {
        QTest::keyClicks(m_entry.get(), "K7M3NP");
        m_entry->resize(m_entry->sizeHint());
        const int cellWidth = m_entry->width() / 7;
        QTest::mouseClick(m_entry.get(), Qt::LeftButton, {}, QPoint(cellWidth + cellWidth / 2, m_entry->height() / 2));
        QCOMPARE(m_entry->cursorPosition(), 1);
    }

    void escAndSelectAllClearTheCells()
    {
        QTest::keyClicks(m_entry.get(), "K7M3");
        QTest::keyClick(m_entry.get(), Qt::Key_Escape);
        QVERIFY(m_entry->code().isEmpty());
        QCOMPARE(m_entry->cursorPosition(), 0);
        QTest::keyClicks(m_entry.get(), "K7M3NP");
        QTest::keySequence(m_entry.get(), QKeySequence::SelectAll);
        QVERIFY(m_entry->code().isEmpty());
        QTest::keyClicks(m_entry.get(), "R4T9WX");
        QCOMPARE(m_entry->code(), QString("R4T9WX"));
    }
};

QTEST_MAIN(TestCodeEntry)
#include "tst_codeentry.moc"
