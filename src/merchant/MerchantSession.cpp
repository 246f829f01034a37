#include "MerchantSession.h"

#include "core/ClaimLimits.h"
#include "core/Clock.h"
#include "core/ErrorCode.h"
#include "core/SettingsKeys.h"

#include <QSettings>
#include <QUuid>

namespace viopay {

namespace {
constexpr int DefaultLockSeconds = 60;

// No answer came back, though the request may have reached the server and done its work.
bool isLostAnswer(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
}

QByteArray newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool isRefusal(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && (error.httpStatus() == 400 || error.httpStatus() == 401);
}

MerchantSession::ClaimOutcome::Kind claimOutcomeFor(const ApiError &error)
{
    using Kind = MerchantSession::ClaimOutcome::Kind;
    if (error.kind() != ApiError::Kind::Http)
        return Kind::Failed;
    switch (error.httpStatus()) {
    case 400:
        return Kind::Refused;
    case 403:
        return error.code() == QLatin1String(ErrorCode::RoleForbidden) ? Kind::NotAllowed : Kind::OtherMerchant;
    case 404:
        return Kind::NotActive;
    case 409:
        return Kind::AlreadyClaimed;
    case 429:
        return Kind::Locked;
    default:
        return Kind::Failed;
    }
}
} // namespace

MerchantSession::MerchantSession(PortalClient &portal, HttpTransport &transport, CredentialStore &credentials,
                                 QSettings &settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_portal(portal)
    , m_transport(transport)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_clock(clock)
    , m_signInAndClaim(transport)
    , m_oidc(transport)
    , m_browser(portal, m_oidc, clock)
    , m_issuer(settings.value(SettingsKeys::MerchantIssuer).toUrl())
    , m_clientId(settings.value(SettingsKeys::MerchantClientId).toString())
{
    connect(&m_signInAndClaim, &RequestWatch::stillWaitingChanged, this, &MerchantSession::stillWaitingChanged);
    connect(&m_portal, &PortalClient::refreshTokenChanged, this, &MerchantSession::onRefreshTokenChanged);
    m_watchRetry.setSingleShot(true);
    connect(&m_watchRetry, &QTimer::timeout, this, &MerchantSession::watchDevices);
    connect(&m_browser, &BrowserSignIn::waitingChanged, this, &MerchantSession::browserWaitingChanged);
    setIssuerStatus({});
}

QUrl MerchantSession::issuer() const
{
    return m_issuer.isEmpty() ? IssuerConfig::defaultIssuer(server()) : m_issuer;
}

void MerchantSession::setIssuer(const QUrl &issuer)
{
    if (m_state != State::SignedOut || issuer == m_issuer)
        return;
    m_issuer = issuer;
    setIssuerStatus({});
}

QString MerchantSession::clientId() const
{
    return m_clientId.isEmpty() ? QLatin1String(PortalClient::DeskClientId) : m_clientId;
}

void MerchantSession::setClientId(const QString &clientId)
{
    if (m_state != State::SignedOut || clientId == m_clientId)
        return;
    m_clientId = clientId;
    setIssuerStatus(m_issuerStatus); // the endpoints stay, as this client
}

void MerchantSession::setIssuerStatus(IssuerStatus status)
{
    m_issuerStatus = std::move(status);
    PortalClient::TokenEndpoints endpoints;
    endpoints.clientId = clientId();
    if (m_issuerStatus.kind == IssuerStatus::Kind::Ready)
        endpoints = PortalClient::TokenEndpoints::of(m_issuerStatus.config, clientId());
    m_portal.setTokenEndpoints(endpoints);
    Q_EMIT issuerChanged();
}

void MerchantSession::discoverIssuer()
{
    delete m_discovery; // an answer for an earlier address must not land
    m_discovery = new QObject(this);
    setIssuerStatus({IssuerStatus::Kind::Checking, {}, std::nullopt});
    m_oidc.discover(issuer(), m_discovery, [this](const Result<IssuerConfig> &config) {
        if (const auto *error = std::get_if<ApiError>(&config)) {
            setIssuerStatus({IssuerStatus::Kind::Unreachable, {}, *error});
            return;
        }
        setIssuerStatus({IssuerStatus::Kind::Ready, std::get<IssuerConfig>(config), std::nullopt});
    });
}

void MerchantSession::checkConnectivity()
{
    delete m_connectivityCheck; // an answer about an earlier server must not land
    m_connectivityCheck = new QObject(this);
    m_connectivity = {Connectivity::Kind::Checking, std::nullopt};
    Q_EMIT connectivityChanged();
    ApiRequest request = ApiRequest::get(QStringLiteral("/health/live"));
    request.origin = ExchangeOrigin::merchant();
    m_transport.send(request, m_connectivityCheck, [this](const ApiResult &result) {
        const auto *error = std::get_if<ApiError>(&result);
        m_connectivity = error ? Connectivity{Connectivity::Kind::Problem, *error}
                               : Connectivity{Connectivity::Kind::Reachable, std::nullopt};
        Q_EMIT connectivityChanged();
    });
}

bool MerchantSession::offersPassword() const
{
    if (m_issuerStatus.kind == IssuerStatus::Kind::Ready)
        return m_issuerStatus.config.offersPassword();
    return hasDefaultIssuer();
}

void MerchantSession::signInWithBrowser(bool keepSignedIn)
{
    if (m_state == State::SigningIn)
        return;
    m_keepSignedIn = keepSignedIn && canKeepSignIn(server());
    const quint64 generation = ++m_generation;
    m_account = {AccountKind::PortalUser, {}}; // the session's answer names the user
    m_signInProblem = {};
    setState(State::SigningIn);
    m_oidc.discover(issuer(), &m_signInAndClaim, [this, generation](const Result<IssuerConfig> &config) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&config)) {
            setIssuerStatus({IssuerStatus::Kind::Unreachable, {}, *error});
            failSignIn(SignInProblem::Kind::IssuerUnreachable, *error);
            return;
        }
        setIssuerStatus({IssuerStatus::Kind::Ready, std::get<IssuerConfig>(config), std::nullopt});
        m_browser.start(m_issuerStatus.config, clientId(), [this, generation](const BrowserSignIn::Outcome &outcome) {
            if (generation == m_generation)
                onBrowserOutcome(outcome);
        });
    });
}

