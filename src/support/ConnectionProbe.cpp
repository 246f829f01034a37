#include "ConnectionProbe.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSslSocket>
#include <QTimer>

namespace viopay {

namespace {
const QString Id = QStringLiteral("reachability");

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1String("https");
}
} // namespace

ConnectionProbe::ConnectionProbe(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionProbe::timedOut);
}

ConnectionProbe::~ConnectionProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void ConnectionProbe::run(const QUrl &server, std::function<void(const DiagnosisCheck &)> done)
{
    m_server = server;
    m_done = std::move(done);
    m_stage = Stage::Dns;
    m_stageStartMs = m_clock.monotonicMs();
    m_timer->start(m_stageTimeoutMs);
    m_lookupId = QHostInfo::lookupHost(server.host(), this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        resolved(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void ConnectionProbe::resolved(const QList<QHostAddress> &addresses, const QString &problem)
{
    if (!m_done)
        return;
    m_dnsMs = m_clock.monotonicMs() - m_stageStartMs;
    for (const QHostAddress &address : addresses)
        m_addresses << address.toString();
    if (addresses.isEmpty()) {
        conclude(check(DiagnosisCheck::Verdict::Fail,
                       tr("The name %1 does not resolve (%2).").arg(m_server.host(), problem),
                       tr("Check the server address for typing mistakes, then this computer's network and DNS "
                          "settings.")));
        return;
    }
    m_untried = addresses;
    connectToNext();
}

void ConnectionProbe::connectToNext()
{
    const QHostAddress address = m_untried.takeFirst();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_stage = Stage::Tcp;
    m_stageStartMs = m_clock.monotonicMs();
    m_timer->start(m_stageTimeoutMs);
    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyName(m_server.host()); // the certificate must name the host, not the address
    connect(m_socket, &QSslSocket::connected, this, &ConnectionProbe::connected);
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectionProbe::encrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, &ConnectionProbe::socketFailed);
    m_socket->connectToHost(address, quint16(m_server.port(isHttps(m_server) ? 443 : 80)));
}

void ConnectionProbe::connected()
{
    m_tcpMs = m_clock.monotonicMs() - m_stageStartMs;
    if (!isHttps(m_server)) {
        conclude(check(DiagnosisCheck::Verdict::Pass,
                       tr("%1 resolves and accepts connections (TCP in %2 ms; plain HTTP, so no TLS).")
                           .arg(endpoint())
                           .arg(m_tcpMs)));
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        conclude(check(DiagnosisCheck::Verdict::Fail, tr("This computer has no TLS library to speak https://."),
                       tr("Install OpenSSL 3 (the package libssl3).")));
        return;
    }
    m_stage = Stage::Tls;
    m_stageStartMs = m_clock.monotonicMs();
    m_timer->start(m_stageTimeoutMs);
    m_socket->startClientEncryption();
}

void ConnectionProbe::encrypted()
{
    const qint64 tlsMs = m_clock.monotonicMs() - m_stageStartMs;
    const QSslCertificate certificate = m_socket->peerCertificate();
    DiagnosisCheck result = check(DiagnosisCheck::Verdict::Pass,
                                  tr("%1 resolves, accepts connections and presents a trusted certificate (TCP in "
                                     "%2 ms, TLS in %3 ms).")
                                      .arg(endpoint())
                                      .arg(m_tcpMs)
                                      .arg(tlsMs));
    result.withFigure(QStringLiteral("tls_ms"), tlsMs)
        .withFigure(QStringLiteral("certificate_expires"), certificate.expiryDate().toUTC().toString(Qt::ISODate));
    conclude(result);
}

void ConnectionProbe::socketFailed()
{
    if (!m_done)
        return;
    if (m_stage == Stage::Tls) {
        const QString problem =
            m_sslErrors.isEmpty() ? m_socket->errorString() : m_sslErrors.join(QStringLiteral("; "));
        conclude(check(DiagnosisCheck::Verdict::Fail,
                       tr("%1 accepts connections, but the TLS handshake failed: %2").arg(endpoint(), problem),
                       tr("Check this computer's date and time and that the address is Viopay's; behind a proxy "
                          "that inspects TLS, install the proxy's certificate. Never ignore this error.")));
        return;
    }
    if (m_stage == Stage::Tcp && !m_untried.isEmpty()) {
        connectToNext();
        return;
    }
    const bool refused = m_socket->error() == QAbstractSocket::ConnectionRefusedError;
    conclude(check(DiagnosisCheck::Verdict::Fail,
                   refused ? tr("Nothing is listening on %1: the connection was refused.").arg(endpoint())
                           : tr("Could not connect to %1: %2").arg(endpoint(), m_socket->errorString()),
                   tr("Check the server address and port, that the server is running, and that no firewall "
                      "blocks the connection.")));
}

void ConnectionProbe::timedOut()
{
    const QString seconds = QString::number(m_stageTimeoutMs / 1000.0);
    const QString finding =
        m_stage == Stage::Dns
            ? tr("The name %1 did not resolve within %2 s.").arg(m_server.host(), seconds)
            : (m_stage == Stage::Tcp ? tr("%1 did not accept a connection within %2 s.").arg(endpoint(), seconds)
                                     : tr("%1 did not finish the TLS handshake within %2 s.").arg(endpoint(), seconds));
    conclude(check(DiagnosisCheck::Verdict::Fail, finding,
                   tr("Check this computer's network connection, the server address, and any firewall or proxy "
                      "between them.")));
}

void ConnectionProbe::conclude(const DiagnosisCheck &result)
{
    if (!m_done)
        return;
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const auto done = std::move(m_done);
    m_done = nullptr;
    done(result);
}

DiagnosisCheck ConnectionProbe::check(DiagnosisCheck::Verdict verdict, const QString &finding,
                                      const QString &nextStep) const
{
    DiagnosisCheck result = DiagnosisCheck::make(Id, tr("API reachable"), verdict, finding, nextStep);
    result.withFigure(QStringLiteral("dns_ms"), m_dnsMs);
    if (!m_addresses.isEmpty())
        result.withFigure(QStringLiteral("addresses"), m_addresses.join(QStringLiteral(", ")));
    if (m_tcpMs >= 0)
        result.withFigure(QStringLiteral("tcp_ms"), m_tcpMs);
    if (!m_sslErrors.isEmpty())
        result.withFigure(QStringLiteral("tls_errors"), m_sslErrors.join(QStringLiteral("; ")));
    return result;
}

QString ConnectionProbe::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port(isHttps(m_server) ? 443 : 80));
}

} // namespace viopay
