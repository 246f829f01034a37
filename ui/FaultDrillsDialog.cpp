#include "FaultDrillsDialog.h"
#include "ui_FaultDrillsDialog.h"

#include "merchant/MerchantSession.h"

#include "StateColors.h"
#include <QTimer>

namespace viopay {

namespace {
struct DrillCode {
    const char *code;
    const char *label;
};
const DrillCode drillCodes[] = {
    {"5000", QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "5000 server error")},
    {"5030", QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "5030 service unavailable")},
    {"4290", QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "4290 too many requests")},
    {"4010", QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "4010 unauthorized")},
    {"4041", QT_TRANSLATE_NOOP("viopay::FaultDrillsDialog", "4041 code not found")},
};
} // namespace

FaultDrillsDialog::FaultDrillsDialog(SandboxAdminClient &admin, MerchantSession *merchant, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FaultDrillsDialog>())
    , m_admin(admin)
    , m_merchant(merchant)
    , m_applyTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    for (const DrillCode &code : drillCodes)
        m_ui->errorCodeComboBox->addItem(tr(code.label), QLatin1String(code.code));
    StateColors::mute(m_ui->introLabel);
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(ApplyDelayMs);
    connect(m_applyTimer, &QTimer::timeout, this, &FaultDrillsDialog::applyNow);
    const auto changed = [this] {
        if (!m_loading)
            m_applyTimer->start();
    };
    connect(m_ui->latencySpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->errorRateSpinBox, &QSpinBox::valueChanged, this, changed);
    connect(m_ui->errorCodeComboBox, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui->offlineCheckBox, &QCheckBox::toggled, this, changed);
    connect(m_ui->stopFaultsButton, &QPushButton::clicked, this, [this] {
        showDrill(FaultDrill{});
        applyNow();
    });
    connect(m_ui->expireCodeButton, &QPushButton::clicked, this, &FaultDrillsDialog::expireCode);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &FaultDrillsDialog::release);
    connect(m_ui->deviceComboBox, &QComboBox::currentIndexChanged, this, &FaultDrillsDialog::updateActions);
    if (m_merchant) {
        connect(m_merchant, &MerchantSession::stateChanged, this, &FaultDrillsDialog::updateActions);
        connect(m_merchant, &MerchantSession::released, this, [this](const QString &id) {
            report(tr("%1 was released: press R on its screen to pair it again.").arg(id), false);
        });
        connect(m_merchant, &MerchantSession::releaseFailed, this, [this](const QString &id, const ApiError &error) {
            report(tr("%1 was not released: %2 (%3)").arg(id, error.userMessage(), error.supportReference()), true);
        });
    }
    load();
}

FaultDrillsDialog::~FaultDrillsDialog() = default;

FaultDrill FaultDrillsDialog::drill() const
{
    return {m_ui->latencySpinBox->value(), m_ui->errorRateSpinBox->value() / 100.0,
            m_ui->errorCodeComboBox->currentData().toString(), m_ui->offlineCheckBox->isChecked()};
}

void FaultDrillsDialog::load()
{
    m_admin.faults(this, [this](const Result<FaultDrill> &faults) {
        if (const auto *error = std::get_if<ApiError>(&faults)) {
            report(tr("This server's fault drills cannot be read: %1 (%2). Drills work against a Viopay sandbox.")
                       .arg(error->userMessage(), error->supportReference()),
                   true);
            m_ui->serverGroup->setEnabled(false);
            return;
        }
        showDrill(std::get<FaultDrill>(faults));
    });
    m_admin.provisionedDevices(this, [this](const Result<QList<ProvisionedDevice>> &devices) {
        if (const auto *devicesError = std::get_if<ApiError>(&devices)) {
            m_ui->terminalGroup->setEnabled(false);
            m_ui->terminalGroup->setToolTip(devicesError->userMessage());
            return;
        }
        showDevices(std::get<QList<ProvisionedDevice>>(devices));
    });
}

void FaultDrillsDialog::showDrill(const FaultDrill &drill)
{
    m_loading = true; // what the server says is not a change to send back
    m_ui->latencySpinBox->setValue(drill.latencyMs);
    m_ui->errorRateSpinBox->setValue(qRound(drill.errorRate * 100));
    const int code = m_ui->errorCodeComboBox->findData(drill.errorCode);
    if (code >= 0)
        m_ui->errorCodeComboBox->setCurrentIndex(code);
    m_ui->offlineCheckBox->setChecked(drill.offline);
    m_loading = false;
}

void FaultDrillsDialog::showDevices(const QList<ProvisionedDevice> &devices)
{
    m_ui->deviceComboBox->clear();
    for (const ProvisionedDevice &device : devices)
        m_ui->deviceComboBox->addItem(
            QStringLiteral("%1 · %2 · %3").arg(device.deviceId, device.model, device.merchantId), device.deviceId);
    updateActions();
}

void FaultDrillsDialog::applyNow()
{
    m_applyTimer->stop();
    const FaultDrill wanted = drill();
    m_admin.setFaults(wanted, this, [this](const Result<FaultDrill> &applied) {
        if (const auto *error = std::get_if<ApiError>(&applied)) {
            report(tr("The drill was not applied: %1 (%2)").arg(error->userMessage(), error->supportReference()), true);
            return;
        }
        const FaultDrill &now = std::get<FaultDrill>(applied);
        if (now.isQuiet()) {
            report(tr("No faults: the sandbox answers normally."), false);
            return;
        }
        QStringList parts;
        if (now.offline)
            parts << tr("offline");
        if (now.latencyMs > 0)
            parts << tr("+%1 ms").arg(now.latencyMs);
        if (now.errorRate > 0)
            parts << tr("%1% of answers %2").arg(qRound(now.errorRate * 100)).arg(now.errorCode);
        report(tr("In force now: %1.").arg(parts.join(QStringLiteral(", "))), false);
    });
}

void FaultDrillsDialog::expireCode()
{
    const QString deviceId = m_ui->deviceComboBox->currentData().toString();
    if (deviceId.isEmpty())
        return;
    m_admin.expireCode(deviceId, this, [this, deviceId](const Result<QString> &expired) {
        if (const auto *error = std::get_if<ApiError>(&expired))
            report(tr("%1's code was not expired: %2").arg(deviceId, error->userMessage()), true);
        else
            report(tr("%1's code expired now; the terminal asks for a new one.").arg(deviceId), false);
    });
}

void FaultDrillsDialog::release()
{
    const QString deviceId = m_ui->deviceComboBox->currentData().toString();
    if (deviceId.isEmpty() || !m_merchant)
        return;
    report(tr("Releasing %1…").arg(deviceId), false);
    m_merchant->release(deviceId); // the outcome arrives through released / releaseFailed
}

void FaultDrillsDialog::report(const QString &text, bool isProblem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(QString());
    if (isProblem)
        StateColors::colour(m_ui->statusLabel, StateColors::urgent());
}

void FaultDrillsDialog::updateActions()
{
    const bool device = !m_ui->deviceComboBox->currentData().toString().isEmpty();
    const bool merchant = m_merchant && m_merchant->state() == MerchantSession::State::SignedIn;
    m_ui->expireCodeButton->setEnabled(device);
    m_ui->releaseButton->setEnabled(device && merchant);
    m_ui->releaseButton->setToolTip(merchant
                                        ? tr("Release the terminal from %1's account").arg(m_merchant->merchant().name)
                                        : tr("Sign in as the terminal's merchant to release it"));
}

} // namespace viopay
