#include "SecretCheckWorkers.h"

namespace viopay::sandbox {

SecretCheckWorkers::SecretCheckWorkers(int threads, int maxPending)
    : m_maxPending(maxPending)
{
    m_pool.setMaxThreadCount(threads);
}

SecretCheckWorkers::~SecretCheckWorkers()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool SecretCheckWorkers::submit(SecretHash secret, QString candidate, std::function<void(bool matches)> done)
{
    // Only the submitting thread adds, so the count cannot pass the bound between check and add.
    if (m_pending.load() >= m_maxPending)
        return false;
    ++m_pending;
    m_pool.start([this, secret = std::move(secret), candidate = std::move(candidate), done = std::move(done)] {
        const bool matches = secret.matches(candidate);
        --m_pending;
        done(matches);
    });
    return true;
}

int SecretCheckWorkers::pending() const
{
    return m_pending.load();
}

} // namespace viopay::sandbox
