// Issue 16 end to end: the kiosk screen against the real sandbox under each activation drill
// support staff can set (PUT /sandbox/faults "devices"). The kiosk stops on the failure screen
// naming the step and the reason; once the drill is lifted, Retry now resumes from the step the
// failure named and reaches "Ready for payments". Kiosk and sandbox share one clock that moves
// only when the test advances it.
#include "HttpProbe.h"

#include "api/PosClient.h"
#include "core/ApiError.h"
#include "core/Clock.h"
#include "core/FactorySecrets.h"
#include "kiosk/KioskSession.h"
#include "sandbox/SandboxServer.h"
#include "ui/KioskWindow.h"
#include "ui/Translations.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <atomic>
#include <memory>

using namespace viopay;
using State = KioskSession::State;
using Step = KioskActivation::Step;

namespace {
const QByteArray DeviceId = "POS-8F3A2C91"; // Cafe Lumen's demo terminal

// The kiosk's and the sandbox's time: the sandbox reads it on its own thread, so it is atomic.
// It starts at the real time, as the sandbox's signing checks assume no clock of their own.
class SharedTestClock final : public Clock {
public:
    qint64 monotonicMs() const override { return m_ms.load(); }
    QDateTime utcNow() const override { return m_start.addMSecs(m_ms.load() - Origin); }
    void advanceSeconds(int seconds) { m_ms += qint64(seconds) * 1000; }

private:
    static constexpr qint64 Origin = 1'000'000;
    const QDateTime m_start = QDateTime::currentDateTimeUtc();
    std::atomic<qint64> m_ms{Origin};
};
} // namespace

