#pragma once

#include "core/Clock.h"
#include "inspector/ExchangeLog.h"
#include "merchant/CredentialStore.h"
#include "merchant/MerchantSession.h"
#include "sandbox/SandboxServer.h"
#include "support/SessionMerchantChecks.h"

#include <QNetworkAccessManager>
#include <QSettings>

// The diagnosis tests' world: the embedded sandbox, a transport to it whose every exchange the log
// records, a merchant session on a test clock (signed out until signIn()) and the merchant checks
// over it. A test makes one in init() and drops it in cleanup(), which clears the settings it wrote.
class SandboxMerchantFixture {
public:
    // settingsName: the QSettings application name the session keeps its settings under.
    explicit SandboxMerchantFixture(const QString &settingsName);
    ~SandboxMerchantFixture();
    SandboxMerchantFixture(const SandboxMerchantFixture &) = delete;
    SandboxMerchantFixture &operator=(const SandboxMerchantFixture &) = delete;

    // Starts the sandbox and points the transport and the session at it; false when it cannot listen.
    bool start();
    // Signs Cafe Lumen's user in by password; whether the session is signed in within 8 s.
    bool signIn();

    QNetworkAccessManager network;
    viopay::TestClock clock;
    viopay::sandbox::SandboxServer sandbox;
    viopay::ExchangeLog log;
    viopay::HttpTransport transport;
    viopay::PortalClient portal;
    viopay::CredentialStore credentials;
    QSettings settings;
    viopay::MerchantSession session;
    viopay::SessionMerchantChecks checks;
};
