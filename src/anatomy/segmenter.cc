// Placeholder segmenter: the whole body is new text. Replaced by the reply
// anatomy work (issue 3).
#include "anatomy/segmenter.h"

namespace maillint {

Anatomy AnalyzeAnatomy(const Message& message) {
  Anatomy anatomy;
  if (!message.body.text.empty()) {
    anatomy.segments.push_back(
        Segment{SegmentType::kNewText, 0, message.body.text.size(), 0});
  }
  return anatomy;
}

}  // namespace maillint
