#include "lint/rule_file.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/text.h"
#include "lint/pattern_set.h"
#include "lint/yaml_util.h"

namespace maillint {
namespace {

struct KindName {
  RuleKind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {RuleKind::kExistence, "existence"},
    {RuleKind::kSubstitution, "substitution"},
    {RuleKind::kOccurrence, "occurrence"},
    {RuleKind::kRepetition, "repetition"},
    {RuleKind::kCapitalization, "capitalization"},
    {RuleKind::kConditional, "conditional"},
    {RuleKind::kRequired, "required"},
};
// Vale kinds this engine does not implement: skipped with a warning.
const std::vector<std::string> kValeOnlyKinds = {
    "spelling", "metric", "sequence", "script", "readability"};

const std::vector<std::string> kKnownKeys = {
    "extends", "message", "level", "scope", "tokens", "raw", "swap",
    "exceptions", "ignorecase", "nonword", "max", "min", "token", "alpha",
    "match", "first", "second", "firstscope", "link", "description", "standard",
    "examples",
    // Vale keys with no meaning here, accepted and ignored.
    "action", "vocab", "append", "code", "limit", "style", "indicators"};

const std::vector<std::string> kScopes = {
    "subject", "greeting",    "new-text", "closing", "signature",
    "quote",   "attachments", "headers",  "all"};

std::string MapValeScope(std::string scope) {
  if (!scope.empty() && scope[0] == '~') return "";  // negations: ignored
  scope = scope.substr(0, scope.find('.'));          // heading.h1 -> heading
  if (scope == "text" || scope == "paragraph" || scope == "sentence" ||
      scope == "list" || scope == "summary" || scope == "raw") {
    return "new-text";
  }
  if (scope == "heading" || scope == "title") return "subject";
  if (scope == "blockquote") return "quote";
  return scope;
}

// Everything read from one file, with the file name for errors.
class Reader {
 public:
  Reader(std::string path, const YAML::Node& root)
      : path_(std::move(path)), root_(root) {}

  Status Read(RuleSpec& spec, std::string* skip);

 private:
  YAML::Node Get(const char* key) const { return root_[key]; }
  Status ReadKind(RuleSpec& spec, std::string* skip);
  Status ReadCommon(RuleSpec& spec);
  Status ReadScopes(const char* key, std::vector<std::string>* out);
  Status ReadPatterns(RuleSpec& spec, std::string* skip);
  Status ReadSwaps(RuleSpec& spec, std::string* skip);
  Status ReadExamples(RuleSpec& spec);
  // Validates `regex` (from `node`) and stores it; a skip sets `*skip`.
  Status Pattern(const YAML::Node& node, std::string regex,
                 std::optional<PatternSource>* out, std::string* skip);
  std::string Flags() const { return ignorecase_ ? "(?i)" : ""; }
  std::string Bounded(const std::string& alternation) const {
    return nonword_ ? "(?:" + alternation + ")"
                    : "\\b(?:" + alternation + ")\\b";
  }

