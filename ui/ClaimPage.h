#pragma once

#include "merchant/MerchantSession.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ClaimPage;
}

namespace viopay {

// The code entry and every claim outcome with what to do next. The typed code stays after an
// error, so a one-symbol typo is corrected, not retyped.
class ClaimPage : public QWidget {
    Q_OBJECT

public:
    explicit ClaimPage(MerchantSession &session, QWidget *parent = nullptr);
    ~ClaimPage() override;

    void focusCode(); // the first empty cell
    void reset();     // a new operator or a new sign-in: nothing of the last claim remains

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void claim();
    void claimAnother();
    void showLocations();
    void onClaimChanged();
    void showOutcome();
    void showLock(); // the time left of a lock, each second
    void showHint(const QString &hint, bool isProblem);
    void showDefaultHint();
    QString attemptsWarning() const;
    void onCodeTyped();
    void focusActionButton();
    void showRefusal(MerchantSession::ClaimOutcome::Kind kind, const QString &reference);
    void showPanel(const QString &title, const QString &text, const QString &reference, const QString &action,
                   const QColor &accent);

    std::unique_ptr<Ui::ClaimPage> m_ui;
    MerchantSession &m_session;
    QTimer *m_lockTicker;
    QString m_defaultHint;
};

} // namespace viopay
