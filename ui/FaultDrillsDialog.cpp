#include "FaultDrillsDialog.h"
#include "ui_FaultDrillsDialog.h"

#include "StateColors.h"
#include "drills/FaultDrillsSession.h"

namespace viopay {

namespace {
struct DrillCode {
    const char *code;
    const char *label;
};
const DrillCode drillCodes[] = {
    {ErrorCode::ServerError, QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "5000 server error")},
    {ErrorCode::Offline, QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "5030 service unavailable")},
    {ErrorCode::TooManyRequests, QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "4290 too many requests")},
    {ErrorCode::Unauthorized, QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "4010 unauthorized")},
    {ErrorCode::CodeNotFound, QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "4041 code not found")},
};
} // namespace

FaultDrillsDialog::FaultDrillsDialog(FaultDrillsSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FaultDrillsDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->configErrorComboBox->addItem(tr("No, answers normally"), QString());
    m_ui->activateErrorComboBox->addItem(tr("No, answers normally"), QString());
    for (const DrillCode &code : drillCodes) {
        m_ui->errorCodeComboBox->addItem(tr(code.label), QLatin1String(code.code));
        m_ui->configErrorComboBox->addItem(tr(code.label), QLatin1String(code.code));
        m_ui->activateErrorComboBox->addItem(tr(code.label), QLatin1String(code.code));
    }
    m_ui->corruptKeyComboBox->addItem(tr("None"), QString());
    for (const char *key : {"tmk", "kek", "msk", "tpk", "tdk", "mac"})
        m_ui->corruptKeyComboBox->addItem(QString::fromLatin1(key).toUpper(), QLatin1String(key));
    StateColors::mute(m_ui->introLabel);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(ApplyDelayMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &FaultDrillsDialog::applyNow);
    const auto changed = [this] {
        if (!m_loading)
            m_applyTimer.start();
    };
    connect(m_ui->latencySpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->errorRateSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->errorCodeComboBox, &QComboBox::currentIndexChanged, this, changed);
    const auto terminalChanged = [this] {
        if (m_loading)
            return;
        const QString deviceId = m_ui->deviceComboBox->currentData().toString();
        if (deviceId.isEmpty())
            return;
        const TerminalDrill drill = terminalDrill();
        if (drill.isQuiet())
            m_terminals.remove(deviceId);
        else
            m_terminals.insert(deviceId, drill);
        m_applyTimer.start();
    };
    connect(m_ui->clockOffsetSpinBox, &QSpinBox::valueChanged, this, terminalChanged);
    connect(m_ui->attestationLifeSpinBox, &QSpinBox::valueChanged, this, terminalChanged);
    connect(m_ui->corruptKeyComboBox, &QComboBox::currentIndexChanged, this, terminalChanged);
    connect(m_ui->configErrorComboBox, &QComboBox::currentIndexChanged, this, terminalChanged);
    connect(m_ui->activateErrorComboBox, &QComboBox::currentIndexChanged, this, terminalChanged);
    connect(m_ui->offlineCheckBox, &QCheckBox::toggled, this, [this](bool offline) {
        if (!m_loading)
            m_session.setOffline(offline);
    });
    connect(m_ui->stopFaultsButton, &QPushButton::clicked, this, [this] {
        m_applyTimer.stop();
        showDrill(FaultDrill{});
        showOffline(false);
        m_session.stopAll();
    });
    connect(m_ui->expireCodeButton, &QPushButton::clicked, this, &FaultDrillsDialog::expireCode);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &FaultDrillsDialog::release);
    connect(m_ui->deviceComboBox, &QComboBox::currentIndexChanged, this, &FaultDrillsDialog::updateActions);
    connect(m_ui->deviceComboBox, &QComboBox::currentIndexChanged, this, &FaultDrillsDialog::showTerminalDrill);
    connectSession();
    m_session.load();
}

FaultDrillsDialog::~FaultDrillsDialog() = default;

