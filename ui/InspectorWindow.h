#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class InspectorWindow;
}

namespace viopay {

class ExchangeFilter;
class ExchangeJournal;
class ExchangeLog;

// The network inspector: every request of this run in start order, live (following the newest
// unless the user scrolled away), failures in the problem colour, filtered by text and terms
// like status:4xx (see ExchangeFilter), with the selected one's headers, bodies and timing in
// tabs; Copy as cURL, Export HAR, Clear, and keeping the log across restarts; Esc, Ctrl+W or Ctrl+Shift+I close it.
// Everything it shows was redacted when recorded.
class InspectorWindow : public QWidget {
    Q_OBJECT

public:
    // Asks where to save the HAR file; a file dialog by default, replaced in tests.
    using AskPath = std::function<QString(QWidget *parent, const QString &suggested)>;

    explicit InspectorWindow(ExchangeLog &log, QWidget *parent = nullptr);
    ~InspectorWindow() override;

    void setAskPath(AskPath askPath) { m_askPath = std::move(askPath); }
    // Offers "Keep after restart" and "Forget the log" for this journal of the log (none: hidden).
    void setJournal(ExchangeJournal *journal);
    bool forgetLog();
    void setFilterText(const QString &text);
    void copyAsCurl();
    bool exportHar();

private:
    void showSelected();
    void showCount();
    void fitColumns();
    void widenColumnsFor(int firstRow, int lastRow);
    int selectedRow() const; // in the log; -1 when none

    std::unique_ptr<Ui::InspectorWindow> m_ui;
    ExchangeLog &m_log;
    ExchangeFilter *m_filter;
    ExchangeJournal *m_journal = nullptr;
    AskPath m_askPath;
    bool m_followNewest = true; // new rows scroll into view until the user scrolls away from the end
};

} // namespace viopay
