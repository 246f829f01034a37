#pragma once

#include "support/DiagnosisCheck.h"

#include <QDialog>

#include <functional>
#include <memory>

class QTreeWidgetItem;

namespace Ui {
class DiagnoseDialog;
}

namespace viopay {

struct Diagnosis;
class DiagnosisSession;

// "Diagnose a terminal": a terminal's id, Run, then each check as it finishes with its result as an
// icon and a word (never colour alone), its finding, and below the selected check's evidence and
// next step. Copy as text and Save support bundle act on the last finished run. Renders a
// DiagnosisSession; every text from the server is shown as plain text.
class DiagnoseDialog : public QDialog {
    Q_OBJECT

public:
    explicit DiagnoseDialog(DiagnosisSession &session, QWidget *parent = nullptr);
    ~DiagnoseDialog() override;

    // Asks where to save the bundle; a file dialog by default, replaced in tests.
    using AskPath = std::function<QString(QWidget *parent, const QString &suggested)>;
    void setAskPath(AskPath askPath) { m_askPath = std::move(askPath); }

    void setDeviceId(const QString &deviceId);
    // Runs a diagnosis of the typed terminal; a malformed id is said, not sent.
    void run();
    void copyAsText();
    bool saveBundle();

    // "Pass", "Warning", "Fail", "Not available": the word shown beside each icon.
    static QString verdictWord(DiagnosisCheck::Verdict verdict);
    // A shape per verdict (tick, exclamation mark, cross, dash) in its colour.
    static QIcon verdictIcon(DiagnosisCheck::Verdict verdict);

private:
    void started();
    void addCheck(const DiagnosisCheck &check);
    void showFinished(const Diagnosis &diagnosis);
    void showDetails();
    void updateActions();

    std::unique_ptr<Ui::DiagnoseDialog> m_ui;
    DiagnosisSession &m_session;
    AskPath m_askPath;
};

} // namespace viopay