void FaultDrillsDialog::connectSession()
{
    connect(&m_session, &FaultDrillsSession::loaded, this, &FaultDrillsDialog::showDrill);
    connect(&m_session, &FaultDrillsSession::unavailable, this, &FaultDrillsDialog::showUnavailable);
    connect(&m_session, &FaultDrillsSession::applied, this, &FaultDrillsDialog::showInForce);
    connect(&m_session, &FaultDrillsSession::offlineChanged, this, [this](bool offline) {
        showOffline(offline);
        showInForce();
    });
    const auto failed = [this](const ApiError &error) {
        report(tr("The drill was not applied: %1 (%2)").arg(error.userMessage(), error.supportReference()), true);
    };
    connect(&m_session, &FaultDrillsSession::applyFailed, this, failed);
    connect(&m_session, &FaultDrillsSession::offlineFailed, this, failed);
    connect(&m_session.devices(), &DeviceDirectory::changed, this, &FaultDrillsDialog::showDevices);
    connect(&m_session, &FaultDrillsSession::codeExpired, this, [this](const QString &id) {
        report(tr("%1's code expired now; the terminal asks for a new one.").arg(id), false);
    });
    connect(&m_session, &FaultDrillsSession::expireFailed, this, [this](const QString &id, const ApiError &error) {
        report(tr("%1's code was not expired: %2").arg(id, error.userMessage()), true);
    });
    connect(&m_session, &FaultDrillsSession::releasing, this,
            [this](const QString &id) { report(tr("Releasing %1…").arg(id), false); });
    connect(&m_session, &FaultDrillsSession::released, this, [this](const QString &id) {
        report(tr("%1 was released: press R on its screen to pair it again.").arg(id), false);
    });
    connect(&m_session, &FaultDrillsSession::releaseFailed, this, [this](const QString &id, const ApiError &error) {
        report(tr("%1 was not released: %2 (%3)").arg(id, error.userMessage(), error.supportReference()), true);
    });
    connect(&m_session, &FaultDrillsSession::canReleaseChanged, this, &FaultDrillsDialog::updateActions);
}

FaultDrill FaultDrillsDialog::drill() const
{
    // The faults' own offline (every answer 503) is left off: a 100% rate of 5030 does that.
    return {m_ui->latencySpinBox->value(), m_ui->errorRateSpinBox->value() / 100.0,
            m_ui->errorCodeComboBox->currentData().toString(), false, m_terminals};
}

TerminalDrill FaultDrillsDialog::terminalDrill() const
{
    return {m_ui->clockOffsetSpinBox->value(), m_ui->attestationLifeSpinBox->value(),
            m_ui->corruptKeyComboBox->currentData().toString(), m_ui->configErrorComboBox->currentData().toString(),
            m_ui->activateErrorComboBox->currentData().toString()};
}

void FaultDrillsDialog::showTerminalDrill()
{
    const TerminalDrill drill = m_terminals.value(m_ui->deviceComboBox->currentData().toString());
    const bool wasLoading = m_loading;
    m_loading = true; // showing what is in force is not a change to send back
    m_ui->clockOffsetSpinBox->setValue(drill.clockOffsetSec);
    m_ui->attestationLifeSpinBox->setValue(drill.attestationLifeSec);
    m_ui->corruptKeyComboBox->setCurrentIndex(qMax(0, m_ui->corruptKeyComboBox->findData(drill.corruptKeyBlock)));
    m_ui->configErrorComboBox->setCurrentIndex(qMax(0, m_ui->configErrorComboBox->findData(drill.configErrorCode)));
    m_ui->activateErrorComboBox->setCurrentIndex(
        qMax(0, m_ui->activateErrorComboBox->findData(drill.activateErrorCode)));
    m_loading = wasLoading;
}

QString FaultDrillsDialog::unavailableText(const ApiError &problem)
{
    return tr("Fault drills not available: %1 Drills work against a Viopay sandbox.")
        .arg(problem.userMessageWithReference());
}

void FaultDrillsDialog::showUnavailable(const ApiError &problem)
{
    report(unavailableText(problem), true);
    m_ui->serverGroup->setEnabled(false);
    m_ui->activationGroup->setEnabled(false);
}

