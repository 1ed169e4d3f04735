#include "analysis/analysis.h"

#include "analysis/skip_ranges.h"
#include "anatomy/segmenter.h"
#include "base/text.h"
#include "base/vocabulary.h"

namespace maillint {

// The parts computed on first use. Vectors indexed by own-text span are
// filled all at once, so a reference handed out stays valid.
struct Analysis::Lazy {
  std::optional<OwnText> own_text;
  std::optional<ScopeText> own_scope;
  std::optional<ScopeText> own_lines;
  std::map<std::string, ScopeText, std::less<>> scopes;
  std::optional<std::vector<std::vector<TextUnit>>> words;
  std::optional<std::vector<std::vector<TextUnit>>> sentences;
  std::optional<std::vector<std::vector<TextUnit>>> skipped;
  std::optional<std::vector<TextUnit>> quoted_words;
  std::optional<DetectedLanguage> own_language;
  std::optional<DetectedLanguage> quoted_language;
  std::optional<People> people;
  std::optional<std::pair<int64_t, std::vector<DateMention>>> dates;
};

Analysis::Analysis(const Message& message,
                   std::optional<QuotedOriginal> known_original)
    : message_(message),
      anatomy_(AnalyzeAnatomy(message)),
      lazy_(std::make_unique<Lazy>()) {
  if (known_original && !anatomy_.original) {
    anatomy_.original = std::move(known_original);
  }
}

Analysis::Analysis(const Message& message, Anatomy anatomy)
    : message_(message),
      anatomy_(std::move(anatomy)),
      lazy_(std::make_unique<Lazy>()) {}

Analysis::~Analysis() = default;

std::string_view Analysis::SpanText(size_t span) const {
  const TextUnit& s = own_text().spans.at(span);
  return std::string_view(message_.body.text).substr(s.begin, s.end - s.begin);
}

const OwnText& Analysis::own_text() const {
  if (!lazy_->own_text) {
    lazy_->own_text = ExtractOwnText(message_, anatomy_);
    OwnText& own = *lazy_->own_text;
    std::vector<std::vector<TextUnit>> words;
    std::string_view body = message_.body.text;
    for (const TextUnit& s : own.spans) {
      words.push_back(WordUnits(body.substr(s.begin, s.end - s.begin)));
      own.word_count += words.back().size();
    }
    lazy_->words = std::move(words);
  }
  return *lazy_->own_text;
}

const ScopeText& Analysis::own_scope() const {
  if (!lazy_->own_scope) lazy_->own_scope = ScopeText::Own(message_, anatomy_);
  return *lazy_->own_scope;
}

const ScopeText& Analysis::own_lines() const {
  if (!lazy_->own_lines) {
    lazy_->own_lines = ScopeText::Own(message_, anatomy_, /*join_wraps=*/false);
  }
  return *lazy_->own_lines;
}

const ScopeText& Analysis::scope(std::string_view name) const {
  auto found = lazy_->scopes.find(name);
  if (found != lazy_->scopes.end()) return found->second;
  return lazy_->scopes
      .emplace(std::string(name), ScopeText::Build(message_, anatomy_, name))
      .first->second;
}

const std::vector<TextUnit>& Analysis::words(size_t span) const {
  own_text();
  return lazy_->words->at(span);
}

const std::vector<TextUnit>& Analysis::sentences(size_t span) const {
  if (!lazy_->sentences) {
    std::vector<std::vector<TextUnit>> all;
    for (size_t i = 0; i < own_text().spans.size(); ++i) {
      all.push_back(SentenceUnits(SpanText(i)));
    }
    lazy_->sentences = std::move(all);
  }
  return lazy_->sentences->at(span);
}

const std::vector<TextUnit>& Analysis::skipped(size_t span) const {
  if (!lazy_->skipped) {
    std::vector<std::vector<TextUnit>> all;
    for (const TextUnit& s : own_text().spans) {
      all.push_back(SkippedRanges(message_.body.text, s));
    }
    lazy_->skipped = std::move(all);
  }
  return lazy_->skipped->at(span);
}

const std::vector<TextUnit>& Analysis::quoted_words() const {
  if (!lazy_->quoted_words) lazy_->quoted_words = WordUnits(own_text().quoted);
  return *lazy_->quoted_words;
}

const DetectedLanguage& Analysis::own_language() const {
  if (!lazy_->own_language) {
    lazy_->own_language = DetectLanguage(own_text().joined);
  }
  return *lazy_->own_language;
}

const DetectedLanguage& Analysis::quoted_language() const {
  if (!lazy_->quoted_language) {
    lazy_->quoted_language = DetectLanguage(own_text().quoted);
  }
  return *lazy_->quoted_language;
}

const People& Analysis::people() const {
  if (!lazy_->people) lazy_->people = FindPeople(message_, anatomy_);
  return *lazy_->people;
}

const std::vector<DateMention>& Analysis::dates(int64_t today) const {
  if (!lazy_->dates || lazy_->dates->first != today) {
    const DetectedLanguage& lang = own_language();
    DateOrder order =
        DateOrderForLanguage(lang.reliable && lang.known() ? lang.code : "en");
    lazy_->dates.emplace(today,
                         FindDateMentions(own_scope().text(), today, order));
  }
  return lazy_->dates->second;
}

bool Analysis::is_reply() const {
  if (!message_.in_reply_to.empty() || !message_.references.empty() ||
      anatomy_.original) {
    return true;
  }
  if (!anatomy_.Find(SegmentType::kQuote).empty() ||
      !anatomy_.Find(SegmentType::kAttribution).empty()) {
    return true;
  }
  return SubjectPrefixLength(Trim(message_.subject),
                             VocabList::kReplyPrefixes) > 0;
}

}  // namespace maillint
