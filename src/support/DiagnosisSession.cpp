#include "DiagnosisSession.h"

#include "PairingDiagnosis.h"
#include "SupportBundle.h"

namespace viopay {

DiagnosisSession::DiagnosisSession(HttpTransport &transport, const Clock &clock, Setup setup, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
    , m_setup(std::move(setup))
{}

DiagnosisSession::~DiagnosisSession() = default;

int DiagnosisSession::checkCount()
{
    return PairingDiagnosis::checkCount();
}

void DiagnosisSession::run(const QString &deviceId, const QString &appVersion)
{
    if (m_running)
        return;
    PairingDiagnosis::Options options;
    options.deviceId = deviceId;
    options.appVersion = appVersion;
    options.adminToken = m_setup.adminToken;
    options.merchant = m_setup.merchant;
    m_current = std::make_unique<PairingDiagnosis>(m_transport, m_clock, options);
    m_diagnosis = {};
    m_diagnosis.deviceId = deviceId;
    m_diagnosis.server = m_transport.baseUrl();
    connect(m_current.get(), &PairingDiagnosis::checkFinished, this, [this](const DiagnosisCheck &check) {
        m_diagnosis.checks.append(check);
        Q_EMIT checkFinished(check);
    });
    connect(m_current.get(), &PairingDiagnosis::finished, this, [this](const Diagnosis &diagnosis) {
        m_diagnosis = diagnosis;
        m_running = false;
        Q_EMIT runningChanged(false);
        Q_EMIT finished(diagnosis);
    });
    m_running = true;
    Q_EMIT runningChanged(true);
    Q_EMIT started();
    m_current->start();
}

bool DiagnosisSession::saveBundle(const QString &path, QString *error) const
{
    if (!hasResult()) {
        if (error)
            *error = tr("No diagnosis has finished yet.");
        return false;
    }
    return SupportBundle::collect(m_diagnosis, m_setup.log, m_setup.settings).write(path, error);
}

} // namespace viopay
