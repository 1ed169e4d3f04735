// Builds Anatomy::original: who wrote the quoted message, when, its subject,
// its text without quote markers, and the name it was signed with.
// Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_ORIGINAL_BUILDER_H_
#define MAILLINT_SRC_ANATOMY_ORIGINAL_BUILDER_H_

#include <optional>
#include <vector>

#include "anatomy/anatomy.h"
#include "anatomy/quote_detector.h"
#include "anatomy/text_lines.h"

namespace maillint::anatomy {

// nullopt when the message quotes nothing.
std::optional<QuotedOriginal> BuildOriginal(const std::vector<TextLine>& lines,
                                            const HistoryMap& history);

// The name a message was signed with ("Thanks,\nMaria" -> "Maria"), from
// its lines [first, last]; empty when none is found.
std::string FindSignedName(const std::vector<std::string_view>& lines);

}  // namespace maillint::anatomy

#endif  // MAILLINT_SRC_ANATOMY_ORIGINAL_BUILDER_H_
