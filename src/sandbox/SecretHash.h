#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace viopay::sandbox {

// A password or client secret kept only as a salted PBKDF2-HMAC-SHA256 hash, so a copied
// database yields no live credential.
class SecretHash {
public:
    // Moderate on purpose: the sandbox is a demo server and its tests sign in often.
    static constexpr int DefaultIterations = 10000;

    // Hashes the secret under a new random salt.
    static SecretHash derive(const QString &secret, int iterations = DefaultIterations);
    static SecretHash fromStored(QByteArray salt, QByteArray hash, int iterations);

    // Compares in time independent of where the hashes differ.
    bool matches(const QString &secret) const;

    // PBKDF2 derivations run by this process so far: the sandbox's costliest work per request,
    // counted so that requests which cannot succeed are seen to skip it.
    static quint64 derivationCount();
    // For tests: runs before every derivation, on the thread that derives, so a test can hold
    // derivations in flight; empty for none. Process-wide.
    static void setBeforeDerivationForTesting(std::function<void()> hook);

    const QByteArray &salt() const { return m_salt; }
    const QByteArray &hash() const { return m_hash; }
    int iterations() const { return m_iterations; }

private:
    SecretHash(QByteArray salt, QByteArray hash, int iterations);
    static QByteArray compute(const QString &secret, const QByteArray &salt, int iterations);

    QByteArray m_salt;
    QByteArray m_hash;
    int m_iterations = 0;
};

} // namespace viopay::sandbox
