#include "LocationComboBox.h"

#include "merchant/MerchantSession.h"

namespace viopay {

LocationComboBox::LocationComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

void LocationComboBox::showLocations(const MerchantSession &session)
{
    const QList<MerchantLocation> &locations = session.locations();
    QStringList shown;
    for (int index = 1; index < count(); ++index)
        shown << itemData(index).toString();
    QStringList known;
    for (const MerchantLocation &location : locations)
        known << location.locationId;
    setEnabled(!locations.isEmpty() && session.canChangeFleet());
    if (count() > 0 && shown == known)
        return; // the same locations: the operator's choice stays
    clear();
    addItem(tr("None"), QString());
    for (const MerchantLocation &location : locations)
        addItem(location.name, location.locationId);
    setCurrentIndex(qMax(0, findData(session.lastLocationId())));
}

} // namespace viopay
