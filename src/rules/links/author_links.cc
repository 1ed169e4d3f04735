#include "rules/links/author_links.h"

namespace maillint {

bool InAuthorText(const Analysis& analysis, size_t offset,
                  bool include_signature) {
  for (const Segment& s : analysis.anatomy().segments) {
    if (offset < s.begin || offset >= s.end) continue;
    switch (s.type) {
      case SegmentType::kGreeting:
      case SegmentType::kNewText:
      case SegmentType::kClosing:
        return true;
      case SegmentType::kSignature:
        return include_signature;
      default:
        return false;
    }
  }
  return false;
}

std::vector<const Link*> AuthorLinks(const Analysis& analysis,
                                     bool include_signature) {
  std::vector<const Link*> out;
  for (const Link& link : analysis.message().links) {
    if (InAuthorText(analysis, link.begin, include_signature))
      out.push_back(&link);
  }
  return out;
}

}  // namespace maillint
