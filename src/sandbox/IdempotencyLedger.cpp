#include "IdempotencyLedger.h"

#include <algorithm>

namespace viopay::sandbox {

IdempotencyLedger::IdempotencyLedger(int maxKeysPerMerchant)
    : m_maxKeysPerMerchant(maxKeysPerMerchant)
{}

bool IdempotencyLedger::isValidKey(const QByteArray &key)
{
    return !key.isEmpty() && key.size() <= MaxKeyLength &&
           std::all_of(key.cbegin(), key.cend(), [](char symbol) { return symbol >= 0x20 && symbol <= 0x7e; });
}

IdempotencyLedger::Lookup IdempotencyLedger::find(const QString &merchantId, const QByteArray &key,
                                                  const QByteArray &fingerprint, qint64 nowMs)
{
    const auto book = m_books.find(merchantId);
    if (book == m_books.end())
        return {};
    prune(*book, nowMs);
    const auto entry = book->entries.constFind(key);
    if (entry == book->entries.constEnd())
        return {};
    if (entry->fingerprint != fingerprint)
        return {Verdict::Mismatch, {}};
    return {Verdict::Replay, entry->reply};
}

void IdempotencyLedger::remember(const QString &merchantId, const QByteArray &key, const QByteArray &fingerprint,
                                 const SandboxReply &reply, qint64 nowMs)
{
    Book &book = m_books[merchantId];
    book.entries.insert(key, {fingerprint, reply, nowMs});
    book.order.emplace_back(nowMs, key);
    prune(book, nowMs);
}

int IdempotencyLedger::keysHeld(const QString &merchantId) const
{
    return int(m_books.value(merchantId).entries.size());
}

void IdempotencyLedger::prune(Book &book, qint64 nowMs) const
{
    while (!book.order.empty() &&
           (book.order.front().first + LifeMs <= nowMs || book.entries.size() > m_maxKeysPerMerchant)) {
        const auto &[atMs, key] = book.order.front();
        const auto entry = book.entries.constFind(key);
        if (entry != book.entries.constEnd() && entry->atMs == atMs) // not a later use of that key
            book.entries.erase(entry);
        book.order.pop_front();
    }
}

} // namespace viopay::sandbox
