// Loads the five reply-parsing ground-truth sets into ReplyCases (see
// reply_corpus.h for what is compared and why).
#ifndef MAILLINT_TESTS_ANATOMY_REPLY_CORPUS_LOAD_H_
#define MAILLINT_TESTS_ANATOMY_REPLY_CORPUS_LOAD_H_

#include <gmime/gmime.h>

#include <algorithm>

namespace maillint::testing {

using Json = nlohmann::json;

inline bool NeedsCustomConfig(const Json& a) {
  return a.contains("requires_custom_config") || a.contains("input_modified");
}

// True when the GT says fragment 0 is quoted, hidden or a signature.
inline bool FirstFragmentHidden(const Json& assertions) {
  for (const Json& a : assertions) {
    std::string type = a.value("type", "");
    std::string flag = a.value("flag", "");
    if (type == "fragment_flags" && a["value"].is_array() &&
        !a["value"].empty() && a["value"][0].is_boolean() &&
        a["value"][0].get<bool>()) {
      return true;
    }
    if (type == "fragment_flag" && a.value("index", -1) == 0 &&
        a["value"].is_boolean() && a["value"].get<bool>()) {
      return true;
    }
    (void)flag;
  }
  return false;
}

inline void AddAssertion(const Json& a, bool first_hidden,
                         const std::string& input, ReplyCase* c) {
  if (NeedsCustomConfig(a)) return;
  std::string type = a.value("type", "");
  Check check;
  check.what = type;
  check.expect = a.value("expect", true);
  if (type == "visible_text_equals") {
    check.value = a["value"].get<std::string>();
  } else if (type == "visible_text_contains") {
    check.kind = Check::Kind::kContains;
    check.value = a["value"].get<std::string>();
  } else if (type == "visible_text_matches") {
    check.kind = Check::Kind::kMatches;
    check.value = JsRegexToRe2(a["regex"], a.value("regex_flags", ""));
  } else if (a.value("index", -1) == 0 && !first_hidden &&
             (type == "fragment_equals" || type == "fragment_contains" ||
              type == "fragment_matches")) {
    check.view = View::kFirst;
    if (type == "fragment_equals") check.value = a["value"].get<std::string>();
    if (type == "fragment_contains") {
      check.kind = Check::Kind::kContains;
      check.value = a["value"].get<std::string>();
    }
    if (type == "fragment_matches") {
      check.kind = Check::Kind::kMatches;
      check.value = JsRegexToRe2(a["regex"], a.value("regex_flags", ""));
    }
  } else if (type == "fragment_count" && a["value"] == 1 && !first_hidden) {
    check.value = input;
  } else {
    return;
  }
  c->checks.push_back(check);
}

inline void LoadGithubStyleSet(const std::filesystem::path& root,
                               const std::string& set,
                               std::vector<ReplyCase>* out) {
  std::vector<std::filesystem::path> files;
  for (const auto& e :
       std::filesystem::directory_iterator(root / "ground_truth")) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    Json gt = Json::parse(ReadBytes(path), nullptr, false);
    if (gt.is_discarded()) continue;
    std::string fixture = gt.value("fixture", "");
    std::string input;
    for (const Json& a : gt["assertions"]) {
      if (a.value("type", "") == "inline_input") input = a["value"];
    }
    if (input.empty()) input = ToLf(ReadBytes(root / fixture));
    bool hidden = FirstFragmentHidden(gt["assertions"]);
    ReplyCase base{set, fixture, input, "", {}};
    for (const Json& a : gt["assertions"]) {
      if (a.value("type", "") != "template_variants") {
        AddAssertion(a, hidden, input, &base);
        continue;
      }
      if (!a.contains("expected")) continue;
      for (size_t k = 0; k < a["values"].size(); ++k) {
        ReplyCase variant{
            set, fixture + "#" + std::to_string(k), input, "", {}};
        std::string value = a["values"][k];
        std::string placeholder = a["placeholder"];
        size_t at = variant.text.find(placeholder);
        if (at != std::string::npos)
          variant.text.replace(at, placeholder.size(), value);
        AddAssertion(a["expected"], false, variant.text, &variant);
        if (!variant.checks.empty()) out->push_back(variant);
      }
    }
    if (!base.checks.empty()) out->push_back(base);
  }
}

