#include "anatomy/quote_detector.h"

#include "anatomy/attribution_patterns.h"
#include "anatomy/signature_detector.h"

namespace maillint::anatomy {
namespace {

bool QuoteFollows(const std::vector<TextLine>& lines, size_t last) {
  for (size_t i = last + 1; i < lines.size(); ++i) {
    if (!lines[i].blank()) return lines[i].depth > lines[last].depth;
    if (lines[i].depth > 0 && i + 1 < lines.size() && lines[i + 1].depth > 0) {
      return true;
    }
  }
  return false;
}

class HistoryBuilder {
 public:
  explicit HistoryBuilder(const std::vector<TextLine>& lines) : lines_(lines) {
    map_.roles.resize(lines.size());
  }

  HistoryMap Build(size_t cut) {
    size_t cut_line = CutLine(cut);
    for (size_t i = 0; i < lines_.size();) {
      if (i == cut_line) {
        MarkRest(i, /*base_depth=*/1, /*may_forward=*/true);
        break;
      }
      if (lines_[i].blank()) {
        ++i;
        continue;
      }
      if (lines_[i].depth > 0) {
        MarkQuote(i, lines_[i].depth);
        ++i;
        continue;
      }
      if (IsMobileFooter(lines_[i].body) && HasTextAfter(i) &&
          !QuoteFollows(lines_, i)) {
        MarkRest(i + 1, 1, /*may_forward=*/false);
        break;
      }
      std::optional<AttributionMatch> m = Match(i);
      if (!m || m->last >= cut_line) {
        ++i;
        continue;
      }
      if (m->kind == AttributionKind::kForward) {
        MarkRest(i, 0, /*may_forward=*/true);
        break;
      }
      MarkAttribution(*m);
      if (!QuoteFollows(lines_, m->last)) {
        MarkRest(m->last + 1, 1, /*may_forward=*/false);
        break;
      }
      i = m->last + 1;
    }
    return std::move(map_);
  }

 private:
  std::optional<AttributionMatch> Match(size_t i) const {
    std::optional<AttributionMatch> m = MatchAttributionAt(lines_, i);
    if (m && m->needs_quote_after && !QuoteFollows(lines_, m->last)) {
      return std::nullopt;
    }
    return m;
  }

  bool HasTextAfter(size_t i) const {
    for (size_t k = i + 1; k < lines_.size(); ++k) {
      if (!lines_[k].blank()) return true;
    }
    return false;
  }

  size_t CutLine(size_t cut) {
    if (cut == kNoOffset) return lines_.size();
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (cut > lines_[i].end) continue;
      size_t body_start =
          lines_[i].begin + (lines_[i].body.data() - lines_[i].text.data());
      if (cut <= body_start || lines_[i].blank()) return i;
      map_.roles[i].split = cut;
      return i;
    }
    return lines_.size();
  }

  void MarkQuote(size_t i, int depth) {
    LineRole& role = map_.roles[i];
    role.history = true;
    role.type = SegmentType::kQuote;
    role.depth = depth;
  }

  void MarkAttribution(const AttributionMatch& m) {
    for (size_t k = m.first; k <= m.last; ++k) {
      LineRole& role = map_.roles[k];
      role.history = true;
      role.type = SegmentType::kAttribution;
      role.depth = lines_[k].depth;
    }
    if (m.begin > lines_[m.first].begin + (lines_[m.first].body.data() -
                                           lines_[m.first].text.data())) {
      map_.roles[m.first].split = m.begin;
    }
    map_.attributions.push_back(m);
  }

  // Everything from line `start` on is history; attributions inside it are
  // labelled. A leading forward marker makes it a forwarded message.
  void MarkRest(size_t start, int base_depth, bool may_forward) {
    size_t first = start;
    while (first < lines_.size() && lines_[first].blank()) ++first;
    if (may_forward && first < lines_.size()) {
      std::optional<AttributionMatch> m = MatchAttributionAt(lines_, first);
      if (m && m->kind == AttributionKind::kForward) {
        for (size_t k = first; k < lines_.size(); ++k) {
          map_.roles[k] = {true, SegmentType::kForwarded, 0,
                           map_.roles[k].split};
        }
        return;
      }
    }
    for (size_t k = start; k < lines_.size();) {
      if (lines_[k].blank()) {
        ++k;
        continue;
      }
      std::optional<AttributionMatch> m = MatchAttributionAt(lines_, k);
      if (m && m->kind != AttributionKind::kForward && !m->needs_quote_after) {
        MarkAttribution(*m);
        k = m->last + 1;
        continue;
      }
      MarkQuote(k, lines_[k].depth + base_depth);
      ++k;
    }
  }

  const std::vector<TextLine>& lines_;
  HistoryMap map_;
};

}  // namespace

size_t HtmlQuoteCut(const std::vector<QuoteMark>& marks,
                    std::string_view text) {
  for (const QuoteMark& mark : marks) {
    if (mark.offset > text.size()) break;
    if (mark.kind != QuoteMarkKind::kRule) return mark.offset;
    size_t start = text.find_first_not_of(" \n", mark.offset);
    if (start == std::string_view::npos) continue;
    size_t end = text.find('\n', start);
    std::string_view line = text.substr(
        start, (end == std::string_view::npos ? text.size() : end) - start);
    HeaderKey key = MatchHeaderKey(line);
    if (key == HeaderKey::kFrom || key == HeaderKey::kDate) return mark.offset;
  }
  return kNoOffset;
}

HistoryMap FindHistory(const std::vector<TextLine>& lines, size_t cut) {
  return HistoryBuilder(lines).Build(cut);
}

}  // namespace maillint::anatomy
