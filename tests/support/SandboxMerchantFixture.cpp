#include "SandboxMerchantFixture.h"

#include "core/DemoData.h"

#include <QTest>

using namespace viopay;

SandboxMerchantFixture::SandboxMerchantFixture(const QString &settingsName)
    : sandbox(sandbox::SandboxServer::Options{})
    , transport(network)
    , portal(transport, clock)
    , settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Viopay"), settingsName)
    , session(portal, transport, credentials, settings, clock)
    , checks(session, portal)
{
    QObject::connect(&transport, &HttpTransport::exchangeFinished, &log, &ExchangeLog::record);
}

SandboxMerchantFixture::~SandboxMerchantFixture()
{
    settings.clear();
}

bool SandboxMerchantFixture::start()
{
    if (!sandbox.start())
        return false;
    transport.setBaseUrl(sandbox.url());
    session.setServer(sandbox.url());
    return true;
}

bool SandboxMerchantFixture::signIn()
{
    session.signIn({MerchantSession::AccountKind::PortalUser, DemoData::CafeLumenUser}, DemoData::Password, false);
    return QTest::qWaitFor([&] { return session.state() != MerchantSession::State::SigningIn; }, 8000) &&
           session.state() == MerchantSession::State::SignedIn;
}
