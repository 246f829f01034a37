#pragma once

#include "merchant/MerchantSession.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ContinueInBrowserPage;
}

namespace viopay {

// "Continue in your browser": shown while the browser has the sign-in. Copy link puts the
// sign-in address on the clipboard (for a browser that did not open, or another one); Cancel
// (or Escape) ends the attempt at once, and nothing is left listening for the browser.
class ContinueInBrowserPage : public QWidget {
    Q_OBJECT

public:
    explicit ContinueInBrowserPage(MerchantSession &session, QWidget *parent = nullptr);
    ~ContinueInBrowserPage() override;

    void prepare(); // focus on Cancel, the link not yet copied

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void copyLink();

    std::unique_ptr<Ui::ContinueInBrowserPage> m_ui;
    MerchantSession &m_session;
};

} // namespace viopay
