#include "lint/pattern_rule.h"

#include <cctype>

#include "base/text.h"

namespace maillint {
namespace {

using MatchMemo = std::map<std::string, PatternIndex::ScopeMatches>;

// Calls `f(begin, end)` for every non-empty match of `re` in `text`.
template <typename F>
void ForEachMatch(const RE2& re, std::string_view text, F f) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    size_t begin = static_cast<size_t>(match.data() - text.data());
    size_t end = begin + match.size();
    if (end > begin) f(begin, end);
    pos = end > begin ? end : end + 1;
  }
}

bool Hit(const PatternIndex::ScopeMatches& m,
         const std::map<std::string, int>& slots, const std::string& scope) {
  auto it = slots.find(scope);
  return it != slots.end() && it->second < static_cast<int>(m.hits.size()) &&
         m.hits[it->second];
}

bool HasLower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c));
  });
}
bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c));
  });
}

// ASCII case styles; words of three letters or fewer are free in $title, and
// $sentence only asks for a capital first word (later capitals may be names).
bool MatchesCase(std::string_view text, const std::string& style) {
  if (style == "$lower") return !HasUpper(text);
  if (style == "$upper") return !HasLower(text);
  std::vector<std::string_view> words;
  for (std::string_view w : Split(text, ' ')) {
    if (!w.empty()) words.push_back(w);
  }
  for (size_t i = 0; i < words.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(words[i][0]);
    if (!std::isalpha(c)) continue;
    if (style == "$title" && words[i].size() > 3 && std::islower(c))
      return false;
    if (style == "$sentence" && i == 0 && std::islower(c)) return false;
  }
  return true;
}

}  // namespace

int PatternIndex::Add(const std::string& scope, const std::string& regex) {
  return sets_[scope].Add(regex);
}

Status PatternIndex::Compile() {
  for (auto& [scope, set] : sets_) {
    if (Status s = set.Compile(); !s.ok()) {
      return Status::InvalidArgument("scope '" + scope + "': " + s.message());
    }
  }
  return Status::Ok();
}

const PatternIndex::ScopeMatches& PatternIndex::Matches(
    CheckContext& ctx, const std::string& scope) const {
  std::shared_ptr<void>& slot = ctx.Memo(this);
  if (!slot) slot = std::make_shared<MatchMemo>();
  MatchMemo& memo = *static_cast<MatchMemo*>(slot.get());
  auto found = memo.find(scope);
  if (found != memo.end()) return found->second;
  ScopeMatches& m =
      memo.emplace(scope, ScopeMatches{ctx.analysis().scope(scope), {}})
          .first->second;
  auto set = sets_.find(scope);
  if (set != sets_.end()) set->second.Match(m.text.text(), &m.hits);
  return m;
}

Result<std::shared_ptr<CompiledRule>> CompileRule(RuleSpec spec,
                                                  PatternIndex& index) {
  auto rule = std::make_shared<CompiledRule>();
  if (spec.pattern) {
    rule->pattern = CompilePattern(spec.pattern->regex);
    const std::vector<std::string>& scopes =
        spec.kind == RuleKind::kConditional ? spec.first_scopes : spec.scopes;
    for (const std::string& s : scopes) {
      rule->pattern_slot[s] = index.Add(s, spec.pattern->regex);
    }
  }
  if (spec.second) {
    rule->second = CompilePattern(spec.second->regex);
    for (const std::string& s : spec.scopes) {
      rule->second_slot[s] = index.Add(s, spec.second->regex);
    }
  }
  for (const auto& [from, to] : spec.swaps) {
    rule->swaps.push_back(CompilePattern(from.regex));
    for (const std::string& s : spec.scopes) {
      rule->swap_slots[s].push_back(index.Add(s, from.regex));
    }
  }
  for (const std::string& e : spec.exceptions) {
    rule->exceptions.push_back(CompilePattern(e));
  }
  rule->spec = std::move(spec);
  return rule;
}

RuleInfo PatternRuleInfo(const RuleSpec& spec) {
  RuleInfo info;
  info.id = spec.id;
  info.summary = RuleSummary(spec);
  info.standard = spec.standard;
  info.kind = RuleKindName(spec.kind);
  info.default_severity = spec.level;
  info.doc = spec.description;
  info.source = spec.path;
  info.fire_examples = spec.fire_examples;
  info.silent_examples = spec.silent_examples;
  return info;
}

