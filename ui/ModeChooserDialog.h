#pragma once

#include "core/LaunchMode.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QLabel;
class QRadioButton;
class QSettings;

namespace Ui {
class ModeChooserDialog;
}

namespace viopay {

// What the app opens with when no mode was given on the command line: Kiosk, Merchant or
// Demo, and the server to use. Remembers the last choice in the settings it is given.
class ModeChooserDialog : public QDialog {
    Q_OBJECT

public:
    explicit ModeChooserDialog(QSettings &settings, QWidget *parent = nullptr);
    ~ModeChooserDialog() override;

    // A mode this build cannot open yet is shown disabled with the reason beside it.
    void setModeAvailable(LaunchMode mode, bool available, const QString &reasonIfNot = {});
    // Prefills the server field (from --server), overriding the remembered one.
    void setServer(const QUrl &server);
    // --allow-insecure-http: a plain http:// address to another computer may be opened.
    void setAllowInsecureHttp(bool allow);

    LaunchMode mode() const;
    QUrl server() const; // empty: the embedded sandbox

    void accept() override;

private:
    QRadioButton *buttonFor(LaunchMode mode) const;
    QLabel *hintFor(LaunchMode mode) const;
    void restoreChoice();
    void selectFirstAvailableIfNeeded();
    void updateOpenButton();
    QString serverProblem() const; // empty when the server field may be opened

    std::unique_ptr<Ui::ModeChooserDialog> m_ui;
    QSettings &m_settings;
    bool m_allowInsecureHttp = false;
};

} // namespace viopay
