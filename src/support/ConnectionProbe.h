#pragma once

#include "DiagnosisCheck.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QSslSocket;
class QTimer;

namespace viopay {

class Clock;

// Check 1 of a diagnosis, below HTTP: the server's name resolves (QHostInfo), a TCP connection
// opens, and for https:// the TLS handshake succeeds with a certificate this computer trusts. Each
// stage has its own time limit and names what failed, so "cannot reach" becomes "the name does not
// resolve", "nothing listens on that port" or "the certificate has expired".
class ConnectionProbe : public QObject {
    Q_OBJECT

public:
    static constexpr int StageTimeoutMs = 5'000;

    ConnectionProbe(const Clock &clock, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // done gets the "reachability" check exactly once, unless this probe is destroyed first.
    void run(const QUrl &server, std::function<void(const DiagnosisCheck &)> done);
    void setStageTimeoutMs(int timeoutMs) { m_stageTimeoutMs = timeoutMs; }

private:
    enum class Stage { Dns, Tcp, Tls };

    void resolved(const QList<QHostAddress> &addresses, const QString &problem);
    void connectToNext();
    void connected();
    void encrypted();
    void socketFailed();
    void timedOut();
    void conclude(const DiagnosisCheck &result);
    DiagnosisCheck check(DiagnosisCheck::Verdict verdict, const QString &finding, const QString &nextStep = {}) const;
    QString endpoint() const;

    const Clock &m_clock;
    int m_stageTimeoutMs = StageTimeoutMs;
    QUrl m_server;
    std::function<void(const DiagnosisCheck &)> m_done;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    Stage m_stage = Stage::Dns;
    int m_lookupId = -1;
    qint64 m_stageStartMs = 0;
    QStringList m_addresses;
    QList<QHostAddress> m_untried; // a name's further addresses, tried when one refuses (::1, then 127.0.0.1)
    qint64 m_dnsMs = 0;
    qint64 m_tcpMs = -1; // -1 until connected
    QStringList m_sslErrors;
};

} // namespace viopay
