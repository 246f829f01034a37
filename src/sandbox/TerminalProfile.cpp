#include "TerminalProfile.h"

#include "crypto/Hex.h"
#include "crypto/Hmac.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace viopay::sandbox {

namespace {
constexpr int TerminalIdModulus = 1'000'000;
constexpr char CaKeyLabel[] = "viopay-sandbox-ca-public-key";

struct Scheme {
    const char *name;
    const char *rid;
    const char *aid;
    const char *kernel;
};
constexpr Scheme Schemes[] = {
    {"Visa", "A000000003", "A0000000031010", "C-3"},           {"Mastercard", "A000000004", "A0000000041010", "C-2"},
    {"American Express", "A000000025", "A00000002501", "C-4"}, {"JCB", "A000000065", "A0000000651010", "C-5"},
    {"Discover", "A000000152", "A0000001523010", "C-6"},       {"UnionPay", "A000000333", "A000000333010101", "C-7"},
    {"Interac", "A000000277", "A0000002771010", "C-2"},
};
constexpr int KeysPerScheme = 8;
// The modulus lengths of EMV CA keys in use (1152, 1408, 1984 bits).
constexpr int ModulusBytes[] = {144, 176, 248, 248};

// Deterministic pseudo-random bytes: HMAC-SHA256 in counter mode under a fixed label.
QByteArray pseudoRandom(const QByteArray &context, int size)
{
    QByteArray out;
    for (int counter = 0; out.size() < size; ++counter)
        out += crypto::Hmac::sha256(QByteArray(CaKeyLabel), context + '/' + QByteArray::number(counter));
    out.truncate(size);
    return out;
}

QJsonObject caPublicKey(const Scheme &scheme, int index)
{
    const QByteArray context = QByteArray(scheme.rid) + '/' + QByteArray::number(index);
    QByteArray modulus = pseudoRandom(context, ModulusBytes[index % std::size(ModulusBytes)]);
    modulus[0] = char(modulus.at(0) | 0x80);                                   // full length
    modulus[modulus.size() - 1] = char(modulus.at(modulus.size() - 1) | 0x01); // odd, as an RSA modulus is
    return {
        {QStringLiteral("rid"), QLatin1String(scheme.rid)},
        {QStringLiteral("index"), QString::fromLatin1(crypto::Hex::encode(QByteArray(1, char(0x90 + index))))},
        {QStringLiteral("modulus"), QString::fromLatin1(crypto::Hex::encode(modulus))},
        {QStringLiteral("exponent"), index % 2 == 0 ? QStringLiteral("03") : QStringLiteral("010001")},
        {QStringLiteral("checksum"), QString::fromLatin1(crypto::Hex::encode(pseudoRandom(context + "/checksum", 20)))},
        {QStringLiteral("expiry"), QStringLiteral("2031-12-31")}};
}

QJsonObject application(const Scheme &scheme)
{
    return {{QStringLiteral("scheme"), QLatin1String(scheme.name)},
            {QStringLiteral("aid"), QLatin1String(scheme.aid)},
            {QStringLiteral("contactless_kernel"), QLatin1String(scheme.kernel)},
            {QStringLiteral("application_version"), QStringLiteral("0002")},
            {QStringLiteral("partial_selection"), true},
            {QStringLiteral("tac_default"), QStringLiteral("DC4000A800")},
            {QStringLiteral("tac_denial"), QStringLiteral("0010000000")},
            {QStringLiteral("tac_online"), QStringLiteral("DC4004F800")},
            {QStringLiteral("default_ddol"), QStringLiteral("9F3704")},
            {QStringLiteral("default_tdol"), QStringLiteral("9F02065F2A029A039C0195059F3704")},
            {QStringLiteral("threshold_value"), 0},
            {QStringLiteral("target_percentage"), 0},
            {QStringLiteral("max_target_percentage"), 0}};
}

// Everything but the device's own fields: the same for every terminal, so made once.
const QJsonObject &sharedParameters()
{
    static const QJsonObject shared = [] {
        QJsonArray applications;
        QJsonArray caKeys;
        for (const Scheme &scheme : Schemes) {
            applications.append(application(scheme));
            for (int index = 0; index < KeysPerScheme; ++index)
                caKeys.append(caPublicKey(scheme, index));
        }
        const QJsonObject terminal{{QStringLiteral("terminal_type"), QStringLiteral("22")},
                                   {QStringLiteral("terminal_capabilities"), QStringLiteral("E0F8C8")},
                                   {QStringLiteral("additional_capabilities"), QStringLiteral("F000F0A001")},
                                   {QStringLiteral("country_code"), QStringLiteral("0840")},
                                   {QStringLiteral("currency_code"), QStringLiteral("0840")},
                                   {QStringLiteral("currency_exponent"), 2}};
        const QJsonObject contact{{QStringLiteral("floor_limit"), 0},
                                  {QStringLiteral("pin_bypass"), false},
                                  {QStringLiteral("fallback_to_magstripe"), false}};
        const QJsonObject contactless{{QStringLiteral("transaction_limit"), 1000000},
                                      {QStringLiteral("cvm_required_limit"), 10000},
                                      {QStringLiteral("floor_limit"), 0},
                                      {QStringLiteral("status_check"), false},
                                      {QStringLiteral("zero_amount_allowed"), false}};
        const QJsonArray acquirers{QJsonObject{{QStringLiteral("id"), QStringLiteral("ACQ-0001")},
                                               {QStringLiteral("name"), QStringLiteral("Viopay Acquiring")},
                                               {QStringLiteral("host"), QStringLiteral("acq.viopay.io")}}};
        return QJsonObject{{QStringLiteral("version"), QStringLiteral("2025.12.1")},
                           {QStringLiteral("terminal"), terminal},
                           {QStringLiteral("contact"), contact},
                           {QStringLiteral("contactless"), contactless},
                           {QStringLiteral("acquirers"), acquirers},
                           {QStringLiteral("applications"), applications},
                           {QStringLiteral("ca_public_keys"), caKeys}};
    }();
    return shared;
}
} // namespace

