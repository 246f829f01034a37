#include "SecretHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <atomic>
#include <mutex>

namespace viopay::sandbox {

namespace {
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
std::atomic<quint64> derivations{0};
std::mutex testHookMutex;
std::function<void()> beforeDerivation; // guarded by testHookMutex

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}
} // namespace

SecretHash::SecretHash(QByteArray salt, QByteArray hash, int iterations)
    : m_salt(std::move(salt))
    , m_hash(std::move(hash))
    , m_iterations(iterations)
{}

SecretHash SecretHash::derive(const QString &secret, int iterations)
{
    QByteArray salt = randomBytes(SaltBytes);
    QByteArray hash = compute(secret, salt, iterations);
    return SecretHash(std::move(salt), std::move(hash), iterations);
}

SecretHash SecretHash::fromStored(QByteArray salt, QByteArray hash, int iterations)
{
    return SecretHash(std::move(salt), std::move(hash), iterations);
}

bool SecretHash::matches(const QString &secret) const
{
    if (m_iterations <= 0 || m_hash.isEmpty())
        return false;
    const QByteArray candidate = compute(secret, m_salt, m_iterations);
    if (candidate.size() != m_hash.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        difference |= static_cast<unsigned char>(candidate[i] ^ m_hash[i]);
    return difference == 0;
}

quint64 SecretHash::derivationCount()
{
    return derivations.load(std::memory_order_relaxed);
}

void SecretHash::setBeforeDerivationForTesting(std::function<void()> hook)
{
    std::lock_guard lock(testHookMutex);
    beforeDerivation = std::move(hook);
}

QByteArray SecretHash::compute(const QString &secret, const QByteArray &salt, int iterations)
{
    std::function<void()> hook;
    {
        std::lock_guard lock(testHookMutex);
        hook = beforeDerivation;
    }
    if (hook)
        hook();
    derivations.fetch_add(1, std::memory_order_relaxed);
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt, iterations, HashBytes);
}

} // namespace viopay::sandbox
