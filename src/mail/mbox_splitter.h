// MboxSplitter: finds the messages of an mbox file held in memory.
//
// FORMATS
//   mboxo, mboxrd, mboxcl and mboxcl2, with LF or CRLF line endings, as
//   written by mutt, Postfix/procmail, Thunderbird ("From - ..."), Google
//   Takeout and pipermail ("From a at b.org ..."). A leading UTF-8 BOM and
//   blank lines before the first From_ line are skipped.
//
// SEPARATORS
//   A line is a separator when IsFromLine() accepts it (sniff.h) and the
//   next line looks like a header field (LooksLikeHeaderFieldLine) or the
//   data ends. An unescaped
//   "From " line in a body (mboxo) therefore stays in the body unless it
//   looks like a real From_ line followed by a header field; such input is
//   ambiguous in every mbox reader.
//
// CONTENT-LENGTH (mboxcl, mboxcl2)
//   When a message's header block has a Content-Length and the body of that
//   length ends exactly at the end of the data or (after at most two line
//   breaks) at a separator, the body is taken as counted and not scanned, so
//   unescaped From_ lines inside it are kept. A lying Content-Length
//   (Netscape and Thunderbird write wrong ones) is ignored and the body is
//   scanned for separators as usual.
//
// MESSAGE BYTES
//   A message runs from the line after its From_ line to the start of the
//   next separator minus one line break (the mbox separator blank line, or
//   the line break of the last body line), or to the end of the data.
//   `escaped` says the message holds ">From " lines to unescape (mboxrd
//   rule: one '>' is removed from every line matching ^>+From ); counted
//   (Content-Length) bodies are never unescaped.
//
// Not thread-safe; the data must outlive the splitter.
#ifndef MAILLINT_SRC_MAIL_MBOX_SPLITTER_H_
#define MAILLINT_SRC_MAIL_MBOX_SPLITTER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace maillint {

struct MboxEntry {
  size_t marker_offset = 0;  // offset of the From_ line
  size_t begin = 0;          // the message: [begin, end)
  size_t end = 0;
  int first_line = 1;    // 1-based file line of `begin`
  bool escaped = false;  // has ^>+From  lines (see MESSAGE BYTES)
  bool counted = false;  // ended by a valid Content-Length
};

class MboxSplitter {
 public:
  explicit MboxSplitter(std::string_view data);

  // Fills `entry` with the next message; false when there is none left.
  bool Next(MboxEntry* entry);

  // Offset where the next call to Next() starts reading.
  size_t position() const { return pos_; }

 private:
  // True when the line at `pos` is a From_ separator.
  bool IsSeparatorAt(size_t pos) const;
  // Tries the Content-Length of the message at `begin`; on success sets
  // `end` and `next` (the next separator or data end) and returns true.
  bool TryContentLength(size_t begin, size_t* end, size_t* next) const;
  // Scans lines from `begin` to the next separator.
  void ScanBody(size_t begin, MboxEntry* entry, size_t* next, int* lines);
  // `pos` minus the line break just before it, but not below `floor`.
  size_t StripLineBreak(size_t pos, size_t floor) const;

  std::string_view data_;
  size_t pos_ = 0;  // start of the next From_ line (or message)
  int line_ = 1;    // file line of pos_
};

// Removes one '>' from every line matching ^>+From  (mboxrd unescaping).
std::string UnescapeFromLines(std::string_view message);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_MBOX_SPLITTER_H_