std::string FormatRuleMessage(std::string_view message,
                              const std::vector<std::string>& args) {
  std::string out;
  size_t next_arg = 0;
  for (size_t i = 0; i < message.size(); ++i) {
    if (message[i] == '%' && i + 1 < message.size() && message[i + 1] == 's') {
      out += next_arg < args.size() ? args[next_arg++] : "";
      ++i;
    } else {
      out += message[i];
    }
  }
  return out;
}

PatternRule::PatternRule(RuleInfo info,
                         std::shared_ptr<const CompiledRule> rule,
                         std::shared_ptr<const PatternIndex> index)
    : Rule(std::move(info)), rule_(std::move(rule)), index_(std::move(index)) {}

void PatternRule::Check(CheckContext& ctx) const {
  if (rule_->spec.kind == RuleKind::kRequired) return CheckRequired(ctx);
  for (const std::string& scope : rule_->spec.scopes) {
    switch (rule_->spec.kind) {
      case RuleKind::kExistence:
        CheckExistence(ctx, scope);
        break;
      case RuleKind::kSubstitution:
        CheckSubstitution(ctx, scope);
        break;
      case RuleKind::kOccurrence:
        CheckOccurrence(ctx, scope);
        break;
      case RuleKind::kRepetition:
        CheckRepetition(ctx, scope);
        break;
      case RuleKind::kCapitalization:
        CheckCapitalization(ctx, scope);
        break;
      case RuleKind::kConditional:
        CheckConditional(ctx, scope);
        break;
      case RuleKind::kRequired:
        break;
    }
  }
}

bool PatternRule::IsException(std::string_view match) const {
  return std::any_of(
      rule_->exceptions.begin(), rule_->exceptions.end(),
      [&](const auto& re) { return re && RE2::FullMatch(match, *re); });
}

void PatternRule::ReportAt(CheckContext& ctx, Location where,
                           std::string message, std::string suggestion) const {
  Finding& f = Report(ctx, std::move(where), std::move(message));
  f.suggestion = std::move(suggestion);
  f.doc_link = rule_->spec.link;
}

void PatternRule::CheckExistence(CheckContext& ctx,
                                 const std::string& scope) const {
  const auto& m = index_->Matches(ctx, scope);
  if (!rule_->pattern || !Hit(m, rule_->pattern_slot, scope)) return;
  std::string_view text = m.text.text();
  ForEachMatch(*rule_->pattern, text, [&](size_t b, size_t e) {
    std::string_view match = text.substr(b, e - b);
    if (IsException(match)) return;
    ReportAt(ctx, m.text.Locate(b, e),
             FormatRuleMessage(rule_->spec.message, {std::string(match)}));
  });
}

void PatternRule::CheckSubstitution(CheckContext& ctx,
                                    const std::string& scope) const {
  const auto& m = index_->Matches(ctx, scope);
  auto slots = rule_->swap_slots.find(scope);
  if (slots == rule_->swap_slots.end()) return;
  std::string_view text = m.text.text();
  for (size_t i = 0; i < rule_->swaps.size(); ++i) {
    int slot = slots->second[i];
    if (slot >= static_cast<int>(m.hits.size()) || !m.hits[slot] ||
        !rule_->swaps[i]) {
      continue;
    }
    const std::string& replacement = rule_->spec.swaps[i].second;
    ForEachMatch(*rule_->swaps[i], text, [&](size_t b, size_t e) {
      std::string match(text.substr(b, e - b));
      if (IsException(match)) return;
      ReportAt(ctx, m.text.Locate(b, e),
               FormatRuleMessage(rule_->spec.message, {replacement, match}),
               replacement);
    });
  }
}

