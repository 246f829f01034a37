#include "DiagnoseDialog.h"
#include "ui_DiagnoseDialog.h"

#include "StateColors.h"
#include "core/DeviceIdentity.h"
#include "support/DiagnosisSession.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>

namespace viopay {

namespace {
using Verdict = DiagnosisCheck::Verdict;
constexpr int CheckRole = Qt::UserRole;

QString askWithDialog(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, DiagnoseDialog::tr("Save support bundle"), suggested,
                                        DiagnoseDialog::tr("Zip archive (*.zip)"));
}

QColor colourOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return StateColors::success();
    case Verdict::Warning:
        return StateColors::warning();
    case Verdict::Fail:
        return StateColors::urgent();
    case Verdict::NotAvailable:
        break;
    }
    return StateColors::muted();
}

// The glyph inside the disc, on a 16 by 16 grid.
QPainterPath glyphOf(Verdict verdict)
{
    QPainterPath path;
    switch (verdict) {
    case Verdict::Pass:
        path.moveTo(4.5, 8.5);
        path.lineTo(7, 11);
        path.lineTo(11.5, 5.5);
        break;
    case Verdict::Warning:
        path.moveTo(8, 3.5);
        path.lineTo(8, 9);
        path.moveTo(8, 11.5);
        path.lineTo(8, 12);
        break;
    case Verdict::Fail:
        path.moveTo(5, 5);
        path.lineTo(11, 11);
        path.moveTo(11, 5);
        path.lineTo(5, 11);
        break;
    case Verdict::NotAvailable:
        path.moveTo(4.5, 8);
        path.lineTo(11.5, 8);
        break;
    }
    return path;
}
} // namespace

DiagnoseDialog::DiagnoseDialog(DiagnosisSession &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DiagnoseDialog>())
    , m_session(session)
    , m_askPath(&askWithDialog)
{
    m_ui->setupUi(this);
    StateColors::mute(m_ui->introLabel);
    m_ui->progressBar->setRange(0, DiagnosisSession::checkCount());
    // Set here, not in the form: uic's code for tree columns trips the reserved-identifier check.
    m_ui->checksTreeWidget->setHeaderLabels({tr("Result"), tr("Check"), tr("Finding")});
    m_ui->checksTreeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checksTreeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->checksTreeWidget->header()->setStretchLastSection(true);
    m_ui->detailsPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->runButton, &QPushButton::clicked, this, &DiagnoseDialog::run);
    connect(m_ui->deviceLineEdit, &QLineEdit::returnPressed, this, &DiagnoseDialog::run);
    connect(m_ui->appVersionLineEdit, &QLineEdit::returnPressed, this, &DiagnoseDialog::run);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &DiagnoseDialog::copyAsText);
    connect(m_ui->saveBundleButton, &QPushButton::clicked, this, &DiagnoseDialog::saveBundle);
    connect(m_ui->checksTreeWidget, &QTreeWidget::currentItemChanged, this, &DiagnoseDialog::showDetails);
    connect(&m_session, &DiagnosisSession::started, this, &DiagnoseDialog::started);
    connect(&m_session, &DiagnosisSession::checkFinished, this, &DiagnoseDialog::addCheck);
    connect(&m_session, &DiagnosisSession::finished, this, &DiagnoseDialog::showFinished);
    m_ui->progressBar->setVisible(false);
    updateActions();
}

DiagnoseDialog::~DiagnoseDialog() = default;

void DiagnoseDialog::setDeviceId(const QString &deviceId)
{
    m_ui->deviceLineEdit->setText(deviceId);
}

void DiagnoseDialog::run()
{
    if (m_session.isRunning())
        return;
    QString problem;
    const std::optional<QString> deviceId =
        DeviceIdentity::normalizeDeviceId(m_ui->deviceLineEdit->text().trimmed(), &problem);
    if (!deviceId) {
        StateColors::showStatus(m_ui->statusLabel, problem, true);
        m_ui->deviceLineEdit->setFocus();
        return;
    }
    m_ui->deviceLineEdit->setText(*deviceId);
    m_session.run(*deviceId, m_ui->appVersionLineEdit->text().trimmed());
}

