#pragma once

#include "SandboxReply.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>
#include <utility>

namespace viopay::sandbox {

// Idempotency-Key on claim and release (FLEET.md): the first answer to a request is kept for 24 h
// under its merchant and key, so a repeat of the same request gets that answer again and the key
// reused for another request is refused. Memory is bounded per merchant: past the cap its oldest
// keys are forgotten first.
class IdempotencyLedger {
public:
    static constexpr qint64 LifeMs = 24LL * 60 * 60 * 1000;
    static constexpr int MaxKeysPerMerchant = 1000;
    static constexpr int MaxKeyLength = 255;

    explicit IdempotencyLedger(int maxKeysPerMerchant = MaxKeysPerMerchant);

    // 1 to 255 printable ASCII characters.
    static bool isValidKey(const QByteArray &key);

    enum class Verdict { New, Replay, Mismatch };
    struct Lookup {
        Verdict verdict = Verdict::New;
        SandboxReply reply; // the first answer, for a replay
    };
    // fingerprint names the request (endpoint, path and body): another one under a known key is a
    // mismatch.
    Lookup find(const QString &merchantId, const QByteArray &key, const QByteArray &fingerprint, qint64 nowMs);
    void remember(const QString &merchantId, const QByteArray &key, const QByteArray &fingerprint,
                  const SandboxReply &reply, qint64 nowMs);
    int keysHeld(const QString &merchantId) const;

private:
    struct Entry {
        QByteArray fingerprint;
        SandboxReply reply;
        qint64 atMs = 0;
    };
    struct Book {
        QHash<QByteArray, Entry> entries;
        std::deque<std::pair<qint64, QByteArray>> order; // oldest first
    };

    void prune(Book &book, qint64 nowMs) const;

    int m_maxKeysPerMerchant;
    QHash<QString, Book> m_books;
};

} // namespace viopay::sandbox
