// A room of terminals: one compact screen per session in a near-square grid.
#include "ContextMenu.h"
#include "Fits.h"
#include "HttpProbe.h"

#include "core/Clock.h"
#include "ui/CountdownRing.h"
#include "ui/KioskRoomWindow.h"
#include "ui/QrCodeWidget.h"
#include "ui/StateColors.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "ui/Translations.h"

using namespace viopay;

class TestKioskRoomWindow : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;

    // A room of count terminals, each showing its code, shown at size.
    std::unique_ptr<KioskRoomWindow> openRoom(int count, QSize size)
    {
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, "Viopay", "RoomTest");
        m_clock = std::make_unique<TestClock>();
        m_workspace = std::make_unique<Workspace>(m_network, *m_settings, *m_clock);
        if (!m_workspace->open({}))
            return nullptr;
        QSignalSpy ready(m_workspace.get(), &Workspace::terminalsReady);
        m_workspace->openTerminals(count);
        if (!ready.wait(10000))
            return nullptr;
        std::vector<KioskRoomWindow::Terminal> terminals;
        for (const auto &terminal : m_workspace->terminals())
            terminals.push_back({terminal->session.get(),
                                 {m_workspace->serverUrl().toString(), "{code}", terminal->device.footerText(), false,
                                  terminal->device.deviceId()}});
        auto room = std::make_unique<KioskRoomWindow>(terminals);
        room->resize(size);
        room->show();
        const bool coded = QTest::qWaitFor([&] {
            for (const auto &terminal : m_workspace->terminals())
                if (terminal->session->state() != KioskSession::State::ShowingCode)
                    return false;
            return true;
        });
        return coded && QTest::qWaitForWindowActive(room.get()) ? std::move(room) : nullptr;
    }

    static void showPage(KioskWindow *screen, const char *page, const char *label, const QString &text)
    {
        screen->findChild<QLabel *>(label)->setText(text);
        auto *pages = screen->findChild<QStackedWidget *>("pagesStackedWidget");
        pages->setCurrentWidget(pages->findChild<QWidget *>(page));
    }

    static QList<QRect> tiles(const KioskRoomWindow &room)
    {
        QList<QRect> geometries;
        for (const KioskWindow *screen : room.screens())
            geometries << screen->geometry();
        return geometries;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::English))); } // the plural forms

    void cleanup()
    {
        Translations::install(QLocale(QLocale::English));
        m_workspace.reset();
        if (m_settings)
            m_settings->clear();
    }

    // One terminal's claim, error or details must not move any tile across the room: every tile
    // keeps its cell through each state of each of the others, however long their texts.
    void tilesKeepTheirCellsWhenOneChangesState()
    {
        auto room = openRoom(4, {640, 480});
        QVERIFY(room);
        const QList<QRect> before = tiles(*room);
        for (const QRect &tile : before)
            QCOMPARE(tile.size(), before.front().size());
        const QString longClaim =
            "This terminal now belongs to Café Lumen, Rue de la Gare 12, 1003 Lausanne, Suisse romande.";
        const QString longError =
            QString("Could not reach 127.0.0.1:8080. Check the network and the server address. ").repeated(4);
        for (KioskWindow *screen : room->screens()) {
            const auto unmoved = [&](const char *step) {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                if (tiles(*room) == before)
                    return true;
                qWarning() << screen->windowTitle() << step << "moved the tiles from" << before << "to" << tiles(*room);
                return false;
            };
            showPage(screen, "claimedPage", "claimedDetailLabel", longClaim);
            QVERIFY(unmoved("claimed"));
            showPage(screen, "errorPage", "errorMessageLabel", longError);
            QVERIFY(unmoved("error"));
            showPage(screen, "codePage", "connectionLabel",
                     "Could not reach 127.0.0.1:8080. The code stays valid; the terminal keeps checking.\n"
                     "Error 5030 · trace 89135ae226a0d5bd0430f94c56d43a3c");
            screen->findChild<QLabel *>("connectionLabel")->show();
            QVERIFY(unmoved("connection problem"));
            QTest::keyClick(screen, Qt::Key_D);
            QVERIFY(screen->findChild<QLabel *>("detailsLabel")->isVisible());
            QVERIFY(unmoved("details"));
        }
    }

    // A claimed tile reads as done from across the room: a band in the success colour says so.
    void anActivatedTileShowsABandToo()
    {
        auto room = openRoom(4, {900, 600});
        QVERIFY(room);
        KioskWindow *activated = room->screens().at(2);
        showPage(activated, "activatedPage", "activatedDetailLabel", "Terminal TID-041028");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const auto *band = activated->findChild<QLabel *>("activatedTitleLabel");
        const QRect bandRect(band->mapTo(activated, QPoint(0, 0)), band->size());
        QVERIFY2(bandRect.width() >= activated->width() * 8 / 10, qPrintable(Fits::describe(band, activated->size())));
        QCOMPARE(activated->grab().toImage().pixelColor(bandRect.topLeft() + QPoint(2, 2)), StateColors::success());
        QCOMPARE(Fits::clipped(activated), QStringList());
    }

    void aClaimedTileShowsABand()
    {
        auto room = openRoom(4, {900, 600});
        QVERIFY(room);
        KioskWindow *claimed = room->screens().at(1);
        showPage(claimed, "claimedPage", "claimedDetailLabel", "A merchant has claimed this terminal.");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const auto *band = claimed->findChild<QLabel *>("claimedTitleLabel");
        QCOMPARE(band->text(), QString("Claimed"));
        const QRect bandRect(band->mapTo(claimed, QPoint(0, 0)), band->size());
        QVERIFY2(bandRect.width() >= claimed->width() * 8 / 10, qPrintable(Fits::describe(band, claimed->size())));
        const QImage shot = claimed->grab().toImage();
        QCOMPARE(shot.pixelColor(bandRect.topLeft() + QPoint(2, 2)), StateColors::success());
        qsizetype solid = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                solid += shot.pixelColor(x, y) == StateColors::success() ? 1 : 0;
        QVERIFY2(solid * 10 >= qsizetype(shot.width()) * shot.height(),
                 qPrintable(QString("%1 of %2 pixels").arg(solid).arg(shot.width() * shot.height())));
        // The others still show their codes, without a band.
        const QImage other = room->screens().at(0)->grab().toImage();
        QVERIFY(other.pixelColor(bandRect.topLeft() + QPoint(2, 2)) != StateColors::success());
        QCOMPARE(Fits::clipped(claimed), QStringList());
    }

    // A right click on a tile opens the menu of that tile: its actions act on it, not on the others.
    void theContextMenuActsOnTheTileClicked()
    {
        auto room = openRoom(4, {900, 600});
        QVERIFY(room);
        KioskWindow *third = room->screens().at(2);
        const QStringList shown = ContextMenu::use(third->findChild<QLabel *>("codeLabel"), "renewAction");
        QVERIFY2(shown.contains("renewAction R"), qPrintable(shown.join(", ")));
        // The offscreen platform does not give the activation back when a popup closes; a desktop does.
        room->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(room.get()));
        QCOMPARE(room->currentScreen(), third); // the frame moves to the tile clicked
        QTRY_COMPARE(m_workspace->terminals().at(2)->session->codesIssued(), 2);
        for (int index : {0, 1, 3})
            QCOMPARE(m_workspace->terminals().at(index)->session->codesIssued(), 1);
        ContextMenu::use(third->findChild<QLabel *>("footerLabel"), "detailsAction");
        QVERIFY(third->findChild<QLabel *>("detailsLabel")->isVisible());
        QVERIFY(!room->screens().front()->findChild<QLabel *>("detailsLabel")->isVisible());
        ContextMenu::use(third, "fullScreenAction"); // the room goes full screen, not the tile
        QVERIFY(room->isFullScreen());
        ContextMenu::use(third, "leaveFullScreenAction");
        QVERIFY(!room->isFullScreen());
    }

    void theTileThatKeysActOnIsFramed()
    {
        auto room = openRoom(4, {900, 600});
        QVERIFY(room);
        QCOMPARE(room->currentScreen(), room->screens().front());
        KioskWindow *third = room->screens().at(2);
        third->setFocus();
        QTRY_COMPARE(room->currentScreen(), third);
        const QImage shot = room->grab().toImage();
        const auto frameAt = [&](const KioskWindow *screen) {
            const QRect tile = screen->geometry();
            return shot.pixelColor(tile.left() - KioskRoomWindow::FrameWidth / 2 - 1, tile.center().y());
        };
        QCOMPARE(frameAt(third), StateColors::calm());
        QVERIFY(frameAt(room->screens().front()) != StateColors::calm());
        QTest::keyClick(third, Qt::Key_D); // the framed tile is the one D acts on
        QVERIFY(third->findChild<QLabel *>("detailsLabel")->isVisible());
        QVERIFY(!room->screens().front()->findChild<QLabel *>("detailsLabel")->isVisible());
    }

    void nothingIsClippedInARoom640PixelsWide()
    {
        auto room = openRoom(4, {640, 480});
        QVERIFY(room);
        for (KioskWindow *screen : room->screens()) {
            const auto *ring = screen->findChild<CountdownRing *>("countdownRing");
            QVERIFY2(Fits::whollyVisible(ring), qPrintable(Fits::describe(ring, ring->minimumSizeHint())));
            QVERIFY(ring->width() >= ring->minimumWidth() && ring->height() >= ring->minimumHeight());
            QCOMPARE(Fits::clipped(screen), QStringList());
        }
        showPage(room->screens().at(1), "errorPage", "errorMessageLabel",
                 "Could not reach 127.0.0.1:8080. Check the network and the server address.");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(Fits::clipped(room->screens().at(1)), QStringList());
        showPage(room->screens().at(2), "claimedPage", "claimedDetailLabel", "A merchant has claimed this terminal.");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(Fits::clipped(room->screens().at(2)), QStringList());
    }

    void noLabelBreaksAPhraseBadly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("terminals");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "vi"}) {
            QTest::addRow("%s, 3x2 at 1280x720", language) << QString(language) << 6 << QSize(1280, 720);
            QTest::addRow("%s, 2x2 at 640x480", language) << QString(language) << 4 << QSize(640, 480);
        }
    }

    // Across a room a tile is read at a glance: a device id, a model or a number with its unit
    // is never split over two lines, and a short line never ends on one lonely word.
    void noLabelBreaksAPhraseBadly()
    {
        QFETCH(QString, language);
        QFETCH(int, terminals);
        QFETCH(QSize, size);
        QVERIFY(Translations::install(QLocale(language)) || language == "en");
        auto room = openRoom(terminals, size);
        QVERIFY(room);
        QStringList tokens;
        for (const auto &terminal : m_workspace->terminals())
            tokens << terminal->device.footerText().split(QString::fromUtf8(" \u00b7 "));
        // Failing tiles: the first cannot get a new code, the others see the server go away.
        QCOMPARE(HttpProbe::request(m_workspace->serverUrl().port(), "PUT", "/sandbox/faults",
                                    {{"Content-Type", "application/json"}}, R"({"offline":true})")
                     .status,
                 200);
        QTest::keyClick(room->screens().front(), Qt::Key_R);
        QTRY_COMPARE(m_workspace->terminals().front()->session->state(), KioskSession::State::Failed);
        QTRY_VERIFY(room->screens().at(1)->findChild<QLabel *>("retryCountdownLabel") != nullptr);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QRegularExpression numberWithUnit(QStringLiteral("\\d+[ \\x{00a0}]\\p{L}{1,5}\\b"));
        int checked = 0;
        QStringList problems;
        for (KioskWindow *screen : room->screens()) {
            for (const QLabel *label : screen->findChildren<QLabel *>()) {
                if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                    continue;
                QStringList protectedTokens = tokens;
                for (const auto &match : numberWithUnit.globalMatch(label->text()))
                    protectedTokens << match.captured().replace(QChar(0x00a0), QLatin1Char(' '));
                problems << Fits::awkwardBreaks(label, protectedTokens);
                ++checked;
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 2 * terminals);
    }

    void eachTerminalsTitleNamesIt()
    {
        auto room = openRoom(2, {900, 600});
        QVERIFY(room);
        for (int index = 0; index < 2; ++index)
            QVERIFY(room->screens().at(index)->windowTitle().contains(
                m_workspace->terminals().at(index)->device.deviceId()));
    }

    void gridIsNearSquare_data()
    {
        QTest::addColumn<int>("terminals");
        QTest::addColumn<int>("columns");
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("two") << 2 << 2;
        QTest::newRow("four") << 4 << 2;
        QTest::newRow("five") << 5 << 3;
        QTest::newRow("nine") << 9 << 3;
        QTest::newRow("sixteen") << 16 << 4;
    }

    void gridIsNearSquare()
    {
        QFETCH(int, terminals);
        QFETCH(int, columns);
        QCOMPARE(KioskRoomWindow::columnsFor(terminals), columns);
    }

    void eachTerminalHasItsOwnCompactScreen()
    {
        QNetworkAccessManager network;
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, "Viopay", "RoomTest");
        TestClock clock;
        Workspace workspace(network, settings, clock);
        QVERIFY(workspace.open({}));
        QSignalSpy ready(&workspace, &Workspace::terminalsReady);
        workspace.openTerminals(5);
        QVERIFY(ready.wait(10000));
        std::vector<KioskRoomWindow::Terminal> terminals;
        for (const auto &terminal : workspace.terminals())
            terminals.push_back({terminal->session.get(),
                                 {workspace.serverUrl().toString(), "{code}", terminal->device.footerText(), false}});
        KioskRoomWindow room(terminals);
        room.show();
        QCOMPARE(int(room.screens().size()), 5);
        QCOMPARE(room.windowTitle(), QString("Viopay Pairing · 5 terminals"));
        for (int index = 0; index < 5; ++index) {
            KioskWindow *screen = room.screens().at(index);
            QTRY_COMPARE(workspace.terminals().at(index)->session->state(), KioskSession::State::ShowingCode);
            const QString code = workspace.terminals().at(index)->session->code();
            QTRY_COMPARE(screen->findChild<QLabel *>("codeLabel")->text(), code.left(3) + " " + code.mid(3));
            QVERIFY(!screen->findChild<QrCodeWidget *>("qrCodeWidget")->isVisible()); // compact
            QVERIFY(screen->findChild<QLabel *>("footerLabel")
                        ->text()
                        .remove(QChar(0x2060)) // the word joiner that keeps the id on one line
                        .startsWith(workspace.terminals().at(index)->device.deviceId()));
        }
        settings.clear();
    }
};

QTEST_MAIN(TestKioskRoomWindow)
#include "tst_kioskroomwindow.moc"
