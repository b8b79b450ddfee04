#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ubrk.h>
// ICU renames entry points through version macros (ucnv_open -> ucnv_open_72) that Swift cannot
// import; the Charsets target adds static inline cicu_* wrappers here as it needs them.

// MARK: - ucnv (conversion)

static inline UConverter *cicu_ucnv_open(const char *name, UErrorCode *status) {
  return ucnv_open(name, status);
}

static inline void cicu_ucnv_close(UConverter *cnv) { ucnv_close(cnv); }

/// To-Unicode callback that writes U+FFFD for every illegal, irregular or unassigned sequence and
/// counts it in the int32_t that `context` points to.
///
/// ICU's own SUBSTITUTE callback writes U+001A instead of U+FFFD for converters that have a
/// single-byte substitution character (windows-949 among them), and it cannot count.
static void cicu_counting_to_u_callback(const void *context, UConverterToUnicodeArgs *args,
                                        const char *codeUnits, int32_t length,
                                        UConverterCallbackReason reason, UErrorCode *err) {
  (void)codeUnits;
  (void)length;
  if (reason <= UCNV_IRREGULAR) {
    static const UChar replacement = 0xFFFD;
    *(int32_t *)context += 1;
    *err = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
  }
}

/// Converts `src` to UTF-16 with `cnv`, replacing invalid input by U+FFFD and counting the
/// replacements into `*replacements` (which must stay valid for the duration of the call).
/// Returns the UTF-16 length; U_BUFFER_OVERFLOW_ERROR means `destCapacity` was too small.
static inline int32_t cicu_to_uchars_counting(UConverter *cnv, UChar *dest, int32_t destCapacity,
                                              const char *src, int32_t srcLength,
                                              int32_t *replacements, UErrorCode *status) {
  *replacements = 0;
  ucnv_setToUCallBack(cnv, cicu_counting_to_u_callback, replacements, NULL, NULL, status);
  if (U_FAILURE(*status)) return 0;
  return ucnv_toUChars(cnv, dest, destCapacity, src, srcLength, status);
}

static inline int32_t cicu_ucnv_fromUChars(UConverter *cnv, char *dest, int32_t destCapacity,
                                           const UChar *src, int32_t srcLength, UErrorCode *status) {
  return ucnv_fromUChars(cnv, dest, destCapacity, src, srcLength, status);
}

// MARK: - ucsdet (detection)

static inline UCharsetDetector *cicu_ucsdet_open(UErrorCode *status) { return ucsdet_open(status); }

static inline void cicu_ucsdet_close(UCharsetDetector *det) { ucsdet_close(det); }

static inline void cicu_ucsdet_setText(UCharsetDetector *det, const char *text, int32_t length,
                                       UErrorCode *status) {
  ucsdet_setText(det, text, length, status);
}

static inline UBool cicu_ucsdet_enableInputFilter(UCharsetDetector *det, UBool filter) {
  return ucsdet_enableInputFilter(det, filter);
}

static inline const UCharsetMatch **cicu_ucsdet_detectAll(UCharsetDetector *det, int32_t *found,
                                                          UErrorCode *status) {
  return ucsdet_detectAll(det, found, status);
}

static inline const char *cicu_ucsdet_getName(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getName(match, status);
}

static inline int32_t cicu_ucsdet_getConfidence(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getConfidence(match, status);
}