void PatternRule::CheckOccurrence(CheckContext& ctx,
                                  const std::string& scope) const {
  const auto& m = index_->Matches(ctx, scope);
  if (!rule_->pattern || m.text.empty()) return;
  int count = 0;
  std::string_view text = m.text.text();
  if (Hit(m, rule_->pattern_slot, scope)) {
    ForEachMatch(*rule_->pattern, text, [&](size_t b, size_t e) {
      if (IsException(text.substr(b, e - b))) return;
      if (++count == rule_->spec.max + 1) {
        ReportAt(ctx, m.text.Locate(b, e),
                 FormatRuleMessage(rule_->spec.message,
                                   {std::to_string(rule_->spec.max)}));
      }
    });
  }
  if (rule_->spec.min >= 0 && count < rule_->spec.min) {
    ReportAt(ctx, m.text.Whole(),
             FormatRuleMessage(rule_->spec.message,
                               {std::to_string(rule_->spec.min)}));
  }
}

void PatternRule::CheckRepetition(CheckContext& ctx,
                                  const std::string& scope) const {
  const auto& m = index_->Matches(ctx, scope);
  if (!rule_->pattern || !Hit(m, rule_->pattern_slot, scope)) return;
  std::string_view text = m.text.text();
  size_t prev_begin = std::string_view::npos, prev_end = 0;
  ForEachMatch(*rule_->pattern, text, [&](size_t b, size_t e) {
    std::string_view word = text.substr(b, e - b);
    bool adjacent = prev_begin != std::string_view::npos &&
                    Trim(text.substr(prev_end, b - prev_end)).empty() &&
                    text.substr(prev_end, b - prev_end).find('\n') ==
                        std::string_view::npos;
    std::string_view prev =
        prev_begin == std::string_view::npos
            ? ""
            : text.substr(prev_begin, prev_end - prev_begin);
    if (adjacent && EqualsIgnoreCase(prev, word) && !IsException(word)) {
      ReportAt(ctx, m.text.Locate(b, e),
               FormatRuleMessage(rule_->spec.message, {std::string(word)}));
    }
    prev_begin = b;
    prev_end = e;
  });
}

void PatternRule::CheckCapitalization(CheckContext& ctx,
                                      const std::string& scope) const {
  const auto& m = index_->Matches(ctx, scope);
  std::string_view text = Trim(m.text.text());
  if (text.empty() || IsException(text)) return;
  bool ok = rule_->pattern ? RE2::FullMatch(text, *rule_->pattern)
                           : MatchesCase(text, rule_->spec.capitalization);
  if (!ok) {
    ReportAt(ctx, m.text.Whole(),
             FormatRuleMessage(rule_->spec.message, {std::string(text)}));
  }
}

void PatternRule::CheckConditional(CheckContext& ctx,
                                   const std::string& scope) const {
  if (!rule_->pattern || !rule_->second) return;
  const auto& m = index_->Matches(ctx, scope);
  if (Hit(m, rule_->second_slot, scope)) return;
  for (const std::string& first_scope : rule_->spec.first_scopes) {
    const auto& f = index_->Matches(ctx, first_scope);
    if (!Hit(f, rule_->pattern_slot, first_scope)) continue;
    std::string_view text = f.text.text();
    bool reported = false;
    ForEachMatch(*rule_->pattern, text, [&](size_t b, size_t e) {
      if (reported || IsException(text.substr(b, e - b))) return;
      reported = true;
      Location where =
          first_scope == scope ? f.text.Locate(b, e) : m.text.Whole();
      ReportAt(ctx, where,
               FormatRuleMessage(rule_->spec.message,
                                 {std::string(text.substr(b, e - b))}));
    });
    if (reported) return;
  }
}

void PatternRule::CheckRequired(CheckContext& ctx) const {
  const ScopeText* first_text = nullptr;
  for (const std::string& scope : rule_->spec.scopes) {
    const auto& m = index_->Matches(ctx, scope);
    if (!first_text && !m.text.empty()) first_text = &m.text;
    if (!Hit(m, rule_->pattern_slot, scope)) continue;
    bool found = false;
    std::string_view text = m.text.text();
    ForEachMatch(*rule_->pattern, text, [&](size_t b, size_t e) {
      found = found || !IsException(text.substr(b, e - b));
    });
    if (found) return;
  }
  ReportAt(ctx, first_text ? first_text->Whole() : Location::Message(),
           FormatRuleMessage(rule_->spec.message, {}));
}

}  // namespace maillint
