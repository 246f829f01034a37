#include "ApiRequest.h"

namespace viopay {

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace viopay
