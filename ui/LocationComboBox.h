#pragma once

#include <QComboBox>

namespace viopay {

class MerchantSession;

// The merchant's locations to choose one for the terminals claimed next: "None" first, then each
// location by name (its id as the item's data). A rollout fills one store, so the last location
// chosen for a claim is offered again, and the operator's choice stays while the list is the same.
class LocationComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit LocationComboBox(QWidget *parent = nullptr);

    void showLocations(const MerchantSession &session);
    QString locationId() const { return currentData().toString(); } // empty: none
};

} // namespace viopay
