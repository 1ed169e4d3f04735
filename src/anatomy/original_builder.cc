#include "anatomy/original_builder.h"

#include <re2/re2.h>

#include "anatomy/greeting_closing.h"

namespace maillint::anatomy {
namespace {

constexpr size_t kMaxNameBytes = 60;

std::string CleanName(std::string_view line) {
  line = TrimSpace(line);
  while (!line.empty() && (line.front() == '-' || line.front() == ' ')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == ',' || line.back() == '.')) {
    line.remove_suffix(1);
  }
  return std::string(line);
}

bool IsName(std::string_view line) {
  static const RE2 re(
      R"re(^-?\s*\p{L}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*){0,3}[,.]?$)re");
  return line.size() <= kMaxNameBytes && RE2::FullMatch(line, re) &&
         !IsClosingLine(line);
}

// First quote line index after the attribution (or the first quote line).
size_t QuoteStart(const std::vector<TextLine>& lines, const HistoryMap& h) {
  size_t from = h.attributions.empty() ? 0 : h.attributions.front().last + 1;
  for (size_t i = from; i < lines.size(); ++i) {
    if (h.roles[i].history && h.roles[i].type == SegmentType::kQuote) return i;
  }
  return lines.size();
}

}  // namespace

std::string FindSignedName(const std::vector<std::string_view>& lines) {
  for (size_t i = lines.size(); i > 0; --i) {
    std::string_view line = TrimSpace(lines[i - 1]);
    if (!IsClosingLine(line)) continue;
    static const RE2 inline_name(
        R"re([,\s]+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})[\s,.!]*$)re");
    for (size_t k = i; k < lines.size(); ++k) {
      std::string_view next = TrimSpace(lines[k]);
      if (next.empty()) continue;
      return IsName(next) ? CleanName(next) : "";
    }
    std::string name;
    if (RE2::PartialMatch(line, inline_name, &name) && !IsClosingLine(name)) {
      return name;
    }
    return "";
  }
  for (size_t i = lines.size(); i > 0; --i) {
    std::string_view line = TrimSpace(lines[i - 1]);
    if (line.empty()) continue;
    return !line.empty() && line.front() == '-' && IsName(line)
               ? CleanName(line)
               : "";
  }
  return "";
}

std::optional<QuotedOriginal> BuildOriginal(const std::vector<TextLine>& lines,
                                            const HistoryMap& history) {
  size_t start = QuoteStart(lines, history);
  if (start == lines.size() && history.attributions.empty()) {
    return std::nullopt;
  }
  QuotedOriginal original;
  if (!history.attributions.empty()) {
    ParseAttribution(lines, history.attributions.front(), &original);
  }
  int depth = start < lines.size() ? history.roles[start].depth : 0;
  std::vector<std::string_view> body;
  for (size_t i = start; i < lines.size(); ++i) {
    const LineRole& role = history.roles[i];
    if (lines[i].blank()) {
      if (!body.empty() && !body.back().empty()) body.push_back({});
      continue;
    }
    if (!role.history) continue;
    if (role.type == SegmentType::kAttribution && !body.empty()) break;
    if (role.type != SegmentType::kQuote || role.depth != depth) continue;
    body.push_back(lines[i].body);
  }
  while (!body.empty() && body.back().empty()) body.pop_back();
  for (std::string_view line : body) {
    original.text += line;
    original.text += '\n';
  }
  original.signed_name = FindSignedName(body);
  return original;
}

}  // namespace maillint::anatomy
