// Walking a GMime part tree: choosing the body text, listing attachments,
// enforcing the depth and part-count limits.
//
// BODY
//   The body is the sequence of inline text parts a mail client would show:
//   in multipart/alternative the text/plain alternative (else the HTML
//   one; the other alternatives are skipped entirely), in multipart/mixed
//   every inline text part in order (Apple Mail splits text around inline
//   images, list servers append footers as parts), in multipart/related
//   only the root, in multipart/signed only the signed content. A text part
//   is inline when its disposition is not "attachment" and it has no file
//   name. HTML is rendered to text (html_text.h).
//
// ATTACHMENTS
//   Every other leaf part except signatures (application/pgp-signature,
//   pkcs7-signature). A message/rfc822 part is one attachment whose text is
//   the embedded message's body; the attachments inside it follow it.
//
// Limits become InputProblems with is_error = true ("mime-depth",
// "mime-parts"); the walk skips what lies past them. Thread-safe on
// distinct trees.
#ifndef MAILLINT_SRC_MAIL_MIME_WALK_H_
#define MAILLINT_SRC_MAIL_MIME_WALK_H_

#include <gmime/gmime.h>

#include <string>
#include <vector>

#include "mail/message.h"
#include "mail/mime_parser.h"
#include "mail/part_decode.h"

namespace maillint {

struct WalkResult {
  std::vector<BodyPart> body;
  std::vector<Attachment> attachments;
  std::vector<InputProblem> problems;
};

// Walks `root` (a message's top-level MIME part; may be null).
WalkResult WalkMime(GMimeObject* root, const ParseOptions& options);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_MIME_WALK_H_
