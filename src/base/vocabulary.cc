#include "base/vocabulary.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "base/fold.h"
#include "base/text.h"

namespace maillint {
namespace {

constexpr std::pair<std::string_view, VocabList> kListNames[] = {
    {"greetings", VocabList::kGreetings},
    {"closings", VocabList::kClosings},
    {"thanks", VocabList::kThanks},
    {"offer_help", VocabList::kOfferHelp},
    {"roles", VocabList::kRoles},
    {"departments", VocabList::kDepartments},
    {"honorifics", VocabList::kHonorifics},
    {"reply_prefixes", VocabList::kReplyPrefixes},
    {"forward_prefixes", VocabList::kForwardPrefixes},
    {"auto_reply", VocabList::kAutoReply},
    {"automated_subjects", VocabList::kAutomatedSubjects}};

// A letter outside the word boundary: "(?:^|[^letters])".
constexpr char kFrontBound[] = "(?:^|[^\\pL\\pN\\pM_])";
constexpr char kBackBound[] = "(?:$|[^\\pL\\pN\\pM_])";
// Matches nothing, not even the empty text ("$^" would).
constexpr char kNever[] = "\\b\\B";
// Arabic vowel marks (harakat, tanween, shadda, dagger alif): optional in
// writing. A narrow class: \p{Mn} would blow up the DFA.
constexpr char kArabicMarks[] = "[\\x{064B}-\\x{065F}\\x{0670}]*";

// "have a {good|great} day" -> "have a good day", "have a great day".
std::vector<std::string> ExpandBraces(const std::string& text) {
  size_t open = text.find('{');
  size_t close = open == std::string::npos ? open : text.find('}', open);
  if (close == std::string::npos) return {text};
  std::vector<std::string> out;
  std::string head = text.substr(0, open);
  std::vector<std::string> tails = ExpandBraces(text.substr(close + 1));
  for (std::string_view option :
       Split(std::string_view(text).substr(open + 1, close - open - 1), '|')) {
    for (const std::string& tail : tails) {
      out.push_back(head + std::string(option) + tail);
    }
  }
  return out;
}

std::string CollapseBlanks(std::string_view s) {
  std::string out;
  for (char c : Trim(s)) {
    bool blank = c == ' ' || c == '\t';
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  return out;
}

// Folded form for exact lookups: dots dropped, ’ = '.
std::string FoldEntry(std::string_view s) {
  std::string out;
  for (char c : FoldForMatching(s)) {
    if (c != '.') out += c;
  }
  size_t pos;
  while ((pos = out.find("\xE2\x80\x99")) != std::string::npos)
    out.replace(pos, 3, "'");
  return CollapseBlanks(out);
}

// Spaced scripts (and digits, punctuation) keep word bounds.
bool IsSpaced(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &err);
  if (U_FAILURE(err)) return true;
  return script == USCRIPT_LATIN || script == USCRIPT_CYRILLIC ||
         script == USCRIPT_GREEK || script == USCRIPT_COMMON ||
         script == USCRIPT_INHERITED;
}

std::string Utf8Of(UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  return error ? std::string() : std::string(buf, n);
}

// The RE2 fragment of one written entry (see the header for the rules).
std::string EntryPattern(std::string_view entry, bool* prefix) {
  std::string out;
  *prefix = false;
  int32_t i = 0, n = static_cast<int32_t>(entry.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(entry.data(), i, n, c);
    if (c < 0) continue;
    if (c == ' ') {
      out += "[\\s\\x{00A0}]+";
    } else if (c == '\'' || c == 0x2019 || c == 0x2018) {
      out += "['\\x{2018}\\x{2019}]";
    } else if (c == '*' && i == n) {
      out += "[\\pL\\pM]*";
      *prefix = true;
    } else if (c == '-') {
      out += "[-\\x{2010}\\x{2011}]";
    } else {
      std::string s = Utf8Of(c);
      std::string base = FoldForMatching(s);
      if (!base.empty() && base != s && base != AsciiLower(s)) {
        out += "(?:" + RE2::QuoteMeta(s) + "|" + RE2::QuoteMeta(base) + ")";
      } else {
        out += RE2::QuoteMeta(s);
      }
      UErrorCode err = U_ZERO_ERROR;
      if (u_charType(c) != U_NON_SPACING_MARK &&
          uscript_getScript(c, &err) == USCRIPT_ARABIC) {
        out += kArabicMarks;
      }
    }
  }
  return out;
}

UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 LastCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  return c;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "|") + p;
  return out;
}

}  // namespace

