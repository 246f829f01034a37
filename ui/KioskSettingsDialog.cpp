#include "KioskSettingsDialog.h"
#include "ui_KioskSettingsDialog.h"

#include "StateColors.h"
#include "drills/DeviceDirectory.h"

#include <QAbstractItemView>
#include <QLayout>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>

namespace viopay {

namespace {
constexpr int ModelRole = Qt::UserRole;
constexpr int DetailRole = Qt::UserRole + 1;

// The list shows each id with its model and merchant. An editable combo box takes the text it
// puts in its field from the edit role, so picking a device still types only its id.
class DeviceListModel : public QStandardItemModel {
public:
    using QStandardItemModel::QStandardItemModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        QVariant value = QStandardItemModel::data(index, role == Qt::DisplayRole ? Qt::EditRole : role);
        const QString detail = QStandardItemModel::data(index, DetailRole).toString();
        if (role != Qt::DisplayRole || detail.isEmpty())
            return value;
        return QStringLiteral("%1   %2").arg(value.toString(), detail);
    }
};
} // namespace

KioskSettingsDialog::KioskSettingsDialog(const DeviceIdentity &initial, const QString &server,
                                         DeviceDirectory *directory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KioskSettingsDialog>())
    , m_directory(directory)
{
    m_ui->setupUi(this);
    m_ui->deviceComboBox->setModel(new DeviceListModel(m_ui->deviceComboBox));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Open kiosk"));
    m_ui->serverLabel->setText(server);
    m_ui->deviceComboBox->setEditText(initial.deviceId());
    m_ui->modelLineEdit->setText(initial.model());
    m_ui->osLineEdit->setText(initial.os());
    m_ui->appVersionLineEdit->setText(initial.appVersion());
    StateColors::mute(m_ui->devicesStatusLabel);
    m_ui->devicesStatusLabel->hide();
    StateColors::colour(m_ui->problemLabel, StateColors::urgent());

    connect(m_ui->deviceComboBox, qOverload<int>(&QComboBox::activated), this, &KioskSettingsDialog::pickDevice);
    connect(m_ui->deviceComboBox, &QComboBox::editTextChanged, this, &KioskSettingsDialog::validate);
    for (QLineEdit *edit : {m_ui->modelLineEdit, m_ui->osLineEdit, m_ui->appVersionLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &KioskSettingsDialog::validate);
    m_ui->deviceComboBox->setFocus();
    validate();
    if (!m_directory)
        return;
    connect(m_directory, &DeviceDirectory::changed, this, &KioskSettingsDialog::showDirectory);
    if (m_directory->state() == DeviceDirectory::State::NotLoaded)
        m_directory->load();
    showDirectory();
}

KioskSettingsDialog::~KioskSettingsDialog() = default;

void KioskSettingsDialog::showDirectory()
{
    if (m_directory->state() == DeviceDirectory::State::Unavailable) {
        m_ui->devicesStatusLabel->setText(
            tr("The list of devices is not available (%1); type the id.").arg(m_directory->problem()->userMessage()));
        m_ui->devicesStatusLabel->show();
        growToFit();
        return;
    }
    if (m_directory->state() != DeviceDirectory::State::Loaded)
        return;
    const QList<ProvisionedDevice> &devices = m_directory->devices();
    const QString typed = m_ui->deviceComboBox->currentText();
    m_ui->deviceComboBox->clear();
    for (const ProvisionedDevice &device : devices) {
        m_ui->deviceComboBox->addItem(device.deviceId, device.model);
        const int index = m_ui->deviceComboBox->count() - 1;
        m_ui->deviceComboBox->setItemData(index, tr("%1 · %2").arg(device.model, device.merchantId), DetailRole);
        m_ui->deviceComboBox->setItemData(
            index, tr("%1 · %2 · %3").arg(device.model, device.merchantId, device.deviceStatus), Qt::ToolTipRole);
    }
    m_ui->deviceComboBox->setEditText(typed);
    m_ui->devicesStatusLabel->setText(
        devices.size() == 1
            ? tr("1 device provisioned on this sandbox: pick it or type an id.")
            : tr("%1 devices provisioned on this sandbox: pick one or type an id.").arg(devices.size()));
    m_ui->devicesStatusLabel->show();
    QAbstractItemView *list = m_ui->deviceComboBox->view();
    list->setMinimumWidth(list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width());
    growToFit();
}

// The hint appears after the dialog is shown, wrapped over lines the dialog's height did not
// count on: grow rather than squeeze it.
void KioskSettingsDialog::growToFit()
{
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

std::optional<DeviceIdentity> KioskSettingsDialog::device() const
{
    return DeviceIdentity::create(m_ui->deviceComboBox->currentText(), m_ui->appVersionLineEdit->text(),
                                  m_ui->osLineEdit->text(), m_ui->modelLineEdit->text());
}

void KioskSettingsDialog::accept()
{
    if (device())
        QDialog::accept();
}

void KioskSettingsDialog::pickDevice(int index)
{
    const QString model = m_ui->deviceComboBox->itemData(index, ModelRole).toString();
    if (!model.isEmpty())
        m_ui->modelLineEdit->setText(model);
    validate();
}

void KioskSettingsDialog::validate()
{
    DeviceIdentity::Problem problem{DeviceIdentity::Field::DeviceId, {}};
    const bool valid = DeviceIdentity::create(m_ui->deviceComboBox->currentText(), m_ui->appVersionLineEdit->text(),
                                              m_ui->osLineEdit->text(), m_ui->modelLineEdit->text(), &problem)
                           .has_value();
    m_ui->problemLabel->setText(valid ? QString() : problem.message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace viopay
