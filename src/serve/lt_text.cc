// LtText: the LanguageTool request's text and the map back to UTF-16
// positions of the client's document (serve/languagetool.h).
#include <nlohmann/json.hpp>

#include "serve/languagetool.h"

namespace maillint {
namespace {

// Bytes of the UTF-8 sequence starting with `lead` (1 for a stray byte).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

uint32_t Utf16Length(std::string_view s) {
  uint32_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = std::min(SequenceLength(s[i]), s.size() - i);
    n += len == 4 ? 2 : 1;
    i += len;
  }
  return n;
}

class Builder {
 public:
  // Checked text: every character maps to itself; CRLF and CR become LF.
  void AddText(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      if (s[i] == '\r') {
        bool crlf = i + 1 < s.size() && s[i + 1] == '\n';
        Append('\n', doc_, doc_ + (crlf ? 2 : 1));
        doc_ += crlf ? 2 : 1;
        i += crlf ? 2 : 1;
        continue;
      }
      size_t len = std::min(SequenceLength(s[i]), s.size() - i);
      uint32_t units = len == 4 ? 2 : 1;
      for (size_t k = 0; k < len; ++k) Append(s[i + k], doc_, doc_ + units);
      doc_ += units;
      i += len;
    }
  }
  // Markup: not checked; `interpret_as` stands in for the whole of it.
  void AddMarkup(std::string_view markup, std::string_view interpret_as) {
    uint32_t end = doc_ + Utf16Length(markup);
    for (char c : interpret_as) Append(c == '\r' ? '\n' : c, doc_, end);
    doc_ = end;
  }
  LtText Finish() {
    out_.length16 = doc_;
    return std::move(out_);
  }

 private:
  void Append(char c, uint32_t begin, uint32_t end) {
    out_.plain += c;
    out_.begin16.push_back(begin);
    out_.end16.push_back(end);
  }
  LtText out_;
  uint32_t doc_ = 0;
};

Result<LtText> FromAnnotation(const std::string& data) {
  nlohmann::json doc = nlohmann::json::parse(data, nullptr, false);
  Status bad = Status::InvalidArgument(
      "Error: 'data' must be JSON like {\"annotation\": [{\"text\": "
      "\"...\"}, {\"markup\": \"...\"}]}");
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("annotation") ||
      !doc["annotation"].is_array()) {
    return bad;
  }
  Builder builder;
  for (const nlohmann::json& part : doc["annotation"]) {
    if (!part.is_object()) return bad;
    auto text = part.find("text");
    auto markup = part.find("markup");
    auto interpret = part.find("interpretAs");
    if (text != part.end() && text->is_string()) {
      builder.AddText(text->get_ref<const std::string&>());
    } else if (markup != part.end() && markup->is_string()) {
      std::string as = interpret != part.end() && interpret->is_string()
                           ? interpret->get<std::string>()
                           : "";
      builder.AddMarkup(markup->get_ref<const std::string&>(), as);
    } else {
      return bad;
    }
  }
  return builder.Finish();
}

}  // namespace

uint32_t LtText::MapBegin(size_t byte) const {
  return byte < begin16.size() ? begin16[byte] : length16;
}

uint32_t LtText::MapEnd(size_t byte) const {
  if (byte == 0) return begin16.empty() ? 0 : begin16[0];
  return byte - 1 < end16.size() ? end16[byte - 1] : length16;
}

Result<LtText> LtTextFromForm(const std::map<std::string, std::string>& form) {
  auto text = form.find("text");
  if (text != form.end()) {
    Builder builder;
    builder.AddText(text->second);
    return builder.Finish();
  }
  auto data = form.find("data");
  if (data != form.end()) return FromAnnotation(data->second);
  return Status::InvalidArgument("Error: Missing 'text' or 'data' parameter");
}

}  // namespace maillint
