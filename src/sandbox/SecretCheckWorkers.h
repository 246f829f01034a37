#pragma once

#include "SecretHash.h"

#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>

namespace viopay::sandbox {

// Runs secret checks (PBKDF2, the sandbox's costliest work) on a few threads of their own, so
// sign-ins and password guessers never hold up the server thread that answers devices. Bounded:
// at most maxPending checks running or waiting; beyond that submit() refuses at once.
class SecretCheckWorkers {
public:
    SecretCheckWorkers(int threads, int maxPending);
    ~SecretCheckWorkers(); // drops waiting checks and waits for running ones
    SecretCheckWorkers(const SecretCheckWorkers &) = delete;
    SecretCheckWorkers &operator=(const SecretCheckWorkers &) = delete;

    // Queues the check; done(matches) runs on a worker thread once it has run. False, and done
    // never runs, when maxPending checks are already running or waiting.
    bool submit(SecretHash secret, QString candidate, std::function<void(bool matches)> done);
    // Checks running or waiting. Safe from any thread.
    int pending() const;

private:
    QThreadPool m_pool;
    std::atomic<int> m_pending{0};
    int m_maxPending;
};

} // namespace viopay::sandbox
