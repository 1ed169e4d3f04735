// Salutation ("Hi Ana,") and sign-off ("Best regards,") recognition.
//
// Languages: English, Spanish, French, German, Portuguese, Italian, Dutch,
// Vietnamese, Chinese, Japanese, Korean, Arabic, Polish, Danish, Norwegian,
// Swedish, Finnish and Russian. Matching is case-insensitive (Unicode).
// Used by the segmenter and by rules (greeting.*). Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_GREETING_CLOSING_H_
#define MAILLINT_SRC_ANATOMY_GREETING_CLOSING_H_

#include <cstddef>
#include <string_view>

namespace maillint::anatomy {

// Length in bytes of the salutation that starts `line` (already trimmed):
// the whole line when it is only a salutation ("Dear Mr. Lee,", "Hola
// María:", "Good morning"), the prefix up to its punctuation when text
// follows on the same line ("Hi Ana, thanks for ..." -> "Hi Ana,"), or 0
// when the line does not open with a salutation. A bare name line ending in
// a comma ("Simone,") counts; a sign-off ("Thanks,") does not.
size_t SalutationLength(std::string_view line);

// True when `line` (trimmed) is a sign-off on its own: "Best regards,",
// "Thanks!", "Regards, Roman", "Saludos cordiales", "Mit freundlichen
// Grüßen". A sentence that merely starts with such words is not.
bool IsClosingLine(std::string_view line);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_GREETING_CLOSING_H_
