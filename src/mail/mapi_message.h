// Outlook items (from PST/OST stores and .msg files) as RFC 5322 messages.
//
// Outlook keeps a message as MAPI properties, not as Internet mail. A naive
// conversion loses what an audit needs (no Date, no Message-ID). This file
// reads the properties that matter into a MapiMessage, from any
// MapiPropertySource (mail/pst_reader.cc over libpff, mail/msg_reader.cc
// over libolecf), and writes a message the existing parser reads:
//
//   Date         PR_CLIENT_SUBMIT_TIME (when sent), else
//                PR_MESSAGE_DELIVERY_TIME, else PR_CREATION_TIME
//   Received     "(PR_MESSAGE_DELIVERY_TIME); <date>" when there is a
//                delivery time (the store's own delivery trace)
//   Message-ID   PR_INTERNET_MESSAGE_ID, else derived from
//                PR_CONVERSATION_INDEX (<hex@conversation-index.invalid>)
//   In-Reply-To  PR_IN_REPLY_TO_ID, else the parent's conversation index
//                (a reply's index is its parent's plus 5-byte blocks)
//   References   PR_INTERNET_REFERENCES
//   Thread-Index, Thread-Topic   PR_CONVERSATION_INDEX (base64),
//                PR_CONVERSATION_TOPIC, as Outlook writes them
//   From/Sender  PR_SENT_REPRESENTING_* / PR_SENDER_* (SMTP address when
//                the address type is EX and PR_*_SMTP_ADDRESS is set)
//   To/Cc/Bcc    the recipient table (PR_RECIPIENT_TYPE 1/2/3)
//   Subject      PR_SUBJECT
// When the item carries PR_TRANSPORT_MESSAGE_HEADERS (mail that came in
// over SMTP), those original header fields are written first, except the
// MIME fields; the fields above are added only where the original lacks
// them. Non-ASCII header text is written as RFC 2047 encoded words.
//
// BODY
//   text/plain (PR_BODY), text/html (PR_HTML, charset from
//   PR_INTERNET_CPID), both as multipart/alternative; without either, the
//   text of the RTF body (PR_RTF_COMPRESSED, mail/rtf_text.h). Line endings
//   become '\n'; NUL bytes are dropped. Attachments follow in
//   multipart/mixed with their names (PR_ATTACH_LONG_FILENAME, else
//   PR_ATTACH_FILENAME, else PR_DISPLAY_NAME) and types (PR_ATTACH_MIME_TAG,
//   else from the name's extension, else application/octet-stream), base64; an
//   attached Outlook item is a message/rfc822 part, built the same way (up to
//   kMaxEmbeddedDepth).
#ifndef MAILLINT_SRC_MAIL_MAPI_MESSAGE_H_
#define MAILLINT_SRC_MAIL_MAPI_MESSAGE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

