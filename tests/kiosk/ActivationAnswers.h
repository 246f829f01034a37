#pragma once

#include "ScriptedServer.h"

#include "core/FactorySecrets.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

// A ScriptedServer's side of a terminal's pairing and activation (CONTRACT.md steps 1 to 3,
// ACTIVATION.md steps 5 to 8), built with the crypto library under one device's factory secrets:
// fresh keys wrapped down the hierarchy, and config, terminal parameters and the activation's
// answer sealed under its MSK.
class ActivationAnswers {
public:
    using Step = ScriptedServer::Step;
    static constexpr char TraceId[] = "4bf92f3577b34da6a3ce929d0e0e4736";

    ActivationAnswers();

    viopay::FactorySecrets secrets() const { return m_secrets; }
    QByteArray key(const QString &name) const { return m_keys.value(name); }

    // Bootstrap (server_time as given), a code, and a status that says claimed.
    QList<Step> pairedUntilClaimed(const QByteArray &serverTime = "2025-12-13T14:25:30Z") const;
    Step attested(int lifeSeconds = 300) const;
    // corruptKcvOf: that key's KCV is another key's; tamperedBlockOf: that key's block is altered.
    Step keys(const QString &corruptKcvOf = {}, const QString &tamperedBlockOf = {}) const;
    Step config() const;
    Step terminalParameters() const;
    Step activated() const;
    // The five answers of a run that goes through.
    QList<Step> activation() const;
    // A vendor error envelope with X-Trace-Id.
    static Step error(int status, const QByteArray &code, const QByteArray &message, const QJsonObject &details = {});

    // The envelope a request carried as its body (activate's), opened under the MSK.
    QJsonObject openedBody(const QByteArray &request) const;

private:
    Step sealed(const QJsonObject &payload, bool chunked) const;

    viopay::FactorySecrets m_secrets;
    QHash<QString, QByteArray> m_keys;
};
