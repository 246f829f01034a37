#include "LogText.h"

#include <algorithm>

namespace viopay {

namespace {
bool needsEscape(QChar symbol)
{
    const char16_t code = symbol.unicode();
    return code < 0x20 || code == 0x7f || (code >= 0x80 && code <= 0x9f) || code == u'\\';
}

QString escape(QChar symbol)
{
    switch (symbol.unicode()) {
    case u'\t':
        return QStringLiteral("\\t");
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\\':
        return QStringLiteral("\\\\");
    default:
        break;
    }
    const char16_t code = symbol.unicode();
    const QString digits = QString::number(code, 16).rightJustified(2, u'0');
    return code < 0x80 ? QStringLiteral("\\x") + digits : QStringLiteral("\\u00") + digits;
}
} // namespace

QString escapedForLog(QStringView text)
{
    // Most text needs nothing: one scan, no copy beyond the QString itself.
    if (std::none_of(text.begin(), text.end(), needsEscape))
        return text.toString();
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar symbol : text) {
        if (needsEscape(symbol))
            escaped += escape(symbol);
        else
            escaped += symbol;
    }
    return escaped;
}

QString escapedForLog(const QByteArray &utf8)
{
    return escapedForLog(QString::fromUtf8(utf8));
}

} // namespace viopay
