#include "ModeChooserDialog.h"
#include "ui_ModeChooserDialog.h"

#include "StateColors.h"
#include "core/ServerUrl.h"
#include "core/SettingsKeys.h"

#include <QIcon>
#include <QPushButton>
#include <QSettings>

#include <algorithm>
#include <iterator>

namespace viopay {

namespace {
// Each mode, in the order offered: its name in the settings, its button and its hint.
struct ModeRow {
    LaunchMode mode;
    const char *settingsName;
    QRadioButton *Ui::ModeChooserDialog::*button;
    QLabel *Ui::ModeChooserDialog::*hint;
};
constexpr ModeRow modeRows[] = {
    {LaunchMode::Demo, "demo", &Ui::ModeChooserDialog::demoRadioButton, &Ui::ModeChooserDialog::demoHintLabel},
    {LaunchMode::Kiosk, "kiosk", &Ui::ModeChooserDialog::kioskRadioButton, &Ui::ModeChooserDialog::kioskHintLabel},
    {LaunchMode::Merchant, "merchant", &Ui::ModeChooserDialog::merchantRadioButton,
     &Ui::ModeChooserDialog::merchantHintLabel},
};

const ModeRow &rowFor(LaunchMode mode)
{
    return *std::find_if(std::begin(modeRows), std::end(modeRows),
                         [mode](const ModeRow &row) { return row.mode == mode; });
}

QString settingsName(LaunchMode mode)
{
    return QLatin1String(rowFor(mode).settingsName);
}

constexpr char plainHintProperty[] = "plainHint";
} // namespace

ModeChooserDialog::ModeChooserDialog(QSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ModeChooserDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // The standard Open button carries a folder icon on some desktops; nothing is opened from disk.
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setIcon(QIcon());
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    for (QLabel *hint : {m_ui->kioskHintLabel, m_ui->merchantHintLabel, m_ui->demoHintLabel, m_ui->serverHintLabel})
        StateColors::mute(hint);

    for (const ModeRow &row : modeRows)
        connect(buttonFor(row.mode), &QRadioButton::toggled, this, &ModeChooserDialog::updateOpenButton);
    connect(m_ui->serverLineEdit, &QLineEdit::textChanged, this, &ModeChooserDialog::updateOpenButton);
    restoreChoice();
    updateOpenButton();
}

ModeChooserDialog::~ModeChooserDialog() = default;

void ModeChooserDialog::setModeAvailable(LaunchMode mode, bool available, const QString &reasonIfNot)
{
    QRadioButton *button = buttonFor(mode);
    button->setEnabled(available);
    button->setToolTip(available ? QString() : reasonIfNot);
    QLabel *hint = hintFor(mode);
    if (!hint->property(plainHintProperty).isValid())
        hint->setProperty(plainHintProperty, hint->text());
    const QString plainHint = hint->property(plainHintProperty).toString();
    hint->setText(available || reasonIfNot.isEmpty() ? plainHint : plainHint + QLatin1Char(' ') + reasonIfNot);
    if (!available && button->isChecked()) {
        button->setAutoExclusive(false);
        button->setChecked(false);
        button->setAutoExclusive(true);
    }
    selectFirstAvailableIfNeeded();
    updateOpenButton();
}

void ModeChooserDialog::setServer(const QUrl &server)
{
    m_ui->serverLineEdit->setText(server.toString());
}

void ModeChooserDialog::setAllowInsecureHttp(bool allow)
{
    m_allowInsecureHttp = allow;
    updateOpenButton();
}

LaunchMode ModeChooserDialog::mode() const
{
    for (const ModeRow &row : modeRows)
        if (buttonFor(row.mode)->isChecked())
            return row.mode;
    return LaunchMode::Demo;
}

QUrl ModeChooserDialog::server() const
{
    return ServerUrl::parse(m_ui->serverLineEdit->text()).value_or(QUrl());
}

void ModeChooserDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Open)->isEnabled())
        return;
    m_settings.setValue(SettingsKeys::ChooserMode, settingsName(mode()));
    m_settings.setValue(SettingsKeys::ChooserServer, m_ui->serverLineEdit->text().trimmed());
    QDialog::accept();
}

QRadioButton *ModeChooserDialog::buttonFor(LaunchMode mode) const
{
    return (*m_ui).*rowFor(mode).button;
}

QLabel *ModeChooserDialog::hintFor(LaunchMode mode) const
{
    return (*m_ui).*rowFor(mode).hint;
}

void ModeChooserDialog::restoreChoice()
{
    const QString remembered = m_settings.value(SettingsKeys::ChooserMode, settingsName(LaunchMode::Demo)).toString();
    for (const ModeRow &row : modeRows)
        if (settingsName(row.mode) == remembered)
            buttonFor(row.mode)->setChecked(true);
    m_ui->serverLineEdit->setText(m_settings.value(SettingsKeys::ChooserServer).toString());
}

void ModeChooserDialog::selectFirstAvailableIfNeeded()
{
    for (const ModeRow &row : modeRows)
        if (buttonFor(row.mode)->isChecked())
            return;
    for (const ModeRow &row : modeRows) {
        if (buttonFor(row.mode)->isEnabled()) {
            buttonFor(row.mode)->setChecked(true);
            return;
        }
    }
}

QString ModeChooserDialog::serverProblem() const
{
    const QString text = m_ui->serverLineEdit->text();
    if (text.trimmed().isEmpty())
        return {};
    const std::optional<QUrl> url = ServerUrl::parse(text);
    if (!url)
        return tr("Enter an http:// or https:// address with a host name, such as https://api.viopay.io.");
    return ServerUrl::refusalFor(*url, m_allowInsecureHttp);
}

void ModeChooserDialog::updateOpenButton()
{
    const QString problem = serverProblem();
    // A refused address is an error to fix, so it reads in the error colour, not as a quiet hint.
    StateColors::showStatus(m_ui->serverHintLabel,
                            problem.isEmpty() ? tr("Leave empty to use the built-in sandbox.") : problem,
                            !problem.isEmpty());
    const bool modeChosen = buttonFor(mode())->isChecked() && buttonFor(mode())->isEnabled();
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty() && modeChosen);
}

} // namespace viopay
