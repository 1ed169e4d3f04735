// The segmenter: history first (quote_detector.h), then the author's blocks
// are split into greeting / new text / closing / signature / disclaimer.
#include "anatomy/segmenter.h"

#include "anatomy/greeting_closing.h"
#include "anatomy/original_builder.h"
#include "anatomy/quote_detector.h"
#include "anatomy/signature_detector.h"
#include "anatomy/text_lines.h"

namespace maillint {
namespace {

using anatomy::HistoryMap;
using anatomy::kNoLine;
using anatomy::TextLine;

// One typed byte range, before merging into segments.
struct Piece {
  SegmentType type;
  size_t begin;
  size_t end;
  int depth;
};

size_t BodyStart(const TextLine& line) {
  return line.begin + (line.body.data() - line.text.data());
}

class SegmentBuilder {
 public:
  SegmentBuilder(const std::vector<TextLine>& lines, const HistoryMap& history)
      : lines_(lines), history_(history), author_(lines.size()) {}

  std::vector<Segment> Build() {
    TypeAuthorBlocks();
    std::vector<Piece> pieces;
    for (size_t i = 0; i < lines_.size(); ++i) AddPieces(i, &pieces);
    return Merge(pieces);
  }

 private:
  bool IsAuthorLine(size_t i) const {
    return !history_.roles[i].history || history_.roles[i].split > 0;
  }

  // Author blocks: runs of author lines (blank lines inside included).
  void TypeAuthorBlocks() {
    bool greeted = false;
    for (size_t i = 0; i < lines_.size();) {
      if (!IsAuthorLine(i) || lines_[i].blank()) {
        ++i;
        continue;
      }
      size_t first = i;
      size_t last = i;
      for (size_t k = i; k < lines_.size() && IsAuthorLine(k); ++k) {
        if (!lines_[k].blank()) last = k;
        if (history_.roles[k].history) break;  // shared line ends the block
      }
      TypeBlock(first, last, &greeted);
      i = last + 1;
    }
  }

  void TypeBlock(size_t first, size_t last, bool* greeted) {
    for (size_t k = first; k <= last; ++k) author_[k] = SegmentType::kNewText;
    anatomy::BlockTail tail =
        anatomy::FindBlockTail(lines_, first, last, !*greeted);
    auto mark = [&](size_t from, SegmentType type) {
      for (size_t k = from; k <= last; ++k) author_[k] = type;
    };
    if (tail.closing != kNoLine) mark(tail.closing, SegmentType::kClosing);
    if (tail.signature != kNoLine)
      mark(tail.signature, SegmentType::kSignature);
    if (tail.postscript != kNoLine) {
      mark(tail.postscript, SegmentType::kNewText);
    }
    if (tail.disclaimer != kNoLine) {
      mark(tail.disclaimer, SegmentType::kDisclaimer);
    }
    if (*greeted) return;
    *greeted = true;
    if (author_[first] != SegmentType::kNewText) return;
    greeting_len_ = anatomy::SalutationLength(lines_[first].body);
    greeting_line_ = greeting_len_ > 0 ? first : kNoLine;
  }

  void AddPieces(size_t i, std::vector<Piece>* pieces) const {
    const TextLine& line = lines_[i];
    if (line.blank()) return;
    const anatomy::LineRole& role = history_.roles[i];
    size_t author_end = role.history ? role.split : line.end;
    if (IsAuthorLine(i) && author_end > line.begin) {
      size_t begin = line.begin;
      if (i == greeting_line_) {
        size_t greeting_end = BodyStart(line) + greeting_len_;
        pieces->push_back({SegmentType::kGreeting, begin, greeting_end, 0});
        begin = greeting_end;
        while (begin < author_end && line.text[begin - line.begin] == ' ') {
          ++begin;
        }
      }
      if (begin < author_end) {
        pieces->push_back({author_[i], begin, author_end, 0});
      }
    }
    if (role.history) {
      size_t begin = role.split > 0 ? role.split : line.begin;
      pieces->push_back({role.type, begin, line.end, role.depth});
    }
  }

  // Joins neighbouring pieces of the same type and depth.
  static std::vector<Segment> Merge(const std::vector<Piece>& pieces) {
    std::vector<Segment> segments;
    for (const Piece& p : pieces) {
      if (p.end <= p.begin) continue;
      if (!segments.empty() && segments.back().type == p.type &&
          segments.back().depth == p.depth) {
        segments.back().end = p.end;
        continue;
      }
      segments.push_back(Segment{p.type, p.begin, p.end, p.depth});
    }
    return segments;
  }

  const std::vector<TextLine>& lines_;
  const HistoryMap& history_;
  std::vector<SegmentType> author_;
  size_t greeting_line_ = kNoLine;
  size_t greeting_len_ = 0;
};

}  // namespace

Anatomy AnalyzeAnatomy(const Message& message) {
  const std::string& text = message.body.text;
  std::vector<TextLine> lines = anatomy::SplitTextLines(text);
  size_t cut = anatomy::HtmlQuoteCut(message.body.quote_marks, text);
  HistoryMap history = anatomy::FindHistory(lines, cut);
  Anatomy result;
  result.segments = SegmentBuilder(lines, history).Build();
  result.original = anatomy::BuildOriginal(lines, history);
  return result;
}

}  // namespace maillint
