#include "mail/raw_checks.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "mail/sniff.h"

namespace maillint {
namespace {

int LineOf(std::string_view message, size_t pos, int first_line) {
  return first_line + static_cast<int>(std::count(message.begin(),
                                                  message.begin() + pos, '\n'));
}

InputProblem Problem(std::string kind, std::string text, int line) {
  InputProblem p;
  p.kind = std::move(kind);
  p.message = std::move(text);
  p.file_line = line;
  return p;
}

std::string Times(size_t n) {
  return n == 1 ? "once" : std::to_string(n) + " times";
}

void CheckNul(std::string_view m, int first_line,
              std::vector<InputProblem>& out) {
  const char* nul =
      static_cast<const char*>(std::memchr(m.data(), '\0', m.size()));
  if (nul == nullptr) return;
  size_t first = nul - m.data();
  size_t count = std::count(m.begin() + first, m.end(), '\0');
  out.push_back(Problem("nul-byte",
                        "NUL byte in the message (" + Times(count) +
                            "); mail must not contain NUL (RFC 5322)",
                        LineOf(m, first, first_line)));
}

void CheckBareCr(std::string_view m, int first_line,
                 std::vector<InputProblem>& out) {
  size_t first = std::string_view::npos;
  size_t count = 0;
  for (size_t p = m.find('\r'); p != std::string_view::npos;
       p = m.find('\r', p + 1)) {
    if (p + 1 < m.size() && m[p + 1] == '\n') continue;
    if (count++ == 0) first = p;
  }
  if (count == 0) return;
  out.push_back(Problem("bare-cr",
                        "carriage return without line feed (" + Times(count) +
                            "); clients disagree on where such lines break",
                        LineOf(m, first, first_line)));
}

void CheckLineEndings(std::string_view m, int first_line,
                      std::vector<InputProblem>& out) {
  size_t crlf = 0, lf = 0;
  int line = first_line, first_odd_line = 0;
  bool first_is_crlf = false;
  for (size_t p = 0; p < m.size(); ++line) {
    const void* nl = std::memchr(m.data() + p, '\n', m.size() - p);
    if (nl == nullptr) break;
    size_t end = static_cast<const char*>(nl) - m.data();
    bool is_crlf = end > p && m[end - 1] == '\r';
    if (crlf + lf == 0) first_is_crlf = is_crlf;
    if (is_crlf != first_is_crlf && first_odd_line == 0) first_odd_line = line;
    (is_crlf ? crlf : lf) += 1;
    p = end + 1;
  }
  if (crlf == 0 || lf == 0) return;
  out.push_back(Problem("mixed-line-endings",
                        std::to_string(crlf) + " lines end in CRLF and " +
                            std::to_string(lf) + " in LF alone",
                        first_odd_line));
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      return false;
    }
    if (i + extra >= s.size() && extra > 0) return false;
    for (size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

// Walks the header block: reports 8-bit bytes and a missing blank line.
void CheckHeaderBlock(std::string_view m, int first_line,
                      std::vector<InputProblem>& out) {
  size_t pos = 0, next = 0;
  if (!IsHeaderFieldLine(LineAt(m, 0, &next))) return;  // a draft
  int line = first_line, eight_bit_line = 0;
  size_t header_end = m.size();
  for (; pos < m.size(); pos = next, ++line) {
    std::string_view text = LineAt(m, pos, &next);
    if (IsBlankLine(text)) {
      header_end = pos;
      break;
    }
    if (!IsHeaderFieldLine(text) && !IsContinuationLine(text)) {
      header_end = pos;
      out.push_back(Problem("missing-header-separator",
                            "no blank line between the header and the body; "
                            "this line is read as the start of the body",
                            line));
      break;
    }
    if (eight_bit_line == 0 && std::any_of(text.begin(), text.end(),
                                           [](char c) { return c & 0x80; })) {
      eight_bit_line = line;
    }
  }
  if (eight_bit_line == 0) return;
  bool utf8 = IsValidUtf8(m.substr(0, header_end));
  out.push_back(Problem(
      "8bit-header",
      utf8 ? "raw UTF-8 in the header (needs SMTPUTF8, RFC 6532); encode it as "
             "RFC 2047 words for other servers"
           : "raw 8-bit bytes in the header that are not UTF-8; their charset "
             "is unknown and recipients will see garbage",
      eight_bit_line));
}

}  // namespace

std::vector<InputProblem> CheckRawBytes(std::string_view message,
                                        int first_line) {
  std::vector<InputProblem> problems;
  CheckNul(message, first_line, problems);
  CheckBareCr(message, first_line, problems);
  CheckLineEndings(message, first_line, problems);
  CheckHeaderBlock(message, first_line, problems);
  return problems;
}

InputProblem MessageTooLargeProblem(uint64_t size, uint64_t limit,
                                    int first_line) {
  InputProblem p = Problem("message-too-large",
                           "message is " + std::to_string(size) +
                               " bytes, over the limit of " +
                               std::to_string(limit) + "; only the first " +
                               std::to_string(limit) + " bytes are checked",
                           first_line);
  p.is_error = true;
  return p;
}

}  // namespace maillint
