#include "mail/auto_class.h"

#include "base/text.h"
#include "base/vocabulary.h"

namespace maillint {
namespace {

std::string HeaderValueLower(const Message& m, std::string_view name) {
  const HeaderField* h = m.FindHeader(name);
  return h == nullptr ? std::string() : AsciiLower(Trim(h->value));
}

// The first word of a header value ("auto-replied; owner=..." -> ...).
std::string FirstToken(std::string_view value) {
  size_t stop = value.find_first_of(" \t;(");
  return std::string(Trim(value.substr(0, stop)));
}

bool IsReport(const Message& m) {
  std::string type = HeaderValueLower(m, "Content-Type");
  if (!StartsWith(type, "multipart/report")) return false;
  return type.find("delivery-status") != std::string::npos ||
         type.find("disposition-notification") != std::string::npos ||
         type.find("report-type") == std::string::npos;
}

bool IsFromMailerDaemon(const Message& m) {
  for (const Address& a : m.from) {
    std::string local = AsciiLower(a.address.substr(0, a.address.find('@')));
    if (local == "mailer-daemon" || local == "postmaster") return true;
  }
  return false;
}

bool HasOutOfOfficeSubject(const Message& m) {
  return Vocab().StartsWithEntry(VocabList::kAutoReply, m.subject);
}

}  // namespace

AutoClass ClassifyAutomation(const Message& m) {
  const HeaderField* return_path = m.FindHeader("Return-Path");
  bool empty_return_path =
      return_path != nullptr && Trim(return_path->raw) == "<>";
  std::string auto_submitted =
      FirstToken(HeaderValueLower(m, "Auto-Submitted"));
  bool auto_generated = !auto_submitted.empty() && auto_submitted != "no";
  if (empty_return_path || IsReport(m) || IsFromMailerDaemon(m)) {
    return AutoClass::kSystem;
  }
  std::string precedence = FirstToken(HeaderValueLower(m, "Precedence"));
  if (auto_submitted == "auto-replied" || m.FindHeader("X-Autoreply") ||
      m.FindHeader("X-Autorespond") || precedence == "auto_reply" ||
      (auto_generated && HasOutOfOfficeSubject(m))) {
    return AutoClass::kAutoReply;
  }
  if (auto_generated) return AutoClass::kSystem;
  if (precedence == "bulk" || precedence == "junk") return AutoClass::kBulk;
  if (m.FindHeader("List-Id") || precedence == "list") return AutoClass::kList;
  if (m.FindHeader("List-Unsubscribe")) return AutoClass::kBulk;
  return AutoClass::kHuman;
}

}  // namespace maillint
