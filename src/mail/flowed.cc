#include "mail/flowed.h"

#include <vector>

#include "base/text.h"

namespace maillint {
namespace {

struct FlowedLine {
  int depth = 0;
  std::string_view content;  // quote marks and stuffing removed
  bool soft = false;         // flows into the next line
};

FlowedLine ReadLine(std::string_view line) {
  FlowedLine out;
  size_t i = 0;
  while (i < line.size() && line[i] == '>') ++i;
  out.depth = static_cast<int>(i);
  line.remove_prefix(i);
  if (!line.empty() && line[0] == ' ') line.remove_prefix(1);  // stuffing
  out.content = line;
  out.soft = !line.empty() && line.back() == ' ' && line != "-- ";
  return out;
}

void AppendPrefix(int depth, std::string_view content, std::string* out) {
  if (depth == 0) return;
  out->append(static_cast<size_t>(depth), '>');
  if (!content.empty()) out->push_back(' ');
}

}  // namespace

std::string JoinFlowed(std::string_view text, bool delsp) {
  std::string out;
  out.reserve(text.size());
  bool has_final_newline = EndsWith(text, "\n");
  if (has_final_newline) text.remove_suffix(1);
  std::vector<std::string_view> lines = Split(text, '\n');
  std::string paragraph;
  int paragraph_depth = -1;
  auto flush = [&]() {
    if (paragraph_depth < 0) return;
    AppendPrefix(paragraph_depth, paragraph, &out);
    out += paragraph;
    out.push_back('\n');
    paragraph.clear();
    paragraph_depth = -1;
  };
  for (std::string_view raw : lines) {
    FlowedLine line = ReadLine(raw);
    if (paragraph_depth >= 0 && line.depth != paragraph_depth) flush();
    paragraph_depth = line.depth;
    std::string_view content = line.content;
    if (line.soft && delsp) content.remove_suffix(1);
    paragraph += content;
    if (!line.soft) flush();
  }
  flush();
  if (!has_final_newline && EndsWith(out, "\n")) out.pop_back();
  return out;
}

}  // namespace maillint
