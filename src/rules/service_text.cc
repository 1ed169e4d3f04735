#include "rules/service_text.h"

#include <algorithm>

#include "base/text.h"

namespace maillint {

bool CanJudge(VocabList list, const Analysis& analysis) {
  const DetectedLanguage& detected = analysis.own_language();
  if (!detected.known()) return Vocab().Has(list, "un");
  return Vocab().Has(
      list, detected.code.substr(0, detected.code.find_first_of("-_")));
}

bool MentionsAny(VocabList list, std::string_view text) {
  return Vocab().Mentions(list, text);
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
