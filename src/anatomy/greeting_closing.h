// Salutation ("Hi Ana,") and sign-off ("Best regards,") recognition.
//
// The words are the vocabularies' `greetings`, `closings` and `honorifics`
// (base/vocabulary.h, vocab/<lang>.yml: every language there, among them
// English, Spanish, Portuguese, French, German, Vietnamese, Chinese,
// Korean, Arabic, Haitian Creole, Somali and Russian); this file holds only
// the shapes of the lines around them. Matching is case- and
// accent-insensitive. Used by the segmenter and by rules. Thread-safe.
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
// a comma ("Simone,"), an honorific and a name ("السيدة فاطمة،"), a name
// before a CJK honorific ("王女士，您好！", "김민수 학부모님께,") count; a
// sign-off ("Thanks,") does not.
size_t SalutationLength(std::string_view line);

// True when `line` (trimmed) is a sign-off on its own: "Best regards,",
// "Thanks!", "Regards, Roman", "Saludos cordiales", "祝好！", "박지은 드림"
// (a name before a CJK sign-off). A sentence that merely starts with such
// words is not.
bool IsClosingLine(std::string_view line);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_GREETING_CLOSING_H_
