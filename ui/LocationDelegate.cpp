#include "LocationDelegate.h"

#include <QComboBox>

namespace viopay {

LocationDelegate::LocationDelegate(const MerchantSession &session, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_session(session)
{}

QWidget *LocationDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *locations = new QComboBox(parent);
    locations->setAccessibleName(tr("Location"));
    locations->setAccessibleDescription(tr("The store this terminal belongs to"));
    for (const MerchantLocation &location : m_session.locations())
        locations->addItem(location.name, location.locationId);
    return locations;
}

void LocationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *locations = qobject_cast<QComboBox *>(editor);
    locations->setCurrentIndex(locations->findData(index.data(Qt::EditRole)));
}

void LocationDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *locations = qobject_cast<QComboBox *>(editor);
    if (locations->currentIndex() >= 0)
        model->setData(index, locations->currentData(), Qt::EditRole);
}

} // namespace viopay
