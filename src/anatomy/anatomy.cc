#include "anatomy/anatomy.h"

#include <algorithm>

namespace maillint {
namespace {

struct TypeName {
  SegmentType type;
  const char* name;
};

constexpr TypeName kTypeNames[] = {
    {SegmentType::kGreeting, "greeting"},
    {SegmentType::kNewText, "new-text"},
    {SegmentType::kClosing, "closing"},
    {SegmentType::kSignature, "signature"},
    {SegmentType::kDisclaimer, "disclaimer"},
    {SegmentType::kAttribution, "attribution"},
    {SegmentType::kQuote, "quote"},
    {SegmentType::kForwarded, "forwarded"},
};

}  // namespace

const char* SegmentTypeName(SegmentType type) {
  for (const TypeName& t : kTypeNames) {
    if (t.type == type) return t.name;
  }
  return "new-text";
}

std::optional<SegmentType> ParseSegmentType(std::string_view name) {
  for (const TypeName& t : kTypeNames) {
    if (name == t.name) return t.type;
  }
  return std::nullopt;
}

std::vector<const Segment*> Anatomy::Find(SegmentType type) const {
  std::vector<const Segment*> out;
  for (const Segment& s : segments) {
    if (s.type == type) out.push_back(&s);
  }
  return out;
}

std::string Anatomy::Text(std::string_view body, SegmentType type) const {
  std::string out;
  for (const Segment* s : Find(type)) {
    out.append(body.substr(s->begin, s->end - s->begin));
    out += '\n';
  }
  return out;
}

bool Anatomy::IsPlainMessage() const {
  return std::all_of(segments.begin(), segments.end(), [](const Segment& s) {
    return s.type == SegmentType::kNewText;
  });
}

}  // namespace maillint
