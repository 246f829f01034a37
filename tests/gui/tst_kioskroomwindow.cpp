// A room of terminals: one compact screen per session in a near-square grid.
#include "core/Clock.h"
#include "ui/KioskRoomWindow.h"
#include "ui/QrCodeWidget.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "ui/Translations.h"

using namespace viopay;

class TestKioskRoomWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::English))); } // the plural forms

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
                        .startsWith(workspace.terminals().at(index)->device.deviceId()));
        }
        settings.clear();
    }
};

QTEST_MAIN(TestKioskRoomWindow)
#include "tst_kioskroomwindow.moc"
