#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace viopay {

// The one place a long-lived secret (a refresh token or an API client's secret) is kept: the OS
// keychain, through QtKeychain, under the service "Viopay Pairing" with one key per server and
// account. Never a file: when the keychain is missing or locked, callers get Unavailable and
// offer a session-only sign-in.
class CredentialStore : public QObject {
    Q_OBJECT

public:
    static constexpr char Service[] = "Viopay Pairing";

    struct Outcome {
        enum class Status {
            Ok,
            NotFound,    // no entry under that key (reading or deleting)
            Unavailable, // no keychain backend, locked, or access refused
        };
        Status status = Status::Ok;
        QString secret; // read only
        QString detail; // the keychain's own words, for the screen

        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Outcome &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // "https://api.viopay.io ops@cafe-lumen.test": readable in a keychain manager.
    static QString keyFor(const QUrl &server, const QString &account);

    // done runs on context's thread, never after context is destroyed.
    void write(const QString &key, const QString &secret, QObject *context, Done done);
    void read(const QString &key, QObject *context, Done done);
    void remove(const QString &key, QObject *context, Done done);
};

} // namespace viopay