void MerchantSession::onBrowserOutcome(const BrowserSignIn::Outcome &outcome)
{
    using Kind = BrowserSignIn::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::SignedIn:
        m_portal.adoptGrant(outcome.grant);
        continueSignIn(m_generation, {});
        return;
    case Kind::Denied:
        failSignIn(SignInProblem::Kind::BrowserDenied, std::nullopt);
        return;
    case Kind::Cancelled:
        failSignIn(SignInProblem::Kind::BrowserCancelled, std::nullopt);
        return;
    case Kind::WrongState:
        failSignIn(SignInProblem::Kind::WrongState, std::nullopt);
        return;
    case Kind::TokenFailed:
        failSignIn(SignInProblem::Kind::Failed, outcome.error);
        return;
    case Kind::Refused:
    case Kind::NoListener:
    case Kind::BadIdToken:
        failSignIn(SignInProblem::Kind::BrowserFailed, std::nullopt, outcome.detail);
        return;
    }
}

void MerchantSession::cancelBrowserSignIn()
{
    if (m_state != State::SigningIn)
        return;
    ++m_generation;
    m_signInAndClaim.cancel();
    m_browser.cancel(); // closes the port at once
    failSignIn(SignInProblem::Kind::BrowserCancelled, std::nullopt);
}

QUrl MerchantSession::server() const
{
    return m_transport.baseUrl();
}

void MerchantSession::setServer(const QUrl &server)
{
    if (m_state == State::SignedOut)
        m_transport.setBaseUrl(server);
}

std::optional<MerchantSession::Account> MerchantSession::rememberedAccount() const
{
    const QString name = m_settings.value(SettingsKeys::MerchantAccount).toString();
    if (name.isEmpty() || m_settings.value(SettingsKeys::MerchantServer).toUrl() != server())
        return std::nullopt;
    const auto kind = m_settings.value(SettingsKeys::MerchantAccountKind).toString() == QLatin1String("client")
                          ? AccountKind::ApiClient
                          : AccountKind::PortalUser;
    return Account{kind, name};
}

