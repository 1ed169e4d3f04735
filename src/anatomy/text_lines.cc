#include "anatomy/text_lines.h"

#include <algorithm>

namespace maillint::anatomy {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

int WordCount(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A short unquoted line squeezed between two quoted lines is a wrapped
// piece of the quote (a long link broken by the quoting client).
void MendBrokenQuotes(std::vector<TextLine>& lines) {
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    TextLine& line = lines[i];
    if (line.depth > 0 || line.body.empty()) continue;
    int before = lines[i - 1].depth;
    int after = lines[i + 1].depth;
    if (before > 0 && after > 0 && WordCount(line.body) <= 2) {
      line.depth = std::min(before, after);
    }
  }
}

// A quoted line that the quoting client hard-wrapped: long, and ending
// mid-sentence.
bool EndsMidSentence(const TextLine& line) {
  constexpr size_t kMinWrappedBytes = 60;
  if (line.depth == 0 || line.text.size() < kMinWrappedBytes ||
      line.body.empty()) {
    return false;
  }
  return std::string_view(".?!:;)]>").find(line.body.back()) ==
         std::string_view::npos;
}

// "> We index rarely and in bulk as we're an organisation that deals in
// enabling access" then "to leaked documents for journalists." with no
// marker: a client re-wrapped a long quoted line and the tail lost its '>'.
// The unmarked lines right below such a line (no blank between) belong to
// the quote when a quoted line follows the run directly.
void MendWrappedQuoteTails(std::vector<TextLine>& lines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].depth > 0 || lines[i].body.empty() ||
        !EndsMidSentence(lines[i - 1])) {
      continue;
    }
    size_t end = i;  // one past the run of unmarked lines
    while (end < lines.size() && lines[end].depth == 0 &&
           !lines[end].body.empty()) {
      ++end;
    }
    bool quote_below = end < lines.size() && lines[end].depth > 0;
    if (!quote_below) continue;
    for (size_t k = i; k < end; ++k) lines[k].depth = lines[i - 1].depth;
    i = end;
  }
}

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  while (true) {
    if (!s.empty() && IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  while (true) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

int QuoteDepth(std::string_view line, std::string_view* rest) {
  size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  int depth = 0;
  size_t after = 0;
  while (i < line.size()) {
    if (line[i] == '>') {
      ++depth;
      ++i;
      after = i;
    } else if (line[i] == ' ' && depth > 0) {
      ++i;
    } else {
      break;
    }
  }
  if (rest != nullptr) *rest = depth > 0 ? line.substr(after) : line;
  return depth;
}

std::vector<TextLine> SplitTextLines(std::string_view text) {
  std::vector<TextLine> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    size_t stop = nl == std::string_view::npos ? text.size() : nl;
    size_t end = stop;
    if (end > start && text[end - 1] == '\r') --end;
    TextLine line;
    line.begin = start;
    line.end = end;
    line.text = text.substr(start, end - start);
    std::string_view rest;
    line.depth = QuoteDepth(line.text, &rest);
    line.body = TrimSpace(rest);
    // ">>> http://example.com <<<" is an arrow banner, not a quote.
    if (line.depth > 0 && !line.body.empty() && line.body.back() == '<') {
      line.depth = 0;
      line.body = TrimSpace(line.text);
    }
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  MendBrokenQuotes(lines);
  MendWrappedQuoteTails(lines);
  return lines;
}

std::string JoinBodies(const std::vector<TextLine>& lines, size_t first,
                       size_t last) {
  std::string out;
  for (size_t i = first; i <= last && i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (!out.empty()) out += ' ';
    out += lines[i].body;
  }
  return out;
}

std::string NormalizeSpace(std::string_view s) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool space = IsAsciiSpace(s[i]);
    if (!space && s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      space = true;
      ++i;
    }
    if (space) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += s[i];
  }
  return out;
}

}  // namespace maillint::anatomy
