// BuildRfc822: a MapiMessage written as Internet mail (see mapi_message.h).
#include <glib.h>

#include <cstdio>
#include <ctime>
#include <set>

#include "base/text.h"
#include "mail/mapi_message.h"
#include "mail/rtf_text.h"

namespace maillint {
namespace {

constexpr size_t kMaxLine = 998;  // RFC 5322 2.1.1

std::string Base64(std::string_view data) {
  gchar* encoded = g_base64_encode(reinterpret_cast<const guchar*>(data.data()),
                                   data.size());
  std::string out;
  std::string_view all(encoded);
  for (size_t i = 0; i < all.size(); i += 76) {
    out.append(all.substr(i, 76));
    out += '\n';
  }
  g_free(encoded);
  return out;
}

// '\n' line endings, no NUL bytes, no lone '\r'.
std::string NormalizeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\0') continue;
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      c = '\n';
    }
    out += c;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  if (!out.empty()) out += '\n';
  return out;
}

// Header text on one line: control characters become spaces.
std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : text) {
    out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
  }
  return std::string(Trim(out));
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// RFC 2047 encoded words for non-ASCII text, each under 75 characters.
std::string EncodeText(std::string_view raw) {
  std::string text = OneLine(raw);
  if (IsAscii(text)) return text;
  std::string out;
  std::string_view rest = text;
  while (!rest.empty()) {
    size_t cut = rest.size() <= 45 ? rest.size() : Utf8Floor(rest, 45);
    if (cut == 0) cut = std::min<size_t>(rest.size(), 45);
    std::string b64 = Base64(rest.substr(0, cut));
    if (!b64.empty() && b64.back() == '\n') b64.pop_back();
    if (!out.empty()) out += "\n ";
    out += "=?utf-8?B?" + b64 + "?=";
    rest.remove_prefix(cut);
  }
  return out;
}