bool MerchantSession::restoreSignIn()
{
    const std::optional<Account> account = rememberedAccount();
    if (!account || !m_settings.value(SettingsKeys::MerchantKeptInKeychain).toBool() || m_state != State::SignedOut)
        return false;
    m_account = *account;
    setState(State::SigningIn);
    const quint64 generation = ++m_generation;
    m_credentials.read(keychainKey(), this,
                       [this, account = *account, generation](const CredentialStore::Outcome &saved) {
                           if (generation != m_generation)
                               return;
                           if (saved.status == CredentialStore::Outcome::Status::Unavailable) {
                               m_keychainProblem = saved.detail;
                               Q_EMIT keychainProblemChanged();
                               failSignIn(SignInProblem::Kind::None, std::nullopt);
                               return;
                           }
                           if (!saved.ok()) {
                               m_settings.setValue(SettingsKeys::MerchantKeptInKeychain, false);
                               failSignIn(SignInProblem::Kind::SavedExpired, std::nullopt);
                               return;
                           }
                           m_keepSignedIn = true;
                           const QString secret = saved.secret;
                           startSignIn(account, secret, true, [this, account, secret](SignInDone done) {
                               if (account.kind == AccountKind::ApiClient)
                                   m_portal.signInWithClient(account.name, secret, &m_signInAndClaim, std::move(done));
                               else
                                   refreshAtIssuer(secret, std::move(done));
                           });
                       });
    return true;
}

void MerchantSession::refreshAtIssuer(const QString &refreshToken, SignInDone done)
{
    // The default issuer's token endpoint is known without asking; a chosen one's is discovered.
    if (hasDefaultIssuer() || m_issuerStatus.kind == IssuerStatus::Kind::Ready) {
        m_portal.signInWithRefreshToken(refreshToken, &m_signInAndClaim, std::move(done));
        return;
    }
    m_oidc.discover(issuer(), &m_signInAndClaim,
                    [this, refreshToken, done = std::move(done)](const Result<IssuerConfig> &config) {
                        if (const auto *error = std::get_if<ApiError>(&config)) {
                            done(*error);
                            return;
                        }
                        setIssuerStatus({IssuerStatus::Kind::Ready, std::get<IssuerConfig>(config), std::nullopt});
                        m_portal.signInWithRefreshToken(refreshToken, &m_signInAndClaim, done);
                    });
}

void MerchantSession::signIn(const Account &account, const QString &secret, bool keepSignedIn)
{
    if (m_state == State::SigningIn)
        return;
    m_keepSignedIn = keepSignedIn && canKeepSignIn(server());
    startSignIn(account, secret, false, [this, account, secret](SignInDone done) {
        if (account.kind == AccountKind::ApiClient)
            m_portal.signInWithClient(account.name, secret, &m_signInAndClaim, std::move(done));
        else
            m_portal.signInWithPassword(account.name, secret, &m_signInAndClaim, std::move(done));
    });
}

void MerchantSession::startSignIn(const Account &account, const QString &secret, bool restoring,
                                  const std::function<void(SignInDone)> &signInCall)
{
    const quint64 generation = ++m_generation;
    m_account = account;
    m_signInProblem = {};
    setState(State::SigningIn);
    // Only an API client's secret is kept from here; a portal user's password never is.
    const QString clientSecret = account.kind == AccountKind::ApiClient ? secret : QString();
    signInCall([this, generation, restoring, clientSecret](const Result<SignInInfo> &signedIn) {
        if (generation != m_generation)
            return;
        if (const auto *error = std::get_if<ApiError>(&signedIn)) {
            if (error->httpStatus() == 429) {
                failSignIn(SignInProblem::Kind::LockedOut, *error);
            } else if (isRefusal(*error)) {
                if (restoring)
                    forgetSavedSignIn();
                failSignIn(restoring ? SignInProblem::Kind::SavedExpired : SignInProblem::Kind::Refused, *error);
            } else {
                failSignIn(SignInProblem::Kind::Failed, *error);
            }
            return;
        }
        continueSignIn(generation, clientSecret);
    });
}

