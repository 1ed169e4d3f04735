#include "lint/mask_excerpts.h"

#include <algorithm>
#include <utility>

#include "base/mask.h"

namespace maillint {
namespace {

using Range = std::pair<size_t, size_t>;

// The line of `text` holding `offset`: [start, end) without the '\n'.
Range LineAround(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  size_t start = offset == 0 ? 0 : text.rfind('\n', offset - 1);
  start = start == std::string_view::npos || offset == 0 ? 0 : start + 1;
  size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return {start, end};
}

std::string MaskedLine(std::string_view text, Range line,
                       const std::vector<Range>& sensitive) {
  std::string out;
  size_t pos = line.first;
  for (const Range& r : sensitive) {  // sorted, non-overlapping
    size_t b = std::max(r.first, line.first);
    size_t e = std::min(r.second, line.second);
    if (b >= e || b < pos) continue;
    out += text.substr(pos, b - pos);
    out += MaskValue(text.substr(b, e - b));
    pos = e;
  }
  out += text.substr(pos, line.second - pos);
  return out;
}

}  // namespace

void MaskSensitiveExcerpts(const Message& message, bool show_sensitive,
                           std::vector<Finding>& findings) {
  if (show_sensitive) return;
  std::vector<Range> sensitive;
  for (const Finding& f : findings) {
    if (f.sensitive && f.where.kind == Location::Kind::kBody &&
        f.where.end > f.where.begin) {
      sensitive.emplace_back(f.where.begin, f.where.end);
    }
  }
  if (sensitive.empty()) return;
  std::sort(sensitive.begin(), sensitive.end());
  std::vector<Range> merged;
  for (const Range& r : sensitive) {
    if (!merged.empty() && r.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  std::string_view text = message.body.text;
  for (Finding& f : findings) {
    if (f.where.kind != Location::Kind::kBody || f.excerpt.empty()) continue;
    Range line = LineAround(text, f.where.begin);
    f.excerpt = MaskedLine(text, line, merged);
  }
}

namespace {

void ReplaceAll(std::string& text, const std::string& value,
                const std::string& masked) {
  for (size_t pos = text.find(value); pos != std::string::npos;
       pos = text.find(value, pos + masked.size())) {
    text.replace(pos, value.size(), masked);
  }
}

}  // namespace

void MaskSensitiveValues(bool show_sensitive, std::vector<Finding>& findings,
                         std::string& subject, std::string& from) {
  std::vector<std::string> values;
  for (Finding& f : findings) {
    if (!f.sensitive_value.empty()) values.push_back(f.sensitive_value);
    f.sensitive_value.clear();
  }
  if (show_sensitive || values.empty()) return;
  // Longest first, so a value inside a longer one is masked with it.
  std::sort(values.begin(), values.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() > b.size();
            });
  for (const std::string& v : values) {
    std::string masked = MaskValue(v);
    ReplaceAll(subject, v, masked);
    ReplaceAll(from, v, masked);
    for (Finding& f : findings) {
      ReplaceAll(f.excerpt, v, masked);
      ReplaceAll(f.message, v, masked);
      ReplaceAll(f.suggestion, v, masked);
    }
  }
}

}  // namespace maillint
