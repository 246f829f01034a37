#include "ActivationAnswers.h"

#include "crypto/Kcv.h"
#include "crypto/MskEnvelope.h"
#include "crypto/RandomBytes.h"
#include "crypto/Tr31KeyBlock.h"

#include <QJsonArray>
#include <QJsonDocument>

using viopay::crypto::Tr31KeyBlock;

namespace {
struct KeyRule {
    const char *name;
    const char *parent; // nullptr: the ZMK
    Tr31KeyBlock::Usage usage;
};
constexpr KeyRule KeyRules[] = {
    {"tmk", nullptr, Tr31KeyBlock::Usage::KeyEncryption}, {"kek", "tmk", Tr31KeyBlock::Usage::KeyEncryption},
    {"msk", "kek", Tr31KeyBlock::Usage::DataEncryption},  {"tpk", "kek", Tr31KeyBlock::Usage::PinEncryption},
    {"tdk", "kek", Tr31KeyBlock::Usage::DataEncryption},  {"mac", "kek", Tr31KeyBlock::Usage::Mac},
};

ScriptedServer::Step ok(const QJsonObject &body)
{
    return {ScriptedServer::Behaviour::Answer,
            ScriptedServer::answer(200, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                   QByteArray("X-Trace-Id: ") + ActivationAnswers::TraceId + "\r\n")};
}
} // namespace

ActivationAnswers::ActivationAnswers()
{
    m_secrets.identityKeyId = QStringLiteral("idk-POS-8F3A2C91-01");
    m_secrets.identitySecret = QByteArray::fromHex("8c0f4e2ad1b37a5096e1f4c82b7d3e6a1f0c9b8a7d6e5f4a3b2c1d0e9f8a7b6c");
    m_secrets.zmk = QByteArray::fromHex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
    for (const KeyRule &rule : KeyRules)
        m_keys.insert(QLatin1String(rule.name), viopay::crypto::RandomBytes::generate(32));
}

QList<ActivationAnswers::Step> ActivationAnswers::pairedUntilClaimed(const QByteArray &serverTime) const
{
    using B = ScriptedServer::Behaviour;
    return {
        {B::Answer, ScriptedServer::answer(200, R"({"status":"ok","server_time":")" + serverTime +
                                                    R"(","min_supported_version":"1.3.5"})")},
        {B::Answer, ScriptedServer::answer(200, R"({"pairing_code":"K7M3NP","expires_in_sec":300})")},
        {B::Answer, ScriptedServer::answer(200,
                                           R"({"device_status":"claimed","is_claimed":true,)"
                                           R"("pairing_code_status":"used","merchant":{"id":"MRC-1001",)"
                                           R"("name":"Cafe Lumen"}})",
                                           "ETag: \"2\"\r\n")},
    };
}

ActivationAnswers::Step ActivationAnswers::attested(int lifeSeconds) const
{
    return ok({{"status", "attested"}, {"attestation_token", "att_7Hq2xK9mPqL4"}, {"expires_in_sec", lifeSeconds}});
}

ActivationAnswers::Step ActivationAnswers::keys(const QString &corruptKcvOf, const QString &tamperedBlockOf) const
{
    QJsonObject keys;
    for (const KeyRule &rule : KeyRules) {
        const QString name = QLatin1String(rule.name);
        const QByteArray parent = rule.parent ? m_keys.value(QLatin1String(rule.parent)) : m_secrets.zmk;
        QByteArray block = *Tr31KeyBlock::wrap(parent, rule.usage, m_keys.value(name));
        if (name == tamperedBlockOf)
            block[20] = block[20] == 'A' ? 'B' : 'A'; // one hex digit of the encrypted key data
        const QByteArray kcvKey = name == corruptKcvOf ? m_secrets.zmk : m_keys.value(name);
        keys.insert(name, QJsonObject{{"key_id", "key-" + name},
                                      {"key_block", QString::fromLatin1(block.toBase64())},
                                      {"usage", QString::fromLatin1(Tr31KeyBlock::usageName(rule.usage))},
                                      {"kcv", QString::fromLatin1(*viopay::crypto::Kcv::of(kcvKey))}});
    }
    return ok({{"key_set", QJsonObject{{"key_set_id", "ks_01"},
                                       {"issued_at", "2025-12-13T14:25:31Z"},
                                       {"expires_at", "2026-12-13T14:25:31Z"}}},
               {"transport", QJsonObject{{"format", "TR31"}, {"encryption", "AES-256"}, {"wrapped_under", "kek"}}},
               {"keys", keys}});
}

ActivationAnswers::Step ActivationAnswers::sealed(const QJsonObject &payload, bool chunked) const
{
    const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QByteArray msk = m_keys.value(QStringLiteral("msk"));
    return ok(chunked ? *viopay::crypto::MskEnvelope::sealChunked(msk, json)
                      : *viopay::crypto::MskEnvelope::seal(msk, json));
}

ActivationAnswers::Step ActivationAnswers::config() const
{
    return sealed({{"terminal_id", "TID-482913"},
                   {"device_id", "POS-8F3A2C91"},
                   {"merchant", QJsonObject{{"name", "Cafe Lumen"}, {"tip_info", QJsonObject{}}}},
                   {"location", QJsonObject{{"name", "Main counter"}, {"city", "Lisbon"}}},
                   {"heartbeat_interval_sec", 300}},
                  false);
}

ActivationAnswers::Step ActivationAnswers::terminalParameters() const
{
    QJsonArray keys;
    for (int i = 0; i < 300; ++i)
        keys.append(QJsonObject{{"rid", "A000000003"},
                                {"index", i},
                                {"modulus", QString::fromLatin1(viopay::crypto::RandomBytes::generate(24).toHex())}});
    return sealed({{"ca_public_keys", keys}, {"contactless_limit", 5000}}, true);
}

ActivationAnswers::Step ActivationAnswers::activated() const
{
    return sealed({{"status", "activated"}, {"activated_at", "2025-12-13T14:26:02Z"}}, false);
}

QList<ActivationAnswers::Step> ActivationAnswers::activation() const
{
    return {attested(), keys(), config(), terminalParameters(), activated()};
}

ActivationAnswers::Step ActivationAnswers::error(int status, const QByteArray &code, const QByteArray &message,
                                                 const QJsonObject &details)
{
    QJsonObject error{{"code", QString::fromLatin1(code)},
                      {"message", QString::fromLatin1(message)},
                      {"trace_id", QLatin1String(TraceId)}};
    if (!details.isEmpty())
        error.insert("details", details);
    return {ScriptedServer::Behaviour::Answer,
            ScriptedServer::answer(status, QJsonDocument(QJsonObject{{"error", error}}).toJson(QJsonDocument::Compact),
                                   QByteArray("X-Trace-Id: ") + TraceId + "\r\n")};
}

QJsonObject ActivationAnswers::openedBody(const QByteArray &request) const
{
    const QByteArray body = request.mid(request.indexOf("\r\n\r\n") + 4);
    const auto payload =
        viopay::crypto::MskEnvelope::open(m_keys.value(QStringLiteral("msk")), QJsonDocument::fromJson(body).object());
    return payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
}
