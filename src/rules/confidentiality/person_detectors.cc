// Date-of-birth and student-identifier detectors (detectors.h).
#include <algorithm>

#include "rules/confidentiality/detectors.h"
#include "rules/confidentiality/validators.h"

namespace maillint::confidentiality {
namespace {

const RE2& DobKeyword() {
  static const RE2 re(
      R"((?i)(\bdob\b|\bd\.o\.b\b\.?|\bdate of birth\b|\bbirth ?date\b|)"
      R"(\bborn( on)?\b|\bfecha de nacimiento\b|\bf\. ?de nac\b\.?|)"
      R"(\bnacid[oa] el\b|\bnaci[oó] el\b))");
  return re;
}

// A calendar date with a year: numeric (US, ISO, day-first) or written out
// in English or Spanish. Group 1 is the date.
const RE2& DateWithYear() {
  static const RE2 re(
      R"((?i)()"
      R"((?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:19|20)?\d\d|)"
      R"((?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|)"
      R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)"
      R"(\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|)"
      R"(\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|)"
      R"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|)"
      R"(setiembre|octubre|noviembre|diciembre)[a-z]*\.?,?\s+(?:de\s+)?)"
      R"((?:19|20)\d\d)\b)");
  return re;
}

// Words between a keyword and a date that make the date a cutoff, not
// someone's birthday: "born on or before September 1, 2021".
const RE2& CutoffWord() {
  static const RE2 re(
      R"((?i)\b(?:or|before|after|between|by|until|from|cutoff|cut-off|)"
      R"(antes|despu[eé]s|entre|hasta|desde)\b)");
  return re;
}

// How far from a keyword the date may be: "date of birth on file is
// 04/12/2015" (after), "04/12/2015 (DOB)" (before). Never past a line end.
constexpr size_t kDobAfter = 48;
constexpr size_t kDobBefore = 4;

// The first date with a year in `window` (a view into `text`) whose gap
// from the keyword, `gap`, has no cutoff word; empty when none.
std::string_view DateIn(std::string_view window) {
  re2::StringPiece input(window.data(), window.size());
  re2::StringPiece date;
  if (!RE2::PartialMatch(input, DateWithYear(), &date)) return {};
  return {date.data(), date.size()};
}

// The date of birth a keyword at [kw_begin, kw_end) introduces, or empty.
std::string_view DobNear(std::string_view text, size_t kw_begin,
                         size_t kw_end) {
  std::string_view after = text.substr(kw_end, kDobAfter);
  after = after.substr(0, after.find('\n'));
  std::string_view date = DateIn(after);
  if (!date.empty()) {
    std::string_view gap = after.substr(0, OffsetIn(after, date));
    if (!RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()),
                           CutoffWord())) {
      return date;
    }
  }
  // "04/12/2015 (DOB)": a date just before the keyword in brackets.
  size_t line = text.rfind('\n', kw_begin == 0 ? 0 : kw_begin - 1);
  size_t from = line == std::string_view::npos || kw_begin == 0 ? 0 : line + 1;
  from = std::max(from, kw_begin > 24 ? kw_begin - 24 : size_t{0});
  std::string_view before = text.substr(from, kw_begin - from);
  static const RE2 tail(R"(\s*[(\[]\s*)");
  for (size_t i = 0; i < before.size(); ++i) {
    std::string_view candidate = DateIn(before.substr(i));
    if (candidate.empty()) break;
    size_t end = OffsetIn(text, candidate) + candidate.size();
    std::string_view rest = text.substr(end, kw_begin - end);
    if (rest.size() <= kDobBefore &&
        RE2::FullMatch(re2::StringPiece(rest.data(), rest.size()), tail)) {
      return candidate;
    }
    i = OffsetIn(before, candidate);
  }
  return {};
}

const RE2& StudentIdKeyword() {
  static const RE2 re(
      R"((?i)(\bstudent\s*(?:id\b|i\.d\.|#|no\b\.?|number\b|num\b|)"
      R"(identification\b)|\bssid\b|\blunch\s*(?:number|#|no\b\.?|pin|code|id)|)"
      R"(\bperm(?:anent)?\.?\s*(?:id\b|#|number\b|no\b\.?)|)"
      R"(\b(?:id|n[uú]mero|c[oó]digo)\s+(?:de|del)\s+(?:estudiante|alumn[oa]|almuerzo)|)"
      R"(\bmatr[ií]cula\b))");
  return re;
}

// What may sit between an ID keyword and its value: "Student ID: ",
// "student # ", "SSID is ", "número de estudiante es ".
const RE2& DefaultIdValue() {
  static const RE2 re(
      R"(^\s*(?:number|num|no\.?)?\s*(?:is|es|was|:|=|-|–)?\s*#?\s*)"
      R"(((?:[A-Z]{1,3}-?)?\d{5,10})\b)");
  return re;
}

}  // namespace

std::vector<Detection> FindDatesOfBirth(std::string_view text) {
  std::vector<Detection> out;
  ForEachMatch(DobKeyword(), text, [&](const MatchGroups& m) {
    size_t kw_begin = OffsetIn(text, m[0]);
    std::string_view date = DobNear(text, kw_begin, kw_begin + m[0].size());
    if (date.empty()) return;
    size_t begin = OffsetIn(text, date);
    if (!StandsAlone(text, begin, begin + date.size())) return;
    out.push_back({begin, begin + date.size(), "date of birth", true});
  });
  return RemoveOverlaps(std::move(out));
}

StudentIdFinder::StudentIdFinder(const std::vector<std::string>& patterns) {
  for (const std::string& p : patterns) {
    auto re = std::make_unique<RE2>(p, RE2::Quiet);
    if (!re->ok()) {
      errors_.push_back("confidentiality.student_id_patterns: '" + p +
                        "': " + re->error());
      continue;
    }
    patterns_.push_back(std::move(re));
  }
}

StudentIdFinder::~StudentIdFinder() = default;

std::vector<Detection> StudentIdFinder::Find(std::string_view text) const {
  return patterns_.empty() ? FindDefault(text) : FindConfigured(text);
}

std::vector<Detection> StudentIdFinder::FindDefault(
    std::string_view text) const {
  std::vector<Detection> out;
  ForEachMatch(StudentIdKeyword(), text, [&](const MatchGroups& m) {
    size_t after = OffsetIn(text, m[0]) + m[0].size();
    std::string_view rest = text.substr(after, 40);
    re2::StringPiece input(rest.data(), rest.size());
    re2::StringPiece value;
    if (!RE2::PartialMatch(input, DefaultIdValue(), &value)) return;
    size_t begin = static_cast<size_t>(value.data() - text.data());
    if (!StandsAlone(text, begin, begin + value.size())) return;
    if (AllSameDigit(DigitsOf(std::string_view(value.data(), value.size())))) {
      return;
    }
    out.push_back({begin, begin + value.size(), "student ID", true});
  });
  return out;
}

std::vector<Detection> StudentIdFinder::FindConfigured(
    std::string_view text) const {
  std::vector<Detection> out;
  for (const auto& pattern : patterns_) {
    ForEachMatch(*pattern, text, [&](const MatchGroups& m) {
      size_t begin = OffsetIn(text, m[0]);
      size_t end = begin + m[0].size();
      if (m[0].empty() || !StandsAlone(text, begin, end)) return;
      if (!KeywordNear(StudentIdKeyword(), text, begin, end, 60, 20)) return;
      out.push_back({begin, end, "student ID", true});
    });
  }
  return RemoveOverlaps(std::move(out));
}

}  // namespace maillint::confidentiality