void DiagnoseDialog::started()
{
    m_ui->checksTreeWidget->clear();
    m_ui->detailsPlainTextEdit->clear();
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    StateColors::showStatus(
        m_ui->statusLabel,
        tr("Checking %1 against %2…").arg(m_session.diagnosis().deviceId, m_session.diagnosis().server.toString()),
        false);
    updateActions();
}

void DiagnoseDialog::addCheck(const DiagnosisCheck &check)
{
    auto *item = new QTreeWidgetItem(m_ui->checksTreeWidget,
                                     {verdictWord(check.verdict), check.title, check.finding.simplified()});
    item->setIcon(0, verdictIcon(check.verdict));
    item->setData(0, CheckRole, int(m_ui->checksTreeWidget->topLevelItemCount() - 1));
    item->setToolTip(2, check.toText());
    m_ui->progressBar->setValue(m_ui->checksTreeWidget->topLevelItemCount());
    if (!m_ui->checksTreeWidget->currentItem() && check.verdict == Verdict::Fail)
        m_ui->checksTreeWidget->setCurrentItem(item); // the first reason it does not pair
}

void DiagnoseDialog::showFinished(const Diagnosis &diagnosis)
{
    m_ui->progressBar->setVisible(false);
    int failed = 0;
    int warnings = 0;
    for (const DiagnosisCheck &check : diagnosis.checks) {
        failed += check.verdict == Verdict::Fail ? 1 : 0;
        warnings += check.verdict == Verdict::Warning ? 1 : 0;
    }
    const QString summary = failed > 0     ? tr("%n check(s) failed: the first is selected below.", nullptr, failed)
                            : warnings > 0 ? tr("No check failed; %n warning(s).", nullptr, warnings)
                                           : tr("Every check passed.");
    StateColors::showStatus(m_ui->statusLabel, summary, failed > 0, failed > 0);
    if (!m_ui->checksTreeWidget->currentItem() && m_ui->checksTreeWidget->topLevelItemCount() > 0)
        m_ui->checksTreeWidget->setCurrentItem(m_ui->checksTreeWidget->topLevelItem(0));
    updateActions();
}

void DiagnoseDialog::showDetails()
{
    const QTreeWidgetItem *item = m_ui->checksTreeWidget->currentItem();
    const int index = item ? item->data(0, CheckRole).toInt() : -1;
    const QList<DiagnosisCheck> &checks = m_session.diagnosis().checks;
    m_ui->detailsPlainTextEdit->setPlainText(index >= 0 && index < checks.size() ? checks[index].toText() : QString());
}

void DiagnoseDialog::copyAsText()
{
    if (!m_session.hasResult())
        return;
    QGuiApplication::clipboard()->setText(m_session.diagnosis().toText());
    StateColors::showStatus(m_ui->statusLabel, tr("The diagnosis is on the clipboard."), false);
}

bool DiagnoseDialog::saveBundle()
{
    if (!m_session.hasResult())
        return false;
    const Diagnosis &diagnosis = m_session.diagnosis();
    const QString suggested = QDir::home().filePath(
        QStringLiteral("viopay-support-%1-%2.zip")
            .arg(diagnosis.deviceId, diagnosis.startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = m_askPath(this, suggested);
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_session.saveBundle(path, &error)) {
        StateColors::showStatus(m_ui->statusLabel, tr("The support bundle was not saved: %1").arg(error), true);
        return false;
    }
    StateColors::showStatus(m_ui->statusLabel,
                            tr("Saved %1. It holds no password, token or key.").arg(QDir::toNativeSeparators(path)),
                            false);
    return true;
}

void DiagnoseDialog::updateActions()
{
    const bool running = m_session.isRunning();
    m_ui->runButton->setEnabled(!running);
    m_ui->copyButton->setEnabled(m_session.hasResult());
    m_ui->saveBundleButton->setEnabled(m_session.hasResult());
}

QString DiagnoseDialog::verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Pass");
    case Verdict::Warning:
        return tr("Warning");
    case Verdict::Fail:
        return tr("Fail");
    case Verdict::NotAvailable:
        break;
    }
    return tr("Not available");
}

QIcon DiagnoseDialog::verdictIcon(Verdict verdict)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colourOf(verdict));
        painter.drawEllipse(QRectF(0.5, 0.5, 15, 15));
        painter.setPen(QPen(StateColors::onBand(), 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(glyphOf(verdict));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace viopay