void FaultDrillsDialog::showDrill(const FaultDrill &drill)
{
    m_loading = true; // what the server says is not a change to send back
    m_ui->latencySpinBox->setValue(drill.latencyMs);
    m_ui->errorRateSpinBox->setValue(qRound(drill.errorRate * 100));
    const int code = m_ui->errorCodeComboBox->findData(drill.errorCode);
    if (code >= 0)
        m_ui->errorCodeComboBox->setCurrentIndex(code);
    m_terminals = drill.terminals;
    showTerminalDrill();
    m_loading = false;
}

void FaultDrillsDialog::showOffline(bool offline)
{
    m_loading = true; // what the server says is not a change to send back
    m_ui->offlineCheckBox->setChecked(offline);
    m_loading = false;
}

// The faults and the offline drill in force, as far as the sandbox has said.
void FaultDrillsDialog::showInForce()
{
    const FaultDrill inForce = m_session.inForce().value_or(FaultDrill{});
    const bool offline = m_session.offline().value_or(false);
    if (inForce.isQuiet() && !offline) {
        report(tr("No faults: the sandbox answers normally."), false);
        return;
    }
    QStringList parts;
    if (offline)
        parts << tr("offline (connections dropped)");
    if (inForce.offline)
        parts << tr("every answer 503");
    if (inForce.latencyMs > 0)
        parts << tr("+%1 ms").arg(inForce.latencyMs);
    if (inForce.errorRate > 0)
        parts << tr("%1% of answers %2").arg(qRound(inForce.errorRate * 100)).arg(inForce.errorCode);
    if (!inForce.terminals.isEmpty())
        parts << tr("activation drills for %1").arg(inForce.terminals.keys().join(QStringLiteral(", ")));
    report(tr("In force now: %1.").arg(parts.join(QStringLiteral(", "))), false);
}

void FaultDrillsDialog::showDevices()
{
    const DeviceDirectory &directory = m_session.devices();
    const bool unavailable = directory.state() == DeviceDirectory::State::Unavailable;
    m_ui->terminalGroup->setEnabled(!unavailable);
    m_ui->terminalGroup->setToolTip(unavailable ? directory.problem()->userMessage() : QString());
    m_ui->activationGroup->setEnabled(!unavailable);
    if (directory.state() != DeviceDirectory::State::Loaded)
        return;
    const QString selected = m_ui->deviceComboBox->currentData().toString();
    m_ui->deviceComboBox->clear();
    for (const ProvisionedDevice &device : directory.devices())
        m_ui->deviceComboBox->addItem(
            QStringLiteral("%1 · %2 · %3").arg(device.deviceId, device.model, device.merchantId), device.deviceId);
    selectDevice(selected.isEmpty() ? m_preferredDeviceId : selected);
    updateActions();
}

void FaultDrillsDialog::selectDevice(const QString &deviceId)
{
    m_preferredDeviceId = deviceId;
    const int index = m_ui->deviceComboBox->findData(deviceId);
    if (index >= 0)
        m_ui->deviceComboBox->setCurrentIndex(index);
}

void FaultDrillsDialog::applyNow()
{
    m_applyTimer.stop();
    m_session.apply(drill());
}

void FaultDrillsDialog::expireCode()
{
    m_session.expireCode(m_ui->deviceComboBox->currentData().toString());
}

void FaultDrillsDialog::release()
{
    m_session.release(m_ui->deviceComboBox->currentData().toString());
}

void FaultDrillsDialog::report(const QString &text, bool isProblem)
{
    StateColors::showStatus(m_ui->statusLabel, text, isProblem);
}

void FaultDrillsDialog::updateActions()
{
    const bool device = !m_ui->deviceComboBox->currentData().toString().isEmpty();
    const bool merchant = m_session.canRelease();
    m_ui->expireCodeButton->setEnabled(device);
    m_ui->releaseButton->setEnabled(device && merchant);
    m_ui->releaseButton->setToolTip(merchant
                                        ? tr("Release the terminal from %1's account").arg(m_session.merchantName())
                                        : tr("Sign in as the terminal's merchant to release it"));
}

} // namespace viopay
