// LineIndex maps byte offsets of a UTF-8 text to 1-based line:column.
//
// Columns count Unicode code points (not bytes), which is what editors show.
// Lines are separated by '\n'; a '\r' before '\n' belongs to the line ending.
// Immutable after construction; safe for concurrent use.
#ifndef MAILLINT_SRC_BASE_LINE_INDEX_H_
#define MAILLINT_SRC_BASE_LINE_INDEX_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace maillint {

struct LineColumn {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, in code points
};

class LineIndex {
 public:
  LineIndex() = default;
  // `text` must outlive the index.
  explicit LineIndex(std::string_view text);

  // Offsets past the end clamp to the end of the text.
  LineColumn Locate(size_t offset) const;
  // The bytes of 1-based `line` without its line ending; empty if out of range.
  std::string_view Line(int line) const;
  // Byte offset where 1-based `line` starts; text size if out of range.
  size_t LineStart(int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_LINE_INDEX_H_
