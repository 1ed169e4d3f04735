#include "report/junit_reporter.h"

#include <cstdint>
#include <set>

namespace maillint {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t length = c < 0x80           ? 1
                  : (c >> 5) == 0x6  ? 2
                  : (c >> 4) == 0xE  ? 3
                  : (c >> 3) == 0x1E ? 4
                                     : 0;
  if (length == 0 || (length == 2 && c < 0xC2) || i + length > s.size())
    return 0;
  uint32_t cp = length == 1 ? c : c & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    unsigned char next = static_cast<unsigned char>(s[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (next & 0x3F);
  }
  bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  bool invalid = (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF ||
                 cp == 0xFFFE || cp == 0xFFFF;
  return overlong || invalid ? 0 : length;
}

std::string Attribute(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + XmlEscape(value) + "\"";
}

std::string FindingLine(const std::string& where, const Finding& f) {
  std::string line = where;
  if (f.line > 0) {
    line += f.file_position ? ":" : ": body ";
    line += std::to_string(f.line) + ":" + std::to_string(f.column);
  }
  line += ": " + std::string(SeverityName(f.severity)) + ": " + f.message +
          " [" + f.rule_id + "]\n";
  if (!f.excerpt.empty()) line += "    " + f.excerpt + "\n";
  return line;
}

std::string FailureSummary(const MessageResult& r, Severity fail_on) {
  std::set<std::string> ids;
  int failing = 0;
  for (const Finding& f : r.findings) {
    if (f.severity < fail_on) continue;
    ++failing;
    ids.insert(f.rule_id);
  }
  std::string text = std::to_string(failing) + " finding" +
                     (failing == 1 ? "" : "s") + " at or above " +
                     SeverityName(fail_on) + ":";
  for (const std::string& id : ids) text += " " + id;
  return text;
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = Utf8SequenceLength(text, i);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    char c = text[i];
    if (length > 1) {
      out.append(text.substr(i, length));
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += "&quot;";
    } else if (c == '\'') {
      out += "&apos;";
    } else if (c == '\t' || c == '\n' || c == '\r' ||
               static_cast<unsigned char>(c) >= 0x20) {
      out += c;
    }
    i += length;
  }
  return out;
}

void JunitReporter::OnMessage(const MessageResult& r) {
  std::string where = r.origin.path;
  if (r.origin.index >= 0) where += "#" + std::to_string(r.origin.index);
  std::string details;
  if (!r.subject.empty()) details += "Subject: " + r.subject + "\n";
  if (!r.message_id.empty()) details += "Message-ID: <" + r.message_id + ">\n";
  for (const Finding& f : r.findings) details += FindingLine(where, f);

  testcases_ += "    <testcase" + Attribute("classname", "maillint") +
                Attribute("name", where) + Attribute("time", "0") + ">\n";
  if (r.status == MessageStatus::kFail) {
    testcases_ += "      <failure" +
                  Attribute("message", FailureSummary(r, options_.fail_on)) +
                  Attribute("type", "fail") + ">" + XmlEscape(details) +
                  "</failure>\n";
  } else if (r.status == MessageStatus::kError) {
    testcases_ += "      <error" + Attribute("message", r.error) +
                  Attribute("type", "error") + "/>\n";
  } else if (!r.findings.empty()) {
    testcases_ += "      <system-out>" + XmlEscape(details) + "</system-out>\n";
  }
  testcases_ += "    </testcase>\n";
}

void JunitReporter::End(const RunSummary& s) {
  std::string counts = Attribute("tests", std::to_string(s.messages)) +
                       Attribute("failures", std::to_string(s.failed)) +
                       Attribute("errors", std::to_string(s.errors));
  out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       << "<testsuites" << Attribute("name", "maillint") << counts << ">\n"
       << "  <testsuite" << Attribute("name", "maillint") << counts
       << Attribute("skipped", "0") << Attribute("time", "0") << ">\n"
       << testcases_ << "  </testsuite>\n</testsuites>\n";
  out_.flush();
  testcases_.clear();
}

}  // namespace maillint
