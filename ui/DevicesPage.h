#pragma once

#include "merchant/MerchantSession.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class DevicesPage;
}

namespace viopay {

class DeviceHistoryModel;
class DeviceTableModel;

// The merchant's devices in a sortable, filterable table that follows the server live (the
// state beside the buttons: "Live", or the list's age); Refresh, and Release after a
// confirmation that names the device.
class DevicesPage : public QWidget {
    Q_OBJECT

public:
    // Asks the operator to confirm releasing a device; the dialog by default, replaced in tests.
    using Confirm = std::function<bool(QWidget *parent, const MerchantDevice &device, const QString &merchant)>;

    explicit DevicesPage(MerchantSession &session, QWidget *parent = nullptr);
    ~DevicesPage() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void refresh();
    void releaseSelected();
    // Writes the whole list (not only the rows the filter shows) as CSV; false, and said, on failure.
    bool exportListTo(const QString &path);
    bool exportHistoryTo(const QString &path); // the selected terminal's

Q_SIGNALS:
    // The requests of a history event, to show in the network inspector.
    void traceRequested(const QString &traceId);

private:
    void showDevices();
    void showLiveState();
    void showHistory();
    bool saveCsv(const QString &path, const QList<QStringList> &rows, int count);
    void updateActions();
    std::optional<MerchantDevice> selectedDevice() const;
    static bool confirmWithDialog(QWidget *parent, const MerchantDevice &device, const QString &merchant);

public:
    // What the status line says when the list did not arrive.
    static QString listProblemText(const ApiError &error, const QUrl &server);

private:
    std::unique_ptr<Ui::DevicesPage> m_ui;
    MerchantSession &m_session;
    DeviceTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    DeviceHistoryModel *m_history;
    Confirm m_confirm = &DevicesPage::confirmWithDialog;
    QString m_notice; // the last release's outcome, shown beside the count
    bool m_columnsSized = false;
    QTimer m_ageTick; // the ages shown ("2 min ago", "Updated 12 s ago") move on with it
};

} // namespace viopay
