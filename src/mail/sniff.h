// Line-level recognizers shared by the mailbox readers, and content sniffing.
//
// All functions take raw bytes and never allocate. A "line" excludes its
// terminator; a trailing '\r' (CRLF files) is ignored where it matters.
#ifndef MAILLINT_SRC_MAIL_SNIFF_H_
#define MAILLINT_SRC_MAIL_SNIFF_H_

#include <cstddef>
#include <string_view>

namespace maillint {

// The line starting at `pos` (without '\n'), and the offset just past its
// terminator (data.size() for the last line).
std::string_view LineAt(std::string_view data, size_t pos, size_t* next);

// True for an mbox "From_" separator line: "From " followed by nothing, by
// "-" (Thunderbird, Netscape), or by a sender and an asctime-like date (any
// H:MM time and a 4-digit year: "From a@b  Wed Dec  1 08:26:40 2010", Google
// Takeout's "From 1711@xxx Mon Sep 02 18:31:55 +0000 2021", pipermail's
// "From a at b.org  Thu ..."), or by one word holding '@' (Google Takeout
// without a date: "From 1844347792267117879@xxx"). Prose such as
// "From Russia with love" is not.
bool IsFromLine(std::string_view line);

// True for "Name:" or "Name :" where Name is 1*(printable ASCII except ':').
bool IsHeaderFieldLine(std::string_view line);

// The stricter test used to recognize mail by content and mbox separators:
// a name of ASCII letters, digits, '-', '_', '.' starting with a letter or
// digit, then ':' (so JSON, YAML lists or "{x}:" lines are not headers).
bool LooksLikeHeaderFieldLine(std::string_view line);

// True for a header continuation line (starts with SP or HT).
inline bool IsContinuationLine(std::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// True for an empty line ("" or "\r").
inline bool IsBlankLine(std::string_view line) {
  return line.empty() || line == "\r";
}

// Length of a leading UTF-8 byte-order mark (0 or 3).
size_t BomLength(std::string_view data);

enum class ContentKind {
  kEmpty,    // no bytes, or only a BOM and blank lines
  kGzip,     // gzip magic (1f 8b)
  kZip,      // zip magic ("PK\3\4", "PK\5\6"): mail/zip_reader.h
  kPst,      // PST/OST magic ("!BDN"): mail/outlook_reader.h
  kOle,      // OLE compound file magic (d0 cf 11 e0): an Outlook .msg
  kMbox,     // (after a BOM and blank lines) a From_ line
  kMessage,  // (after a BOM) a header field line
  kUnknown,  // anything else: not recognizably mail
};
const char* ContentKindName(ContentKind kind);

// Decides what `head` (the first bytes of a file) holds.
ContentKind SniffContent(std::string_view head);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_SNIFF_H_
