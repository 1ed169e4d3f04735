#include "rules/links/author_links.h"

namespace maillint {

bool InAuthorText(const Message& message, size_t offset,
                  bool include_signature) {
  for (const Segment& s : message.anatomy.segments) {
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

std::vector<const Link*> AuthorLinks(const Message& message,
                                     bool include_signature) {
  std::vector<const Link*> out;
  for (const Link& link : message.links) {
    if (InAuthorText(message, link.begin, include_signature))
      out.push_back(&link);
  }
  return out;
}

}  // namespace maillint
