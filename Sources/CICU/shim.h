#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ubrk.h>
// ICU renames entry points through version macros (ucnv_open -> ucnv_open_72) that Swift cannot
// import; the Charsets target adds static inline cicu_* wrappers here as it needs them.
