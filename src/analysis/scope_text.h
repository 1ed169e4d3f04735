// ScopeText: the text of one rule scope of a message, with a map from every
// byte of it back to where it came from, so pattern matches become findings
// with positions.
//
// SCOPES
//   greeting, new-text, closing, signature: the anatomy segments of that
//     type, each a piece of body.text (offsets map 1:1). In the author's own
//     words (greeting, new-text, closing) a hard line wrap inside a
//     paragraph reads as a space, so a phrase wrapped at column 72 ("per
//     my\nlast email") still matches; blank lines and list items keep
//     their line breaks. The replacement keeps every offset.
//   quote: the quoted segments with their "> " markers removed, line by line
//     (each line is a piece pointing at its text after the markers).
//   subject: Message::subject, located at the Subject header.
//   headers: "Name: value" per decoded header, located at that header.
//   attachments: each attachment's file name and text, located at it.
//   all: the subject, then the whole body text.
//   Pieces are joined with '\n', so a pattern never matches across two
//   segments without crossing a line break.
//
// Unknown scope names give an empty text (rule_file.h validates names).
#ifndef MAILLINT_SRC_ANALYSIS_SCOPE_TEXT_H_
#define MAILLINT_SRC_ANALYSIS_SCOPE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "anatomy/anatomy.h"
#include "mail/location.h"
#include "mail/message.h"

namespace maillint {

class ScopeText {
 public:
  ScopeText() = default;
  static ScopeText Build(const Message& message, const Anatomy& anatomy,
                         std::string_view scope);
  // The author's own words: greeting, new-text and closing segments in
  // body order, wraps joined unless `join_wraps` is false.
  static ScopeText Own(const Message& message, const Anatomy& anatomy,
                       bool join_wraps = true);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }

  // Where the byte range [begin, end) of text() came from. A range inside
  // one body piece maps to the same bytes of body.text; one spanning body
  // pieces runs from the first piece's byte to the last one's.
  Location Locate(size_t begin, size_t end) const;
  // The location of the scope as a whole (its first piece), or the message.
  Location Whole() const;

  // Appends `piece` from `base`: for body pieces base.begin is the offset of
  // piece[0] in body.text.
  void Append(std::string_view piece, const Location& base);
  // Joins hard wraps inside every piece (see SCOPES).
  void JoinWraps();

 private:
  struct Piece {
    size_t text_begin = 0;
    size_t length = 0;
    Location base;
  };
  const Piece* PieceAt(size_t offset) const;

  std::string text_;
  std::vector<Piece> pieces_;
};

// Replaces each single '\n' inside [begin, end) of `text` that wraps a
// paragraph with ' ' (see SCOPES); offsets are unchanged.
void JoinHardWraps(std::string& text, size_t begin, size_t end);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANALYSIS_SCOPE_TEXT_H_
