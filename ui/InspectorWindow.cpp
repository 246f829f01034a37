#include "InspectorWindow.h"
#include "ui_InspectorWindow.h"

#include "StateColors.h"
#include "inspector/ExchangeDetails.h"
#include "inspector/ExchangeFilter.h"
#include "inspector/ExchangeLog.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
#include <QShortcut>

namespace viopay {

namespace {
QString askWithDialog(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, InspectorWindow::tr("Export HAR"), suggested,
                                        InspectorWindow::tr("HTTP Archive (*.har)"));
}
} // namespace

InspectorWindow::InspectorWindow(ExchangeLog &log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::InspectorWindow>())
    , m_log(log)
    , m_filter(new ExchangeFilter(log, this))
    , m_askPath(&askWithDialog)
{
    m_ui->setupUi(this);
    m_ui->exchangesTableView->setModel(m_filter);
    m_ui->detailsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->exchangesTableView->setColumnWidth(ExchangeLog::UrlColumn, 420);
    StateColors::mute(m_ui->statusLabel);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &InspectorWindow::setFilterText);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &InspectorWindow::copyAsCurl);
    connect(m_ui->exportHarButton, &QPushButton::clicked, this, &InspectorWindow::exportHar);
    connect(m_ui->clearButton, &QPushButton::clicked, &m_log, &ExchangeLog::clear);
    connect(m_ui->exchangesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectorWindow::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &InspectorWindow::showCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InspectorWindow::showCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        showCount();
        showSelected();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->filterEdit, qOverload<>(&QWidget::setFocus));
    showSelected();
    showCount();
}

InspectorWindow::~InspectorWindow() = default;

void InspectorWindow::setFilterText(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_filter->setText(text);
    showCount();
}

int InspectorWindow::selectedRow() const
{
    const QModelIndexList rows = m_ui->exchangesTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_filter->mapToSource(rows.constFirst()).row();
}

void InspectorWindow::showSelected()
{
    const int row = selectedRow();
    m_ui->copyCurlButton->setEnabled(row >= 0);
    m_ui->detailsEdit->setPlainText(row >= 0 ? ExchangeDetails::text(m_log.exchange(row))
                                             : tr("Select a request to see its headers, body and timings."));
}

void InspectorWindow::showCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_log.rowCount();
    m_ui->exportHarButton->setEnabled(all > 0);
    m_ui->clearButton->setEnabled(all > 0);
    m_ui->statusLabel->setText(shown == all ? tr("%n request(s)", nullptr, all)
                                            : tr("%1 of %n request(s) match", nullptr, all).arg(shown));
}

void InspectorWindow::copyAsCurl()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QGuiApplication::clipboard()->setText(ExchangeLog::toCurl(m_log.exchange(row)));
    m_ui->statusLabel->setText(tr("Copied as a curl command. Secrets stay redacted: fill them in to run it."));
}

bool InspectorWindow::exportHar()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("viopay-pairing-%1.har")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = m_askPath(this, suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_log.toHar()) < 0 || !file.commit()) {
        m_ui->statusLabel->setText(tr("The HAR file could not be written to %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_ui->statusLabel->setText(tr("Saved %n request(s) to %1.", nullptr, m_log.rowCount()).arg(path));
    return true;
}

} // namespace viopay
