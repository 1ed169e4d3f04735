#include "mail/header_fields.h"

#include <gmime/gmime.h>

#include <cctype>

#include "base/text.h"
#include "mail/address_parser.h"
#include "mail/auto_class.h"
#include "mail/header_decode.h"

namespace maillint {
namespace {

bool IsAddressField(std::string_view name) {
  for (std::string_view n :
       {"from", "to", "cc", "bcc", "reply-to", "sender", "resent-from",
        "resent-to", "resent-cc", "resent-sender",
        "disposition-notification-to", "return-receipt-to", "errors-to"}) {
    if (EqualsIgnoreCase(name, n)) return true;
  }
  return false;
}

std::string DecodeAddressFieldValue(std::string_view raw) {
  std::string out;
  for (const Address& a : ParseAddressList(raw)) {
    if (!out.empty()) out += ", ";
    out += a.ToString();
  }
  return out;
}

std::vector<Address>* AddressSlot(std::string_view name, Message* m) {
  if (EqualsIgnoreCase(name, "from")) return &m->from;
  if (EqualsIgnoreCase(name, "to")) return &m->to;
  if (EqualsIgnoreCase(name, "cc")) return &m->cc;
  if (EqualsIgnoreCase(name, "bcc")) return &m->bcc;
  if (EqualsIgnoreCase(name, "reply-to")) return &m->reply_to;
  if (EqualsIgnoreCase(name, "sender")) return &m->sender;
  return nullptr;
}

void FillDate(Message* m, int first_line) {
  const HeaderField* date = m->FindHeader("Date");
  if (date == nullptr) {
    m->problems.push_back(
        {"missing-date", "the message has no Date header", first_line, false});
    return;
  }
  m->date = ParseMessageDate(date->raw);
  if (!m->date) {
    m->problems.push_back(
        {"bad-date", "the Date header cannot be read: \"" + date->value + "\"",
         date->line, false});
  }
}

// RFC 5322 4.3: single-letter military zones were defined with the wrong
// sign in RFC 822 and mean "-0000" (unknown); POSIX-style "EST5EDT" means
// its first zone. GMime reads both literally, so rewrite them first.
std::string RepairZone(std::string value) {
  std::string_view v = Trim(value);
  size_t space = v.find_last_of(" \t");
  if (space == std::string_view::npos) return value;
  std::string_view zone = v.substr(space + 1);
  std::string_view head = v.substr(0, space);
  if (zone.size() == 1 && std::isalpha(static_cast<unsigned char>(zone[0]))) {
    return std::string(head) + " -0000";
  }
  if (zone.size() > 4 && std::isalpha(static_cast<unsigned char>(zone[0])) &&
      std::isdigit(static_cast<unsigned char>(zone[3]))) {
    return std::string(head) + " " + std::string(zone.substr(0, 3));
  }
  return value;
}

}  // namespace

std::optional<MessageDate> ParseMessageDate(std::string_view text) {
  std::string value = RepairZone(UnfoldHeader(text));
  if (value.empty()) return std::nullopt;
  GDateTime* parsed = g_mime_utils_header_decode_date(value.c_str());
  if (parsed == nullptr) return std::nullopt;
  MessageDate date;
  date.unix_seconds = g_date_time_to_unix(parsed);
  date.offset_minutes =
      static_cast<int>(g_date_time_get_utc_offset(parsed) / G_TIME_SPAN_MINUTE);
  g_date_time_unref(parsed);
  return date;
}

std::vector<std::string> ParseMessageIds(std::string_view text) {
  std::vector<std::string> ids;
  size_t pos = 0;
  while ((pos = text.find('<', pos)) != std::string_view::npos) {
    size_t close = text.find('>', pos + 1);
    if (close == std::string_view::npos) break;
    std::string id;
    for (char c : text.substr(pos + 1, close - pos - 1)) {
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') id.push_back(c);
    }
    if (!id.empty()) ids.push_back(id);
    pos = close + 1;
  }
  if (!ids.empty() || text.find('<') != std::string_view::npos) return ids;
  std::string flat = UnfoldHeader(text);
  for (std::string_view word : Split(flat, ' ')) {
    word = Trim(word);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) {
      word.remove_suffix(1);
    }
    if (!word.empty()) ids.emplace_back(word);
  }
  return ids;
}

void FillHeaderFields(const HeaderBlock& block, int first_line, Message* m) {
  for (const RawField& f : block.fields) {
    HeaderField h;
    h.name = std::string(f.name);
    h.raw = UnfoldHeader(f.value);
    h.value = IsAddressField(f.name) ? DecodeAddressFieldValue(f.value)
                                     : DecodeUnstructured(f.value);
    h.line = first_line + f.line;
    if (std::vector<Address>* slot = AddressSlot(f.name, m);
        slot != nullptr && slot->empty()) {
      *slot = ParseAddressList(f.value);
    }
    m->headers.push_back(std::move(h));
  }
  if (const HeaderField* s = m->FindHeader("Subject")) m->subject = s->value;
  if (const HeaderField* id = m->FindHeader("Message-ID")) {
    std::vector<std::string> ids = ParseMessageIds(id->raw);
    if (!ids.empty()) m->message_id = ids.front();
  }
  if (const HeaderField* irt = m->FindHeader("In-Reply-To")) {
    m->in_reply_to = ParseMessageIds(irt->raw);
  }
  if (const HeaderField* refs = m->FindHeader("References")) {
    m->references = ParseMessageIds(refs->raw);
  }
  FillDate(m, first_line);
  m->auto_class = ClassifyAutomation(*m);
}

}  // namespace maillint
