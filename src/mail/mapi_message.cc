// Reading MAPI property sets into a MapiMessage (see mapi_message.h).
#include "mail/mapi_message.h"

#include "base/text.h"

namespace maillint {
namespace {

std::string Get(const MapiPropertySource& props, uint16_t id) {
  return props.String(id).value_or("");
}

// The SMTP address of a sender-like triple (name, type, address): Exchange
// ("EX") addresses are X.500 names, so the SMTP property wins when set.
MapiAddress AddressOf(const MapiPropertySource& props, uint16_t name,
                      uint16_t type, uint16_t email, uint16_t smtp) {
  MapiAddress a;
  a.name = Get(props, name);
  std::string stored = Get(props, email);
  std::string smtp_address = Get(props, smtp);
  bool exchange = EqualsIgnoreCase(Get(props, type), "EX");
  if (!smtp_address.empty() && (exchange || stored.empty())) {
    a.email = smtp_address;
  } else {
    a.email = stored;
  }
  return a;
}

// A stored Message-ID with its angle brackets, whatever Outlook kept.
std::string Bracketed(std::string id) {
  std::string_view t = Trim(id);
  if (t.empty()) return "";
  if (t.front() == '<') return std::string(t);
  return "<" + std::string(t) + ">";
}

// Outlook leaves PR_ATTACH_MIME_TAG unset for many attachments; the common
// types follow from the name's extension.
std::string TypeFromName(std::string_view filename) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".pdf", "application/pdf"},
      {".txt", "text/plain"},
      {".csv", "text/csv"},
      {".htm", "text/html"},
      {".html", "text/html"},
      {".ics", "text/calendar"},
      {".eml", "message/rfc822"},
      {".doc", "application/msword"},
      {".docx",
       "application/vnd.openxmlformats-officedocument.wordprocessingml."
       "document"},
      {".xls", "application/vnd.ms-excel"},
      {".xlsx",
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".zip", "application/zip"}};
  std::string lower = AsciiLower(filename);
  for (const auto& [extension, type] : kTypes) {
    if (EndsWith(lower, extension)) return type;
  }
  return "";
}

}  // namespace

int64_t FiletimeToUnix(uint64_t filetime) {
  constexpr uint64_t kEpochDelta = 116444736000000000ull;  // 1601 -> 1970
  if (filetime < kEpochDelta) return 0;
  return static_cast<int64_t>((filetime - kEpochDelta) / 10000000ull);
}

std::string CharsetForCodepage(uint32_t codepage) {
  switch (codepage) {
    case 65001:
      return "utf-8";
    case 20127:
      return "us-ascii";
    case 28591:
      return "iso-8859-1";
    case 28592:
      return "iso-8859-2";
    case 28605:
      return "iso-8859-15";
    case 932:
      return "shift_jis";
    case 936:
      return "gb2312";
    case 949:
      return "ks_c_5601-1987";
    case 950:
      return "big5";
    case 50220:
      return "iso-2022-jp";
    case 51932:
      return "euc-jp";
    case 20866:
      return "koi8-r";
    default:
      break;
  }
  if (codepage >= 1250 && codepage <= 1258) {
    return "windows-" + std::to_string(codepage);
  }
  return "utf-8";
}

void ReadMapiEnvelope(const MapiPropertySource& props, MapiMessage* m) {
  m->message_class = Get(props, mapi::kMessageClass);
  m->subject = Get(props, mapi::kSubject);
  // A stored subject may start with 0x01 and the length of its prefix
  // ("\x01\x04RE: ..."), [MS-PST] 2.5.3.1.1.
  if (m->subject.size() >= 2 && m->subject[0] == '\x01') {
    m->subject.erase(0, 2);
  }
  m->sender = AddressOf(props, mapi::kSenderName, mapi::kSenderAddrType,
                        mapi::kSenderEmail, mapi::kSenderSmtpAddress);
  m->from = AddressOf(
      props, mapi::kSentRepresentingName, mapi::kSentRepresentingAddrType,
      mapi::kSentRepresentingEmail, mapi::kSentRepresentingSmtpAddress);
  if (m->from.email.empty()) m->from = m->sender;
  m->submit_time = props.Time(mapi::kClientSubmitTime);
  m->delivery_time = props.Time(mapi::kMessageDeliveryTime);
  m->creation_time = props.Time(mapi::kCreationTime);
  m->message_id = Bracketed(Get(props, mapi::kInternetMessageId));
  m->in_reply_to = Bracketed(Get(props, mapi::kInReplyToId));
  m->references = std::string(Trim(Get(props, mapi::kInternetReferences)));
  m->conversation_index = props.Binary(mapi::kConversationIndex).value_or("");
  m->conversation_topic = Get(props, mapi::kConversationTopic);
  m->transport_headers = Get(props, mapi::kTransportHeaders);
  if (std::optional<uint32_t> cp = props.Int32(mapi::kInternetCodepage)) {
    m->html_charset = CharsetForCodepage(*cp);
  }
}

MapiRecipient ReadMapiRecipient(const MapiPropertySource& props) {
  MapiRecipient r;
  r.address = AddressOf(props, mapi::kDisplayName, mapi::kAddrType,
                        mapi::kEmailAddress, mapi::kSmtpAddress);
  std::optional<uint32_t> type = props.Int32(mapi::kRecipientType);
  // The high bits flag resent/sent copies; the low nibble is To/Cc/Bcc.
  r.type = type ? static_cast<int>(*type & 0x0F) : 1;
  if (r.type < 1 || r.type > 3) r.type = 1;
  return r;
}

MapiAttachment ReadMapiAttachmentInfo(const MapiPropertySource& props) {
  MapiAttachment a;
  a.filename = Get(props, mapi::kAttachLongFilename);
  if (a.filename.empty()) a.filename = Get(props, mapi::kAttachFilename);
  if (a.filename.empty()) a.filename = Get(props, mapi::kDisplayName);
  a.mime_type = std::string(Trim(Get(props, mapi::kAttachMimeTag)));
  if (a.mime_type.empty()) a.mime_type = TypeFromName(a.filename);
  return a;
}

}  // namespace maillint
