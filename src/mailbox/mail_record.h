// MailRecord: the compact form of one mailbox message that the audit keeps
// in memory (a few hundred bytes, no body), and its classification.
//
// CLASSIFICATION (MailKind), from the sender's and recipients' domains
// (Config::IsInternalAddress) and the headers:
//   kAutomated  Auto-Submitted other than "no", X-Autoreply/X-Autorespond,
//               Precedence bulk/junk/list/auto_reply, List-Id,
//               List-Unsubscribe, an empty Return-Path (<>), no-reply or
//               mailer-daemon senders, common auto-reply subjects, or
//               Message::auto_class other than kHuman. Checked first.
//   kForwarded  a staff message forwarding mail (Fwd:/FW:/WG:/TR:/RV:/ENC:
//               subject, or a forwarded block without reply headers).
//   kStaffReply a staff (internal) sender writing to at least one external
//               address.
//   kInternal   a staff sender writing only to staff.
//   kInbound    an external sender (a family, a vendor, anyone outside).
// Only kInbound starts a turnaround clock; only kStaffReply stops one.
//
// Thread-safe: the functions are pure.
#ifndef MAILLINT_SRC_MAILBOX_MAIL_RECORD_H_
#define MAILLINT_SRC_MAILBOX_MAIL_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "base/config.h"
#include "mail/message.h"

namespace maillint {

enum class MailKind {
  kInbound,
  kStaffReply,
  kInternal,
  kAutomated,
  kForwarded
};
// "inbound", "staff-reply", "internal", "automated", "forwarded".
const char* MailKindName(MailKind kind);

// Where a record's time came from.
enum class DateSource { kDateHeader, kReceived, kNone };

struct MailRecord {
  int index = 0;  // position in input order (0-based over all paths)
  std::string path;
  int path_index = -1;  // Origin::index

  std::string message_id;  // without brackets; empty when missing
  // References then In-Reply-To: ancestors, oldest first, the parent last.
  std::vector<std::string> parent_ids;
  std::string subject;       // decoded
  std::string base_subject;  // see BaseSubject()

  std::string from_address;  // lower-case
  std::string from_name;
  std::vector<std::string> to;  // lower-case addresses
  std::vector<std::string> cc;

  int64_t time = 0;  // seconds since the epoch; valid unless kNone
  DateSource date_source = DateSource::kNone;
  int offset_minutes = 0;                // as written in the Date header
  std::optional<int64_t> header_date;    // the Date header, when parsed
  std::optional<int64_t> received_time;  // earliest Received

  MailKind kind = MailKind::kInbound;
  std::string kind_reason;  // e.g. "Auto-Submitted: auto-replied"

  // Staff replies: a fingerprint of the author's new text (ReplyTextHash),
  // 0 when there is too little text to call it a template.
  uint64_t reply_text_hash = 0;
  // How many other recipients in the mailbox got a staff reply with the same
  // fingerprint (filled by CountSameTextRecipients after pass 1).
  int same_text_recipients = 0;

  bool has_reply_headers() const { return !parent_ids.empty(); }
  bool has_time() const { return date_source != DateSource::kNone; }
  // The sender as "Name <addr>" (or just the address).
  std::string FromDisplay() const;
  // True when `address` (lower-case) is in To or Cc.
  bool Addresses(const std::string& address) const;
};

// Builds the record of `message` (the `index`-th of the mailbox). Message
// ids, In-Reply-To and References come from the parsed fields, or from the
// raw headers when the parser left them empty.
MailRecord MakeMailRecord(const Analysis& analysis, int index,
                          const Config& config);

// A fingerprint of the message's new-text segments (not the greeting, which
// names the recipient): folded for case and accents, runs of blanks and
// punctuation collapsed. 0 when the text has fewer than `min_words` words.
uint64_t ReplyTextHash(const Analysis& analysis, int min_words);

// Fills every record's same_text_recipients: the number of other recipient
// sets (To addresses) that received a staff reply with its reply_text_hash.
void CountSameTextRecipients(std::vector<MailRecord>& records);

// The classification alone, with its reason.
MailKind ClassifyMessage(const Analysis& analysis, const Config& config,
                         std::string* reason);

// RFC 5256 base subject, lower-cased with runs of blanks collapsed: reply
// and forward prefixes (vocab reply_prefixes / forward_prefixes: Re, Fwd,
// AW, WG, SV, RV, TR, Antw, RES, ENC, 答复, with "[n]" or "(n)" counters),
// "[list-tag]" blobs and trailing "(fwd)" are removed, repeatedly.
std::string BaseSubject(std::string_view subject);

// True when `subject` starts with a forward prefix (vocab forward_prefixes:
// Fwd:, FW:, WG:, TR:, RV:, ENC:, Doorst:, 转发:).
bool HasForwardPrefix(std::string_view subject);

// Message ids in a References or In-Reply-To value: each "<...>" group, or
// the bare token when there are no brackets.
std::vector<std::string> ExtractMessageIds(std::string_view value);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAILBOX_MAIL_RECORD_H_