  std::string path_;
  YAML::Node root_;
  bool ignorecase_ = false;
  bool nonword_ = false;
};

Status Reader::Read(RuleSpec& spec, std::string* skip) {
  if (Status s = ReadKind(spec, skip); !s.ok() || !skip->empty()) return s;
  if (Status s = CheckKeys(path_, root_, kKnownKeys, ""); !s.ok()) return s;
  if (Status s = ReadCommon(spec); !s.ok()) return s;
  if (Status s = ReadPatterns(spec, skip); !s.ok() || !skip->empty()) return s;
  return ReadExamples(spec);
}

Status Reader::ReadKind(RuleSpec& spec, std::string* skip) {
  YAML::Node node = Get("extends");
  if (!node) {
    return YamlError(path_, root_.Mark(), "missing 'extends' (the rule kind)");
  }
  std::string name;
  if (Status s = ReadScalar(path_, "extends", node, &name); !s.ok()) return s;
  for (const KindName& k : kKinds) {
    if (name == k.name) {
      spec.kind = k.kind;
      return Status::Ok();
    }
  }
  if (std::find(kValeOnlyKinds.begin(), kValeOnlyKinds.end(), name) !=
      kValeOnlyKinds.end()) {
    *skip = "kind '" + name + "' is not supported";
    return Status::Ok();
  }
  std::vector<std::string> names;
  for (const KindName& k : kKinds) names.push_back(k.name);
  std::string hint = ClosestMatch(name, names);
  return YamlError(path_, node.Mark(),
                   "unknown kind '" + name + "'" +
                       (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
}

Status Reader::ReadCommon(RuleSpec& spec) {
  struct Text {
    const char* key;
    std::string* out;
  };
  for (Text t : {Text{"message", &spec.message}, Text{"link", &spec.link},
                 Text{"description", &spec.description},
                 Text{"standard", &spec.standard}}) {
    if (YAML::Node n = Get(t.key)) {
      if (Status s = ReadScalar(path_, t.key, n, t.out); !s.ok()) return s;
    }
  }
  if (YAML::Node n = Get("level")) {
    std::string level;
    if (Status s = ReadScalar(path_, "level", n, &level); !s.ok()) return s;
    std::optional<Severity> parsed = ParseSeverity(level);
    if (!parsed) {
      return YamlError(
          path_, n.Mark(),
          "'level' expects error, warning, info or suggestion, got '" + level +
              "'");
    }
    spec.level = *parsed;
  }
  for (auto [key, out] : {std::pair{"ignorecase", &ignorecase_},
                          std::pair{"nonword", &nonword_}}) {
    if (YAML::Node n = Get(key)) {
      if (Status s = ReadBool(path_, key, n, out); !s.ok()) return s;
    }
  }
  for (auto [key, out] :
       {std::pair{"max", &spec.max}, std::pair{"min", &spec.min}}) {
    if (YAML::Node n = Get(key)) {
      if (Status s = ReadInt(path_, key, n, out); !s.ok()) return s;
    }
  }
  if (Status s = ReadScopes("scope", &spec.scopes); !s.ok()) return s;
  spec.first_scopes = spec.scopes;
  return ReadScopes("firstscope", &spec.first_scopes);
}

Status Reader::ReadScopes(const char* key, std::vector<std::string>* out) {
  YAML::Node node = Get(key);
  if (!node) return Status::Ok();
  std::vector<std::string> names;
  if (Status s = ReadList(path_, key, node, true, &names); !s.ok()) return s;
  out->clear();
  for (const std::string& raw : names) {
    std::string scope = MapValeScope(raw);
    if (scope.empty()) continue;
    if (std::find(kScopes.begin(), kScopes.end(), scope) == kScopes.end()) {
      std::string hint = ClosestMatch(scope, kScopes);
      return YamlError(
          path_, node.Mark(),
          "unknown scope '" + raw + "'" +
              (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
    if (std::find(out->begin(), out->end(), scope) == out->end()) {
      out->push_back(scope);
    }
  }
  if (out->empty()) out->push_back("new-text");
  return Status::Ok();
}

Status Reader::Pattern(const YAML::Node& node, std::string regex,
                       std::optional<PatternSource>* out, std::string* skip) {
  PatternCheck check = CheckPattern(regex);
  switch (check.problem) {
    case PatternProblem::kNone:
      *out = PatternSource{std::move(regex), node.Mark().line + 1,
                           node.Mark().column + 1};
      return Status::Ok();
    case PatternProblem::kUnsupported:
      *skip = check.reason;
      return Status::Ok();
    case PatternProblem::kMalformed:
    case PatternProblem::kTooLarge:
      break;
  }
  return YamlError(path_, node.Mark(), check.reason);
}

// Checks each list item on its own so an error points at the item.
Status CheckItems(const std::string& path, const YAML::Node& node,
                  std::string* skip) {
  if (!node.IsSequence()) return Status::Ok();
  for (const YAML::Node& item : node) {
    PatternCheck check = CheckPattern(item.Scalar());
    if (check.problem == PatternProblem::kUnsupported) {
      *skip = check.reason;
      return Status::Ok();
    }
    if (check.problem != PatternProblem::kNone) {
      return YamlError(path, item.Mark(), check.reason);
    }
  }
  return Status::Ok();
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& i : items)
    out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

Status Reader::ReadPatterns(RuleSpec& spec, std::string* skip) {
  if (YAML::Node n = Get("exceptions")) {
    if (Status s = ReadList(path_, "exceptions", n, false, &spec.exceptions);
        !s.ok()) {
      return s;
    }
    if (Status s = CheckItems(path_, n, skip); !s.ok() || !skip->empty())
      return s;
    for (std::string& e : spec.exceptions) e = Flags() + "(?:" + e + ")";
  }
  if (spec.kind == RuleKind::kSubstitution) return ReadSwaps(spec, skip);
  std::vector<std::string> tokens, raw;
  YAML::Node tokens_node = Get("tokens"), raw_node = Get("raw");
  if (tokens_node) {
    if (Status s = ReadList(path_, "tokens", tokens_node, false, &tokens);
        !s.ok())
      return s;
    if (Status s = CheckItems(path_, tokens_node, skip);
        !s.ok() || !skip->empty())
      return s;
  }
  if (raw_node) {
    if (Status s = ReadList(path_, "raw", raw_node, false, &raw); !s.ok())
      return s;
  }
  YAML::Node first = Get("first"), token = Get("token"), match = Get("match");
  switch (spec.kind) {
    case RuleKind::kOccurrence: {
      if (!token)
        return YamlError(path_, root_.Mark(), "occurrence needs 'token'");
      std::string regex;
      if (Status s = ReadScalar(path_, "token", token, &regex); !s.ok())
        return s;
      return Pattern(token, Flags() + regex, &spec.pattern, skip);
    }
    case RuleKind::kConditional: {
      YAML::Node second = Get("second");
      if (!first || !second) {
        return YamlError(path_, root_.Mark(),
                         "conditional needs 'first' and 'second'");
      }
      std::string a, b;
      if (Status s = ReadScalar(path_, "first", first, &a); !s.ok()) return s;
      if (Status s = ReadScalar(path_, "second", second, &b); !s.ok()) return s;
      if (Status s = Pattern(first, Flags() + a, &spec.pattern, skip);
          !s.ok() || !skip->empty()) {
        return s;
      }
      return Pattern(second, Flags() + b, &spec.second, skip);
    }
    case RuleKind::kCapitalization: {
      if (!match)
        return YamlError(path_, root_.Mark(), "capitalization needs 'match'");
      std::string m;
      if (Status s = ReadScalar(path_, "match", match, &m); !s.ok()) return s;
      if (StartsWith(m, "$")) {
        if (m != "$title" && m != "$sentence" && m != "$lower" &&
            m != "$upper") {
          return YamlError(
              path_, match.Mark(),
              "'match' expects $title, $sentence, $lower, $upper or a pattern");
        }
        spec.capitalization = m;
        return Status::Ok();
      }
      return Pattern(match, "^(?:" + m + ")$", &spec.pattern, skip);
    }
    default:
      break;
  }
  if (tokens.empty() && raw.empty()) {
    return YamlError(
        path_, root_.Mark(),
        std::string(RuleKindName(spec.kind)) + " needs 'tokens'" +
            (spec.kind == RuleKind::kExistence ? " or 'raw'" : ""));
  }
  std::string regex = Flags() + "(?m)";
  if (!tokens.empty()) regex += Bounded(Join(tokens, "|"));
  if (!raw.empty()) regex += (tokens.empty() ? "" : "|") + Join(raw, "");
  const YAML::Node& where = tokens_node ? tokens_node : raw_node;
  return Pattern(where, regex, &spec.pattern, skip);
}

Status Reader::ReadSwaps(RuleSpec& spec, std::string* skip) {
  YAML::Node swap = Get("swap");
  if (!swap) return YamlError(path_, root_.Mark(), "substitution needs 'swap'");
  if (Status s = ExpectMap(path_, "swap", swap); !s.ok()) return s;
  for (const auto& entry : swap) {
    std::string from, to;
    if (Status s = ReadScalar(path_, "swap", entry.first, &from); !s.ok())
      return s;
    if (Status s = ReadScalar(path_, "swap", entry.second, &to); !s.ok())
      return s;
    std::optional<PatternSource> pattern;
    if (Status s =
            Pattern(entry.first, Flags() + Bounded(from), &pattern, skip);
        !s.ok() || !skip->empty()) {
      return s;
    }
    spec.swaps.emplace_back(*pattern, to);
  }
  if (spec.swaps.empty())
    return YamlError(path_, swap.Mark(), "'swap' is empty");
  return Status::Ok();
}

Status Reader::ReadExamples(RuleSpec& spec) {
  YAML::Node node = Get("examples");
  if (!node) return Status::Ok();
  if (Status s = ExpectMap(path_, "examples", node); !s.ok()) return s;
  if (Status s = CheckKeys(path_, node, {"fire", "silent"}, "examples");
      !s.ok()) {
    return s;
  }
  if (YAML::Node fire = node["fire"]) {
    if (Status s = ReadList(path_, "fire", fire, false, &spec.fire_examples);
        !s.ok()) {
      return s;
    }
  }
  if (YAML::Node silent = node["silent"]) {
    return ReadList(path_, "silent", silent, false, &spec.silent_examples);
  }
  return Status::Ok();
}

}  // namespace

const char* RuleKindName(RuleKind kind) {
  for (const KindName& k : kKinds) {
    if (k.kind == kind) return k.name;
  }
  return "existence";
}

std::string RuleNameFromStem(std::string_view stem) {
  std::string out;
  for (size_t i = 0; i < stem.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(stem[i]);
    bool boundary = i > 0 && std::isupper(c) &&
                    (std::islower(static_cast<unsigned char>(stem[i - 1])) ||
                     std::isdigit(static_cast<unsigned char>(stem[i - 1])));
    if (boundary && out.back() != '-') out += '-';
    out += (c == '_' || c == ' ') ? '-' : static_cast<char>(std::tolower(c));
  }
  return out;
}

std::string RuleSummary(const RuleSpec& spec) {
  if (!spec.description.empty()) {
    std::string_view d = Trim(spec.description);
    size_t end = d.find('\n');
    return std::string(Trim(d.substr(0, end)));
  }
  std::string summary = spec.message;
  for (size_t at = summary.find("%s"); at != std::string::npos;
       at = summary.find("%s", at)) {
    summary.replace(at, 2, "...");
  }
  return summary;
}

Result<RuleFileResult> ReadRuleFile(const std::string& path,
                                    const std::string& family) {
  Result<std::string> text = ReadYamlText(path);
  if (!text) return text.error();
  return ParseRuleFile(path, family, *text);
}

Result<RuleFileResult> ParseRuleFile(const std::string& path,
                                     const std::string& family,
                                     std::string_view text) {
  Result<YAML::Node> root = ParseYaml(path, text);
  if (!root) return root.error();
  if (!root->IsMap()) {
    return YamlError(
        path, root->Mark(),
        "a rule file must be a mapping, got " + DescribeNode(*root));
  }
  RuleFileResult result;
  RuleSpec spec;
  spec.path = path;
  std::string stem = std::filesystem::path(path).stem().string();
  spec.id = family + "." + RuleNameFromStem(stem);
  Reader reader(path, *root);
  Status s;
  try {
    s = reader.Read(spec, &result.skip_reason);
  } catch (const YAML::Exception& e) {
    s = YamlError(path, e.mark, "bad rule file: " + e.msg);
  }
  if (!s.ok()) return s;
  if (result.skip_reason.empty()) result.spec = std::move(spec);
  return result;
}

}  // namespace maillint
