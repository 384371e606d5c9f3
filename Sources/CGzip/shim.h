// CGzip: Debian's zlib (zlib1g-dev) for `.gz` run files. Foundation on Linux has no gzip API.
// Not named CZlib: ZIPFoundation's own zlib module is `CZlib`, and two modules of one name clash.
#ifndef CGZIP_SHIM_H
#define CGZIP_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro (it passes ZLIB_VERSION and the stream size), which Swift cannot import.
static inline int cgzip_inflate_init2(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}

// deflateInit2 is a macro too; the synthesizer gzips the files of the exports it writes.
static inline int cgzip_deflate_init2(z_stream *stream, int level, int window_bits) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
}
#endif
