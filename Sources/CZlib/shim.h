#include <zlib.h>
// zlib's inflateInit2 is a macro; Swift cannot import it, so wrap it.
static inline int czlib_inflateInit2(z_streamp strm, int windowBits) {
  return inflateInit2(strm, windowBits);
}
