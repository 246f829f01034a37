// FLEET.md against the registry: locations, names and locations, the device list and its ETag,
// history, roles, idempotent claim and release, bulk provisioning.
#include "SandboxReplies.h"

#include "core/Clock.h"
#include "sandbox/IdempotencyLedger.h"
#include "sandbox/PairingRegistry.h"
#include "sandbox/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace viopay;
using namespace viopay::sandbox;

namespace {
const QByteArray SeedDevice = "POS-8F3A2C91";
const QByteArray RoomDevice = "POS-1A2B3C00";
const QString HarborDevice = QStringLiteral("POS-0BADF00D");
const QString Ops = QStringLiteral("ops@cafe-lumen.test");
const QString Viewer = QStringLiteral("viewer@cafe-lumen.test");
const QString Harbor = QStringLiteral("desk@harbor-books.test");
const QString Main = QStringLiteral("LOC-1001-MAIN");
const QString Harbour = QStringLiteral("LOC-1001-HARB");

PosHeaders pos(const QByteArray &deviceId = SeedDevice)
{
    return {deviceId, QByteArray("Viopay-POS/1.4.2 (Android 12; PAX-A920)"), QByteArray("pos")};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

MerchantRequest request(const QByteArray &authorization, const QByteArray &body = {},
                        const std::optional<QByteArray> &idempotencyKey = std::nullopt)
{
    return {authorization, QByteArray("application/json"), body, idempotencyKey};
}

struct Sandbox {
    explicit Sandbox(const QString &path = QStringLiteral(":memory:"))
        : store(Store::open(path, false))
        , registry(std::make_unique<PairingRegistry>(*store, clock))
    {}

    QByteArray signIn(const QString &user = Ops)
    {
        const QByteArray body = "grant_type=password&client_id=viopay-desk&username=" + QUrl::toPercentEncoding(user) +
                                "&password=pairing-demo";
        const SandboxReply token =
            registry->token({std::nullopt, QByteArray("application/x-www-form-urlencoded"), body, std::nullopt});
        const QByteArray authorization =
            "Bearer " + token.body.value(QStringLiteral("access_token")).toString().toLatin1();
        registry->initiateSession(request(authorization, json({{QStringLiteral("host"), QStringLiteral("x")}})));
        return authorization;
    }

    QString newCode(const QByteArray &deviceId = SeedDevice)
    {
        return sentBody(registry->requestPairingCode(pos(deviceId))).value(QStringLiteral("pairing_code")).toString();
    }

    SandboxReply claim(const QByteArray &authorization, QJsonObject body,
                       const std::optional<QByteArray> &key = std::nullopt)
    {
        return registry->claim(request(authorization, json(body), key));
    }

    QJsonObject device(const QByteArray &authorization, const QString &deviceId)
    {
        for (const QJsonValue item :
             registry->devices(request(authorization)).body[QStringLiteral("devices")].toArray()) {
            if (item[QStringLiteral("device_id")].toString() == deviceId)
                return item.toObject();
        }
        return {};
    }

    QJsonArray events(const QByteArray &authorization, const QString &deviceId,
                      const std::optional<QString> &limit = std::nullopt)
    {
        return registry->deviceEvents(request(authorization), deviceId, limit).body[QStringLiteral("events")].toArray();
    }

    QByteArray listTag(const QByteArray &authorization)
    {
        return registry->devices(request(authorization)).header("ETag");
    }

    TestClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<PairingRegistry> registry;
};

QStringList typesOf(const QJsonArray &events)
{
    QStringList types;
    for (const QJsonValue event : events)
        types.append(event[QStringLiteral("type")].toString());
    return types;
}
} // namespace

class TestFleet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void locationsAreTheMerchantsOwn()
    {
        Sandbox sandbox;
        const SandboxReply cafe = sandbox.registry->locations(request(sandbox.signIn(Viewer)));
        QCOMPARE(cafe.status, 200);
        const QJsonArray locations = cafe.body[QStringLiteral("locations")].toArray();
        QCOMPARE(locations.size(), 2);
        QCOMPARE(locations[0][QStringLiteral("location_id")].toString(), Harbour);
        QCOMPARE(locations[0][QStringLiteral("name")].toString(), QStringLiteral("Harbour Kiosk"));
        QCOMPARE(locations[1][QStringLiteral("name")].toString(), QStringLiteral("Main Street"));
        QVERIFY(!locations[1][QStringLiteral("address")].toString().isEmpty());
        const QJsonArray harbor =
            sandbox.registry->locations(request(sandbox.signIn(Harbor))).body[QStringLiteral("locations")].toArray();
        QCOMPARE(harbor.size(), 1);
        QCOMPARE(sandbox.registry->locations(request("Bearer nope")).status, 401);
    }

