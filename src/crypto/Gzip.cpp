#include "Gzip.h"

#include <QtGlobal>

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace viopay::crypto {

namespace {
// windowBits 15 (the largest window) + 16: a gzip header and trailer instead of zlib's.
constexpr int GzipWindowBits = 15 + 16;
constexpr int DefaultMemLevel = 8;
constexpr qsizetype OutputStep = 16 * 1024;

struct DeflateEnd {
    void operator()(z_stream *stream) const { deflateEnd(stream); }
};
struct InflateEnd {
    void operator()(z_stream *stream) const { inflateEnd(stream); }
};

Bytef *input(const QByteArray &data)
{
    // zlib's next_in is not const in its API, but zlib never writes through it.
    return reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
}
} // namespace

QByteArray Gzip::compress(const QByteArray &data)
{
    z_stream stream{};
    // Only fails for lack of memory, which Qt treats as fatal everywhere else too.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, GzipWindowBits, DefaultMemLevel, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        qFatal("zlib deflateInit2 failed");
    const std::unique_ptr<z_stream, DeflateEnd> end(&stream);
    QByteArray output(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = input(data);
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());
    // deflateBound is enough output for one Z_FINISH call.
    if (deflate(&stream, Z_FINISH) != Z_STREAM_END)
        qFatal("zlib deflate did not finish within deflateBound");
    output.truncate(qsizetype(stream.total_out));
    return output;
}

Expected<QByteArray, Gzip::Error> Gzip::decompress(const QByteArray &gzip, qsizetype maxSize)
{
    z_stream stream{};
    if (inflateInit2(&stream, GzipWindowBits) != Z_OK)
        qFatal("zlib inflateInit2 failed");
    const std::unique_ptr<z_stream, InflateEnd> end(&stream);
    stream.next_in = input(gzip);
    stream.avail_in = uInt(gzip.size());
    QByteArray output;
    int status = Z_OK;
    while (status == Z_OK) {
        // One byte beyond the cap is enough to know the cap is exceeded.
        const qsizetype room = std::min(OutputStep, maxSize + 1 - output.size());
        const qsizetype before = output.size();
        output.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(output.data() + before);
        stream.avail_out = uInt(room);
        status = inflate(&stream, Z_NO_FLUSH);
        output.truncate(before + room - qsizetype(stream.avail_out));
        if (output.size() > maxSize)
            return Error::TooLarge;
        // With output room left, no progress means the input ended before the stream did.
        if (status == Z_BUF_ERROR)
            return Error::Corrupt;
    }
    if (status != Z_STREAM_END || stream.avail_in != 0)
        return Error::Corrupt;
    return output;
}

} // namespace viopay::crypto
