#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

// The application icon is compiled into the ui library and renders at the sizes desktops ask for.
class TestResources : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void applicationIconRenders_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16") << 16;
        QTest::newRow("48") << 48;
        QTest::newRow("256") << 256;
    }

    void applicationIconRenders()
    {
        QFETCH(int, size);
        Q_INIT_RESOURCE(resources);
        const QIcon icon(":/icons/viopay-pairing.svg");
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The brand blue fills the middle of the left edge: the SVG was really rendered.
        QCOMPARE(image.pixelColor(size / 16 + 1, size / 2).name(), QString("#1f4e8c"));
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
