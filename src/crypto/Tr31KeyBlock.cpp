#include "Tr31KeyBlock.h"

#include "AesCbc.h"
#include "Cmac.h"
#include "Hex.h"
#include "Hmac.h"
#include "RandomBytes.h"

#include <QtEndian>

#include <algorithm>

namespace viopay::crypto {

namespace {
constexpr char Version = 'D';
constexpr char AesAlgorithm = 'A';
constexpr int LengthDigits = 4;
constexpr int KeyLengthFieldBytes = 2;
// After the usage field: key version number "00", exportable under a trusted key "E",
// no optional blocks "00", reserved "00".
constexpr char HeaderTail[] = "00E0000";

struct UsageFields {
    Tr31KeyBlock::Usage usage;
    const char *name;
    const char *code;
    char modeOfUse;
};
constexpr UsageFields Usages[] = {
    {Tr31KeyBlock::Usage::KeyEncryption, "key-encryption", "K0", 'B'},
    {Tr31KeyBlock::Usage::DataEncryption, "data-encryption", "D0", 'B'},
    {Tr31KeyBlock::Usage::PinEncryption, "pin-encryption", "P0", 'E'},
    {Tr31KeyBlock::Usage::Mac, "mac", "M6", 'C'},
};

const UsageFields &fieldsOf(Tr31KeyBlock::Usage usage)
{
    return *std::find_if(std::begin(Usages), std::end(Usages),
                         [usage](const UsageFields &fields) { return fields.usage == usage; });
}

struct DerivedKeys {
    QByteArray encryption;     // KBEK
    QByteArray authentication; // KBAK
};

// X9.143's key derivation (NIST SP 800-108 counter mode with AES-CMAC as the PRF): for each
// counter, CMAC(KBPK, counter | key usage (0000 encryption, 0001 MAC) | 00 separator |
// algorithm (0002 AES-128, 0003 AES-192, 0004 AES-256) | length in bits), concatenated and cut
// to the KBPK's length.
DerivedKeys deriveKeys(const QByteArray &kbpk)
{
    const auto bits = quint16(kbpk.size() * 8);
    const char algorithm = kbpk.size() == 16 ? '\x02' : kbpk.size() == 24 ? '\x03' : '\x04';
    DerivedKeys keys;
    for (char counter = 1; keys.encryption.size() < kbpk.size(); ++counter) {
        QByteArray data(8, '\0');
        data[0] = counter;
        data[5] = algorithm;
        qToBigEndian(bits, data.data() + 6);
        keys.encryption += *Cmac::aes(kbpk, data);
        data[2] = '\x01';
        keys.authentication += *Cmac::aes(kbpk, data);
    }
    keys.encryption.truncate(kbpk.size());
    keys.authentication.truncate(kbpk.size());
    return keys;
}

QByteArray header(Tr31KeyBlock::Usage usage, int blockLength)
{
    const UsageFields &fields = fieldsOf(usage);
    return Version + QByteArray::number(blockLength).rightJustified(LengthDigits, '0') + fields.code + AesAlgorithm +
           fields.modeOfUse + HeaderTail;
}

bool isPrintableAscii(const QByteArray &block)
{
    return std::all_of(block.begin(), block.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

// The header checks, in the order a reader meets the fields.
std::optional<Tr31KeyBlock::Error> headerProblem(const QByteArray &block, Tr31KeyBlock::Usage expected)
{
    using Error = Tr31KeyBlock::Error;
    if (block.size() < Tr31KeyBlock::HeaderSize || !isPrintableAscii(block))
        return Error::Malformed;
    if (block[0] != Version)
        return Error::UnsupportedVersion;
    const QByteArray length = block.mid(1, LengthDigits);
    const bool digits = std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || length.toInt() != block.size())
        return Error::LengthMismatch;
    if (block[7] != AesAlgorithm || block.mid(12, 2) != "00")
        return Error::UnsupportedHeader;
    if (block.mid(5, 2) != fieldsOf(expected).code)
        return Error::UnexpectedKeyUsage;
    return std::nullopt;
}
} // namespace

QByteArray Tr31KeyBlock::usageName(Usage usage)
{
    return fieldsOf(usage).name;
}

std::optional<Tr31KeyBlock::Usage> Tr31KeyBlock::usageFromName(QByteArrayView name)
{
    for (const UsageFields &fields : Usages) {
        if (name == fields.name)
            return fields.usage;
    }
    return std::nullopt;
}

int Tr31KeyBlock::paddingSize(qsizetype keyBytes)
{
    const auto clear = int(KeyLengthFieldBytes + keyBytes);
    return (AesCbc::BlockSize - clear % AesCbc::BlockSize) % AesCbc::BlockSize;
}

Expected<QByteArray, Tr31KeyBlock::Error> Tr31KeyBlock::wrap(const QByteArray &kbpk, Usage usage, const QByteArray &key)
{
    return wrapWithPaddingForTesting(kbpk, usage, key, RandomBytes::generate(paddingSize(key.size())));
}

Expected<QByteArray, Tr31KeyBlock::Error> Tr31KeyBlock::wrapWithPaddingForTesting(const QByteArray &kbpk, Usage usage,
                                                                                  const QByteArray &key,
                                                                                  const QByteArray &padding)
{
    if (!Cmac::isAesKeySize(kbpk.size()))
        return Error::InvalidKbpk;
    if (!Cmac::isAesKeySize(key.size()) || padding.size() != paddingSize(key.size()))
        return Error::InvalidKey;
    QByteArray clear(KeyLengthFieldBytes, '\0');
    qToBigEndian(quint16(key.size() * 8), clear.data());
    clear += key + padding;
    const int blockLength = HeaderSize + int(clear.size()) * 2 + Cmac::Size * 2;
    const QByteArray blockHeader = header(usage, blockLength);
    const DerivedKeys keys = deriveKeys(kbpk);
    const QByteArray mac = *Cmac::aes(keys.authentication, blockHeader + clear);
    const QByteArray encrypted = *AesCbc::encrypt(keys.encryption, mac, clear, AesCbc::Padding::None);
    return blockHeader + Hex::encode(encrypted) + Hex::encode(mac);
}

Expected<QByteArray, Tr31KeyBlock::Error> Tr31KeyBlock::unwrap(const QByteArray &kbpk, const QByteArray &block,
                                                               Usage expected)
{
    if (!Cmac::isAesKeySize(kbpk.size()))
        return Error::InvalidKbpk;
    if (const auto problem = headerProblem(block, expected))
        return *problem;
    const QByteArrayView body = QByteArrayView(block).sliced(HeaderSize);
    const qsizetype encryptedDigits = body.size() - 2 * Cmac::Size;
    if (encryptedDigits <= 0 || encryptedDigits % (2 * AesCbc::BlockSize) != 0)
        return Error::Malformed;
    const auto encrypted = Hex::decode(body.first(encryptedDigits));
    const auto mac = Hex::decode(body.last(2 * Cmac::Size));
    if (!encrypted || !mac)
        return Error::Malformed;
    const DerivedKeys keys = deriveKeys(kbpk);
    const QByteArray clear = *AesCbc::decrypt(keys.encryption, *mac, *encrypted, AesCbc::Padding::None);
    if (!Hmac::equal(*Cmac::aes(keys.authentication, block.left(HeaderSize) + clear), *mac))
        return Error::MacMismatch;
    const int keyBits = qFromBigEndian<quint16>(clear.constData());
    const int keyBytes = keyBits / 8;
    if (keyBits % 8 != 0 || !Cmac::isAesKeySize(keyBytes) || KeyLengthFieldBytes + keyBytes > clear.size())
        return Error::BadKeyLength;
    return clear.mid(KeyLengthFieldBytes, keyBytes);
}

} // namespace viopay::crypto
