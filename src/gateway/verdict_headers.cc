#include "gateway/verdict_headers.h"

#include <algorithm>
#include <vector>

#include "base/text.h"

namespace maillint {
namespace {

constexpr std::string_view kPrefix = "x-maillint-";
constexpr size_t kFoldWidth = 78;
constexpr size_t kMaxReasonLength = 160;

// The line starting at `pos`, line ending included.
std::string_view LineAt(std::string_view text, size_t pos) {
  size_t newline = text.find('\n', pos);
  size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
  return text.substr(pos, end - pos);
}

bool IsBlankLine(std::string_view line) {
  return line == "\n" || line == "\r\n" || line.empty();
}

bool IsContinuation(std::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// The logical field (first line plus continuation lines) starting at `pos`.
std::string_view FieldAt(std::string_view text, size_t pos) {
  size_t end = pos + LineAt(text, pos).size();
  while (end < text.size() && IsContinuation(LineAt(text, end))) {
    end += LineAt(text, end).size();
  }
  return text.substr(pos, end - pos);
}

// True for "Name: value" once unfolded, with a name of printable ASCII and
// the obsolete whitespace before the colon allowed ("Name\r\n : value").
bool IsField(std::string_view field) {
  std::string unfolded;
  for (char c : field) {
    if (c != '\r' && c != '\n') unfolded += c;
  }
  size_t colon = unfolded.find(':');
  if (colon == std::string::npos) return false;
  std::string_view name = std::string_view(unfolded).substr(0, colon);
  size_t last = name.find_last_not_of(" \t");
  if (last == std::string_view::npos) return false;
  name = name.substr(0, last + 1);
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return c > 32 && c < 127; });
}

bool IsMaillintField(std::string_view line) {
  return line.size() > kPrefix.size() &&
         EqualsIgnoreCase(line.substr(0, kPrefix.size()), kPrefix);
}

// Folds "Name: word word ..." at spaces so lines stay under kFoldWidth.
std::string Fold(std::string_view name, const std::vector<std::string>& words,
                 std::string_view eol) {
  std::string out = std::string(name) + ":";
  size_t line_length = out.size();
  for (const std::string& word : words) {
    if (line_length + 1 + word.size() > kFoldWidth &&
        line_length > name.size() + 1) {
      out += eol;
      line_length = 0;
    }
    out += " " + word;
    line_length += 1 + word.size();
  }
  return out + std::string(eol);
}

std::string PrintableAscii(std::string_view text, size_t max_length) {
  std::string out;
  bool space = false;
  for (char c : text) {
    bool printable = c > 32 && c < 127;
    if (!printable) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
    if (out.size() >= max_length) return out + "...";
  }
  return out;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (std::string_view w : Split(text, ' ')) {
    if (!w.empty()) words.emplace_back(w);
  }
  return words;
}

}  // namespace

std::string_view DetectLineEnding(std::string_view message) {
  size_t newline = message.find('\n');
  return newline != std::string_view::npos && newline > 0 &&
                 message[newline - 1] == '\r'
             ? "\r\n"
             : "\n";
}

size_t EnvelopeLineLength(std::string_view message) {
  return StartsWith(message, "From ") ? LineAt(message, 0).size() : 0;
}

bool HasCompleteHeaderBlock(std::string_view message) {
  for (size_t pos = EnvelopeLineLength(message); pos < message.size();) {
    std::string_view field = FieldAt(message, pos);
    if (field.back() != '\n') return false;  // cut mid-line
    if (IsBlankLine(field) || !IsField(field)) return true;
    pos += field.size();
  }
  return false;
}

bool LooksLikeMail(std::string_view message) {
  static constexpr std::string_view kMailFields[] = {
      "from", "sender", "to", "cc", "subject", "date", "message-id"};
  for (size_t pos = EnvelopeLineLength(message); pos < message.size();) {
    std::string_view field = FieldAt(message, pos);
    if (IsBlankLine(field) || !IsField(field)) return false;
    std::string_view name = field.substr(0, field.find(':'));
    name = Trim(name);
    for (std::string_view known : kMailFields) {
      if (EqualsIgnoreCase(name, known)) return true;
    }
    pos += field.size();
  }
  return false;
}

std::string StripMaillintHeaders(std::string_view message) {
  size_t pos = EnvelopeLineLength(message);
  std::string out(message.substr(0, pos));
  out.reserve(message.size());
  while (pos < message.size()) {
    std::string_view field = FieldAt(message, pos);
    if (IsBlankLine(field) || !IsField(field)) break;  // the body starts here
    if (!IsMaillintField(field)) out.append(field);
    pos += field.size();
  }
  out.append(message.substr(pos));
  return out;
}

std::string VerdictHeaders(const MessageResult& result, std::string_view eol) {
  if (result.status == MessageStatus::kError) {
    return ErrorHeaders(result.error, eol);
  }
  std::string headers =
      "X-Maillint-Status: " + std::string(MessageStatusName(result.status)) +
      std::string(eol);
  if (result.findings.empty()) {
    return headers + "X-Maillint-Findings: none" + std::string(eol);
  }
  int counts[3] = {0, 0, 0};
  std::vector<std::string> ids;
  for (const Finding& f : result.findings) {
    ++counts[static_cast<int>(f.severity)];
    if (std::find(ids.begin(), ids.end(), f.rule_id) == ids.end()) {
      ids.push_back(PrintableAscii(f.rule_id, 80));
    }
  }
  std::string tally = std::to_string(result.findings.size()) + " (";
  const char* names[3] = {"info", "warning", "error"};
  for (int s = 2; s >= 0; --s) {
    if (counts[s] == 0) continue;
    if (tally.back() != '(') tally += ", ";
    tally += std::to_string(counts[s]) + " " + names[s];
    if (counts[s] > 1 && s != 0) tally += "s";
  }
  std::vector<std::string> words = Words(tally + "):");
  size_t listed = std::min(ids.size(), static_cast<size_t>(kMaxListedRules));
  words.insert(words.end(), ids.begin(), ids.begin() + listed);
  if (listed < ids.size())
    words.push_back("+" + std::to_string(ids.size() - listed) + " more");
  return headers + Fold("X-Maillint-Findings", words, eol);
}

std::string ErrorHeaders(std::string_view reason, std::string_view eol) {
  std::string shown = PrintableAscii(reason, kMaxReasonLength);
  if (shown.empty()) shown = "internal error";
  return "X-Maillint-Status: error" + std::string(eol) +
         Fold("X-Maillint-Findings", Words("not checked: " + shown), eol);
}

std::string InsertHeaders(std::string_view message, std::string_view headers) {
  size_t envelope = EnvelopeLineLength(message);
  std::string out;
  out.reserve(message.size() + headers.size());
  out.append(message.substr(0, envelope));
  out.append(headers);
  out.append(message.substr(envelope));
  return out;
}

}  // namespace maillint
