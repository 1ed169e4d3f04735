// The reply-parsing ground truth of ../shared/corpus-real (see its
// MANIFEST.md) as test cases, and the scorer shared by the accuracy test
// (reply_corpus_test.cc) and the parser comparison (bench/reply_parsers/).
//
// WHAT IS COMPARED
//   Every assertion about the reply text a user wrote becomes a Check:
//   "visible text" equality/containment (github-style sets, talon plain and
//   HTML replies), fragment 0 (the text before the first quote header),
//   single-fragment messages (the whole input is the reply), the templated
//   date/From header variants (willdurand), and the text talon leaves when
//   it removes a signature. Assertions about other fragments, quoted text,
//   flags, and those needing custom parser settings (`requires_custom_config`,
//   `input_modified`) are skipped.
//
// VIEWS
//   The reference parsers disagree on signatures: talon's extract_from_plain
//   keeps them, github-style parsers hide "--"/"__"/"Sent from my" blocks
//   but keep an unmarked "-Name" line. maillint's new text (greeting +
//   new-text + closing) never contains a signature, so an equality check
//   passes when the expected text equals either the new text or the
//   author's whole unquoted text (new text + signature + disclaimer). Quoted
//   history must never appear in either. Where the reference counts the
//   sign-off as part of the signature ("Regards,\n\nJohn"), greeting +
//   new-text is accepted too, and new text + signature without a list or
//   legal footer. talon keeps a forwarded message in the reply, so the
//   author's text followed by the forwarded part is accepted as well.
//   Signature-extraction cases compare greeting + new-text only.
#ifndef MAILLINT_TESTS_ANATOMY_REPLY_CORPUS_H_
#define MAILLINT_TESTS_ANATOMY_REPLY_CORPUS_H_

#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "anatomy/segmenter.h"
#include "anatomy/text_lines.h"
#include "mail/html_text.h"

namespace maillint::testing {

enum class View { kVisible, kFirst, kBody };

struct Check {
  enum class Kind { kEquals, kContains, kMatches };
  Kind kind = Kind::kEquals;
  View view = View::kVisible;
  std::string value;  // expected text, substring or RE2 pattern
  bool expect = true;
  bool squeeze = false;  // compare with all whitespace removed
  std::string what;      // assertion type, for failure lists
};

struct ReplyCase {
  std::string set;
  std::string id;
  std::string text;  // plain-text input (rendered text for HTML cases)
  std::string html;  // HTML input, empty for plain text
  std::vector<Check> checks;
};

// A parser's answer: candidates for each view (any one may match).
struct ParserViews {
  std::vector<std::string> visible;
  std::vector<std::string> first;
  std::vector<std::string> body;
};

inline std::string ReadBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline std::string ToLf(std::string s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out += s[i];
  }
  return out;
}

inline std::string Squeezed(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') continue;
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    out += s[i];
  }
  return out;
}

inline std::string JsRegexToRe2(const std::string& regex,
                                const std::string& flags) {
  std::string prefix;
  for (char f : flags) {
    if (f == 'i' || f == 'm' || f == 's') prefix += f;
  }
  return prefix.empty() ? regex : "(?" + prefix + ")" + regex;
}

inline bool CheckOne(const Check& c, const std::string& candidate) {
  switch (c.kind) {
    case Check::Kind::kEquals:
      return c.squeeze ? Squeezed(candidate) == Squeezed(c.value)
                       : anatomy::NormalizeSpace(candidate) ==
                             anatomy::NormalizeSpace(c.value);
    case Check::Kind::kContains:
      return (anatomy::NormalizeSpace(candidate).find(anatomy::NormalizeSpace(
                  c.value)) != std::string::npos) == c.expect;
    case Check::Kind::kMatches: {
      RE2 re(c.value, RE2::Quiet);
      return re.ok() && RE2::PartialMatch(candidate, re) == c.expect;
    }
  }
  return false;
}

inline const std::vector<std::string>& Candidates(const ParserViews& v,
                                                  View view) {
  switch (view) {
    case View::kVisible:
      return v.visible;
    case View::kFirst:
      return v.first.empty() ? v.visible : v.first;
    case View::kBody:
      return v.body.empty() ? v.visible : v.body;
  }
  return v.visible;
}

// A check passes on any candidate: they differ only in whether the
// sign-off, signature and disclaimer count, never in quoted history.
inline bool Passes(const Check& c, const ParserViews& views) {
  const std::vector<std::string>& candidates = Candidates(views, c.view);
  for (const std::string& candidate : candidates) {
    if (CheckOne(c, candidate)) return true;
  }
  return false;
}

// maillint's views of one case: new text and the author's whole text, for
// the whole message and for the part before the first quoted history.
inline ParserViews MaillintViews(const ReplyCase& c) {
  Message message;
  message.body.text = c.text;
  message.body.html = c.html;
  if (!c.html.empty())
    message.body.quote_marks = RenderHtml(c.html).quote_marks;
  Anatomy anatomy = AnalyzeAnatomy(message);
  std::string n, a, n_first, a_first, body, body_first, n_sig, forwarded;
  bool before_history = true;
  for (const Segment& s : anatomy.segments) {
    std::string text = c.text.substr(s.begin, s.end - s.begin) + "\n";
    bool history = s.type == SegmentType::kAttribution ||
                   s.type == SegmentType::kQuote ||
                   s.type == SegmentType::kForwarded;
    before_history = before_history && !history;
    if (s.type == SegmentType::kForwarded) forwarded += text;
    if (history) continue;
    bool own = s.type == SegmentType::kGreeting ||
               s.type == SegmentType::kNewText ||
               s.type == SegmentType::kClosing;
    if (own) n += text;
    if (own || s.type == SegmentType::kSignature) n_sig += text;
    a += text;
    if (s.type != SegmentType::kClosing && own) body += text;
    if (s.type != SegmentType::kClosing && own && before_history) {
      body_first += text;
    }
    if (before_history && own) n_first += text;
    if (before_history) a_first += text;
  }
  // The widest candidate goes last (containment checks use it).
  return ParserViews{{body, n, n_sig, a, a + forwarded},
                     {body_first, n_first, a_first},
                     {body}};
}

}  // namespace maillint::testing

#include "tests/anatomy/reply_corpus_load.h"

#endif  // MAILLINT_TESTS_ANATOMY_REPLY_CORPUS_H_
