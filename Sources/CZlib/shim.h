#include <zlib.h>
// zlib's inflateInit2 / deflateInit2 are macros (they pass the library version and struct
// size for an ABI check); Swift cannot import function-like macros, so wrap them.
static inline int czlib_inflateInit2(z_streamp strm, int windowBits) {
  return inflateInit2(strm, windowBits);
}
static inline int czlib_deflateInit2(z_streamp strm, int level, int windowBits, int memLevel) {
  return deflateInit2(strm, level, Z_DEFLATED, windowBits, memLevel, Z_DEFAULT_STRATEGY);
}
