#include "serve/languagetool.h"

#include <algorithm>
#include <set>

#include "analysis/language_detect.h"
#include "base/text.h"
#include "report/report_json.h"
#include "version.h"

namespace maillint {
namespace {

// Families whose findings are about the words at their place, so that a
// client checking one paragraph at a time gets them right. The others need
// the whole text or the message around it (docs: doc/serve.md).
const std::set<std::string>& LocalFamilies() {
  static const std::set<std::string> families = {
      "proofreading", "tone", "inclusive-language", "links", "commitments"};
  return families;
}

std::vector<std::string> CommaList(
    const std::map<std::string, std::string>& form, const char* name) {
  std::vector<std::string> out;
  auto it = form.find(name);
  if (it == form.end()) return out;
  for (std::string_view item : Split(it->second, ',')) {
    if (!Trim(item).empty()) out.emplace_back(Trim(item));
  }
  return out;
}

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string CategoryId(const Finding& f) {
  if (f.rule_id == "proofreading.spelling") return "TYPOS";
  std::string family = f.rule_id.substr(0, f.rule_id.find('.'));
  std::string id;
  for (char c : family) id += c == '-' ? '_' : static_cast<char>(toupper(c));
  return id;
}

std::string IssueType(const Finding& f) {
  if (f.rule_id == "proofreading.spelling") return "misspelling";
  if (f.rule_id == "proofreading.punctuation" ||
      f.rule_id == "proofreading.brackets" ||
      f.rule_id == "proofreading.capitalization") {
    return "typographical";
  }
  return "style";
}

// Which findings the request asks for (mode and rule/category filters).
class Selection {
 public:
  explicit Selection(const std::map<std::string, std::string>& form)
      : enabled_rules_(CommaList(form, "enabledRules")),
        disabled_rules_(CommaList(form, "disabledRules")),
        enabled_categories_(CommaList(form, "enabledCategories")),
        disabled_categories_(CommaList(form, "disabledCategories")) {
    auto get = [&](const char* name) {
      auto it = form.find(name);
      return it == form.end() ? std::string() : it->second;
    };
    mode_ = get("mode");
    enabled_only_ = get("enabledOnly") == "true" || get("enabledOnly") == "yes";
  }

  bool Wants(const Finding& f) const {
    bool local =
        f.where.kind == Location::Kind::kBody &&
        LocalFamilies().count(f.rule_id.substr(0, f.rule_id.find('.'))) > 0;
    if (mode_ == "allButTextLevelOnly" && !local) return false;
    if (mode_ == "textLevelOnly" && local) return false;
    std::string category = CategoryId(f);
    if (enabled_only_) {
      return Contains(enabled_rules_, f.rule_id) ||
             Contains(enabled_categories_, category);
    }
    return !Contains(disabled_rules_, f.rule_id) &&
           !Contains(disabled_categories_, category);
  }

