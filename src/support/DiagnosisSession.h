#pragma once

#include "Diagnosis.h"
#include "DiagnosisCheck.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QSettings;

namespace viopay {

class Clock;
class ExchangeLog;
class HttpTransport;
class MerchantChecks;
class PairingDiagnosis;

// What the "Diagnose a terminal" dialog renders: runs a diagnosis of one terminal at a time
// against the run's server, reports each check as it finishes and saves a support bundle of the
// last one. A new run replaces the last.
class DiagnosisSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    struct Setup {
        QByteArray adminToken;               // a sandbox's, for the sandbox checks beyond loopback
        MerchantChecks *merchant = nullptr;  // checks 6 to 8, when a merchant can sign in
        const ExchangeLog *log = nullptr;    // the exchanges of the bundle
        const QSettings *settings = nullptr; // the settings of the bundle
    };

    DiagnosisSession(HttpTransport &transport, const Clock &clock, Setup setup, QObject *parent = nullptr);
    ~DiagnosisSession() override;

    // How many checks a run reports, for a progress bar.
    static int checkCount();

    // deviceId canonical (DeviceIdentity::normalizeDeviceId); appVersion may be empty.
    void run(const QString &deviceId, const QString &appVersion);
    bool isRunning() const { return m_running; }
    bool hasResult() const { return !m_running && !m_diagnosis.checks.isEmpty(); }
    // The last run's checks so far, the whole of it once finished.
    const Diagnosis &diagnosis() const { return m_diagnosis; }
    // The last finished run as a support bundle; false with *error before a run has finished or when
    // it cannot be written.
    bool saveBundle(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void started();
    void checkFinished(const viopay::DiagnosisCheck &check);
    void finished(const viopay::Diagnosis &diagnosis);
    void runningChanged(bool running);

private:
    HttpTransport &m_transport;
    const Clock &m_clock;
    Setup m_setup;
    std::unique_ptr<PairingDiagnosis> m_current;
    Diagnosis m_diagnosis;
    bool m_running = false;
};

} // namespace viopay
