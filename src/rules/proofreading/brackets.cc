#include "rules/proofreading/brackets.h"

#include <cctype>
#include <vector>

#include "analysis/own_text.h"
#include "base/text.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

struct Open {
  char kind;  // '(' or '['
  size_t at;
};

bool IsSmileyAt(std::string_view piece, size_t i) {
  char c = piece[i];
  if (c == ')' || c == '(') {
    size_t j = i;
    if (j > 0 && piece[j - 1] == '-') --j;
    if (j > 0 &&
        (piece[j - 1] == ':' || piece[j - 1] == ';' || piece[j - 1] == '=')) {
      return true;
    }
    if (c == '(' && i + 1 < piece.size() && piece[i + 1] == ':') return true;
  }
  return false;
}

// "1)", "a)", "iv)" opening a line (after optional blanks): a list marker.
// After a word inside a line (") etc)", "too)") it is a real closer.
bool IsListMarkerAt(std::string_view piece, size_t i) {
  size_t j = i;
  while (j > 0 && j + 3 > i &&
         std::isalnum(static_cast<unsigned char>(piece[j - 1])))
    --j;
  if (j == i || i - j > 3) return false;
  while (j > 0 && (piece[j - 1] == ' ' || piece[j - 1] == '\t')) --j;
  return j == 0 || piece[j - 1] == '\n';
}

struct Balance {
  std::vector<Open> open;
  std::vector<size_t> stray;  // closers with no opener
  std::vector<size_t> straight_quotes, curly_open, curly_close;
};

void Scan(std::string_view piece, const std::vector<TextUnit>& skipped,
          size_t base, Balance& b) {
  for (size_t i = 0; i < piece.size(); ++i) {
    char c = piece[i];
    bool interesting = c == '(' || c == ')' || c == '[' || c == ']' ||
                       c == '"' ||
                       StartsWith(piece.substr(i), "\xE2\x80\x9C") ||
                       StartsWith(piece.substr(i), "\xE2\x80\x9D");
    if (!interesting || Overlaps(skipped, base + i, base + i + 1)) continue;
    if (c == '(' || c == '[') {
      if (!IsSmileyAt(piece, i)) b.open.push_back({c, i});
    } else if (c == ')' || c == ']') {
      if (IsSmileyAt(piece, i) || (c == ')' && IsListMarkerAt(piece, i)))
        continue;
      char want = c == ')' ? '(' : '[';
      if (!b.open.empty() && b.open.back().kind == want) {
        b.open.pop_back();
      } else {
        b.stray.push_back(i);
      }
    } else if (c == '"') {
      bool inch =
          i > 0 && std::isdigit(static_cast<unsigned char>(piece[i - 1]));
      if (!inch) b.straight_quotes.push_back(i);
    } else if (StartsWith(piece.substr(i), "\xE2\x80\x9C")) {
      b.curly_open.push_back(i);
    } else {
      b.curly_close.push_back(i);
    }
  }
}

}  // namespace

RuleInfo BracketsRule::Info() {
  RuleInfo info;
  info.id = "proofreading.brackets";
  info.summary = "Flags unbalanced parentheses, brackets and quotation marks.";
  info.standard = "S5";
  info.default_severity = Severity::kWarning;
  info.doc =
      "Within each paragraph of the author's own text, every \"(\" and \"[\" "
      "needs its closing mark and double quotes come in pairs. Smileys, list "
      "markers such as \"1)\", inch marks and URLs or code are not counted.";
  info.fire_examples = {"Bring the form (signed by a parent to the office."};
  info.silent_examples = {"Bring the form (signed by a parent) to the office."};
  return info;
}

BracketsRule::BracketsRule(const RuleContext&) : Rule(Info()) {}

void BracketsRule::Check(CheckContext& ctx) const {
  std::string_view text = ctx.message().body.text;
  const OwnText& author = ctx.analysis().own_text();
  for (size_t si = 0; si < author.spans.size(); ++si) {
    const TextUnit& span = author.spans[si];
    std::string_view piece = text.substr(span.begin, span.end - span.begin);
    Balance b;
    Scan(piece, ctx.analysis().skipped(si), span.begin, b);
    for (const Open& o : b.open) {
      Report(ctx, Location::Body(span.begin + o.at, span.begin + o.at + 1),
             std::string("'") + o.kind + "' is never closed");
    }
    for (size_t at : b.stray) {
      Report(ctx, Location::Body(span.begin + at, span.begin + at + 1),
             std::string("'") + piece[at] + "' has no opening mark");
    }
    if (b.straight_quotes.size() % 2 == 1) {
      size_t at = span.begin + b.straight_quotes.back();
      Report(ctx, Location::Body(at, at + 1), "Unpaired quotation mark");
    }
    if (b.curly_open.size() != b.curly_close.size()) {
      const auto& more = b.curly_open.size() > b.curly_close.size()
                             ? b.curly_open
                             : b.curly_close;
      size_t at = span.begin + more.back();
      Report(ctx, Location::Body(at, at + 3), "Unpaired quotation mark");
    }
  }
}

}  // namespace maillint
