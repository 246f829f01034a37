// The workspace behind every mode, demo first: an embedded sandbox, terminals, a merchant signed
// in as the demo user; a scripted pairing; a room of sixteen; and each fault drill as the
// terminal experiences it.
#include "core/Clock.h"
#include "core/SettingsKeys.h"
#include "crypto/Tr31KeyBlock.h"
#include "inspector/ExchangeDetails.h"
#include "sandbox/SandboxServer.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <memory>
#include <utility>

using namespace viopay;
using KioskState = KioskSession::State;

namespace {
// Every log line of a test, as a file or a terminal would have received it.
QByteArray g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void keepLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines += qFormatLogMessage(type, context, message).toUtf8() + '\n';
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    // Starts now: the embedded sandbox checks an attestation against the real time.
    TestClock m_clock{QDateTime::currentDateTimeUtc()};
    QList<Exchange> m_wire; // every exchange as it went on the wire, before the log redacted it

    bool openDemo(int terminals = 1, Workspace::Options options = {})
    {
        options.merchant = true;
        options.signInDemoMerchant = true;
        if (!m_workspace->open(options))
            return false;
        connect(&m_workspace->transport(), &HttpTransport::exchangeFinished, this,
                [this](const Exchange &exchange) { m_wire.append(exchange); });
        std::optional<DeviceIdentity> seed;
        if (terminals == 1)
            seed = *DeviceIdentity::create(u"POS-8F3A2C91", u"1.4.2", u"Android 12", u"PAX-A920");
        QSignalSpy ready(m_workspace.get(), &Workspace::terminalsReady);
        m_workspace->openTerminals(terminals, seed);
        return ready.count() > 0 || ready.wait(10000);
    }

    KioskSession &kiosk(int index = 0) { return *m_workspace->terminals().at(index)->session; }

    static bool reaches(KioskSession &session, KioskState state)
    {
        return QTest::qWaitFor([&] { return session.state() == state; }, 8000);
    }

    void drill(const FaultDrill &faults)
    {
        bool applied = false;
        m_workspace->admin().setFaults(faults, this, [&](const Result<FaultDrill> &result) {
            applied = std::holds_alternative<FaultDrill>(result);
        });
        QVERIFY(QTest::qWaitFor([&] { return applied; }, 5000));
    }

    void expireCode(const QString &deviceId)
    {
        bool expired = false;
        m_workspace->admin().expireCode(
            deviceId, this, [&](const Result<QString> &result) { expired = std::holds_alternative<QString>(result); });
        QVERIFY(QTest::qWaitFor([&] { return expired; }, 5000));
    }

    bool merchantClaims(const QString &code)
    {
        m_workspace->merchant()->claim(code);
        return QTest::qWaitFor(
                   [&] {
                       return m_workspace->merchant()->claimOutcome().kind !=
                              MerchantSession::ClaimOutcome::Kind::Claiming;
                   },
                   8000) &&
               m_workspace->merchant()->claimOutcome().kind == MerchantSession::ClaimOutcome::Kind::Claimed;
    }

    // The demo terminal, paired by the demo merchant, activated against the embedded sandbox.
    bool activateTheDemoTerminal()
    {
        if (!openDemo() || !reaches(kiosk(), KioskState::ShowingCode))
            return false;
        const bool signedIn = QTest::qWaitFor(
            [this] { return m_workspace->merchant()->state() == MerchantSession::State::SignedIn; }, 5000);
        return signedIn && merchantClaims(kiosk().code()) && reaches(kiosk(), KioskState::Activated);
    }

    static QByteArray answerOf(const QList<Exchange> &wire, QLatin1String path)
    {
        for (const Exchange &exchange : wire) {
            if (exchange.url.path().endsWith(path) && exchange.status == 200)
                return exchange.responseBody;
        }
        return {};
    }

