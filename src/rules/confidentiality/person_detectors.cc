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
// in English or Spanish.
const RE2& DateWithYear() {
  static const RE2 re(
      R"((?i)^[\s:=#(\-–]*(?:is|was|es|of|de|el|on)?[\s:=#(\-–]*()"
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
    size_t after = OffsetIn(text, m[0]) + m[0].size();
    std::string_view rest = text.substr(after, 60);
    rest = rest.substr(0, rest.find('\n'));
    re2::StringPiece input(rest.data(), rest.size());
    re2::StringPiece date;
    if (!RE2::PartialMatch(input, DateWithYear(), &date)) return;
    size_t begin = static_cast<size_t>(date.data() - text.data());
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
