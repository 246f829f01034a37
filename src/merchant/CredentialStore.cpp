#include "CredentialStore.h"

#include <qt6keychain/keychain.h>

namespace viopay {

namespace {
CredentialStore::Outcome outcomeOf(const QKeychain::Job &job)
{
    using Status = CredentialStore::Outcome::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound, {}, job.errorString()};
    default: // no backend, locked collection, access denied, D-Bus unreachable: all mean "not here"
        return {Status::Unavailable, {}, job.errorString()};
    }
}

// Starts job; done gets its outcome (with the secret for a read) unless context died first.
void run(QKeychain::Job *job, QObject *context, CredentialStore::Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        CredentialStore::Outcome outcome = outcomeOf(*finished);
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished); read && outcome.ok())
            outcome.secret = read->textData();
        done(outcome);
    });
    job->start();
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::keyFor(const QUrl &server, const QString &account)
{
    QString origin = server.toString();
    while (origin.endsWith(QLatin1Char('/')))
        origin.chop(1);
    return origin + QLatin1Char(' ') + account;
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(Service));
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void CredentialStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(Service));
    job->setKey(key);
    run(job, context, std::move(done));
}

void CredentialStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(Service));
    job->setKey(key);
    run(job, context, std::move(done));
}

} // namespace viopay
