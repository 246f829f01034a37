#pragma once

#include "merchant/MerchantSession.h"

#include <QStyledItemDelegate>

namespace viopay {

// Edits a device's location in place: a list of the merchant's locations by name, whose choice
// is written to the model as the location id.
class LocationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    LocationDelegate(const MerchantSession &session, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const MerchantSession &m_session;
};

} // namespace viopay
