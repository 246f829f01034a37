#include "DevicesPage.h"
#include "ui_DevicesPage.h"

#include "merchant/DeviceHistoryModel.h"
#include "merchant/DeviceTableModel.h"

#include "LocationDelegate.h"
#include "StateColors.h"

#include "core/Clock.h"
#include "core/Csv.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace viopay {

DevicesPage::DevicesPage(MerchantSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DevicesPage>())
    , m_session(session)
    , m_model(new DeviceTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_history(new DeviceHistoryModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // every column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(DeviceTableModel::SortRole);
    m_ui->devicesTableView->setModel(m_filter);
    auto *locationDelegate = new LocationDelegate(session, this);
    m_ui->devicesTableView->setItemDelegateForColumn(DeviceTableModel::Location, locationDelegate);
    // A list that arrived during an edit is shown once the edit ends (see showDevices).
    for (QAbstractItemDelegate *delegate :
         {static_cast<QAbstractItemDelegate *>(locationDelegate), m_ui->devicesTableView->itemDelegate()})
        connect(delegate, &QAbstractItemDelegate::closeEditor, this, &DevicesPage::showDevices, Qt::QueuedConnection);
    m_ui->historyTableView->setModel(m_history);
    connect(&m_session, &MerchantSession::historyChanged, this, &DevicesPage::showHistory);
    connect(m_ui->historyTableView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString traceId = m_history->index(index.row(), DeviceHistoryModel::TraceId).data().toString();
        if (!traceId.isEmpty())
            Q_EMIT traceRequested(traceId);
    });
    connect(m_ui->exportHistoryButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export history"), tr("%1-history.csv").arg(m_session.historyDeviceId()), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportHistoryTo(path);
    });
    connect(m_model, &DeviceTableModel::renameRequested, &m_session, &MerchantSession::renameDevice);
    connect(m_model, &DeviceTableModel::moveRequested, &m_session, &MerchantSession::moveDevice);
    connect(&m_session, &MerchantSession::changeFailed, this, [this](const QString &deviceId, const ApiError &error) {
        m_notice = tr("%1 was not changed: %2 (%3)")
                       .arg(deviceId, error.userMessage(m_session.server()), error.supportReference());
        m_session.refreshDevices(); // the row shows what the server holds again
    });
    m_ui->devicesTableView->sortByColumn(DeviceTableModel::DeviceId, Qt::AscendingOrder);
    StateColors::mute(m_ui->statusLabel);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &DevicesPage::showDevices);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DevicesPage::refresh);
    connect(m_ui->releaseButton, &QPushButton::clicked, this, &DevicesPage::releaseSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export devices"), tr("devices.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportListTo(path);
    });
    connect(m_ui->devicesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DevicesPage::updateActions);
    auto *releaseKey = new QShortcut(QKeySequence::Delete, m_ui->devicesTableView);
    releaseKey->setContext(Qt::WidgetShortcut);
    connect(releaseKey, &QShortcut::activated, this, &DevicesPage::releaseSelected);
    connect(&m_session, &MerchantSession::devicesChanged, this, &DevicesPage::showDevices);
    connect(&m_session, &MerchantSession::devicesLiveChanged, this, &DevicesPage::showLiveState);
    m_ageTick.setInterval(1000);
    connect(&m_ageTick, &QTimer::timeout, this, &DevicesPage::showLiveState);
    m_ageTick.start();
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
    showHistory();
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

bool DevicesPage::exportListTo(const QString &path)
{
    return saveCsv(path, m_model->exportRows(), m_model->rowCount());
}

bool DevicesPage::exportHistoryTo(const QString &path)
{
    return saveCsv(path, m_history->exportRows(), m_history->rowCount());
}

