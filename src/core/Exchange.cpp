#include "Exchange.h"

namespace viopay {

namespace {
QByteArray find(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
} // namespace

QByteArray Exchange::requestHeader(const QByteArray &name) const
{
    return find(requestHeaders, name);
}

QByteArray Exchange::responseHeader(const QByteArray &name) const
{
    return find(responseHeaders, name);
}

} // namespace viopay