    // Every secret the activation handled, each as it travelled and, for keys, in hex: the
    // factory identity secret and ZMK, the attest signature, the attestation token, the key
    // blocks and the keys they wrap.
    QList<QByteArray> secretsOnTheWire() const
    {
        QList<QByteArray> secrets;
        const auto addKey = [&secrets](const QByteArray &key) {
            if (!key.isEmpty())
                secrets << key.toHex();
        };
        const QJsonObject answer = QJsonDocument::fromJson(answerOf(m_wire, QLatin1String("/factory"))).object();
        const QJsonObject factory =
            answer.contains(QLatin1String("factory")) ? answer.value(QLatin1String("factory")).toObject() : answer;
        for (const char *field : {"identity_secret", "zmk"}) {
            const QByteArray encoded = factory.value(QLatin1String(field)).toString().toLatin1();
            secrets << encoded;
            addKey(QByteArray::fromBase64(encoded));
        }
        const QByteArray zmk = QByteArray::fromBase64(factory.value(QLatin1String("zmk")).toString().toLatin1());
        for (const Exchange &exchange : m_wire) {
            if (exchange.url.path() == QLatin1String("/pos/attest"))
                secrets << exchange.requestHeader("X-Signature").mid(3); // after "v1="
        }
        secrets << QJsonDocument::fromJson(answerOf(m_wire, QLatin1String("/pos/attest")))
                       .object()
                       .value(QLatin1String("attestation_token"))
                       .toString()
                       .toLatin1();
        const QJsonObject keys = QJsonDocument::fromJson(answerOf(m_wire, QLatin1String("/pos/keys")))
                                     .object()
                                     .value(QLatin1String("keys"))
                                     .toObject();
        QHash<QString, QByteArray> unwrapped;
        const std::array<std::pair<const char *, const char *>, 6> hierarchy{
            {{"tmk", nullptr}, {"kek", "tmk"}, {"msk", "kek"}, {"tpk", "kek"}, {"tdk", "kek"}, {"mac", "kek"}}};
        for (const auto &[name, parent] : hierarchy) {
            const QJsonObject key = keys.value(QLatin1String(name)).toObject();
            const QByteArray block = key.value(QLatin1String("key_block")).toString().toLatin1();
            secrets << block << QByteArray::fromBase64(block);
            const auto usage =
                crypto::Tr31KeyBlock::usageFromName(key.value(QLatin1String("usage")).toString().toLatin1());
            const auto clear = crypto::Tr31KeyBlock::unwrap(parent ? unwrapped.value(QLatin1String(parent)) : zmk,
                                                            QByteArray::fromBase64(block),
                                                            usage.value_or(crypto::Tr31KeyBlock::Usage::Mac));
            if (clear)
                unwrapped.insert(QLatin1String(name), *clear);
            addKey(unwrapped.value(QLatin1String(name)));
        }
        secrets.removeAll(QByteArray()); // so a secret that was not found shows in the count
        return secrets;
    }

private Q_SLOTS:
    void init()
    {
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, "Viopay", "WorkspaceTest");
        m_workspace = std::make_unique<Workspace>(m_network, *m_settings, m_clock);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_settings->clear();
        m_wire.clear();
    }

    void demoStartsASandboxATerminalAndASignedInMerchant()
    {
        QVERIFY(openDemo());
        QVERIFY(m_workspace->isEmbeddedSandbox());
        QCOMPARE(m_workspace->serverUrl().host(), QString("127.0.0.1"));
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        QTRY_COMPARE(m_workspace->merchant()->state(), MerchantSession::State::SignedIn);
        QCOMPARE(m_workspace->merchant()->merchant().name, QString("Cafe Lumen"));
    }

    void theFactoryFileAndClockOffsetReachTheTerminal()
    {
        Workspace::Options options;
        options.factory = FactorySecrets{"idk-POS-8F3A2C91-01", QByteArray(32, 'i'), QByteArray(32, 'z')};
        options.clockOffsetSeconds = 200;
        QVERIFY(openDemo(1, options));
        QVERIFY(kiosk().hasFactorySecrets());
        QCOMPARE(kiosk().activation().clockOffsetSeconds(), 200);
    }

    void withoutAFileTheSandboxGivesTheSecrets()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        const auto asked = [this] {
            const ExchangeLog &log = m_workspace->log();
            for (int row = 0; row < log.rowCount(); ++row) {
                if (log.exchange(row).url.path() == QLatin1String("/sandbox/devices/POS-8F3A2C91/factory"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(asked());
        QTRY_VERIFY(kiosk().hasFactorySecrets());
    }

    void theClaimUrlNamesThisServer()
    {
        QVERIFY(m_workspace->open({}));
        const QString server = m_workspace->serverUrl().toString(QUrl::StripTrailingSlash);
        QCOMPARE(m_workspace->claimUrlTemplate(), server + "/claim?code={code}"); // the sandbox's own page
        m_settings->setValue(SettingsKeys::KioskClaimUrlTemplate, "https://portal.example/pair?c={code}&from={server}");
        QCOMPARE(m_workspace->claimUrlTemplate(), "https://portal.example/pair?c={code}&from=" + server);
    }

    void aScriptedPairingCompletes()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        QTRY_COMPARE(m_workspace->merchant()->state(), MerchantSession::State::SignedIn);
        QVERIFY(merchantClaims(kiosk().code()));
        QCOMPARE(m_workspace->merchant()->claimOutcome().deviceId, QString("POS-8F3A2C91"));
        // The terminal goes on by itself: attest, keys, config, parameters, activate, against the
        // embedded sandbox's real cryptography; only the activation tells it its merchant.
        QVERIFY(reaches(kiosk(), KioskState::Activated));
        const KioskActivation::Terminal &terminal = kiosk().activation().terminal();
        QVERIFY2(QRegularExpression("^TID-\\d{6}$").match(terminal.terminalId).hasMatch(),
                 qPrintable(terminal.terminalId));
        QCOMPARE(terminal.merchant, QString("Cafe Lumen"));
        QVERIFY(terminal.activatedAt.isValid());
        QVERIFY(kiosk().activation().parametersSize() > 12 * 1024);
        // Every request went through the one log, with its trace id.
        QVERIFY(m_workspace->log().rowCount() >= 6);
        for (int row = 0; row < m_workspace->log().rowCount(); ++row)
            QVERIFY(!m_workspace->log().exchange(row).traceId.isEmpty());
    }

    static const Exchange *answered(const ExchangeLog &log, QLatin1String path)
    {
        for (int row = log.rowCount() - 1; row >= 0; --row) {
            if (log.exchange(row).url.path() == path && log.exchange(row).status == 200)
                return &log.exchange(row);
        }
        return nullptr;
    }

    // Issue 16: config and parameters are not secret: the inspector shows what the terminal
    // opened of their MSK envelopes beside the ciphertext (keys stay masked: the next test).
    void theInspectorShowsWhatTheTerminalDecrypted()
    {
        QVERIFY(activateTheDemoTerminal());
        const ExchangeLog &log = m_workspace->log();
        const Exchange *config = answered(log, QLatin1String("/pos/config"));
        QVERIFY(config);
        const QString details = ExchangeDetails::response(*config);
        const QString terminalId = kiosk().activation().terminal().terminalId;
        QVERIFY2(details.contains("\"ciphertext\"") && details.contains("Decrypted") &&
                     details.contains("\"terminal_id\": \"" + terminalId + "\"") && details.contains("Cafe Lumen"),
                 qPrintable(details.left(2000)));
        const Exchange *parameters = answered(log, QLatin1String("/pos/terminal-parameters"));
        QVERIFY(parameters && ExchangeDetails::response(*parameters).contains("Decrypted"));
        const Exchange *activate = answered(log, QLatin1String("/pos/activate"));
        QVERIFY(activate);
        QVERIFY(ExchangeDetails::request(*activate).contains("\"emv_ready\": true"));
        QVERIFY(ExchangeDetails::response(*activate).contains("\"status\": \"activated\""));
        const Exchange *keys = answered(log, QLatin1String("/pos/keys"));
        QVERIFY(keys && !ExchangeDetails::response(*keys).contains("Decrypted")); // keys are never opened here
        QVERIFY(log.toHar().contains("_decrypted"));
    }

    // Issue 16: no key material in the exchange log, the inspector's screens, HAR, cURL, the
    // settings or a log line. The secrets come from the run's own exchanges as they went on the
    // wire, and the keys are unwrapped from them as the terminal does.
    void anActivationLeavesNoKeyMaterialBehind()
    {
        g_logLines.clear();
        g_previousHandler = qInstallMessageHandler(keepLogLine);
        QLoggingCategory::setFilterRules(QStringLiteral("viopay.*=true"));
        const auto restoreLogging = qScopeGuard([] {
            QLoggingCategory::setFilterRules({});
            qInstallMessageHandler(g_previousHandler);
        });
        QVERIFY(activateTheDemoTerminal());

        const QList<QByteArray> secrets = secretsOnTheWire();
        // The factory secrets in base64 and hex, the signature, the token, six key blocks (base64
        // and TR-31) and six keys.
        QCOMPARE(secrets.size(), 2 * 2 + 1 + 1 + 6 * 2 + 6);
        QByteArray kept = m_workspace->log().toHar();
        const ExchangeLog &log = m_workspace->log();
        for (int row = 0; row < log.rowCount(); ++row) {
            const Exchange &entry = log.exchange(row);
            kept += entry.url.toEncoded() + entry.requestBody + entry.responseBody;
            for (const auto &[name, value] : entry.requestHeaders + entry.responseHeaders)
                kept += name + ": " + value + '\n';
            for (int column = 0; column < log.columnCount(); ++column)
                kept += log.data(log.index(row, column)).toString().toUtf8();
            kept += (ExchangeDetails::headers(entry) + ExchangeDetails::request(entry) +
                     ExchangeDetails::response(entry) + ExchangeLog::toCurl(entry))
                        .toUtf8();
        }
        for (const Exchange &exchange : std::as_const(m_wire))
            kept += ExchangeLog::toCurl(exchange).toUtf8(); // a cURL of what was never recorded
        m_settings->sync();
        QFile settings(m_settings->fileName());
        if (settings.open(QIODevice::ReadOnly))
            kept += settings.readAll();
        kept += g_logLines;
        QVERIFY(g_logLines.contains("activated as")); // the log lines were caught
        QVERIFY(kept.contains("Decrypted under the terminal's MSK") &&
                kept.contains("_decrypted")); // and the plaintext
        const QByteArray lower = kept.toLower();
        QList<QByteArray> leaked;
        for (const QByteArray &secret : secrets) {
            if (kept.contains(secret) || lower.contains(secret.toLower()))
                leaked << secret;
        }
        QVERIFY2(leaked.isEmpty(), ("leaked: " + leaked.join(", ")).constData());
    }

    void everyExchangeNamesWhoSentIt()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        QTRY_COMPARE(m_workspace->merchant()->state(), MerchantSession::State::SignedIn);
        drill({});
        const ExchangeLog &log = m_workspace->log();
        QSet<QString> senders;
        for (int row = 0; row < log.rowCount(); ++row) {
            const Exchange &exchange = log.exchange(row);
            QVERIFY2(exchange.origin.kind != ExchangeOrigin::Kind::Unknown, qPrintable(exchange.url.toString()));
            if (exchange.origin.kind == ExchangeOrigin::Kind::Terminal)
                QCOMPARE(exchange.origin.terminalId, QString("POS-8F3A2C91"));
            senders << log.data(log.index(row, ExchangeLog::SenderColumn)).toString();
        }
        QVERIFY2(senders.contains("Terminal POS-8F3A2C91") && senders.contains("Merchant") &&
                     senders.contains("Fault drill"),
                 qPrintable(QStringList(senders.values()).join(", ")));
    }

    void aRoomOfSixteenDifferentTerminals()
    {
        QVERIFY(openDemo(16));
        QCOMPARE(int(m_workspace->terminals().size()), 16);
        QVERIFY(m_workspace->terminalsProblem().isEmpty());
        QSet<QString> ids;
        for (const auto &terminal : m_workspace->terminals()) {
            ids.insert(terminal->device.deviceId());
            QVERIFY(reaches(*terminal->session, KioskState::ShowingCode));
        }
        QCOMPARE(ids.size(), 16);
        QVERIFY(ids.contains("POS-8F3A2C91")); // the demo merchant's own come first
        // Each renews on its own: expiring one code leaves the others alone. A room polls.
        QVERIFY(!kiosk(0).serverHoldsStatus());
        const QString second = m_workspace->terminals().at(1)->session->code();
        expireCode(m_workspace->terminals().at(0)->device.deviceId());
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        for (const auto &terminal : m_workspace->terminals())
            terminal->session->tick();
        QTRY_COMPARE(kiosk(0).codesIssued(), 2);
        QCOMPARE(m_workspace->terminals().at(1)->session->code(), second);
    }

    void offlineDrill()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        QTRY_VERIFY(kiosk().serverHoldsStatus());
        drill({0, 0.0, "5000", true, {}});
        expireCode("POS-8F3A2C91"); // the held request answers: the terminal needs a new code
        QVERIFY(reaches(kiosk(), KioskState::Failed));
        QCOMPARE(kiosk().lastError()->code(), QString("5030"));
        drill({});
        kiosk().retryNow();
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        QVERIFY(!kiosk().lastError().has_value());
    }

    void stoppingAllFaultsRetriesAtOnce()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        drill({0, 0.0, "5000", true, {}});
        kiosk().renewCode();
        QVERIFY(reaches(kiosk(), KioskState::Failed));
        // Nothing ticks the terminal here (its window does): only the stop itself may retry.
        m_workspace->faultDrills().stopAll();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk().state(), KioskState::ShowingCode, 2000);
    }

    // Unticking "Server offline" brings the terminals back at once, as Stop all does; nothing
    // ticks the terminal here, so only the switch itself may retry.
    void endingDroppedConnectionsRetriesAtOnce()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        FaultDrillsSession &drills = m_workspace->faultDrills();
        drills.setOffline(true);
        QTRY_COMPARE(drills.offline(), std::optional<bool>(true));
        kiosk().renewCode();
        QVERIFY(reaches(kiosk(), KioskState::Failed));
        drills.setOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(kiosk().state(), KioskState::ShowingCode, 2000);
    }

    void stoppingAllFaultsAsksStatusAtOnce()
    {
        QVERIFY(openDemo(Workspace::MaxHoldingTerminals + 1)); // a room: the terminals poll
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        drill({0, 0.0, "5000", true, {}});
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        kiosk().tick();
        QTRY_VERIFY(kiosk().lastError().has_value());
        m_workspace->faultDrills().stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!kiosk().lastError().has_value(), 2000);
        QCOMPARE(kiosk().state(), KioskState::ShowingCode);
    }

    void offlineDrillWhileACodeIsShown()
    {
        QVERIFY(openDemo(Workspace::MaxHoldingTerminals + 1)); // a room: the terminals poll
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        drill({0, 0.0, "5000", true, {}});
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        kiosk().tick();
        // The code stays on screen while it is valid, with the reason status cannot be asked.
        QTRY_VERIFY(kiosk().lastError().has_value());
        QCOMPARE(kiosk().lastError()->code(), QString("5030"));
        QCOMPARE(kiosk().state(), KioskState::ShowingCode);
        drill({});
        m_clock.advanceMs(KioskSession::PollIntervalMs);
        kiosk().tick();
        QTRY_VERIFY(!kiosk().lastError().has_value());
    }

    void errorRateDrill()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        drill({0, 1.0, "4290", false, {}});
        kiosk().renewCode();
        QVERIFY(reaches(kiosk(), KioskState::Failed));
        QCOMPARE(kiosk().lastError()->code(), QString("4290"));
        QVERIFY(kiosk().retryInSeconds() > 0);
    }

    void latencyDrill()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        drill({1200, 0.0, "5000", false, {}});
        QElapsedTimer timer;
        timer.start();
        kiosk().renewCode();
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        QVERIFY2(timer.elapsed() >= 1200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(kiosk().codesIssued(), 2);
    }

    void expireCodeDrill()
    {
        QVERIFY(openDemo());
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
        const QString first = kiosk().code();
        expireCode("POS-8F3A2C91");
        QTRY_COMPARE(kiosk().codesIssued(), 2);
        QVERIFY(kiosk().code() != first);
    }

    void releaseDrill()
    {
        QVERIFY(activateTheDemoTerminal());
        QSignalSpy released(m_workspace->merchant(), &MerchantSession::released);
        m_workspace->merchant()->release("POS-8F3A2C91");
        QVERIFY(released.wait(5000));
        kiosk().renewCode(); // R on the activated screen
        QVERIFY(reaches(kiosk(), KioskState::ShowingCode));
    }

    void anUnreachableServerStillOpensTheTerminals()
    {
        Workspace::Options options;
        options.server = QUrl("http://127.0.0.1:9");
        QSignalSpy ready(m_workspace.get(), &Workspace::terminalsReady);
        QVERIFY(m_workspace->open(options));
        m_workspace->openTerminals(3);
        QVERIFY(ready.wait(15000));
        QVERIFY(m_workspace->terminals().empty());
        QVERIFY(m_workspace->terminalsProblem().startsWith("Terminals not listed: "));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
