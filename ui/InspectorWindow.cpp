#include "InspectorWindow.h"
#include "ui_InspectorWindow.h"

#include "StateColors.h"
#include "inspector/ExchangeDetails.h"
#include "inspector/ExchangeFilter.h"
#include "inspector/ExchangeJournal.h"
#include "inspector/ExchangeLog.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
#include <QScrollBar>
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
    m_log.setFailureColour(StateColors::urgent());
    m_ui->exchangesTableView->setModel(m_filter);
    for (QPlainTextEdit *edit : {m_ui->headersEdit, m_ui->requestEdit, m_ui->responseEdit, m_ui->timingEdit})
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    fitColumns();
    StateColors::mute(m_ui->statusLabel);
    m_ui->filterProblemLabel->hide();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &InspectorWindow::setFilterText);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &InspectorWindow::copyAsCurl);
    connect(m_ui->exportHarButton, &QPushButton::clicked, this, &InspectorWindow::exportHar);
    connect(m_ui->clearButton, &QPushButton::clicked, &m_log, &ExchangeLog::clear);
    connect(m_ui->exchangesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectorWindow::showSelected);
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *scrollBar = m_ui->exchangesTableView->verticalScrollBar();
        m_followNewest = scrollBar->value() == scrollBar->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        showCount();
        widenColumnsFor(first, last);
        if (m_followNewest)
            m_ui->exchangesTableView->scrollToBottom();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &InspectorWindow::showCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        showCount();
        showSelected();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_ui->filterEdit, qOverload<>(&QWidget::setFocus));
    // The key that opened it closes it too.
    for (const char *keys : {"Esc", "Ctrl+W", "Ctrl+Shift+I"}) {
        auto *close = new QShortcut(QKeySequence(QString::fromLatin1(keys)), this);
        connect(close, &QShortcut::activated, this, &QWidget::close);
    }
    m_ui->keepLogCheckBox->hide();
    m_ui->forgetLogButton->hide();
    showSelected();
    showCount();
}

InspectorWindow::~InspectorWindow() = default;

void InspectorWindow::setJournal(ExchangeJournal *journal)
{
    m_journal = journal;
    m_ui->keepLogCheckBox->setVisible(journal);
    m_ui->forgetLogButton->setVisible(journal);
    if (!journal)
        return;
    m_ui->keepLogCheckBox->setChecked(journal->isEnabled());
    connect(m_ui->keepLogCheckBox, &QCheckBox::toggled, journal, &ExchangeJournal::setEnabled);
    connect(m_ui->forgetLogButton, &QPushButton::clicked, this, &InspectorWindow::forgetLog);
}

bool InspectorWindow::forgetLog()
{
    if (!m_journal)
        return false;
    QString error;
    if (!m_journal->forget(&error)) {
        m_ui->statusLabel->setText(tr("The kept log could not be deleted: %1").arg(error));
        return false;
    }
    m_ui->statusLabel->setText(tr("The kept log is deleted and this list is empty."));
    return true;
}

void InspectorWindow::setFilterText(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_filter->setText(text);
    StateColors::showStatus(m_ui->filterProblemLabel, m_filter->problem(), true);
    m_ui->filterProblemLabel->setVisible(!m_filter->problem().isEmpty());
    showCount();
}

// The short columns as wide as their longest text (a status can be a whole error message), the
// URL a fixed width, the trace id the rest.
void InspectorWindow::fitColumns()
{
    m_ui->exchangesTableView->resizeColumnsToContents();
    m_ui->exchangesTableView->setColumnWidth(ExchangeLog::UrlColumn, 360);
}

// New rows widen a short column that would cut them off (a header's ResizeToContents does not
// follow inserted rows).
void InspectorWindow::widenColumnsFor(int firstRow, int lastRow)
{
    QTableView *view = m_ui->exchangesTableView;
    // The delegate's measure leaves no room for rounding: a pixel short and the text is elided.
    const int room = view->fontMetrics().horizontalAdvance(QLatin1Char(' '));
    for (int column : {ExchangeLog::TimeColumn, ExchangeLog::SenderColumn, ExchangeLog::MethodColumn,
                       ExchangeLog::StatusColumn, ExchangeLog::DurationColumn}) {
        int width = view->columnWidth(column);
        for (int row = firstRow; row <= lastRow; ++row)
            width = qMax(width, view->sizeHintForIndex(m_filter->index(row, column)).width() + room);
        view->setColumnWidth(column, width);
    }
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
    if (row < 0) {
        m_ui->headersEdit->setPlainText(tr("Select a request to see its headers, body and timings."));
        for (QPlainTextEdit *edit : {m_ui->requestEdit, m_ui->responseEdit, m_ui->timingEdit})
            edit->clear();
        return;
    }
    const Exchange &exchange = m_log.exchange(row);
    m_ui->headersEdit->setPlainText(ExchangeDetails::headers(exchange));
    m_ui->requestEdit->setPlainText(ExchangeDetails::request(exchange));
    m_ui->responseEdit->setPlainText(ExchangeDetails::response(exchange));
    m_ui->timingEdit->setPlainText(ExchangeDetails::timing(exchange));
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