class TestKioskActivationDrills : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<SharedTestClock> m_clock;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PosClient> m_client;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<KioskWindow> m_window;

    QString currentPage() const
    {
        return m_window->findChild<QStackedWidget *>("pagesStackedWidget")->currentWidget()->objectName();
    }
    // As read: the no-break spaces and word joiners that keep words together read as plain text.
    QString labelText(const char *name) const
    {
        return m_window->findChild<QLabel *>(name)->text().remove(QChar(0x2060)).replace(QChar(0x00a0), ' ');
    }

    HttpProbe::Response sandboxCall(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        return HttpProbe::request(m_sandbox->port(), method, path, {{"Content-Type", "application/json"}}, body);
    }

    bool setDrill(const QByteArray &drill)
    {
        // No raw string here: moc 6.4 loses its way in one followed by a "\"" on the same line.
        const QByteArray body =
            drill.isEmpty() ? QByteArray("{}") : "{\"devices\":{\"" + DeviceId + "\":" + drill + "}}";
        return sandboxCall("PUT", "/sandbox/faults", body).status == 200;
    }

    QString deviceStatus()
    {
        const QJsonArray devices = sandboxCall("GET", "/sandbox/state").json().value("devices").toArray();
        for (const auto &device : devices) {
            const QJsonObject fields = device.toObject();
            if (fields["device_id"].toString() == QLatin1String(DeviceId))
                return fields["device_status"].toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(QLocale(QLocale::English))); }

    void init()
    {
        m_clock = std::make_unique<SharedTestClock>();
        sandbox::SandboxServer::Options options;
        options.clock = m_clock.get();
        m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->start());
        m_transport = std::make_unique<HttpTransport>(m_network);
        m_transport->setBaseUrl(m_sandbox->url());
        m_transport->setRetryPolicy(RetryPolicy([] { return 0.0; }));
        const DeviceIdentity device =
            *DeviceIdentity::create(QString::fromLatin1(DeviceId), u"1.4.2", u"Android 12", u"PAX-A920");
        m_client = std::make_unique<PosClient>(*m_transport, device);
        m_session = std::make_unique<KioskSession>(*m_client, *m_clock);
        // The terminal's factory secrets, as the sandbox made them when it provisioned the device.
        const auto secrets =
            FactorySecrets::fromJsonText(sandboxCall("GET", "/sandbox/devices/" + DeviceId + "/factory").body);
        QVERIFY(secrets);
        m_session->setFactorySecrets(*secrets);
        m_window = std::make_unique<KioskWindow>(
            *m_session, KioskWindow::Setup{m_sandbox->url().toString(),
                                           m_sandbox->url().toString() + "/claim?code={code}", device.footerText()});
        m_window->resize(900, 700);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_client.reset();
        m_transport.reset();
        m_sandbox.reset();
        m_clock.reset();
    }

    void eachDrillStopsTheKioskUntilLifted_data()
    {
        QTest::addColumn<QByteArray>("drill");
        QTest::addColumn<int>("secondsPerStep"); // how long each step takes on the shared clock
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("reference"); // the server's code, when it answered
        QTest::addColumn<QString>("retryFrom");
        QTest::addColumn<QByteArray>("resumesWith"); // the first request after Retry now

        // The server's clock runs 10 minutes ahead for this terminal: its attestation is too old.
        QTest::newRow("clock offset")
            << QByteArray(R"({"clock_offset_sec":600})") << 1 << "Activation stopped at step 1 of 5: Attestation"
            << "This terminal's clock is 10 min behind Viopay's; attestation allows 5 minutes."
            << "Error 4013"
            << "Attestation" << QByteArray("/pos/attest");
        // A token of 5 s against steps of 6 s: keys come too late, even after one more attestation.
        QTest::newRow("short attestation life")
            << QByteArray(R"({"attestation_life_sec":5})") << 6 << "Activation stopped at step 2 of 5: Keys"
            << "Viopay no longer accepts this terminal's attestation; it has to attest again."
            << "Error 4016"
            << "Attestation" << QByteArray("/pos/attest");
        QTest::newRow("corrupted key block")
            << QByteArray(R"({"corrupt_key_block":"msk"})") << 1 << "Activation stopped at step 2 of 5: Keys"
            << "The MSK's check value" << QString() << "Keys" << QByteArray("/pos/keys");
        QTest::newRow("failing config") << QByteArray(R"({"config_error_code":"5000"})") << 1
                                        << "Activation stopped at step 3 of 5: Configuration"
                                        << ApiError::http(500, "5000", {}).userMessage() << "Error 5000"
                                        << "Configuration" << QByteArray("/pos/config");
        QTest::newRow("failing activate")
            << QByteArray(R"({"activate_error_code":"5000"})") << 1 << "Activation stopped at step 5 of 5: Activation"
            << ApiError::http(500, "5000", {}).userMessage() << "Error 5000"
            << "Activation" << QByteArray("/pos/activate");
    }

    void eachDrillStopsTheKioskUntilLifted()
    {
        QFETCH(QByteArray, drill);
        QFETCH(int, secondsPerStep);
        QFETCH(QString, title);
        QFETCH(QString, reason);
        QFETCH(QString, reference);
        QFETCH(QString, retryFrom);
        QFETCH(QByteArray, resumesWith);

        KioskActivation &activation = m_session->activation();
        connect(&activation, &KioskActivation::stepChanged, this, [&](Step step) {
            if (activation.stepState(step) == KioskActivation::StepState::Running)
                m_clock->advanceSeconds(secondsPerStep);
        });
        QList<QByteArray> paths; // the activation's requests, in order
        connect(m_transport.get(), &HttpTransport::exchangeFinished, this, [&](const Exchange &exchange) {
            if (exchange.origin.kind == ExchangeOrigin::Kind::Terminal && exchange.method == "POST")
                paths << exchange.url.path().toLatin1();
        });
        QVERIFY(setDrill(drill));
        m_session->start();
        QTRY_COMPARE(m_session->state(), State::ShowingCode);
        const auto claimed = HttpProbe::request(m_sandbox->port(), "POST", "/pos/claim",
                                                HttpProbe::demoMerchantSession(m_sandbox->port()),
                                                R"({"pairing_code":")" + m_session->code().toLatin1() + R"("})");
        QCOMPARE(claimed.status, 200);

        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::ActivationFailed, 10000);
        QCOMPARE(currentPage(), QString("errorPage"));
        QCOMPARE(labelText("errorTitleLabel"), title);
        QVERIFY2(labelText("errorMessageLabel").startsWith(reason), qPrintable(labelText("errorMessageLabel")));
        if (!reference.isEmpty())
            QVERIFY2(labelText("errorReferenceLabel").contains(reference),
                     qPrintable(labelText("errorReferenceLabel")));
        QCOMPARE(labelText("retryCountdownLabel"), QString("Retry starts again at: %1.").arg(retryFrom));

        QVERIFY(setDrill({}));
        const qsizetype before = paths.size();
        QTest::mouseClick(m_window->findChild<QPushButton *>("retryNowButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), State::Activated, 10000);
        QCOMPARE(paths.value(before), resumesWith);
        QCOMPARE(paths.last(), QByteArray("/pos/activate"));
        QCOMPARE(currentPage(), QString("activatedPage"));
        QCOMPARE(labelText("activatedTitleLabel"), QString("Ready for payments"));
        QVERIFY(labelText("activatedDetailLabel").contains("Cafe Lumen"));
        // The sandbox agrees: the device is activated.
        QCOMPARE(deviceStatus(), QString("activated"));
    }
};

QTEST_MAIN(TestKioskActivationDrills)
#include "tst_kioskactivationdrills.moc"