    void claimTakesNameAndLocation()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const SandboxReply claimed = sandbox.claim(ops, {{QStringLiteral("pairing_code"), sandbox.newCode()},
                                                         {QStringLiteral("name"), QStringLiteral("  Front counter ")},
                                                         {QStringLiteral("location_id"), Main}});
        QCOMPARE(claimed.status, 200);
        const QJsonObject device = sandbox.device(ops, QString::fromLatin1(SeedDevice));
        QCOMPARE(device[QStringLiteral("name")].toString(), QStringLiteral("Front counter"));
        QCOMPARE(device[QStringLiteral("location_id")].toString(), Main);
    }

    void badNamesAndLocationsAre400_data()
    {
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("named");
        QTest::newRow("empty name") << QJsonObject{{QStringLiteral("name"), QStringLiteral("   ")}}
                                    << QStringLiteral("name");
        QTest::newRow("65 characters") << QJsonObject{{QStringLiteral("name"), QString(65, QLatin1Char('x'))}}
                                       << QStringLiteral("name");
        QTest::newRow("control character")
            << QJsonObject{{QStringLiteral("name"), QStringLiteral("Front\ncounter")}} << QStringLiteral("name");
        QTest::newRow("name not a string") << QJsonObject{{QStringLiteral("name"), 7}} << QStringLiteral("name");
        QTest::newRow("another merchant's location")
            << QJsonObject{{QStringLiteral("location_id"), QStringLiteral("LOC-2002-MAIN")}}
            << QStringLiteral("location_id");
        QTest::newRow("unknown location")
            << QJsonObject{{QStringLiteral("location_id"), QStringLiteral("LOC-X")}} << QStringLiteral("location_id");
    }

    void badNamesAndLocationsAre400()
    {
        QFETCH(QJsonObject, fields);
        QFETCH(QString, named);
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        QJsonObject claimBody = fields;
        claimBody.insert(QStringLiteral("pairing_code"), sandbox.newCode());
        const SandboxReply claim = sandbox.claim(ops, claimBody);
        QCOMPARE(claim.status, 400);
        QCOMPARE(codeOf(claim), QStringLiteral("4000"));
        QVERIFY2(detailOf(claim).startsWith(named), qPrintable(detailOf(claim)));
        QCOMPARE(sandbox.device(ops, QString::fromLatin1(SeedDevice))[QStringLiteral("device_status")].toString(),
                 QStringLiteral("inactive"));
        const SandboxReply patch =
            sandbox.registry->updateDevice(request(ops, json(fields)), QString::fromLatin1(RoomDevice));
        QCOMPARE(patch.status, 400);
        QVERIFY(detailOf(patch).startsWith(named));
    }

    void a64CharacterNameIsAccepted()
    {
        Sandbox sandbox;
        const QString name = QString(63, QLatin1Char('x')) + QStringLiteral("\u00e9");
        const SandboxReply patch = sandbox.registry->updateDevice(
            request(sandbox.signIn(), json({{QStringLiteral("name"), name}})), QString::fromLatin1(RoomDevice));
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.body[QStringLiteral("name")].toString(), name);
    }

    void patchRenamesAndMoves()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const SandboxReply patch =
            sandbox.registry->updateDevice(request(ops, json({{QStringLiteral("name"), QStringLiteral("Patio")},
                                                              {QStringLiteral("location_id"), Harbour}})),
                                           QStringLiteral("POS-1a2b3c00"));
        QCOMPARE(patch.status, 200);
        QCOMPARE(patch.body[QStringLiteral("device_id")].toString(), QString::fromLatin1(RoomDevice));
        QCOMPARE(patch.body[QStringLiteral("name")].toString(), QStringLiteral("Patio"));
        QCOMPARE(patch.body[QStringLiteral("location_id")].toString(), Harbour);
        QCOMPARE(typesOf(sandbox.events(ops, QString::fromLatin1(RoomDevice), QStringLiteral("2"))),
                 (QStringList{QStringLiteral("moved"), QStringLiteral("renamed")}));

        const SandboxReply foreign = sandbox.registry->updateDevice(
            request(ops, json({{QStringLiteral("name"), QStringLiteral("Mine")}})), HarborDevice);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(codeOf(foreign), QStringLiteral("4030"));
        const SandboxReply unknown = sandbox.registry->updateDevice(
            request(ops, json({{QStringLiteral("name"), QStringLiteral("Mine")}})), QStringLiteral("POS-FFFFFFFF"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(codeOf(unknown), QStringLiteral("4040"));
        QCOMPARE(sandbox.registry->updateDevice(request(ops, "{}"), QString::fromLatin1(RoomDevice)).status, 400);
    }

    void listItemsHaveEveryFieldNullNotAbsent()
    {
        Sandbox sandbox;
        const QJsonObject device = sandbox.device(sandbox.signIn(Viewer), QString::fromLatin1(RoomDevice));
        for (const char *field : {"device_id", "name", "location_id", "model", "os", "app_version", "device_status",
                                  "claimed_at", "claimed_by", "last_seen_at", "activated_at"})
            QVERIFY2(device.contains(QLatin1String(field)), field);
        QVERIFY(device[QStringLiteral("name")].isNull());
        QVERIFY(device[QStringLiteral("location_id")].isNull());
        QVERIFY(device[QStringLiteral("last_seen_at")].isNull());
        QVERIFY(device[QStringLiteral("activated_at")].isNull());
    }

    void lastSeenIsTheLastDeviceRequest()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        sandbox.clock.advanceSeconds(5);
        sandbox.registry->status(pos(RoomDevice));
        QCOMPARE(sandbox.device(ops, QString::fromLatin1(RoomDevice))[QStringLiteral("last_seen_at")].toString(),
                 QStringLiteral("2025-12-13T14:25:35Z"));
        sandbox.clock.advanceSeconds(90);
        sandbox.registry->bootstrap(pos(RoomDevice));
        QCOMPARE(sandbox.device(ops, QString::fromLatin1(RoomDevice))[QStringLiteral("last_seen_at")].toString(),
                 QStringLiteral("2025-12-13T14:27:05Z"));
    }

    void lastSeenSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sandbox.db"));
        {
            Sandbox sandbox(path);
            sandbox.clock.advanceSeconds(5);
            sandbox.registry->status(pos(RoomDevice)); // a read: nothing else is written
            sandbox.clock.advanceSeconds(5);
            sandbox.registry->status(pos(RoomDevice)); // within the minute: written at the close
        }
        Sandbox sandbox(path);
        QCOMPARE(sandbox.device(sandbox.signIn(), QString::fromLatin1(RoomDevice))[QStringLiteral("last_seen_at")]
                     .toString(),
                 QStringLiteral("2025-12-13T14:25:40Z"));
    }

    void listTagChangesWithTheList()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const QByteArray first = sandbox.listTag(ops);
        QVERIFY(first.startsWith('"') && first.endsWith('"'));
        QCOMPARE(sandbox.listTag(ops), first); // reading changes nothing

        const QString code = sandbox.newCode();
        const QByteArray afterCode = sandbox.listTag(ops);
        QVERIFY(afterCode != first);
        QCOMPARE(sandbox.claim(ops, {{QStringLiteral("pairing_code"), code}}).status, 200);
        const QByteArray afterClaim = sandbox.listTag(ops);
        QVERIFY(afterClaim != afterCode);
        sandbox.registry->updateDevice(request(ops, json({{QStringLiteral("name"), QStringLiteral("Till")}})),
                                       QString::fromLatin1(SeedDevice));
        const QByteArray afterRename = sandbox.listTag(ops);
        QVERIFY(afterRename != afterClaim);
        sandbox.registry->release(request(ops), QString::fromLatin1(SeedDevice));
        QVERIFY(sandbox.listTag(ops) != afterRename);
        // Another merchant's change is not this list's.
        const QByteArray cafe = sandbox.listTag(ops);
        sandbox.newCode(HarborDevice.toLatin1());
        QCOMPARE(sandbox.listTag(ops), cafe);
    }

    void listenerAnnouncesListChanges()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const std::optional<QString> key = sandbox.registry->deviceListKey(request(ops));
        QVERIFY(key);
        QVERIFY(!sandbox.registry->deviceListKey(request("Bearer nope")));
        QStringList heard;
        sandbox.registry->setStateChangedListener([&](const QString &changed) { heard.append(changed); });
        sandbox.registry->updateDevice(request(ops, json({{QStringLiteral("name"), QStringLiteral("Till")}})),
                                       QString::fromLatin1(RoomDevice));
        QCOMPARE(heard, QStringList{*key});
    }

    void historyIsKeptAcrossReleaseWithMaskedCodes()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        sandbox.registry->setTraceId("0123456789abcdef0123456789abcdef");
        const QString first = sandbox.newCode();
        const QString code = sandbox.newCode(); // replaces the first
        QCOMPARE(sandbox.claim(ops, {{QStringLiteral("pairing_code"), code}}).status, 200);
        QCOMPARE(sandbox.registry->release(request(ops), QString::fromLatin1(SeedDevice)).status, 200);

        const QJsonArray events = sandbox.events(sandbox.signIn(Viewer), QString::fromLatin1(SeedDevice));
        QCOMPARE(typesOf(events),
                 (QStringList{QStringLiteral("released"), QStringLiteral("claimed"), QStringLiteral("code_issued"),
                              QStringLiteral("code_replaced"), QStringLiteral("code_issued")}));
        const QJsonObject claimed = events[1].toObject();
        QCOMPARE(claimed[QStringLiteral("actor")].toString(), Ops);
        QCOMPARE(claimed[QStringLiteral("trace_id")].toString(), QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(claimed[QStringLiteral("at")].toString(), QStringLiteral("2025-12-13T14:25:30Z"));
        QCOMPARE(claimed[QStringLiteral("details")][QStringLiteral("code")].toString(),
                 code.left(3) + QStringLiteral("\u2022\u2022\u2022"));
        QCOMPARE(events[3][QStringLiteral("details")][QStringLiteral("code")].toString(),
                 first.left(3) + QStringLiteral("\u2022\u2022\u2022"));
        QCOMPARE(events[2][QStringLiteral("actor")].toString(), QStringLiteral("terminal"));
        const QByteArray whole = QJsonDocument(events).toJson();
        QVERIFY(!whole.contains(code.toLatin1()));
        QVERIFY(!whole.contains(first.toLatin1()));
    }

    void expiryAndRefusalsAreHistory()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const QString harborCode = sandbox.newCode(HarborDevice.toLatin1());
        QCOMPARE(sandbox.claim(ops, {{QStringLiteral("pairing_code"), harborCode}}).status, 403);
        const QJsonArray harbor = sandbox.events(sandbox.signIn(Harbor), HarborDevice);
        QCOMPARE(harbor[0][QStringLiteral("type")].toString(), QStringLiteral("claim_refused"));
        QVERIFY(!harbor[0][QStringLiteral("details")][QStringLiteral("reason")].toString().isEmpty());

        sandbox.newCode();
        sandbox.clock.advanceSeconds(301);
        sandbox.registry->expireDue();
        const QJsonArray seed = sandbox.events(sandbox.signIn(), QString::fromLatin1(SeedDevice));
        QCOMPARE(seed[0][QStringLiteral("type")].toString(), QStringLiteral("code_expired"));
        QCOMPARE(seed[0][QStringLiteral("actor")].toString(), QStringLiteral("sandbox"));
    }

    void historyLimitAndScope()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        for (int i = 0; i < 60; ++i) {
            sandbox.clock.advanceSeconds(7); // past the code rate limit's window now and then
            sandbox.newCode();
        }
        QCOMPARE(sandbox.events(ops, QString::fromLatin1(SeedDevice)).size(), 50);
        QCOMPARE(sandbox.events(ops, QString::fromLatin1(SeedDevice), QStringLiteral("3")).size(), 3);
        for (const QString &bad : {QStringLiteral("0"), QStringLiteral("x"), QStringLiteral("10001")}) {
            const SandboxReply reply =
                sandbox.registry->deviceEvents(request(ops), QString::fromLatin1(SeedDevice), bad);
            QCOMPARE(reply.status, 400);
            QVERIFY(detailOf(reply).startsWith(QStringLiteral("limit")));
        }
        QCOMPARE(sandbox.registry->deviceEvents(request(ops), HarborDevice, std::nullopt).status, 403);
        QCOMPARE(sandbox.registry->deviceEvents(request(ops), QStringLiteral("POS-FFFFFFFF"), std::nullopt).status,
                 404);
    }

    void historyKeepsTheNewest10000()
    {
        Sandbox sandbox;
        sandbox.store->beginBatch();
        for (int i = 0; i < 10003; ++i) {
            QVERIFY(sandbox.store->appendEvent(QString::fromLatin1(RoomDevice),
                                               {i, QStringLiteral("renamed"), Ops, QString(), QStringLiteral("{}")},
                                               10000));
        }
        QVERIFY(sandbox.store->commitBatch());
        const QList<Store::Event> events = sandbox.store->events(QString::fromLatin1(RoomDevice), 20000);
        QCOMPARE(events.size(), 10000);
        QCOMPARE(events.constFirst().atEpochMs, 10002);
        QCOMPARE(events.constLast().atEpochMs, 3); // the oldest three were dropped first
    }

    void viewerSeesButChangesNothing()
    {
        Sandbox sandbox;
        const QByteArray viewer = sandbox.signIn(Viewer);
        const QString code = sandbox.newCode();
        const SandboxReply claim = sandbox.claim(viewer, {{QStringLiteral("pairing_code"), code}});
        QCOMPARE(claim.status, 403);
        QCOMPARE(codeOf(claim), QStringLiteral("4031"));
        QVERIFY(errorOf(claim)[QStringLiteral("message")].toString().startsWith(QStringLiteral("your role cannot")));
        const SandboxReply release = sandbox.registry->release(request(viewer), QString::fromLatin1(SeedDevice));
        QCOMPARE(codeOf(release), QStringLiteral("4031"));
        const SandboxReply patch = sandbox.registry->updateDevice(
            request(viewer, json({{QStringLiteral("name"), QStringLiteral("x")}})), QString::fromLatin1(SeedDevice));
        QCOMPARE(codeOf(patch), QStringLiteral("4031"));
        QCOMPARE(sandbox.registry->devices(request(viewer)).status, 200);
        QCOMPARE(sandbox.registry->deviceEvents(request(viewer), QString::fromLatin1(SeedDevice), std::nullopt).status,
                 200);
        // The code is still claimable: the viewer's refusal changed nothing.
        QCOMPARE(sandbox.claim(sandbox.signIn(), {{QStringLiteral("pairing_code"), code}}).status, 200);
    }

    void sessionsCarryRoles()
    {
        Sandbox sandbox;
        const QByteArray body = "grant_type=password&client_id=viopay-desk&username=viewer%40cafe-lumen.test"
                                "&password=pairing-demo";
        const SandboxReply token = sandbox.registry->token(
            {std::nullopt, QByteArray("application/x-www-form-urlencoded"), body, std::nullopt});
        const QByteArray authorization =
            "Bearer " + token.body.value(QStringLiteral("access_token")).toString().toLatin1();
        const SandboxReply session = sandbox.registry->initiateSession(
            request(authorization, json({{QStringLiteral("host"), QStringLiteral("merchant.viopay.io")}})));
        QCOMPARE(session.body[QStringLiteral("roles")].toArray(), QJsonArray{QStringLiteral("viewer")});
    }

    void idempotentClaimReplaysTheFirstAnswer()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const QJsonObject body{{QStringLiteral("pairing_code"), sandbox.newCode()}};
        const SandboxReply first = sandbox.claim(ops, body, QByteArray("claim-1"));
        QCOMPARE(first.status, 200);
        const SandboxReply again = sandbox.claim(ops, body, QByteArray("claim-1"));
        QCOMPARE(again.status, 200); // not 409: the operator whose answer was lost sees "Claimed"
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        // Without the key, the same claim is a second claim.
        QCOMPARE(sandbox.claim(ops, body).status, 409);

        const SandboxReply other =
            sandbox.claim(ops, {{QStringLiteral("pairing_code"), QStringLiteral("ABCDEF")}}, QByteArray("claim-1"));
        QCOMPARE(other.status, 422);
        QCOMPARE(codeOf(other), QStringLiteral("4220"));
        // The key is the merchant's: another merchant's same key is its own.
        QCOMPARE(sandbox.claim(sandbox.signIn(Harbor), body, QByteArray("claim-1")).status, 403);
    }

    void idempotencyKeysLast24Hours()
    {
        Sandbox sandbox;
        const QJsonObject body{{QStringLiteral("pairing_code"), sandbox.newCode()}};
        QCOMPARE(sandbox.claim(sandbox.signIn(), body, QByteArray("k")).status, 200);
        sandbox.clock.advanceMs(IdempotencyLedger::LifeMs - 1000);
        QCOMPARE(sandbox.claim(sandbox.signIn(), body, QByteArray("k")).status, 200);
        sandbox.clock.advanceMs(1000);
        QCOMPARE(sandbox.claim(sandbox.signIn(), body, QByteArray("k")).status, 404); // the code is long gone
    }

    void idempotentRelease()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        QCOMPARE(sandbox.claim(ops, {{QStringLiteral("pairing_code"), sandbox.newCode()}}).status, 200);
        const SandboxReply first =
            sandbox.registry->release(request(ops, {}, QByteArray("r1")), QString::fromLatin1(SeedDevice));
        QCOMPARE(first.status, 200);
        QCOMPARE(sandbox.registry->release(request(ops, {}, QByteArray("r1")), QString::fromLatin1(SeedDevice)).body,
                 first.body);
        QCOMPARE(typesOf(sandbox.events(ops, QString::fromLatin1(SeedDevice), QStringLiteral("2")))
                     .count(QStringLiteral("released")),
                 1); // the replay released nothing
        const SandboxReply other =
            sandbox.registry->release(request(ops, {}, QByteArray("r1")), QString::fromLatin1(RoomDevice));
        QCOMPARE(codeOf(other), QStringLiteral("4220"));
    }

    void idempotencyKeyForm()
    {
        Sandbox sandbox;
        const QByteArray ops = sandbox.signIn();
        const QJsonObject body{{QStringLiteral("pairing_code"), sandbox.newCode()}};
        for (const QByteArray &bad : {QByteArray(), QByteArray(256, 'k'), QByteArray("tab\there")}) {
            const SandboxReply reply = sandbox.claim(ops, body, bad);
            QCOMPARE(reply.status, 400);
            QVERIFY(detailOf(reply).startsWith(QStringLiteral("Idempotency-Key")));
        }
        QCOMPARE(sandbox.claim(ops, body, QByteArray(255, 'k')).status, 200);
    }

    void idempotencyMemoryIsBoundedPerMerchant()
    {
        IdempotencyLedger ledger(3);
        SandboxReply reply = SandboxReply::json(200, {});
        for (int i = 0; i < 5; ++i)
            ledger.remember(QStringLiteral("MRC-1001"), QByteArray::number(i), "f", reply, i);
        ledger.remember(QStringLiteral("MRC-2002"), "0", "f", reply, 0);
        QCOMPARE(ledger.keysHeld(QStringLiteral("MRC-1001")), 3);
        QCOMPARE(ledger.keysHeld(QStringLiteral("MRC-2002")), 1);
        QCOMPARE(ledger.find(QStringLiteral("MRC-1001"), "0", "f", 10).verdict, IdempotencyLedger::Verdict::New);
        QCOMPARE(ledger.find(QStringLiteral("MRC-1001"), "4", "f", 10).verdict, IdempotencyLedger::Verdict::Replay);
    }

    void bulkJsonArrayIsAllOrNone()
    {
        Sandbox sandbox;
        const QByteArray bad = R"([{"device_id":"POS-AA000001","merchant_id":"MRC-1001","model":"PAX-A920"},
                                   {"device_id":"POS-AA000002","merchant_id":"MRC-9999","model":"PAX-A920"}])";
        const SandboxReply refused = sandbox.registry->provisionDevice(bad, QByteArray("application/json"));
        QCOMPARE(refused.status, 400);
        QVERIFY2(detailOf(refused).startsWith(QStringLiteral("item 2:")), qPrintable(detailOf(refused)));
        QVERIFY(sandbox.device(sandbox.signIn(), QStringLiteral("POS-AA000001")).isEmpty());

        const QByteArray good = R"([{"device_id":"POS-AA000001","merchant_id":"MRC-1001","model":"PAX-A920"},
                                    {"device_id":"POS-aa000002","merchant_id":"MRC-1001","model":"Sunmi-P2"}])";
        const SandboxReply created = sandbox.registry->provisionDevice(good, QByteArray("application/json"));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.body[QStringLiteral("devices")].toArray().size(), 2);
        QCOMPARE(sandbox.device(sandbox.signIn(), QStringLiteral("POS-AA000002"))[QStringLiteral("model")].toString(),
                 QStringLiteral("Sunmi-P2"));
    }

    void bulkCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detailStart");
        QTest::newRow("two devices, CRLF")
            << QByteArray("device_id,merchant_id,model\r\nPOS-AA000001,MRC-1001,PAX-A920\r\n"
                          "POS-AA000002,MRC-2002,Sunmi-P2\r\n")
            << 201 << QString();
        QTest::newRow("bad header") << QByteArray("id,merchant,model\nPOS-AA000001,MRC-1001,PAX-A920\n") << 400
                                    << QStringLiteral("line 1:");
        QTest::newRow("bad id on line 3")
            << QByteArray("device_id,merchant_id,model\nPOS-AA000001,MRC-1001,PAX-A920\nPOS-XYZ,MRC-1001,PAX-A920\n")
            << 400 << QStringLiteral("line 3:");
        QTest::newRow("missing field on line 2")
            << QByteArray("device_id,merchant_id,model\nPOS-AA000001,MRC-1001\n") << 400 << QStringLiteral("line 2:");
        QTest::newRow("empty model") << QByteArray("device_id,merchant_id,model\nPOS-AA000001,MRC-1001, \n") << 400
                                     << QStringLiteral("line 2:");
        QTest::newRow("listed twice")
            << QByteArray("device_id,merchant_id,model\nPOS-AA000001,MRC-1001,A\nPOS-aa000001,MRC-1001,B\n") << 400
            << QStringLiteral("line 3:");
        QTest::newRow("no rows") << QByteArray("device_id,merchant_id,model\n") << 400 << QString();
    }

    void bulkCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, status);
        QFETCH(QString, detailStart);
        Sandbox sandbox;
        const SandboxReply reply = sandbox.registry->provisionDevice(csv, QByteArray("text/csv; charset=utf-8"));
        QCOMPARE(reply.status, status);
        QVERIFY2(detailOf(reply).startsWith(detailStart), qPrintable(detailOf(reply)));
        const bool provisioned = !sandbox.device(sandbox.signIn(), QStringLiteral("POS-AA000001")).isEmpty();
        QCOMPARE(provisioned, status == 201); // all or none
    }

    void bulkWithAnExistingDeviceIs409NamingItsLine()
    {
        Sandbox sandbox;
        const SandboxReply reply = sandbox.registry->provisionDevice(
            "device_id,merchant_id,model\nPOS-AA000001,MRC-1001,A\nPOS-8F3A2C91,MRC-1001,A\n", QByteArray("text/csv"));
        QCOMPARE(reply.status, 409);
        QCOMPARE(codeOf(reply), QStringLiteral("4091"));
        QVERIFY(errorOf(reply)[QStringLiteral("message")].toString().startsWith(QStringLiteral("line 3:")));
        QVERIFY(sandbox.device(sandbox.signIn(), QStringLiteral("POS-AA000001")).isEmpty());
    }

    void provisionedIsHistory()
    {
        Sandbox sandbox;
        sandbox.registry->provisionDevice(R"({"device_id":"POS-AA000001","merchant_id":"MRC-1001","model":"A"})",
                                          QByteArray("application/json"));
        const QJsonArray events = sandbox.events(sandbox.signIn(), QStringLiteral("POS-AA000001"));
        QCOMPARE(typesOf(events), QStringList{QStringLiteral("provisioned")});
        QCOMPARE(events[0][QStringLiteral("actor")].toString(), QStringLiteral("sandbox"));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