 private:
  std::vector<std::string> enabled_rules_, disabled_rules_;
  std::vector<std::string> enabled_categories_, disabled_categories_;
  std::string mode_;
  bool enabled_only_ = false;
};

std::vector<std::string> Replacements(const Finding& f, const RuleInfo* info) {
  std::vector<std::string> out;
  std::string kind = info != nullptr ? SuggestionKind(*info) : "";
  if (f.suggestion.empty() || f.where.kind != Location::Kind::kBody ||
      kind.empty()) {
    return out;
  }
  if (kind == "text") return {f.suggestion};
  for (std::string_view s : Split(f.suggestion, ',')) {
    if (!Trim(s).empty()) out.emplace_back(Trim(s));
  }
  return out;
}

// UTF-16 length of `s` (excerpts are valid UTF-8: the reporters' input).
int Utf16Units(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

// The excerpt's first `code_points` code points.
std::string_view CodePointPrefix(std::string_view s, int code_points) {
  size_t i = 0;
  for (int seen = 0; i < s.size(); ++i) {
    if (!IsUtf8Continuation(s[i]) && seen++ == code_points) break;
  }
  return s.substr(0, i);
}

OrderedJson Context(const Finding& f) {
  OrderedJson c;
  std::string_view before = CodePointPrefix(f.excerpt, f.excerpt_column - 1);
  std::string_view match = CodePointPrefix(
      std::string_view(f.excerpt).substr(before.size()), f.excerpt_width);
  c["text"] = f.excerpt;
  c["offset"] = f.excerpt.empty() ? 0 : Utf16Units(before);
  c["length"] = f.excerpt.empty() ? 0 : Utf16Units(match);
  return c;
}

// [begin, end) of the finding in client UTF-16 units.
std::pair<uint32_t, uint32_t> Span(const Finding& f, const LtText& text) {
  if (f.where.kind == Location::Kind::kBody && f.byte_begin >= 0) {
    size_t b = std::min<size_t>(f.byte_begin, text.plain.size());
    size_t e = std::clamp<size_t>(f.byte_end, b, text.plain.size());
    return {text.MapBegin(b), text.MapEnd(e)};
  }
  size_t first_line = text.plain.find('\n');
  if (first_line == std::string::npos) first_line = text.plain.size();
  return {text.MapBegin(0), text.MapEnd(first_line)};
}

OrderedJson Match(const DraftEngine& engine, const Finding& f,
                  const LtText& text, const std::string& rule_base_url) {
  const RuleInfo* info = engine.FindRule(f.rule_id);
  auto [begin, end] = Span(f, text);
  OrderedJson m;
  m["message"] = f.message;
  m["shortMessage"] = info != nullptr ? info->summary : "";
  m["replacements"] = OrderedJson::array();
  for (const std::string& r : Replacements(f, info)) {
    m["replacements"].push_back({{"value", r}});
  }
  m["offset"] = begin;
  m["length"] = end - begin;
  m["context"] = Context(f);
  m["sentence"] = f.excerpt;
  m["type"] = {{"typeName", "Other"}};
  std::string family = f.rule_id.substr(0, f.rule_id.find('.'));
  OrderedJson rule;
  rule["id"] = f.rule_id;
  rule["description"] = info != nullptr ? info->summary : f.rule_id;
  rule["issueType"] = IssueType(f);
  rule["category"] = {{"id", CategoryId(f)}, {"name", family}};
  if (f.rule_id.find('.') != std::string::npos &&
      !StartsWith(f.rule_id, "input.")) {
    std::string path = family + "/" + f.rule_id.substr(family.size() + 1);
    rule["urls"] = OrderedJson::array({{{"value", rule_base_url + path}}});
  }
  m["rule"] = std::move(rule);
  m["ignoreForIncompleteSentence"] = false;
  m["contextForSureMatch"] = 0;
  return m;
}

// "en_US" / "en-US" -> "en-US"; "en" stays.
std::string LongCode(std::string_view dictionary) {
  std::string code(dictionary);
  std::replace(code.begin(), code.end(), '_', '-');
  return code;
}

std::string LanguageName(std::string_view long_code) {
  std::string base(long_code.substr(0, long_code.find('-')));
  std::string name = LanguageDisplayName(base);
  if (long_code.size() > base.size()) {
    name += " (" + std::string(long_code.substr(base.size() + 1)) + ")";
  }
  return name;
}

OrderedJson LanguageObject(const Config& config, const LtText& text,
                           const std::map<std::string, std::string>& form) {
  DetectedLanguage detected = DetectLanguage(text.plain);
  std::string detected_code = detected.known() ? detected.code : "en";
  for (const std::string& dict : config.proofreading.languages) {
    if (AsciiLower(dict.substr(0, dict.find_first_of("_-"))) == detected_code)
      detected_code = LongCode(dict);
  }
  auto requested = form.find("language");
  std::string code = requested == form.end() || requested->second == "auto"
                         ? detected_code
                         : requested->second;
  OrderedJson language;
  language["name"] = LanguageName(code);
  language["code"] = code;
  language["detectedLanguage"] = {{"name", LanguageName(detected_code)},
                                  {"code", detected_code},
                                  {"confidence", detected.percent / 100.0}};
  return language;
}

}  // namespace

std::string SuggestionKind(const RuleInfo& info) {
  if (info.id == "proofreading.spelling") return "list";
  static const std::set<std::string> literal = {"proofreading.repeated-word",
                                                "proofreading.punctuation",
                                                "links.insecure"};
  if (literal.count(info.id) || info.kind == "substitution") return "text";
  return "";
}

std::string LtCheckResponse(const DraftEngine& engine,
                            const CheckedDraft& checked, const LtText& text,
                            const std::map<std::string, std::string>& form,
                            const std::string& rule_base_url) {
  OrderedJson doc;
  doc["software"] = {{"name", "maillint"}, {"version", kMaillintVersion},
                     {"buildDate", ""},    {"apiVersion", 1},
                     {"premium", false},   {"status", ""}};
  doc["warnings"] = {{"incompleteResults", false}};
  doc["language"] = LanguageObject(engine.config(), text, form);
  doc["matches"] = OrderedJson::array();
  Selection selection(form);
  for (const Finding& f : checked.result.findings) {
    if (!selection.Wants(f)) continue;
    doc["matches"].push_back(Match(engine, f, text, rule_base_url));
  }
  return DumpJson(doc);
}

std::string LtLanguagesResponse(const Config& config) {
  OrderedJson list = OrderedJson::array();
  std::set<std::string> bases;
  for (const std::string& dict : config.proofreading.languages) {
    std::string long_code = LongCode(dict);
    std::string base = long_code.substr(0, long_code.find('-'));
    if (bases.insert(base).second) {
      list.push_back(
          {{"name", LanguageName(base)}, {"code", base}, {"longCode", base}});
    }
    if (long_code != base) {
      list.push_back({{"name", LanguageName(long_code)},
                      {"code", base},
                      {"longCode", long_code}});
    }
  }
  return DumpJson(list);
}

}  // namespace maillint
