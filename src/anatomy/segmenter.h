// Segmenter: splits a message body into typed segments (anatomy/anatomy.h).
//
// Reads Message::body.text and Message::body.quote_marks (when the body came
// from HTML, the renderer's marks of its quote structure) and the headers.
// Never fails: a body it cannot understand is all new text.
//
// Thread-safe.
#ifndef MAILLINT_SRC_ANATOMY_SEGMENTER_H_
#define MAILLINT_SRC_ANATOMY_SEGMENTER_H_

#include "anatomy/anatomy.h"
#include "mail/message.h"

namespace maillint {

Anatomy AnalyzeAnatomy(const Message& message);

}  // namespace maillint

#endif  // MAILLINT_SRC_ANATOMY_SEGMENTER_H_
