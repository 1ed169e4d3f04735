// Location: a place in a message, before it is resolved to line:column.
//
// Findings point at one (lint/finding.h); the analysis maps text it builds
// (scopes, paragraphs) back to one.
#ifndef MAILLINT_SRC_MAIL_LOCATION_H_
#define MAILLINT_SRC_MAIL_LOCATION_H_

#include <cstddef>
#include <string>

namespace maillint {

struct Location {
  enum class Kind {
    kMessage,     // the message as a whole (no position)
    kBody,        // byte range [begin, end) in Message::body.text
    kHeader,      // the header named `header` (e.g. "Subject", "To")
    kAttachment,  // attachment number `attachment`
  };
  Kind kind = Kind::kMessage;
  size_t begin = 0;
  size_t end = 0;
  std::string header;
  int attachment = -1;

  static Location Message() { return {}; }
  static Location Body(size_t begin, size_t end) {
    Location l;
    l.kind = Kind::kBody;
    l.begin = begin;
    l.end = end;
    return l;
  }
  static Location Header(std::string name) {
    Location l;
    l.kind = Kind::kHeader;
    l.header = std::move(name);
    return l;
  }
  static Location Attachment(int index) {
    Location l;
    l.kind = Kind::kAttachment;
    l.attachment = index;
    return l;
  }
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_LOCATION_H_