void MerchantSession::continueSignIn(quint64 generation, const QString &clientSecret)
{
    m_portal.initiateSession(QLatin1String(PortalClient::DefaultHost), &m_signInAndClaim,
                             [this, generation, clientSecret](const Result<SessionInfo> &session) {
                                 if (generation != m_generation)
                                     return;
                                 if (const auto *error = std::get_if<ApiError>(&session)) {
                                     failSignIn(SignInProblem::Kind::Failed, *error);
                                     return;
                                 }
                                 const SessionInfo &info = std::get<SessionInfo>(session);
                                 m_merchant = info.merchant;
                                 m_roles = info.roles;
                                 if (m_account.name.isEmpty()) // a browser sign-in learns who it is here
                                     m_account.name = info.userEmail;
                                 if (m_merchant.id != m_refusalsMerchantId)
                                     m_refusalTimesMs.clear(); // the server counts per merchant
                                 m_refusalsMerchantId = m_merchant.id;
                                 onSignedIn(clientSecret);
                             });
}

void MerchantSession::onSignedIn(const QString &clientSecret)
{
    m_settings.setValue(SettingsKeys::MerchantServer, server());
    m_settings.setValue(SettingsKeys::MerchantIssuer, m_issuer);
    m_settings.setValue(SettingsKeys::MerchantClientId, m_clientId);
    m_settings.setValue(SettingsKeys::MerchantAccount, m_account.name);
    m_settings.setValue(SettingsKeys::MerchantAccountKind,
                        m_account.kind == AccountKind::ApiClient ? QStringLiteral("client") : QStringLiteral("user"));
    setState(State::SignedIn);
    loadLocations();
    watchDevices();
    if (!m_keepSignedIn) {
        forgetSavedSignIn(); // unticked on this computer: nothing of it may stay behind
        return;
    }
    keepSecret(m_account.kind == AccountKind::ApiClient ? clientSecret : m_refreshToken);
}

void MerchantSession::failSignIn(SignInProblem::Kind kind, const std::optional<ApiError> &error, const QString &detail)
{
    m_portal.signOut();
    m_signInProblem = {kind, error, detail, 0, {}};
    if (kind == SignInProblem::Kind::LockedOut) {
        m_signInProblem.retryAtMs =
            m_clock.monotonicMs() + qint64(error->retryAfterSeconds().value_or(DefaultLockSeconds)) * 1000;
        m_signInProblem.account = m_account.name;
    }
    m_merchant = {};
    m_roles.clear();
    m_historyDeviceId.clear();
    m_history.clear();
    stopWatchingDevices();
    m_devices.clear();
    m_claim = {};
    m_claimsLockedUntilMs = 0;
    m_lastRefusedCode.clear();
    setState(State::SignedOut);
}

void MerchantSession::keepSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_credentials.write(keychainKey(), secret, this, [this, generation](const CredentialStore::Outcome &outcome) {
        if (generation != m_generation)
            return; // signed out meanwhile: the removal queued after this write wins
        m_settings.setValue(SettingsKeys::MerchantKeptInKeychain, outcome.ok());
        const QString problem = outcome.ok() ? QString() : outcome.detail;
        if (problem == m_keychainProblem)
            return;
        m_keychainProblem = problem;
        Q_EMIT keychainProblemChanged();
    });
}

void MerchantSession::forgetSavedSignIn()
{
    if (!m_settings.value(SettingsKeys::MerchantKeptInKeychain).toBool())
        return;
    m_settings.setValue(SettingsKeys::MerchantKeptInKeychain, false);
    m_credentials.remove(keychainKey(), this, [](const CredentialStore::Outcome &) {});
}

void MerchantSession::onRefreshTokenChanged(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    // A rotated token replaces the saved one; sign-in itself saves the first one.
    if (m_state == State::SignedIn && m_keepSignedIn && m_account.kind == AccountKind::PortalUser)
        keepSecret(refreshToken);
}

void MerchantSession::signOut()
{
    ++m_generation;
    m_signInAndClaim.cancel(); // nothing of this sign-in may still say it is waiting
    m_browser.cancel();        // nor listen for a browser
    forgetSavedSignIn();
    m_keepSignedIn = false;
    m_portal.revokeAndSignOut(); // the server is told, but this sign-out does not wait for it
    failSignIn(SignInProblem::Kind::None, std::nullopt);
}

bool MerchantSession::endsSession(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Http || error.httpStatus() != 401)
        return false;
    // The portal has already tried to refresh once: this sign-in is over.
    forgetSavedSignIn();
    failSignIn(SignInProblem::Kind::SessionEnded, error);
    return true;
}

QString MerchantSession::keychainKey() const
{
    return CredentialStore::keyFor(server(), m_account.name);
}