// The first text/plain part of an .eml, decoded to UTF-8 (what talon's
// test does with Python's email package).
inline std::string FirstTextPlain(const std::string& eml) {
  g_mime_init();
  GMimeStream* stream =
      g_mime_stream_mem_new_with_buffer(eml.data(), eml.size());
  GMimeParser* parser = g_mime_parser_new_with_stream(stream);
  GMimeMessage* message = g_mime_parser_construct_message(parser, nullptr);
  std::string text;
  if (message != nullptr) {
    GMimePartIter* iter = g_mime_part_iter_new(message->mime_part);
    GMimeObject* current = message->mime_part;
    do {
      current = g_mime_part_iter_get_current(iter);
      if (current == nullptr) current = message->mime_part;
      if (GMIME_IS_TEXT_PART(current) &&
          g_mime_content_type_is_type(g_mime_object_get_content_type(current),
                                      "text", "plain")) {
        char* decoded = g_mime_text_part_get_text(GMIME_TEXT_PART(current));
        if (decoded != nullptr) text = decoded;
        g_free(decoded);
        break;
      }
    } while (g_mime_part_iter_next(iter));
    g_mime_part_iter_free(iter);
    g_object_unref(message);
  }
  g_object_unref(parser);
  g_object_unref(stream);
  return ToLf(text);
}

inline ReplyCase HtmlCase(const std::string& id, const std::string& html) {
  ReplyCase c{"talon", id, RenderHtml(html).text, html, {}};
  return c;
}

inline void LoadTalonInline(const std::filesystem::path& root,
                            const Json& cases, std::vector<ReplyCase>* out) {
  for (const Json& k : cases) {
    if (NeedsCustomConfig(k)) continue;
    std::string function = k.value("function", "");
    std::string input =
        k.contains("input_fixture")
            ? ReadBytes(root / k["input_fixture"].get<std::string>())
            : k.value("input", "");
    Check check;
    check.what = function;
    check.squeeze = k.value("compare", "") == "whitespace_removed";
    ReplyCase c{"talon", k.value("id", ""), ToLf(input), "", {}};
    const Json& expected = k["expected"];
    if (function == "extract_from_plain") {
      check.value = expected.get<std::string>();
    } else if (function == "extract_from_html") {
      c = HtmlCase(c.id, input);
      check.value = RenderHtml(expected.get<std::string>()).text;
      check.squeeze = true;
    } else if (expected.is_array() && !expected.empty() &&
               expected[0].is_string()) {
      check.view = View::kBody;
      check.value = expected[0];
    } else if (k.value("output_element", -1) == 0 && expected.is_string()) {
      check.view = View::kBody;
      check.value = expected;
    } else {
      continue;
    }
    c.checks.push_back(check);
    out->push_back(c);
  }
}

inline void LoadTalon(const std::filesystem::path& root,
                      std::vector<ReplyCase>* out) {
  Json gt = Json::parse(
      ReadBytes(root / "ground_truth/talon_ground_truth.json"), nullptr, false);
  if (gt.is_discarded()) return;
  for (const Json& k : gt["standard_replies"]["cases"]) {
    std::string fixture = k["fixture"];
    ReplyCase c{
        "talon", fixture, FirstTextPlain(ReadBytes(root / fixture)), "", {}};
    c.checks.push_back({Check::Kind::kEquals, View::kVisible,
                        k["expected_reply"], true, false, "standard_reply"});
    out->push_back(c);
  }
  for (const Json& k : gt["html_replies"]["cases"]) {
    std::string fixture = k["fixture"];
    ReplyCase c = HtmlCase(fixture, ReadBytes(root / fixture));
    c.checks.push_back({Check::Kind::kEquals, View::kVisible,
                        k["expected_reply_text"], true, true, "html_reply"});
    out->push_back(c);
  }
  for (const Json& k : gt["signatures"]["cases"]) {
    std::string fixture = k["fixture"];
    ReplyCase c{"talon", fixture, ToLf(ReadBytes(root / fixture)), "", {}};
    c.checks.push_back({Check::Kind::kEquals, View::kBody, k["expected_text"],
                        true, false, "signature_text"});
    out->push_back(c);
  }
  LoadTalonInline(root, gt["inline_cases"]["cases"], out);
}

inline std::vector<std::string> ReplySetNames() {
  return {"crisp-email-reply-parser", "willdurand-EmailReplyParser",
          "github-email_reply_parser", "zapier-email-reply-parser", "talon"};
}

// Every case of the five sets under `corpus` (CorpusRealDir()).
inline std::vector<ReplyCase> LoadReplyCases(
    const std::filesystem::path& corpus) {
  std::vector<ReplyCase> cases;
  for (const std::string& set : ReplySetNames()) {
    if (set == "talon") {
      LoadTalon(corpus / set, &cases);
    } else {
      LoadGithubStyleSet(corpus / set, set, &cases);
    }
  }
  return cases;
}

}  // namespace maillint::testing

#endif  // MAILLINT_TESTS_ANATOMY_REPLY_CORPUS_LOAD_H_
