#include "rules/confidentiality/scope.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "base/mask.h"

namespace maillint::confidentiality {
namespace {

bool IsQuoted(SegmentType type) {
  return type == SegmentType::kQuote || type == SegmentType::kAttribution ||
         type == SegmentType::kForwarded;
}

// Splits [begin, end) at blank lines and drops notice paragraphs.
void AddWithoutNotices(std::string_view text, size_t begin, size_t end,
                       bool quoted, std::vector<TextRange>& out) {
  size_t start = begin;
  while (start < end) {
    size_t blank = text.find("\n\n", start);
    size_t stop =
        blank == std::string_view::npos ? end : std::min(end, blank + 1);
    std::string_view paragraph = text.substr(start, stop - start);
    if (!IsConfidentialityNotice(paragraph)) {
      if (!out.empty() && out.back().end == start &&
          out.back().quoted == quoted) {
        out.back().end = stop;
      } else {
        out.push_back({start, stop, quoted});
      }
    }
    start = stop;
    while (start < end && text[start] == '\n') ++start;
  }
}

}  // namespace

bool IsConfidentialityNotice(std::string_view paragraph) {
  static const RE2 notice(
      R"((?i)(intended (recipient|solely|only)|received this )"
      R"((e-?mail|message|communication|transmission) in error|)"
      R"(notify the sender|unauthori[sz]ed (review|use|disclosure)|)"
      R"(strictly prohibited|destinatario|por error|aviso de confidencialidad))");
  static const RE2 topic(R"((?i)(confiden|privileg|ferpa|privacy|privacidad))");
  re2::StringPiece p(paragraph.data(), paragraph.size());
  return RE2::PartialMatch(p, notice) && RE2::PartialMatch(p, topic);
}

std::vector<TextRange> ScanRanges(const Analysis& analysis) {
  const Message& message = analysis.message();
  std::string_view text = message.body.text;
  std::vector<TextRange> out;
  if (analysis.anatomy().segments.empty()) {
    AddWithoutNotices(text, 0, text.size(), false, out);
    return out;
  }
  for (const Segment& s : analysis.anatomy().segments) {
    if (s.type == SegmentType::kDisclaimer) continue;
    size_t end = std::min(s.end, text.size());
    if (s.begin >= end) continue;
    AddWithoutNotices(text, s.begin, end, IsQuoted(s.type), out);
  }
  return out;
}

std::vector<PersonHeader> PersonWrittenHeaders(const Message& message) {
  std::vector<PersonHeader> out;
  if (!message.subject.empty()) out.push_back({"Subject", message.subject});
  for (const char* name : {"Comments", "Keywords", "Thread-Topic", "Summary"}) {
    const HeaderField* h = message.FindHeader(name);
    if (h != nullptr && !h->value.empty()) out.push_back({name, h->value});
  }
  const std::pair<const char*, const std::vector<Address>*> lists[] = {
      {"From", &message.from},
      {"To", &message.to},
      {"Cc", &message.cc},
      {"Bcc", &message.bcc},
      {"Reply-To", &message.reply_to}};
  for (const auto& [name, list] : lists) {
    std::string names;
    for (const Address& a : *list) {
      if (a.display_name.empty()) continue;
      names += (names.empty() ? "" : ", ") + a.display_name;
    }
    if (!names.empty()) out.push_back({name, names});
  }
  return out;
}

std::vector<Address> ExternalRecipients(const Message& message,
                                        const Config& config) {
  std::vector<Address> out;
  for (const Address& a : message.Recipients()) {
    if (!a.address.empty() && !config.IsInternalAddress(a.address)) {
      out.push_back(a);
    }
  }
  return out;
}

bool IsWebmailDomain(std::string_view domain) {
  static const std::set<std::string_view> kWebmail = {
      "gmail.com",   "googlemail.com", "yahoo.com",  "ymail.com",
      "hotmail.com", "outlook.com",    "live.com",   "msn.com",
      "aol.com",     "icloud.com",     "me.com",     "mac.com",
      "comcast.net", "verizon.net",    "att.net",    "sbcglobal.net",
      "proton.me",   "protonmail.com", "gmx.com",    "mail.com",
      "yahoo.es",    "hotmail.es",     "outlook.es", "zoho.com"};
  return kWebmail.count(domain) > 0;
}

bool IsListMessage(const Message& message) {
  static const RE2 list_address(
      R"((?i)(^[^@]*(-l|-list|-users|-devel|-announce|-discuss)@|@lists?\.|)"
      R"(@googlegroups\.com$|@groups\.|^[^@]*list[^@]*@))");
  if (message.FindHeader("List-Id") != nullptr ||
      message.FindHeader("List-Post") != nullptr) {
    return true;
  }
  for (const Address& a : message.Recipients()) {
    if (RE2::PartialMatch(a.address, list_address)) return true;
  }
  return false;
}

Severity SeverityFor(Severity configured, const Message& message,
                     const Config& config) {
  if (message.Recipients().empty()) return configured;
  if (!ExternalRecipients(message, config).empty()) return configured;
  return std::min(configured, Severity::kWarning);
}

std::string AudienceText(const Message& message, const Config& config) {
  if (message.Recipients().empty()) return "mail whose recipients are unknown";
  if (!ExternalRecipients(message, config).empty()) {
    return "mail to an external recipient";
  }
  return "mail to internal recipients";
}

std::string Shown(std::string_view value, const Config& config) {
  return config.show_sensitive ? std::string(value) : MaskValue(value);
}

}  // namespace maillint::confidentiality