int MerchantSession::claimLockSecondsLeft() const
{
    return secondsRoundedUp(m_claimsLockedUntilMs - m_clock.monotonicMs());
}

int MerchantSession::signInLockSecondsLeft() const
{
    return m_signInProblem.kind == SignInProblem::Kind::LockedOut
               ? secondsRoundedUp(m_signInProblem.retryAtMs - m_clock.monotonicMs())
               : 0;
}

bool MerchantSession::isSignInKept() const
{
    return m_state == State::SignedIn && m_keepSignedIn &&
           m_settings.value(SettingsKeys::MerchantKeptInKeychain).toBool();
}

bool MerchantSession::signInLockedFor(const QString &accountName) const
{
    return signInLockSecondsLeft() > 0 &&
           accountName.trimmed().compare(m_signInProblem.account, Qt::CaseInsensitive) == 0;
}

bool MerchantSession::canKeepSignIn(const QUrl &server) const
{
    return m_forgetfulServer.isEmpty() ||
           server.adjusted(QUrl::StripTrailingSlash) != m_forgetfulServer.adjusted(QUrl::StripTrailingSlash);
}

void MerchantSession::dropExpiredRefusals() const
{
    const qint64 windowStart = m_clock.monotonicMs() - ClaimLimits::FailedClaimWindowMs;
    while (!m_refusalTimesMs.isEmpty() && m_refusalTimesMs.constFirst() <= windowStart)
        m_refusalTimesMs.removeFirst();
}

int MerchantSession::claimAttemptsLeft() const
{
    dropExpiredRefusals();
    return qMax(0, ClaimLimits::FailedClaims - int(m_refusalTimesMs.size()));
}

void MerchantSession::claim(const QString &typedCode, const QString &name, const QString &locationId)
{
    if (m_state != State::SignedIn || m_claim.kind == ClaimOutcome::Kind::Claiming || claimLockSecondsLeft() > 0)
        return;
    CodeProblem problem;
    const std::optional<PairingCode> code = PairingCode::fromInput(typedCode, &problem);
    if (!code) {
        ClaimOutcome refused;
        refused.kind = ClaimOutcome::Kind::Refused;
        refused.code = PairingCode::normalize(typedCode);
        refused.problem = problem;
        finishClaim(refused);
        return;
    }
    if (code->value() == m_lastRefusedCode) {
        // Sending it again would only count toward the lock: the server's answer cannot change.
        ClaimOutcome same;
        same.kind = ClaimOutcome::Kind::SameAsRefused;
        same.code = code->value();
        finishClaim(same);
        return;
    }
    ClaimOutcome claiming;
    claiming.kind = ClaimOutcome::Kind::Claiming;
    claiming.code = code->value();
    m_lastRefusedCode.clear();
    finishClaim(claiming);
    if (!locationId.isEmpty())
        m_settings.setValue(SettingsKeys::MerchantLastLocation, locationId);
    sendClaim(claiming, ClaimDetails{name, locationId, newIdempotencyKey()}, true, &m_signInAndClaim,
              [this](const ClaimOutcome &outcome) {
                  finishClaim(outcome);
                  if (outcome.kind == ClaimOutcome::Kind::Claimed)
                      refreshDevices(); // fills in the model and the server's claim time
              });
}

QString MerchantSession::lastLocationId() const
{
    return m_settings.value(SettingsKeys::MerchantLastLocation).toString();
}

void MerchantSession::claimQueued(const PairingCode &code, const ClaimDetails &details, QObject *context,
                                  ClaimDone done)
{
    if (m_state != State::SignedIn)
        return;
    ClaimOutcome claiming;
    claiming.kind = ClaimOutcome::Kind::Claiming;
    claiming.code = code.value();
    if (!details.locationId.isEmpty())
        m_settings.setValue(SettingsKeys::MerchantLastLocation, details.locationId);
    sendClaim(claiming, details, true, context, std::move(done));
}

