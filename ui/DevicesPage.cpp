#include "DevicesPage.h"
#include "ui_DevicesPage.h"

#include "merchant/DeviceTableModel.h"

#include "StateColors.h"
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace viopay {

DevicesPage::DevicesPage(MerchantSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DevicesPage>())
    , m_session(session)
    , m_model(new DeviceTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // every column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(DeviceTableModel::SortRole);
    m_ui->devicesTableView->setModel(m_filter);
    m_ui->devicesTableView->sortByColumn(DeviceTableModel::DeviceId, Qt::AscendingOrder);
    StateColors::mute(m_ui->statusLabel);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &DevicesPage::showDevices);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DevicesPage::refresh);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &DevicesPage::releaseSelected);
    connect(m_ui->devicesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesPage::updateActions);
    auto *releaseKey = new QShortcut(QKeySequence::Delete, m_ui->devicesTableView);
    releaseKey->setContext(Qt::WidgetShortcut);
    connect(releaseKey, &QShortcut::activated, this, &DevicesPage::releaseSelected);
    connect(&m_session, &MerchantSession::devicesChanged, this, &DevicesPage::showDevices);
    connect(&m_session, &MerchantSession::released, this, [this](const QString &deviceId) {
        m_notice = tr("%1 was released. It can be paired again with a new code.").arg(deviceId);
        showDevices();
    });
    connect(&m_session, &MerchantSession::releaseFailed, this, [this](const QString &deviceId, const ApiError &error) {
        m_notice = tr("%1 was not released: %2 (%3)")
                       .arg(deviceId, error.userMessage(m_session.server()), error.supportReference());
        showDevices();
    });
    showDevices();
}

DevicesPage::~DevicesPage() = default;

void DevicesPage::refresh()
{
    m_notice.clear();
    m_session.refreshDevices();
}

std::optional<MerchantDevice> DevicesPage::selectedDevice() const
{
    const QModelIndexList rows = m_ui->devicesTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->device(m_filter->mapToSource(rows.constFirst()).row());
}

void DevicesPage::releaseSelected()
{
    const std::optional<MerchantDevice> device = selectedDevice();
    if (!device || !DeviceTableModel::isReleasable(*device))
        return;
    if (!m_confirm(this, *device, m_session.merchant().name))
        return;
    m_notice = tr("Releasing %1…").arg(device->deviceId);
    showDevices();
    m_session.release(device->deviceId);
}

bool DevicesPage::confirmWithDialog(QWidget *parent, const MerchantDevice &device, const QString &merchant)
{
    QMessageBox question(QMessageBox::Question, tr("Release %1?").arg(device.deviceId),
                         tr("Release %1 (%2) from %3?").arg(device.deviceId, device.model, merchant),
                         QMessageBox::Cancel, parent);
    question.setInformativeText(tr("The terminal stops belonging to this account until someone claims it again "
                                   "with a new code."));
    QPushButton *release = question.addButton(tr("&Release"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == release;
}

void DevicesPage::showDevices()
{
    const QString selected = selectedDevice() ? selectedDevice()->deviceId : QString();
    if (!m_session.devicesLoading())
        m_model->setDevices(m_session.devices());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, DeviceTableModel::DeviceId).data().toString() == selected)
            m_ui->devicesTableView->selectRow(row);
    }
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, on the first list: after that a refresh or a filter keystroke leaves the widths
        // (the person's own among them) alone, and the last column takes the spare width.
        m_ui->devicesTableView->resizeColumnsToContents();
        m_columnsSized = true;
    }
    m_ui->refreshButton->setEnabled(!m_session.devicesLoading());
    if (m_session.devicesLoading())
        m_ui->statusLabel->setText(tr("Loading devices…"));
    else if (const auto &error = m_session.devicesError())
        m_ui->statusLabel->setText(listProblemText(*error, m_session.server()));
    else
        m_ui->statusLabel->setText(
            (m_filter->rowCount() < m_model->rowCount()
                 ? tr("%1 of %n device(s) shown", nullptr, m_model->rowCount()).arg(m_filter->rowCount())
                 : tr("%n device(s)", nullptr, m_model->rowCount())) +
            (m_notice.isEmpty() ? QString() : QStringLiteral(" · ") + m_notice));
    updateActions();
}

QString DevicesPage::listProblemText(const ApiError &error, const QUrl &server)
{
    return tr("Devices not loaded: %1").arg(error.userMessageWithReference(server));
}

void DevicesPage::updateActions()
{
    const std::optional<MerchantDevice> device = selectedDevice();
    m_ui->releaseButton->setEnabled(device && DeviceTableModel::isReleasable(*device));
}

} // namespace viopay
