// Accessibility: every control has an accessible name and description, every form sets its tab
// order, state colours keep 4.5:1 contrast, and the countdown speaks in minutes.
#include "api/HttpTransport.h"
#include "api/PortalClient.h"
#include "api/PosClient.h"
#include "api/SandboxAdminClient.h"
#include "core/Clock.h"
#include "drills/FaultDrillsSession.h"
#include "inspector/ExchangeLog.h"
#include "kiosk/KioskSession.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "ui/CountdownRing.h"
#include "ui/FaultDrillsDialog.h"
#include "ui/InspectorWindow.h"
#include "ui/KioskSettingsDialog.h"
#include "ui/KioskWindow.h"
#include "ui/MerchantWindow.h"
#include "ui/ModeChooserDialog.h"
#include "ui/StateColors.h"

#include <QAccessible>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

#include "ui/Translations.h"
#include <QXmlStreamReader>

#include <memory>

using namespace viopay;

namespace {
// Controls a keyboard user reaches, by class name in a .ui file.
const QStringList focusableClasses{"QLineEdit",   "QPushButton",       "QCheckBox",  "QRadioButton",
                                   "QComboBox",   "QSpinBox",          "QTableView", "QPlainTextEdit",
                                   "QToolButton", "viopay::CodeEntry", "QListWidget"};

QStringList missingAccessibleText(QWidget &window)
{
    QStringList missing;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().startsWith(QLatin1String("qt_")) ||
            widget->objectName().isEmpty() ||
            widget->objectName().startsWith(QLatin1String("Scroll"))) // a tab bar's own arrows
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing << widget->objectName() + QStringLiteral(" (name)");
        if (!accessible || accessible->text(QAccessible::Description).trimmed().isEmpty())
            missing << widget->objectName() + QStringLiteral(" (description)");
    }
    return missing;
}
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestClock m_clock;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<HttpTransport> m_transport;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Translations::install(QLocale(QLocale::English))); // the plural forms
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, "Viopay", "A11yTest");
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(QUrl("http://127.0.0.1:9"));
    }

    void cleanupTestCase() { m_settings->clear(); }

    void stateColoursKeepTheirContrast_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::newRow("calm") << StateColors::calm();
        QTest::newRow("warning") << StateColors::warning();
        QTest::newRow("urgent") << StateColors::urgent();
        QTest::newRow("success") << StateColors::success();
        QTest::newRow("muted") << StateColors::muted();
        QTest::newRow("countdown calm") << CountdownRing::colorFor(CountdownRing::Urgency::Calm);
        QTest::newRow("countdown urgent") << CountdownRing::colorFor(CountdownRing::Urgency::Urgent);
    }

    void stateColoursKeepTheirContrast()
    {
        QFETCH(QColor, colour);
        QList<QColor> backgrounds = StateColors::backgrounds();
        backgrounds << StateColors::tint(colour, QApplication::palette().color(QPalette::Base));
        for (const QColor &background : backgrounds) {
            const double ratio = StateColors::contrastRatio(colour, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QString("%1 on %2: %3:1").arg(colour.name(), background.name()).arg(ratio)));
        }
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(StateColors::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(StateColors::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the classic 4.54:1 threshold grey.
        QVERIFY(qAbs(StateColors::contrastRatio(QColor("#767676"), Qt::white) - 4.54) < 0.01);
    }

    void theCountdownSpeaksInMinutes()
    {
        CountdownRing ring;
        QStringList announced;
        for (int seconds = 300; seconds >= 0; --seconds) {
            ring.setSeconds(seconds, 300);
            if (announced.isEmpty() || announced.constLast() != ring.accessibleName())
                announced << ring.accessibleName();
        }
        QVERIFY2(announced.size() <= 7, qPrintable(announced.join(" | ")));
        QCOMPARE(announced.constFirst(), QString("Code valid for 5 more minutes"));
    }

    void everyFormSetsItsTabOrder()
    {
        const QDir forms(QStringLiteral(VIOPAY_UI_DIR));
        for (const QString &name : forms.entryList({"*.ui"})) {
            QFile file(forms.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QStringList focusable;
            QStringList tabStops;
            while (!xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("widget") &&
                    focusableClasses.contains(xml.attributes().value("class").toString()))
                    focusable << xml.attributes().value("name").toString();
                if (xml.name() == QLatin1String("tabstop"))
                    tabStops << xml.readElementText();
            }
            if (focusable.size() < 2)
                continue;
            for (const QString &control : std::as_const(focusable))
                QVERIFY2(tabStops.contains(control), qPrintable(name + ": " + control + " is not in <tabstops>"));
        }
    }

    void everyControlHasANameAndADescription()
    {
        const DeviceIdentity device = *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
        PosClient pos(*m_transport, device);
        KioskSession kiosk(pos, m_clock);
        PortalClient portal(*m_transport, m_clock);
        CredentialStore credentials;
        MerchantSession merchant(portal, *m_transport, credentials, *m_settings, m_clock);
        SandboxAdminClient admin(*m_transport);
        FaultDrillsSession drills(admin, &merchant);
        ExchangeLog log;

        std::vector<std::unique_ptr<QWidget>> windows;
        windows.push_back(std::make_unique<KioskWindow>(kiosk, KioskWindow::Setup{"http://x", "{code}", "POS", false}));
        windows.push_back(std::make_unique<MerchantWindow>(merchant));
        windows.push_back(std::make_unique<InspectorWindow>(log));
        windows.push_back(std::make_unique<FaultDrillsDialog>(drills));
        windows.push_back(std::make_unique<ModeChooserDialog>(*m_settings));
        windows.push_back(std::make_unique<KioskSettingsDialog>(device, "http://127.0.0.1:9"));
        QStringList missing;
        for (const auto &window : windows) {
            window->show();
            for (const QString &control : missingAccessibleText(*window))
                missing << window->metaObject()->className() + QString("::") + control;
        }
        for (const QString &control : std::as_const(missing))
            qWarning("no accessible %s", qPrintable(control));
        QVERIFY2(missing.isEmpty(), "every control needs an accessible name and description");
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
