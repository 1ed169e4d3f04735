// ScopeText: the text of one rule scope of a message, with a map from every
// byte of it back to where it came from, so pattern matches become findings
// with positions.
//
// SCOPES
//   greeting, new-text, closing, signature: the anatomy segments of that
//     type, each a piece of body.text (offsets map 1:1).
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
#ifndef MAILLINT_SRC_LINT_SCOPE_TEXT_H_
#define MAILLINT_SRC_LINT_SCOPE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "lint/finding.h"
#include "mail/message.h"

namespace maillint {

class ScopeText {
 public:
  ScopeText() = default;
  static ScopeText Build(const Message& message, std::string_view scope);

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

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_SCOPE_TEXT_H_