bool DevicesPage::saveCsv(const QString &path, const QList<QStringList> &rows, int count)
{
    QSaveFile file(path);
    const bool saved = file.open(QIODevice::WriteOnly) && file.write(Csv::table(rows).toUtf8()) >= 0 && file.commit();
    m_notice = saved ? tr("%n row(s) saved to %1", nullptr, count).arg(QDir::toNativeSeparators(path))
                     : tr("Not saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    showDevices();
    return saved;
}

void DevicesPage::showHistory()
{
    m_history->setEvents(m_session.history());
    const QString deviceId = m_session.historyDeviceId();
    m_ui->exportHistoryButton->setEnabled(m_history->rowCount() > 0);
    if (deviceId.isEmpty())
        m_ui->historyLabel->setText(tr("Select a terminal to see its history."));
    else if (const auto &error = m_session.historyError())
        m_ui->historyLabel->setText(
            tr("History of %1 not loaded: %2").arg(deviceId, error->userMessageWithReference(m_session.server())));
    else
        m_ui->historyLabel->setText(tr("History of %1: %n event(s)", nullptr, m_history->rowCount()).arg(deviceId));
    m_ui->historyTableView->resizeColumnsToContents();
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
    // A new list replaces the rows, which would close an open editor and lose what is typed.
    // Editors are children of the table's viewport, and an open one has the focus.
    const QWidget *focus = QApplication::focusWidget();
    const bool editing = focus && m_ui->devicesTableView->viewport()->isAncestorOf(focus);
    if (!m_session.devicesLoading() && !editing) {
        QHash<QString, QString> locationNames;
        for (const MerchantLocation &location : m_session.locations())
            locationNames.insert(location.locationId, location.name);
        m_model->setLocationNames(locationNames);
        m_model->setNow(m_session.clock().utcNow());
        m_model->setDevices(m_session.devices());
    }
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        if (m_filter->index(row, DeviceTableModel::DeviceId).data().toString() == selected)
            m_ui->devicesTableView->selectRow(row);
    }
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // Once, on the first list: after that a refresh or a filter keystroke leaves the widths
        // (the person's own among them) alone, and the last column takes the spare width.
        m_ui->devicesTableView->resizeColumnsToContents();
        // Names and locations typed later ("Front counter") need room the first list may not show.
        const int roomForAName = fontMetrics().averageCharWidth() * 16;
        for (const int column : {DeviceTableModel::Name, DeviceTableModel::Location})
            m_ui->devicesTableView->setColumnWidth(column,
                                                   qMax(m_ui->devicesTableView->columnWidth(column), roomForAName));
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
            (m_notice.isEmpty() ? QString() : QStringLiteral(" · ") + m_notice) +
            (m_session.canChangeFleet() ? QString() : QStringLiteral(" · ") + m_session.fleetChangeRefusal()));
    updateActions();
    showLiveState();
}

void DevicesPage::showLiveState()
{
    const Clock &clock = m_session.clock();
    m_model->setNow(clock.utcNow());
    if (m_session.isDevicesLive()) {
        m_ui->liveLabel->setText(tr("● Live"));
        m_ui->liveLabel->setToolTip(tr("Changes on the server appear here as they happen"));
        return;
    }
    const qint64 updatedMs = m_session.devicesUpdatedMs();
    if (updatedMs == 0) {
        m_ui->liveLabel->clear();
        return;
    }
    const QDateTime updatedAt = clock.utcNow().addMSecs(updatedMs - clock.monotonicMs());
    m_ui->liveLabel->setText(tr("Updated %1").arg(DeviceTableModel::ageText(updatedAt, clock.utcNow())));
    m_ui->liveLabel->setToolTip(tr("The server cannot be followed right now; the list is tried again on its own, "
                                   "or press F5"));
}

QString DevicesPage::listProblemText(const ApiError &error, const QUrl &server)
{
    return tr("Devices not loaded: %1").arg(error.userMessageWithReference(server));
}

void DevicesPage::updateActions()
{
    const std::optional<MerchantDevice> device = selectedDevice();
    m_session.showHistory(device ? device->deviceId : QString());
    const bool mayChange = m_session.canChangeFleet();
    m_ui->releaseButton->setEnabled(mayChange && device && DeviceTableModel::isReleasable(*device));
    m_ui->releaseButton->setToolTip(mayChange ? tr("Release the selected terminal so it can be paired again (Delete)")
                                              : m_session.fleetChangeRefusal());
    m_model->setEditable(mayChange);
    m_ui->devicesTableView->setEditTriggers(mayChange
                                                ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                                      QAbstractItemView::SelectedClicked
                                                : QAbstractItemView::NoEditTriggers);
}

} // namespace viopay