void MerchantSession::sendClaim(const ClaimOutcome &claiming, const ClaimDetails &details, bool mayRetry,
                                QObject *context, ClaimDone done)
{
    const quint64 generation = m_generation;
    m_portal.claim(claiming.code, details, context,
                   [this, generation, claiming, details, mayRetry, context,
                    done = std::move(done)](const Result<QString> &claimed) mutable {
                       if (generation != m_generation)
                           return;
                       ClaimOutcome outcome = claiming;
                       if (const auto *error = std::get_if<ApiError>(&claimed)) {
                           if (endsSession(*error))
                               return;
                           if (mayRetry && isLostAnswer(*error)) {
                               // The same key: if the first one was claimed, the server repeats its 200.
                               sendClaim(claiming, details, false, context, std::move(done));
                               return;
                           }
                           outcome.kind = claimOutcomeFor(*error);
                           outcome.error = *error;
                           if (outcome.kind == ClaimOutcome::Kind::Locked) {
                               m_claimsLockedUntilMs =
                                   m_clock.monotonicMs() +
                                   qint64(error->retryAfterSeconds().value_or(DefaultLockSeconds)) * 1000;
                               Q_EMIT claimLockChanged();
                           }
                           countRefusal(outcome);
                           done(outcome);
                           return;
                       }
                       outcome.kind = ClaimOutcome::Kind::Claimed;
                       outcome.deviceId = std::get<QString>(claimed);
                       outcome.claimedAt = m_clock.utcNow();
                       done(outcome);
                   });
}

void MerchantSession::clearClaim()
{
    const bool lockShown = m_claim.kind == ClaimOutcome::Kind::Locked && claimLockSecondsLeft() > 0;
    if (m_claim.kind != ClaimOutcome::Kind::Claiming && !lockShown)
        finishClaim({});
}

void MerchantSession::countRefusal(const ClaimOutcome &outcome)
{
    if (outcome.kind != ClaimOutcome::Kind::NotActive)
        return;
    m_lastRefusedCode = outcome.code;
    m_refusalTimesMs.append(m_clock.monotonicMs());
}

void MerchantSession::finishClaim(ClaimOutcome outcome)
{
    m_claim = std::move(outcome);
    Q_EMIT claimChanged();
}

void MerchantSession::refreshDevices()
{
    if (m_state != State::SignedIn)
        return;
    m_devicesLoading = true;
    Q_EMIT devicesChanged();
    const quint64 generation = m_generation;
    m_portal.watchDevices({}, 0, this, [this, generation](const Result<MerchantDeviceList> &list) {
        if (generation != m_generation)
            return;
        m_devicesLoading = false;
        if (const auto *error = std::get_if<ApiError>(&list)) {
            if (endsSession(*error))
                return;
            m_devicesError = *error;
            Q_EMIT devicesChanged();
            return;
        }
        takeDevices(std::get<MerchantDeviceList>(list));
    });
}

void MerchantSession::takeDevices(const MerchantDeviceList &list)
{
    m_devicesUpdatedMs = m_clock.monotonicMs();
    if (!list.etag.isEmpty())
        m_devicesEtag = list.etag;
    const bool hadError = m_devicesError.has_value();
    m_devicesError.reset();
    if (list.notModified) {
        if (hadError)
            Q_EMIT devicesChanged();
        return;
    }
    m_devices = list.devices;
    loadHistory(); // a change to the list is an event of some device's history
    // The claim just made gets its model from the list. Its time stays this computer's, taken
    // when the claim was answered, so the time shown never jumps to the server's clock.
    for (const MerchantDevice &device : std::as_const(m_devices)) {
        if (m_claim.kind != ClaimOutcome::Kind::Claimed || device.deviceId != m_claim.deviceId)
            continue;
        m_claim.model = device.model;
        Q_EMIT claimChanged();
    }
    Q_EMIT devicesChanged();
}

void MerchantSession::watchDevices()
{
    if (m_state != State::SignedIn)
        return;
    const quint64 generation = m_generation;
    m_portal.watchDevices(
        m_devicesEtag, DevicesWaitSeconds, &m_watchContext,
        [this, generation](const Result<MerchantDeviceList> &answer) {
            if (generation != m_generation)
                return;
            if (const auto *error = std::get_if<ApiError>(&answer)) {
                if (endsSession(*error))
                    return;
                // The list on screen stays; its age says how stale it is, and the next try waits.
                setDevicesLive(false);
                m_watchRetry.start(error->retryAfterSeconds() ? *error->retryAfterSeconds() * 1000 : DevicesRetryMs);
                return;
            }
            const MerchantDeviceList &list = std::get<MerchantDeviceList>(answer);
            takeDevices(list);
            setDevicesLive(list.held);
            if (list.held)
                watchDevices();
            else
                m_watchRetry.start(DevicesRetryMs); // a server that answers at once is polled, not hammered
        });
}

