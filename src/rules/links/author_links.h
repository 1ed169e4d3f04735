// Which links the author wrote: those inside the greeting, new text and
// closing segments (and optionally the signature). Quoted links were written
// by someone else and are never judged.
#ifndef MAILLINT_SRC_RULES_LINKS_AUTHOR_LINKS_H_
#define MAILLINT_SRC_RULES_LINKS_AUTHOR_LINKS_H_

#include <vector>

#include "analysis/analysis.h"
#include "mail/message.h"

namespace maillint {

// True when body byte `offset` lies in an author segment.
bool InAuthorText(const Analysis& analysis, size_t offset,
                  bool include_signature);

std::vector<const Link*> AuthorLinks(const Analysis& analysis,
                                     bool include_signature);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_AUTHOR_LINKS_H_