std::filesystem::path VocabularyDir() {
  auto is_dir = [](const std::filesystem::path& p) {
    std::error_code ec;
    return !p.empty() && std::filesystem::is_directory(p, ec);
  };
  if (const char* env = std::getenv("MAILLINT_VOCAB_DIR"); env && *env)
    return std::filesystem::path(env);
  std::error_code ec;
  std::filesystem::path exe =
      std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed =
        exe.parent_path().parent_path() / "share" / "maillint" / "vocab";
    if (is_dir(installed)) return installed;
  }
#ifdef MAILLINT_VOCAB_DIR
  if (is_dir(MAILLINT_VOCAB_DIR)) return MAILLINT_VOCAB_DIR;
#endif
  return {};
}

const Vocabulary& Vocabulary::Get() {
  static const Vocabulary vocabulary = [] {
    std::filesystem::path dir = VocabularyDir();
    Result<Vocabulary> loaded =
        dir.empty() ? Result<Vocabulary>(Status::IoError(
                          "vocab",
                          "vocabulary directory not found (install "
                          "share/maillint/vocab or set "
                          "MAILLINT_VOCAB_DIR)"))
                    : Load(dir);
    if (loaded) return std::move(loaded).value();
    Vocabulary empty;
    empty.status_ = loaded.error();
    return empty;
  }();
  return vocabulary;
}

Result<Vocabulary> Vocabulary::Load(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".yml") files.push_back(e.path());
  }
  if (ec) return Status::IoError(dir.string(), ec.message());
  if (files.empty())
    return Status::IoError(dir.string(), "no vocabulary files (*.yml)");
  std::sort(files.begin(), files.end());
  Vocabulary v;
  for (const auto& file : files) {
    if (Status s = v.AddFile(file); !s.ok()) return s;
  }
  v.Compile();
  return v;
}

Status Vocabulary::AddFile(const std::filesystem::path& file) {
  std::string language = file.stem().string();
  YAML::Node root;
  try {
    root = YAML::LoadFile(file.string());
  } catch (const YAML::Exception& e) {
    return Status::ParseError(file.string(), e.mark.line + 1, e.msg);
  }
  if (root.IsNull()) return Status::Ok();
  if (!root.IsMap())
    return Status::ParseError(file.string(), root.Mark().line + 1,
                              "expected named lists (a map)");
  for (const auto& item : root) {
    std::string name = item.first.as<std::string>("");
    auto known = std::find_if(std::begin(kListNames), std::end(kListNames),
                              [&](const auto& p) { return p.first == name; });
    int line = item.first.Mark().line + 1;
    if (known == std::end(kListNames))
      return Status::ParseError(file.string(), line,
                                "unknown list '" + name + "'");
    if (!item.second.IsSequence())
      return Status::ParseError(file.string(), line,
                                "'" + name + "' must be a list of phrases");
    for (const auto& value : item.second) {
      if (!value.IsScalar())
        return Status::ParseError(file.string(), value.Mark().line + 1,
                                  "expected a phrase");
      for (const std::string& raw : ExpandBraces(value.Scalar())) {
        std::string written = CollapseBlanks(raw);
        if (written.empty() || written == "*") continue;
        Entry entry;
        entry.language = language;
        entry.pattern = EntryPattern(written, &entry.prefix);
        std::string bare =
            entry.prefix ? written.substr(0, written.size() - 1) : written;
        entry.folded = FoldEntry(bare);
        entry.bounded_front = IsSpaced(FirstCodePoint(bare));
        entry.bounded_back = !entry.prefix && IsSpaced(LastCodePoint(bare));
        entries_[known->second].push_back(std::move(entry));
      }
    }
    languages_.insert(language);
  }
  return Status::Ok();
}

// One matcher per (list, language) and per list for every language (key
// ""): four alternatives by word bounds, each with one capture group.
void Vocabulary::Compile() {
  for (const auto& [list, entries] : entries_) {
    std::map<std::string, std::array<std::vector<std::string>, 4>> groups;
    for (const Entry& e : entries) {
      int kind = (e.bounded_front ? 2 : 0) + (e.bounded_back ? 1 : 0);
      groups[e.language][kind].push_back(e.pattern);
      groups[""][kind].push_back(e.pattern);
    }
    for (auto& [language, parts] : groups) {
      auto lazy = std::make_shared<LazyMatcher>();
      for (int kind = 0; kind < 4; ++kind) {
        std::string core = parts[kind].empty() ? kNever : Join(parts[kind]);
        lazy->pattern += std::string(kind == 0 ? "" : "|") +
                         (kind & 2 ? kFrontBound : "") + "(" + core + ")" +
                         (kind & 1 ? kBackBound : "");
      }
      matchers_[{list, language}] = std::move(lazy);
    }
  }
}

