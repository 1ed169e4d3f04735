#include "rules/service_text.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {

ScopeText OwnText(const Message& message) {
  ScopeText out;
  for (const Segment& s : message.anatomy.segments) {
    if (s.type != SegmentType::kGreeting && s.type != SegmentType::kNewText &&
        s.type != SegmentType::kClosing) {
      continue;
    }
    size_t end = std::min(s.end, message.body.text.size());
    if (s.begin >= end) continue;
    out.Append(
        std::string_view(message.body.text).substr(s.begin, end - s.begin),
        Location::Body(s.begin, end));
  }
  return out;
}

bool IsReply(const Message& message) {
  static const RE2 reply_prefix(
      R"re((?i)^\s*(?:re|aw|sv|vs|rv|res|ref|antw|odp|vá|回复|回覆|답장)\s*(?:\[\d+\])?\s*[:：])re");
  if (!message.in_reply_to.empty() || !message.references.empty() ||
      message.anatomy.original) {
    return true;
  }
  if (!message.anatomy.Find(SegmentType::kQuote).empty() ||
      !message.anatomy.Find(SegmentType::kAttribution).empty()) {
    return true;
  }
  return RE2::PartialMatch(message.subject, reply_prefix);
}

bool HasExternalAudience(const Message& message, const Config& config) {
  if (config.organization.domains.empty()) return true;
  std::vector<Address> recipients = message.Recipients();
  if (recipients.empty()) return true;
  return std::any_of(
      recipients.begin(), recipients.end(),
      [&](const Address& a) { return !config.IsInternalAddress(a.address); });
}

std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t offset) {
  size_t begin = 0;
  for (size_t i = std::min(offset, text.size()); i > 0; --i) {
    char c = text[i - 1];
    bool stop = (c == '.' || c == '!' || c == '?') && i < text.size() &&
                (text[i] == ' ' || text[i] == '\n');
    bool blank = c == '\n' && i >= 2 && text[i - 2] == '\n';
    if (stop || blank) {
      begin = i;
      break;
    }
  }
  size_t end = text.size();
  for (size_t i = offset; i < text.size(); ++i) {
    char c = text[i];
    if ((c == '.' || c == '!' || c == '?') &&
        (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) {
      end = i + 1;
      break;
    }
    if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') {
      end = i;
      break;
    }
  }
  return {begin, end};
}

std::pair<size_t, size_t> ParagraphAround(std::string_view text,
                                          size_t offset) {
  size_t begin = text.rfind("\n\n", offset);
  begin = begin == std::string_view::npos ? 0 : begin + 2;
  size_t end = text.find("\n\n", offset);
  return {begin, end == std::string_view::npos ? text.size() : end};
}

size_t FindFrom(const RE2& re, std::string_view text, size_t from,
                size_t* end) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  if (from > text.size() ||
      !re.Match(input, from, text.size(), RE2::UNANCHORED, &match, 1)) {
    return std::string_view::npos;
  }
  size_t begin = static_cast<size_t>(match.data() - text.data());
  if (end != nullptr) *end = begin + match.size();
  return begin;
}

bool Contains(const RE2& re, std::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

const RE2& EmailPattern() {
  static const RE2 re(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  return re;
}

const RE2& PhonePattern() {
  static const RE2 re(
      R"((?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|(?i:\bext\.? ?\d{2,5}\b))");
  return re;
}

const RE2& UrlPattern() {
  static const RE2 re(R"((?i)\bhttps?://\S+|\bwww\.[a-z0-9-]+\.\S+)");
  return re;
}

}  // namespace maillint
