#include "mailbox/mail_record.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <unordered_map>

#include "anatomy/anatomy.h"
#include "base/fold.h"
#include "base/text.h"
#include "base/vocabulary.h"
#include "mail/address_parser.h"
#include "mailbox/mail_date.h"

namespace maillint {
namespace {

// Shorter replies ("Thanks, got it.") are not templates worth flagging.
constexpr int kMinTemplateWords = 20;

std::string CollapseLower(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::vector<std::string> Lowered(const std::vector<Address>& list) {
  std::vector<std::string> out;
  for (const Address& a : list) {
    if (!a.address.empty()) out.push_back(AsciiLower(a.address));
  }
  return out;
}

std::vector<Address> AddressesOf(const Message& m,
                                 const std::vector<Address>& parsed,
                                 std::string_view header) {
  if (!parsed.empty()) return parsed;
  const HeaderField* h = m.FindHeader(header);
  return h == nullptr ? parsed : ParseAddressList(h->value);
}

std::vector<std::string> IdsOf(const Message& m,
                               const std::vector<std::string>& parsed,
                               std::string_view header) {
  if (!parsed.empty()) return parsed;
  const HeaderField* h = m.FindHeader(header);
  return h == nullptr ? parsed
                      : ExtractMessageIds(h->raw.empty() ? h->value : h->raw);
}

// References, then In-Reply-To as the parent (it names the message answered
// even when a client rewrote References).
std::vector<std::string> ParentIds(const Message& m, const std::string& self) {
  std::vector<std::string> refs = IdsOf(m, m.references, "References");
  std::vector<std::string> irt = IdsOf(m, m.in_reply_to, "In-Reply-To");
  std::vector<std::string> out;
  for (const std::string& id : refs) {
    if (id != self && (irt.empty() || id != irt.front())) out.push_back(id);
  }
  if (!irt.empty() && irt.front() != self) out.push_back(irt.front());
  return out;
}

bool AutomatedByHeaders(const Message& m, std::string* reason) {
  auto has = [&](std::string_view name) {
    const HeaderField* h = m.FindHeader(name);
    if (h != nullptr) *reason = h->name + ": " + std::string(Trim(h->value));
    return h;
  };
  const HeaderField* h = has("Auto-Submitted");
  if (h != nullptr && AsciiLower(Trim(h->value)) != "no") return true;
  if (has("X-Autoreply") || has("X-Autorespond") || has("List-Id") ||
      has("List-Unsubscribe")) {
    return true;
  }
  h = has("Precedence");
  if (h != nullptr) {
    std::string p = AsciiLower(Trim(h->value));
    if (p == "bulk" || p == "junk" || p == "list" || p == "auto_reply") {
      return true;
    }
  }
  h = has("Return-Path");
  if (h != nullptr && Trim(h->value) == "<>") return true;
  return false;
}

bool AutomatedBySender(const std::string& from, const std::string& subject,
                       std::string* reason) {
  std::string local = AsciiLower(from.substr(0, from.find('@')));
  for (const char* s : {"mailer-daemon", "postmaster", "noreply", "no-reply",
                        "donotreply", "do-not-reply"}) {
    if (local == s) {
      *reason = "sender " + from;
      return true;
    }
  }
  if (Vocab().StartsWithEntry(VocabList::kAutoReply, subject) ||
      Vocab().StartsWithEntry(VocabList::kAutomatedSubjects, subject)) {
    *reason = "subject \"" + subject + "\"";
    return true;
  }
  return false;
}

bool IsForward(const Analysis& a, const std::string& subject) {
  if (HasForwardPrefix(subject)) return true;
  const Message& m = a.message();
  return m.in_reply_to.empty() && m.references.empty() &&
         !a.anatomy().Find(SegmentType::kForwarded).empty() &&
         BaseSubject(subject) != CollapseLower(subject);
}

}  // namespace

const char* MailKindName(MailKind kind) {
  switch (kind) {
    case MailKind::kInbound:
      return "inbound";
    case MailKind::kStaffReply:
      return "staff-reply";
    case MailKind::kInternal:
      return "internal";
    case MailKind::kAutomated:
      return "automated";
    case MailKind::kForwarded:
      return "forwarded";
  }
  return "inbound";
}

std::string MailRecord::FromDisplay() const {
  if (from_name.empty()) return from_address;
  return from_name + " <" + from_address + ">";
}

bool MailRecord::Addresses(const std::string& address) const {
  return std::find(to.begin(), to.end(), address) != to.end() ||
         std::find(cc.begin(), cc.end(), address) != cc.end();
}

std::vector<std::string> ExtractMessageIds(std::string_view value) {
  std::vector<std::string> ids;
  size_t pos = 0;
  while ((pos = value.find('<', pos)) != std::string_view::npos) {
    size_t end = value.find('>', pos);
    if (end == std::string_view::npos) break;
    std::string_view id = Trim(value.substr(pos + 1, end - pos - 1));
    if (!id.empty()) ids.emplace_back(id);
    pos = end + 1;
  }
  if (ids.empty() && !Trim(value).empty() &&
      Trim(value).find(' ') == std::string_view::npos) {
    ids.emplace_back(Trim(value));
  }
  return ids;
}

bool HasForwardPrefix(std::string_view subject) {
  subject = Trim(subject);
  while (!subject.empty() && subject[0] == '[') {
    size_t close = subject.find(']');
    if (close == std::string_view::npos) break;
    subject = Trim(subject.substr(close + 1));
  }
  return SubjectPrefixLength(subject, VocabList::kForwardPrefixes) > 0;
}

std::string BaseSubject(std::string_view subject) {
  std::string_view s = Trim(subject);
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    std::string lower = AsciiLower(s);
    if (EndsWith(lower, "(fwd)")) {
      s = Trim(s.substr(0, s.size() - 5));
      changed = true;
    }
    if (!s.empty() && s[0] == '[') {
      size_t close = s.find(']');
      if (close != std::string_view::npos && close + 1 < s.size()) {
        s = Trim(s.substr(close + 1));
        changed = true;
      }
    }
    size_t prefix = SubjectPrefixLength(s, VocabList::kReplyPrefixes);
    if (prefix == 0)
      prefix = SubjectPrefixLength(s, VocabList::kForwardPrefixes);
    if (prefix > 0) {
      s = Trim(s.substr(prefix));
      changed = true;
    }
  }
  return CollapseLower(s);
}

MailKind ClassifyMessage(const Analysis& a, const Config& config,
                         std::string* reason) {
  const Message& m = a.message();
  std::vector<Address> from = AddressesOf(m, m.from, "From");
  std::string from_address = from.empty() ? "" : AsciiLower(from[0].address);
  if (m.auto_class != AutoClass::kHuman) {
    *reason = std::string("classified ") + AutoClassName(m.auto_class);
    return MailKind::kAutomated;
  }
  if (AutomatedByHeaders(m, reason) ||
      AutomatedBySender(from_address, m.subject, reason)) {
    return MailKind::kAutomated;
  }
  if (!config.IsInternalAddress(from_address)) {
    *reason = "external sender";
    return MailKind::kInbound;
  }
  if (IsForward(a, m.subject)) {
    *reason = "staff forward";
    return MailKind::kForwarded;
  }
  for (const auto* list : {&m.to, &m.cc}) {
    for (const Address& a :
         AddressesOf(m, *list, list == &m.to ? "To" : "Cc")) {
      if (!config.IsInternalAddress(a.address)) {
        *reason = "staff writing to " + AsciiLower(a.address);
        return MailKind::kStaffReply;
      }
    }
  }
  *reason = "staff writing to staff";
  return MailKind::kInternal;
}

MailRecord MakeMailRecord(const Analysis& a, int index, const Config& config) {
  const Message& m = a.message();
  MailRecord r;
  r.index = index;
  r.path = m.origin.path;
  r.path_index = m.origin.index;
  r.message_id = m.message_id;
  if (r.message_id.empty()) {
    std::vector<std::string> ids = IdsOf(m, {}, "Message-ID");
    if (!ids.empty()) r.message_id = ids.front();
  }
  r.parent_ids = ParentIds(m, r.message_id);
  r.subject = m.subject;
  if (r.subject.empty() && m.FindHeader("Subject") != nullptr) {
    r.subject = m.FindHeader("Subject")->value;
  }
  r.base_subject = BaseSubject(r.subject);
  std::vector<Address> from = AddressesOf(m, m.from, "From");
  if (!from.empty()) {
    r.from_address = AsciiLower(from[0].address);
    r.from_name = from[0].display_name;
  }
  r.to = Lowered(AddressesOf(m, m.to, "To"));
  r.cc = Lowered(AddressesOf(m, m.cc, "Cc"));

  std::optional<MessageDate> date = HeaderDate(m);
  r.received_time = EarliestReceived(m);
  if (date) {
    r.header_date = date->unix_seconds;
    r.time = date->unix_seconds;
    r.offset_minutes = date->offset_minutes;
    r.date_source = DateSource::kDateHeader;
  } else if (r.received_time) {
    r.time = *r.received_time;
    r.date_source = DateSource::kReceived;
  }
  r.kind = ClassifyMessage(a, config, &r.kind_reason);
  if (r.kind == MailKind::kStaffReply) {
    r.reply_text_hash = ReplyTextHash(a, kMinTemplateWords);
  }
  return r;
}

uint64_t ReplyTextHash(const Analysis& analysis, int min_words) {
  std::string text = analysis.anatomy().Text(analysis.message().body.text,
                                             SegmentType::kNewText);
  std::string normalized;
  int words = 0;
  bool in_word = false;
  for (char c : FoldForMatching(text)) {
    bool word_char =
        (c & 0x80) != 0 || std::isalnum(static_cast<unsigned char>(c));
    if (word_char) {
      if (!in_word && !normalized.empty()) normalized += ' ';
      if (!in_word) ++words;
      normalized += c;
    }
    in_word = word_char;
  }
  if (words < min_words) return 0;
  uint64_t hash = std::hash<std::string>()(normalized);
  return hash == 0 ? 1 : hash;
}

void CountSameTextRecipients(std::vector<MailRecord>& records) {
  std::unordered_map<uint64_t, std::set<std::vector<std::string>>> recipients;
  for (const MailRecord& r : records) {
    if (r.reply_text_hash == 0) continue;
    std::vector<std::string> to = r.to;
    std::sort(to.begin(), to.end());
    recipients[r.reply_text_hash].insert(std::move(to));
  }
  for (MailRecord& r : records) {
    if (r.reply_text_hash == 0) continue;
    r.same_text_recipients =
        static_cast<int>(recipients[r.reply_text_hash].size()) - 1;
  }
}

}  // namespace maillint
