// libdeflate: whole-buffer DEFLATE/gzip, used by Ingest for small gzip files read whole.
// Only Ingest imports this module (see Package.swift); nothing needs wrapping.
#include <libdeflate.h>
