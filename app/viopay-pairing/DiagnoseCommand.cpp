#include "DiagnoseCommand.h"

#include "PairingCommandLine.h"
#include "api/HttpTransport.h"
#include "core/Clock.h"
#include "inspector/ExchangeLog.h"
#include "sandbox/SandboxServer.h"
#include "support/PairingDiagnosis.h"
#include "support/SupportBundle.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace viopay {

int runDiagnosis(const PairingCommandLine &commandLine)
{
    QUrl server = commandLine.server();
    std::unique_ptr<sandbox::SandboxServer> embedded;
    if (server.isEmpty()) {
        embedded = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxServer::Options{});
        QString error;
        if (!embedded->start(&error)) {
            std::fprintf(stderr, "viopay-pairing: the embedded sandbox did not start: %s\n", qPrintable(error));
            return 1;
        }
        server = embedded->url();
    }
    QNetworkAccessManager network; // the process's one
    HttpTransport transport(network);
    ExchangeLog exchanges; // redacted as recorded, for the bundle's HAR
    QObject::connect(&transport, &HttpTransport::exchangeFinished, &exchanges, &ExchangeLog::record);
    transport.setBaseUrl(server);
    transport.setAllowInsecureHttp(commandLine.allowInsecureHttp());
    PairingDiagnosis::Options options;
    options.deviceId = commandLine.diagnoseDeviceId();
    options.appVersion = commandLine.diagnoseAppVersion();
    options.adminToken = commandLine.adminToken();
    PairingDiagnosis diagnosis(transport, Clock::system(), options);
    QObject::connect(
        &diagnosis, &PairingDiagnosis::finished, QCoreApplication::instance(), [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    diagnosis.start();
    if (!diagnosis.isFinished())
        QCoreApplication::exec();
    const Diagnosis &result = diagnosis.diagnosis();
    const QByteArray output = commandLine.json() ? QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)
                                                 : (result.toText() + QLatin1Char('\n')).toUtf8();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    if (!commandLine.bundlePath().isEmpty()) {
        const QSettings settings;
        QString error;
        if (!SupportBundle::collect(result, &exchanges, &settings).write(commandLine.bundlePath(), &error)) {
            std::fprintf(stderr, "viopay-pairing: the support bundle was not saved: %s\n", qPrintable(error));
            return 1;
        }
    }
    return result.hasFailure() ? 1 : 0;
}

} // namespace viopay