const RE2* Vocabulary::Matcher(VocabList list,
                               const std::string& language) const {
  auto it = matchers_.find({list, language});
  if (it == matchers_.end()) return nullptr;
  LazyMatcher& lazy = *it->second;
  std::call_once(lazy.once, [&lazy] {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    lazy.re = std::make_unique<const RE2>(lazy.pattern, options);
  });
  return lazy.re->ok() ? lazy.re.get() : nullptr;
}

bool Vocabulary::Has(VocabList list, std::string_view language) const {
  return matchers_.count({list, std::string(language)}) > 0;
}

std::vector<std::string> Vocabulary::Languages(VocabList list) const {
  std::vector<std::string> out;
  for (const auto& [key, compiled] : matchers_) {
    if (key.first == list && !key.second.empty()) out.push_back(key.second);
  }
  return out;
}

bool Vocabulary::IsEntry(VocabList list, std::string_view word) const {
  auto it = entries_.find(list);
  if (it == entries_.end()) return false;
  std::string folded = FoldEntry(word);
  if (folded.empty()) return false;
  return std::any_of(it->second.begin(), it->second.end(), [&](const Entry& e) {
    return e.prefix ? StartsWith(folded, e.folded) : folded == e.folded;
  });
}

std::optional<PhraseHit> Vocabulary::Find(
    VocabList list, std::string_view text,
    const std::vector<std::string>& languages) const {
  std::optional<PhraseHit> hit = FindHit(list, text, languages);
  if (hit && hit->language.empty())
    hit->language = LanguageOf(list, text, *hit);
  return hit;
}

std::optional<PhraseHit> Vocabulary::FindHit(
    VocabList list, std::string_view text,
    const std::vector<std::string>& languages) const {
  std::vector<std::string> keys = languages;
  if (keys.empty()) keys.push_back("");
  std::optional<PhraseHit> best;
  re2::StringPiece input(text.data(), text.size());
  for (const std::string& language : keys) {
    const RE2* re = Matcher(list, language);
    if (re == nullptr) continue;
    re2::StringPiece groups[5];
    if (!re->Match(input, 0, text.size(), RE2::UNANCHORED, groups, 5)) continue;
    for (int g = 1; g < 5; ++g) {
      if (groups[g].data() == nullptr) continue;
      size_t begin = static_cast<size_t>(groups[g].data() - text.data());
      if (!best || begin < best->begin) {
        best = PhraseHit{begin, begin + groups[g].size(), language};
      }
      break;
    }
  }
  return best;
}

// The first language whose entries match at the hit (searching from the
// character before it, which a word bound may consume).
std::string Vocabulary::LanguageOf(VocabList list, std::string_view text,
                                   const PhraseHit& hit) const {
  size_t from = hit.begin;
  if (from > 0) --from;
  while (from > 0 && IsUtf8Continuation(text[from])) --from;
  re2::StringPiece input(text.data(), text.size());
  for (const std::string& language : languages_) {
    const RE2* re = Matcher(list, language);
    re2::StringPiece groups[5];
    if (re == nullptr ||
        !re->Match(input, from, text.size(), RE2::UNANCHORED, groups, 5)) {
      continue;
    }
    for (int g = 1; g < 5; ++g) {
      if (groups[g].data() == text.data() + hit.begin) return language;
    }
  }
  return "";
}

bool Vocabulary::StartsWithEntry(VocabList list, std::string_view text) const {
  text = Trim(text);
  std::optional<PhraseHit> hit = FindHit(list, text, {});
  return hit && hit->begin == 0;
}

std::string Vocabulary::Alternation(VocabList list, VocabScript script) const {
  std::vector<std::string> parts;
  auto it = entries_.find(list);
  if (it != entries_.end()) {
    for (const Entry& e : it->second) {
      if (script == VocabScript::kAny ||
          (script == VocabScript::kSpaced) == e.bounded_front) {
        parts.push_back(e.pattern);
      }
    }
  }
  // Longer entries first, so that "best regards" wins over "best".
  std::stable_sort(parts.begin(), parts.end(),
                   [](const std::string& a, const std::string& b) {
                     return a.size() > b.size();
                   });
  return "(?:" + (parts.empty() ? std::string(kNever) : Join(parts)) + ")";
}

size_t SubjectPrefixLength(std::string_view s, VocabList list) {
  size_t ascii = s.find(':');
  size_t wide = s.find("\xEF\xBC\x9A");  // "："
  size_t colon = std::min(ascii, wide);
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return 0;
  std::string_view word = s.substr(0, colon);
  size_t counter = word.find_first_of("[(");
  if (counter != std::string_view::npos) word = word.substr(0, counter);
  if (Trim(word).empty() || !Vocab().IsEntry(list, Trim(word))) return 0;
  size_t end = colon + (colon == wide ? 3 : 1);
  return std::min(end, s.size());
}

}  // namespace maillint
