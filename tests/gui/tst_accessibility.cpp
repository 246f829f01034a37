// Accessibility: every control has an accessible name and description, every form sets its tab
// order, state colours keep 4.5:1 contrast, the countdown speaks in minutes, and labels that show
// a server's text show it as plain text.
#include "Mnemonics.h"

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
#include "support/DiagnosisSession.h"
#include "ui/CountdownRing.h"
#include "ui/DiagnoseDialog.h"
#include "ui/FaultDrillsDialog.h"
#include "ui/InspectorWindow.h"
#include "ui/KioskRoomWindow.h"
#include "ui/KioskSettingsDialog.h"
#include "ui/KioskWindow.h"
#include "ui/MerchantWindow.h"
#include "ui/ModeChooserDialog.h"
#include "ui/StateColors.h"

#include <QAccessible>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSettings>
#include <QTest>

#include "ui/Translations.h"
#include <QXmlStreamReader>

#include <memory>

using namespace viopay;

namespace {
// Controls a keyboard user reaches, by class name in a .ui file.
const QStringList focusableClasses{"QLineEdit",   "QPushButton",       "QCheckBox",   "QRadioButton",
                                   "QComboBox",   "QSpinBox",          "QTableView",  "QPlainTextEdit",
                                   "QToolButton", "viopay::CodeEntry", "QListWidget", "viopay::LocationComboBox"};

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
// The form (a class with its own .ui) a widget belongs to: its nearest ancestor in viopay.
QString formOf(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QString name = QString::fromLatin1(parent->metaObject()->className());
        if (name.startsWith(QLatin1String("viopay::")))
            return name;
    }
    return {};
}

// Every window and dialog of the app, with the sessions behind them, none of them connected.
struct EveryWindow {
    DeviceIdentity device = *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
    PosClient pos;
    KioskSession kiosk;
    PortalClient portal;
    CredentialStore credentials;
    MerchantSession merchant;
    SandboxAdminClient admin;
    FaultDrillsSession drills;
    ExchangeLog log;
    DiagnosisSession diagnosis;
    std::vector<std::unique_ptr<QWidget>> windows;

    EveryWindow(HttpTransport &transport, QSettings &settings, const Clock &clock)
        : pos(transport, device)
        , kiosk(pos, clock)
        , portal(transport, clock)
        , merchant(portal, transport, credentials, settings, clock)
        , admin(transport)
        , drills(admin, &merchant)
        , diagnosis(transport, clock, {{}, nullptr, &log, &settings})
    {
        windows.push_back(std::make_unique<KioskWindow>(kiosk, KioskWindow::Setup{"http://x", "{code}", "POS", false}));
        windows.push_back(std::make_unique<MerchantWindow>(merchant));
        windows.push_back(std::make_unique<InspectorWindow>(log));
        windows.push_back(std::make_unique<FaultDrillsDialog>(drills));
        windows.push_back(std::make_unique<ModeChooserDialog>(settings));
        windows.push_back(std::make_unique<KioskSettingsDialog>(device, "http://127.0.0.1:9"));
        windows.push_back(std::make_unique<DiagnoseDialog>(diagnosis));
    }
};
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

    // A room's claimed tile says so in a band of the state colour: its text must stay legible.
    void bandTextKeepsItsContrast()
    {
        for (const QColor &colour :
             {StateColors::calm(), StateColors::warning(), StateColors::urgent(), StateColors::success()}) {
            const double ratio = StateColors::contrastRatio(StateColors::onBand(), colour);
            QVERIFY2(ratio >= 4.5, qPrintable(QString("on %1: %2:1").arg(colour.name()).arg(ratio)));
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
        EveryWindow every(*m_transport, *m_settings, m_clock);
        QStringList missing;
        for (const auto &window : every.windows) {
            window->show();
            for (const QString &control : missingAccessibleText(*window))
                missing << window->metaObject()->className() + QString("::") + control;
        }
        for (const QString &control : std::as_const(missing))
            qWarning("no accessible %s", qPrintable(control));
        QVERIFY2(missing.isEmpty(), "every control needs an accessible name and description");
    }

    void noWindowSharesAMnemonic()
    {
        EveryWindow every(*m_transport, *m_settings, m_clock);
        const KioskWindow::Setup setup{"http://x", "{code}", "POS", false};
        every.windows.push_back(std::make_unique<KioskRoomWindow>(
            std::vector<KioskRoomWindow::Terminal>{{&every.kiosk, setup}, {&every.kiosk, setup}}));
        QStringList clashes;
        for (const auto &window : every.windows) {
            for (const QString &clash : Mnemonics::clashes(*window))
                clashes << window->metaObject()->className() + QString(": ") + clash;
            // The sign-in page renames its fields for an API client.
            if (auto *apiClient = window->findChild<QRadioButton *>("apiClientRadio")) {
                apiClient->setChecked(true);
                for (const QString &clash : Mnemonics::clashes(*window))
                    clashes << window->metaObject()->className() + QString(" (API client): ") + clash;
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join("\n")));
    }

    void labelsThatShowAServersTextAreNeverRichText()
    {
        // By form: labels that can show a server's words (messages, trace ids, merchant names,
        // device ids, codes) or an address. A <b> or an <img> in them must show as typed.
        const QHash<QString, QStringList> plainLabels{
            {"viopay::ClaimPage", {"outcomeTextLabel", "outcomeReferenceLabel"}},
            {"viopay::DevicesPage", {"statusLabel"}},
            {"viopay::DiagnoseDialog", {"statusLabel"}},
            {"viopay::FaultDrillsDialog", {"statusLabel"}},
            {"viopay::KioskSettingsDialog", {"serverLabel", "devicesStatusLabel"}},
            {"viopay::KioskWindow",
             {"codeLabel", "connectionLabel", "claimedDetailLabel", "errorMessageLabel", "errorReferenceLabel",
              "messageBodyLabel", "detailsLabel", "footerLabel"}},
            {"viopay::ModeChooserDialog", {"serverHintLabel"}},
            {"viopay::SignInPage", {"messageLabel", "connectivityLabel"}},
        };
        EveryWindow every(*m_transport, *m_settings, m_clock);
        QStringList checked;
        for (const auto &window : every.windows) {
            for (QLabel *label : window->findChildren<QLabel *>()) {
                const QString form = formOf(label);
                if (!plainLabels.value(form).contains(label->objectName()))
                    continue;
                checked << form + "::" + label->objectName();
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(checked.last() + " is not plain text"));
            }
        }
        int expected = 0;
        for (const QStringList &names : plainLabels)
            expected += int(names.size());
        QCOMPARE(checked.size(), expected); // every listed label exists, once
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