// Property ids (the high 16 bits of a MAPI property tag), MS-OXPROPS.
namespace mapi {
inline constexpr uint16_t kMessageClass = 0x001A;
inline constexpr uint16_t kSubject = 0x0037;
inline constexpr uint16_t kClientSubmitTime = 0x0039;
inline constexpr uint16_t kSentRepresentingName = 0x0042;
inline constexpr uint16_t kConversationTopic = 0x0070;
inline constexpr uint16_t kConversationIndex = 0x0071;
inline constexpr uint16_t kSentRepresentingAddrType = 0x0064;
inline constexpr uint16_t kSentRepresentingEmail = 0x0065;
inline constexpr uint16_t kTransportHeaders = 0x007D;
inline constexpr uint16_t kRecipientType = 0x0C15;
inline constexpr uint16_t kSenderName = 0x0C1A;
inline constexpr uint16_t kSenderAddrType = 0x0C1E;
inline constexpr uint16_t kSenderEmail = 0x0C1F;
inline constexpr uint16_t kMessageDeliveryTime = 0x0E06;
inline constexpr uint16_t kBody = 0x1000;
inline constexpr uint16_t kRtfCompressed = 0x1009;
inline constexpr uint16_t kHtml = 0x1013;
inline constexpr uint16_t kInternetMessageId = 0x1035;
inline constexpr uint16_t kInternetReferences = 0x1039;
inline constexpr uint16_t kInReplyToId = 0x1042;
inline constexpr uint16_t kDisplayName = 0x3001;
inline constexpr uint16_t kAddrType = 0x3002;
inline constexpr uint16_t kEmailAddress = 0x3003;
inline constexpr uint16_t kCreationTime = 0x3007;
inline constexpr uint16_t kAttachDataBin = 0x3701;
inline constexpr uint16_t kAttachFilename = 0x3704;
inline constexpr uint16_t kAttachMethod = 0x3705;
inline constexpr uint16_t kAttachLongFilename = 0x3707;
inline constexpr uint16_t kAttachMimeTag = 0x370E;
inline constexpr uint16_t kInternetCodepage = 0x3FDE;
inline constexpr uint16_t kSmtpAddress = 0x39FE;
inline constexpr uint16_t kSenderSmtpAddress = 0x5D01;
inline constexpr uint16_t kSentRepresentingSmtpAddress = 0x5D02;
}  // namespace mapi

inline constexpr int kMaxEmbeddedDepth = 8;

// Reads one property set (a message, a recipient, an attachment). Each
// getter returns nothing when the property is absent or unreadable.
class MapiPropertySource {
 public:
  virtual ~MapiPropertySource() = default;
  // String properties (PT_UNICODE or PT_STRING8) as UTF-8.
  virtual std::optional<std::string> String(uint16_t id) const = 0;
  virtual std::optional<std::string> Binary(uint16_t id) const = 0;
  // PT_SYSTIME as Unix seconds.
  virtual std::optional<int64_t> Time(uint16_t id) const = 0;
  virtual std::optional<uint32_t> Int32(uint16_t id) const = 0;
};

struct MapiAddress {
  std::string name;
  std::string email;  // SMTP address when one is known, else as stored
};

struct MapiRecipient {
  MapiAddress address;
  int type = 1;  // 1 To, 2 Cc, 3 Bcc
};

struct MapiMessage;

struct MapiAttachment {
  std::string filename;
  std::string mime_type;
  std::string data;
  std::unique_ptr<MapiMessage> embedded;  // an attached Outlook item
};

struct MapiMessage {
  std::string message_class;  // "IPM.Note", ...
  std::string subject;
  MapiAddress from;    // sent representing (on behalf of), else sender
  MapiAddress sender;  // when it differs from `from`
  std::vector<MapiRecipient> recipients;
  std::optional<int64_t> submit_time, delivery_time, creation_time;
  std::string message_id, in_reply_to, references;
  std::string conversation_index, conversation_topic;
  std::string transport_headers;
  std::string body_text;  // UTF-8
  std::string body_html;  // bytes in `html_charset`
  std::string html_charset = "utf-8";
  std::string body_rtf;  // decompressed RTF
  std::vector<MapiAttachment> attachments;
  // Parts the store holds but that could not be read ("the HTML body",
  // "attachment 2"): the message is then reported as read in part.
  std::vector<std::string> unread;
};

// Reads the envelope fields (everything but bodies, recipients and
// attachments) from `props`.
void ReadMapiEnvelope(const MapiPropertySource& props, MapiMessage* message);
MapiRecipient ReadMapiRecipient(const MapiPropertySource& props);
// Name and type; the caller adds data or the embedded item.
MapiAttachment ReadMapiAttachmentInfo(const MapiPropertySource& props);
// The charset name for a Windows code page (PR_INTERNET_CPID).
std::string CharsetForCodepage(uint32_t codepage);

// The message as RFC 5322 bytes ('\n' line endings).
std::string BuildRfc822(const MapiMessage& message);

// FILETIME (100 ns since 1601-01-01 UTC) to Unix seconds.
int64_t FiletimeToUnix(uint64_t filetime);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_MAPI_MESSAGE_H_