std::string Phrase(std::string_view name) {
  std::string text = OneLine(name);
  if (!IsAscii(text)) return EncodeText(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::string FormatAddress(const MapiAddress& a) {
  std::string email = OneLine(a.email);
  std::string name = OneLine(a.name);
  if (email.find('@') == std::string::npos) {
    // No Internet address (an unresolved Exchange name): an empty group
    // keeps the name visible without inventing an address.
    return Phrase(name.empty() ? email : name) + ":;";
  }
  if (name.empty() || name == email) return email;
  return Phrase(name) + " <" + email + ">";
}

std::string FormatDate(int64_t unix_seconds) {
  static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed",
                                "Thu", "Fri", "Sat"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  time_t t = static_cast<time_t>(unix_seconds);
  struct tm tm;
  gmtime_r(&t, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000",
                kDays[tm.tm_wday], tm.tm_mday, kMonths[tm.tm_mon],
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string Hex(std::string_view bytes) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

std::string IndexId(std::string_view index) {
  return "<" + Hex(index) + "@conversation-index.invalid>";
}

// A reply's conversation index is its parent's plus one 5-byte block.
std::string ParentIndex(std::string_view index) {
  if (index.size() <= 22 || (index.size() - 22) % 5 != 0) return "";
  return std::string(index.substr(0, index.size() - 5));
}

struct HeaderWriter {
  std::string out;
  std::set<std::string> present;  // lower-cased names already written

  void Add(std::string_view name, std::string_view value) {
    if (value.empty() || present.count(AsciiLower(name))) return;
    present.insert(AsciiLower(name));
    out.append(name).append(": ").append(value) += '\n';
  }
  // Copies the original header fields but the MIME ones.
  void CopyTransport(std::string_view headers) {
    std::string text = NormalizeText(headers);
    bool keep = false;
    for (std::string_view line : Split(text, '\n')) {
      if (line.empty()) break;
      if (line[0] == ' ' || line[0] == '\t') {
        if (keep) out.append(line) += '\n';
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0) {
        keep = false;
        continue;
      }
      std::string name = AsciiLower(Trim(line.substr(0, colon)));
      keep = !StartsWith(name, "content-") && name != "mime-version";
      if (!keep) continue;
      present.insert(name);
      out.append(line) += '\n';
    }
  }
};

void WriteEnvelope(const MapiMessage& m, HeaderWriter* h) {
  std::optional<int64_t> date = m.submit_time;
  if (!date) date = m.delivery_time;
  if (!date) date = m.creation_time;
  if (m.delivery_time && !h->present.count("received")) {
    h->Add("Received",
           "(PR_MESSAGE_DELIVERY_TIME); " + FormatDate(*m.delivery_time));
  }
  if (!m.from.email.empty() || !m.from.name.empty()) {
    h->Add("From", FormatAddress(m.from));
  }
  if (!m.sender.email.empty() && m.sender.email != m.from.email) {
    h->Add("Sender", FormatAddress(m.sender));
  }
  const char* kKinds[] = {"To", "Cc", "Bcc"};
  for (int type = 1; type <= 3; ++type) {
    std::string list;
    for (const MapiRecipient& r : m.recipients) {
      if (r.type != type || (OneLine(r.address.email).empty() &&
                             OneLine(r.address.name).empty())) {
        continue;
      }
      if (!list.empty()) list += ",\n ";
      list += FormatAddress(r.address);
    }
    h->Add(kKinds[type - 1], list);
  }
  h->Add("Subject", EncodeText(m.subject));
  if (date) h->Add("Date", FormatDate(*date));
  std::string index = m.conversation_index;
  h->Add("Message-ID", !m.message_id.empty()
                           ? m.message_id
                           : (index.empty() ? "" : IndexId(index)));
  std::string parent = ParentIndex(index);
  h->Add("In-Reply-To", !m.in_reply_to.empty()
                            ? m.in_reply_to
                            : (parent.empty() ? "" : IndexId(parent)));
  h->Add("References", OneLine(m.references));
  std::string b64 = index.empty() ? "" : Base64(index);
  if (!b64.empty()) b64.pop_back();
  h->Add("Thread-Index", OneLine(b64));
  h->Add("Thread-Topic", EncodeText(m.conversation_topic));
}

bool HasLongLine(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    run = c == '\n' ? 0 : run + 1;
    if (run > kMaxLine) return true;
  }
  return false;
}

// One text part: 8bit when its lines are short enough, else base64.
std::string TextPart(std::string_view type, std::string_view charset,
                     std::string_view raw) {
  std::string text = NormalizeText(raw);
  std::string out = "Content-Type: " + std::string(type) + "; charset=\"" +
                    std::string(charset) + "\"\n";
  if (HasLongLine(text)) {
    return out + "Content-Transfer-Encoding: base64\n\n" + Base64(text);
  }
  return out + "Content-Transfer-Encoding: 8bit\n\n" + text;
}

std::string Boundary(int depth, int n) {
  return "=_maillint_" + std::to_string(depth) + "_" + std::to_string(n);
}

std::string Multipart(std::string_view subtype,
                      const std::vector<std::string>& parts,
                      const std::string& boundary) {
  std::string out = "Content-Type: multipart/" + std::string(subtype) +
                    "; boundary=\"" + boundary + "\"\n\n";
  for (const std::string& p : parts) out += "--" + boundary + "\n" + p + "\n";
  return out + "--" + boundary + "--\n";
}

std::string MessageBytes(const MapiMessage& m, int depth);

// Content-Disposition with the file name: quoted when ASCII, else in
// RFC 2231 form (filename*=utf-8''%XX...).
std::string Disposition(std::string_view raw_name) {
  std::string name = OneLine(raw_name.empty() ? "attachment" : raw_name);
  std::string out = "Content-Disposition: attachment; ";
  if (IsAscii(name)) {
    out += "filename=\"";
    for (char c : name) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    return out + "\"\n";
  }
  out += "filename*=utf-8''";
  for (unsigned char c : name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%' + Hex(std::string(1, static_cast<char>(c)));
    }
  }
  return out + "\n";
}

std::string AttachmentPart(const MapiAttachment& a, int depth) {
  std::string disposition = Disposition(a.filename);
  if (a.embedded && depth < kMaxEmbeddedDepth) {
    return "Content-Type: message/rfc822\n" + disposition + "\n" +
           MessageBytes(*a.embedded, depth + 1);
  }
  std::string type =
      a.mime_type.empty() ? "application/octet-stream" : OneLine(a.mime_type);
  return "Content-Type: " + type + "\n" + disposition +
         "Content-Transfer-Encoding: base64\n\n" + Base64(a.data);
}

std::string BodyEntity(const MapiMessage& m, int depth) {
  std::string text = m.body_text;
  if (text.empty() && m.body_html.empty() && !m.body_rtf.empty()) {
    text = RtfToText(m.body_rtf);
  }
  std::vector<std::string> alternatives;
  if (!text.empty() || m.body_html.empty()) {
    alternatives.push_back(TextPart("text/plain", "utf-8", text));
  }
  if (!m.body_html.empty()) {
    alternatives.push_back(TextPart("text/html", m.html_charset, m.body_html));
  }
  if (alternatives.size() == 1) return alternatives[0];
  return Multipart("alternative", alternatives, Boundary(depth, 1));
}

std::string Entity(const MapiMessage& m, int depth) {
  std::string body = BodyEntity(m, depth);
  if (m.attachments.empty()) return body;
  std::vector<std::string> parts = {body};
  for (const MapiAttachment& a : m.attachments) {
    parts.push_back(AttachmentPart(a, depth));
  }
  return Multipart("mixed", parts, Boundary(depth, 0));
}

std::string MessageBytes(const MapiMessage& message, int depth) {
  HeaderWriter h;
  if (!message.transport_headers.empty()) {
    h.CopyTransport(message.transport_headers);
  }
  WriteEnvelope(message, &h);
  h.out += "MIME-Version: 1.0\n";
  return h.out + Entity(message, depth);
}

}  // namespace

std::string BuildRfc822(const MapiMessage& message) {
  return MessageBytes(message, 0);
}

}  // namespace maillint