void MerchantSession::stopWatchingDevices()
{
    m_transport.cancel(&m_watchContext);
    m_watchRetry.stop();
    m_devicesEtag.clear();
    m_devicesUpdatedMs = 0;
    m_locations.clear();
    setDevicesLive(false);
}

void MerchantSession::setDevicesLive(bool live)
{
    if (m_devicesLive == live)
        return;
    m_devicesLive = live;
    Q_EMIT devicesLiveChanged();
}

void MerchantSession::loadLocations()
{
    const quint64 generation = m_generation;
    m_portal.locations(this, [this, generation](const Result<QList<MerchantLocation>> &locations) {
        if (generation != m_generation)
            return;
        // Without them the table shows location ids: worse, but not worth an error of its own.
        if (const auto *found = std::get_if<QList<MerchantLocation>>(&locations)) {
            m_locations = *found;
            Q_EMIT devicesChanged();
        }
    });
}

void MerchantSession::showHistory(const QString &deviceId)
{
    if (deviceId == m_historyDeviceId)
        return;
    m_historyDeviceId = deviceId;
    m_history.clear();
    m_historyError.reset();
    Q_EMIT historyChanged();
    loadHistory();
}

void MerchantSession::loadHistory()
{
    if (m_historyDeviceId.isEmpty() || m_state != State::SignedIn)
        return;
    const quint64 generation = m_generation;
    const QString deviceId = m_historyDeviceId;
    m_portal.deviceEvents(deviceId, HistoryLimit, this,
                          [this, generation, deviceId](const Result<QList<DeviceEvent>> &events) {
                              if (generation != m_generation || deviceId != m_historyDeviceId)
                                  return;
                              if (const auto *error = std::get_if<ApiError>(&events)) {
                                  if (endsSession(*error))
                                      return;
                                  m_historyError = *error;
                              } else {
                                  m_historyError.reset();
                                  m_history = std::get<QList<DeviceEvent>>(events);
                              }
                              Q_EMIT historyChanged();
                          });
}

QString MerchantSession::fleetChangeRefusal() const
{
    if (canChangeFleet())
        return {};
    return tr("Your role (%1) can see the terminals but not claim, release, rename or move them. "
              "Ask an administrator of %2.")
        .arg(m_roles.join(QStringLiteral(", ")), m_merchant.name);
}

void MerchantSession::renameDevice(const QString &deviceId, const QString &name)
{
    updateDevice(deviceId, name, std::nullopt);
}

void MerchantSession::moveDevice(const QString &deviceId, const QString &locationId)
{
    updateDevice(deviceId, std::nullopt, locationId);
}

void MerchantSession::updateDevice(const QString &deviceId, const std::optional<QString> &name,
                                   const std::optional<QString> &locationId)
{
    if (m_state != State::SignedIn)
        return;
    const quint64 generation = m_generation;
    m_portal.updateDevice(deviceId, name, locationId, this,
                          [this, generation, deviceId](const Result<QString> &updated) {
                              if (generation != m_generation)
                                  return;
                              if (const auto *error = std::get_if<ApiError>(&updated)) {
                                  if (!endsSession(*error))
                                      Q_EMIT changeFailed(deviceId, *error);
                                  return;
                              }
                              if (!m_devicesLive)
                                  refreshDevices(); // live, the held list brings the change by itself
                          });
}

QString MerchantSession::locationName(const QString &locationId) const
{
    for (const MerchantLocation &location : m_locations) {
        if (location.locationId == locationId)
            return location.name;
    }
    return locationId;
}

void MerchantSession::release(const QString &deviceId)
{
    if (m_state != State::SignedIn)
        return;
    const quint64 generation = m_generation;
    m_portal.release(deviceId, newIdempotencyKey(), this,
                     [this, generation, deviceId](const Result<QString> &released) {
                         if (generation != m_generation)
                             return;
                         if (const auto *error = std::get_if<ApiError>(&released)) {
                             if (!endsSession(*error))
                                 Q_EMIT releaseFailed(deviceId, *error);
                             return;
                         }
                         Q_EMIT this->released(deviceId);
                         refreshDevices();
                     });
}

void MerchantSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace viopay
