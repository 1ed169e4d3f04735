#include "lint/pattern_set.h"

#include "base/text.h"

namespace maillint {
namespace {

RE2::Options PatternOptions(int64_t max_mem) {
  RE2::Options options;
  options.set_max_mem(max_mem);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  return options;
}

// Syntax that other engines (Perl, PCRE, .NET regexp2 as used by Vale) accept
// and RE2 rejects by design.
bool IsUnsupportedFeature(const RE2& re) {
  const std::string& arg = re.error_arg();
  switch (re.error_code()) {
    case RE2::ErrorBadPerlOp:  // (?= (?! (?<= (?<! (?> (?P=name)
      return true;
    case RE2::ErrorBadEscape:  // \1..\9, \k<name>, \Z, \G
      return arg.size() >= 2 &&
             ((arg[1] >= '1' && arg[1] <= '9') || arg[1] == 'k' ||
              arg[1] == 'Z' || arg[1] == 'G');
    case RE2::ErrorRepeatOp:  // possessive *+ ++ ?+
      return EndsWith(arg, "+");
    default:
      return false;
  }
}

}  // namespace

PatternCheck CheckPattern(const std::string& regex) {
  RE2 re(regex, PatternOptions(kPatternMaxMem));
  if (re.ok()) return {};
  if (re.error_code() == RE2::ErrorPatternTooLarge) {
    return {PatternProblem::kTooLarge,
            "pattern exceeds the memory budget of " +
                std::to_string(kPatternMaxMem >> 20) +
                " MiB: " + ClipForMessage(regex)};
  }
  if (IsUnsupportedFeature(re)) {
    return {PatternProblem::kUnsupported,
            "RE2 does not support '" + re.error_arg() +
                "' (lookaround, backreferences and possessive repeats are "
                "not available)"};
  }
  return {PatternProblem::kMalformed, "bad regular expression '" +
                                          ClipForMessage(regex) +
                                          "': " + ClipForMessage(re.error())};
}

std::shared_ptr<const RE2> CompilePattern(const std::string& regex) {
  auto re = std::make_shared<const RE2>(regex, PatternOptions(kPatternMaxMem));
  return re->ok() ? re : nullptr;
}

PatternSet::PatternSet()
    : set_(std::make_unique<RE2::Set>(PatternOptions(kScopeSetMaxMem),
                                      RE2::UNANCHORED)) {}

int PatternSet::Add(const std::string& regex) {
  std::string error;
  int index = set_->Add(regex, &error);
  int expected = static_cast<int>(patterns_.size());
  patterns_.push_back(CompilePattern(regex));
  return index < 0 ? expected : index;
}

Status PatternSet::Compile() {
  if (patterns_.empty()) return Status::Ok();
  compiled_ = set_->Compile();
  if (!compiled_) {
    return Status::InvalidArgument(
        "the rules' patterns of one scope exceed the memory budget of " +
        std::to_string(kScopeSetMaxMem >> 20) + " MiB together");
  }
  return Status::Ok();
}

void PatternSet::Match(std::string_view text, std::vector<bool>* hits) const {
  hits->assign(patterns_.size(), false);
  if (patterns_.empty()) return;
  std::vector<int> matched;
  RE2::Set::ErrorInfo info{};
  if (compiled_ && set_->Match(text, &matched, &info)) {
    for (int i : matched) (*hits)[i] = true;
    return;
  }
  if (compiled_ && info.kind == RE2::Set::kNoError) return;  // no match
  for (size_t i = 0; i < patterns_.size(); ++i) {
    (*hits)[i] = patterns_[i] && RE2::PartialMatch(text, *patterns_[i]);
  }
}

}  // namespace maillint