QString TerminalProfile::terminalId(const QString &deviceId)
{
    bool isHex = false;
    const uint number = deviceId.mid(4).toUInt(&isHex, 16);
    return QStringLiteral("TID-%1").arg(isHex ? number % TerminalIdModulus : 0, 6, 10, QLatin1Char('0'));
}

QJsonObject TerminalProfile::config(const Store::Device &device, const Store::Merchant &merchant)
{
    const QJsonObject merchantJson{
        {QStringLiteral("id"), merchant.id},
        {QStringLiteral("name"), merchant.name},
        {QStringLiteral("tip_info"), QJsonObject{{QStringLiteral("enabled"), true},
                                                 {QStringLiteral("presets_percent"), QJsonArray{15, 18, 20}},
                                                 {QStringLiteral("allow_custom"), true}}},
        {QStringLiteral("tax_info"), QJsonObject{{QStringLiteral("enabled"), true},
                                                 {QStringLiteral("rate_percent"), QStringLiteral("8.875")},
                                                 {QStringLiteral("inclusive"), false}}},
        {QStringLiteral("surcharge_info"),
         QJsonObject{{QStringLiteral("enabled"), false}, {QStringLiteral("rate_percent"), QStringLiteral("0.00")}}}};
    const QJsonObject location{{QStringLiteral("name"), merchant.name},
                               {QStringLiteral("address_line1"), QStringLiteral("100 Sandbox Street")},
                               {QStringLiteral("city"), QStringLiteral("Springfield")},
                               {QStringLiteral("country"), QStringLiteral("US")},
                               {QStringLiteral("timezone"), QStringLiteral("America/New_York")}};
    const QJsonObject emv{{QStringLiteral("contactless_enabled"), true},
                          {QStringLiteral("contact_enabled"), true},
                          {QStringLiteral("magstripe_fallback"), false},
                          {QStringLiteral("currency_code"), QStringLiteral("840")},
                          {QStringLiteral("country_code"), QStringLiteral("840")}};
    const QJsonObject security{{QStringLiteral("pin_entry_timeout_sec"), 30},
                               {QStringLiteral("max_pin_attempts"), 3},
                               {QStringLiteral("tamper_detection"), true},
                               {QStringLiteral("data_encryption"), QStringLiteral("AES-256")}};
    const QJsonObject branding{{QStringLiteral("receipt_header"), merchant.name},
                               {QStringLiteral("receipt_footer"), QStringLiteral("Thank you!")},
                               {QStringLiteral("primary_color"), QStringLiteral("#0B5FFF")}};
    return {{QStringLiteral("terminal_id"), terminalId(device.deviceId)},
            {QStringLiteral("device_id"), device.deviceId},
            {QStringLiteral("merchant"), merchantJson},
            {QStringLiteral("location"), location},
            {QStringLiteral("emv"), emv},
            {QStringLiteral("security"), security},
            {QStringLiteral("branding"), branding},
            {QStringLiteral("heartbeat_interval_sec"), 60},
            {QStringLiteral("update_check_interval_sec"), 3600}};
}

QByteArray TerminalProfile::terminalParameters(const QString &deviceId)
{
    QJsonObject parameters = sharedParameters();
    parameters.insert(QStringLiteral("device_id"), deviceId);
    parameters.insert(QStringLiteral("terminal_id"), terminalId(deviceId));
    return QJsonDocument(parameters).toJson(QJsonDocument::Compact);
}

} // namespace viopay::sandbox
