#include "rules/proofreading/acronym.h"

#include "analysis/own_text.h"
#include "analysis/text_units.h"
#include "base/text.h"
#include "rules/proofreading/spelling_filter.h"

namespace maillint {
namespace {

const std::vector<std::string>& DefaultAcronyms() {
  static const std::vector<std::string> list = {
      "IEP=Individualized Education Program|Individualized Education Plan|"
      "Programa de Educaci\xC3\xB3n Individualizado",
      "ESSER=Elementary and Secondary School Emergency Relief",
      "MTSS=Multi-Tiered System of Support|Multi-Tiered Systems of Support",
      "FAFSA=Free Application for Federal Student Aid",
      "FERPA=Family Educational Rights and Privacy Act",
      "PBIS=Positive Behavioral Interventions and Supports",
      "RTI=Response to Intervention",
      "FAPE=Free Appropriate Public Education",
      "LRE=Least Restrictive Environment",
      "ESY=Extended School Year",
      "FBA=Functional Behavior Assessment|Functional Behavioral Assessment",
      "BIP=Behavior Intervention Plan",
      "ELL=English Language Learner",
      "ESOL=English for Speakers of Other Languages",
      "SEL=Social Emotional Learning|Social-Emotional Learning",
  };
  return list;
}

// True when `word` is `acronym` or its plural ("IEPs").
bool IsUse(std::string_view word, std::string_view acronym) {
  return word == acronym || (word.size() == acronym.size() + 1 &&
                             StartsWith(word, acronym) && word.back() == 's');
}

bool UsesAcronym(std::string_view text, const std::vector<TextUnit>& words,
                 std::string_view acronym) {
  for (const TextUnit& w : words) {
    if (IsUse(text.substr(w.begin, w.end - w.begin), acronym)) return true;
  }
  return false;
}

}  // namespace

RuleInfo AcronymRule::Info() {
  RuleInfo info;
  info.id = "proofreading.acronym";
  info.summary = "Flags an education acronym that the text never spells out.";
  info.standard = "S5";
  info.default_severity = Severity::kInfo;
  info.doc =
      "Families are not expected to know IEP, MTSS or ESSER. Spell each listed "
      "acronym out once, e.g. \"Individualized Education Program (IEP)\". "
      "Silent when the message being answered uses the acronym itself. The "
      "list is the option Acronyms (\"ACRONYM=Expansion|Other expansion\").";
  info.fire_examples = {"Her IEP meeting is on Monday."};
  info.silent_examples = {
      "Her Individualized Education Program (IEP) meeting is on Monday."};
  return info;
}

AcronymRule::AcronymRule(const RuleContext& ctx) : Rule(Info()) {
  for (const std::string& item : ctx.GetList("Acronyms", DefaultAcronyms())) {
    size_t eq = item.find('=');
    Entry e;
    e.acronym = std::string(Trim(std::string_view(item).substr(0, eq)));
    if (eq != std::string::npos) {
      for (std::string_view x :
           Split(std::string_view(item).substr(eq + 1), '|')) {
        if (Trim(x).empty()) continue;
        if (e.shown.empty()) e.shown = std::string(Trim(x));
        e.expansions.push_back(FoldCase(Trim(x)));
      }
    }
    if (!e.acronym.empty()) entries_.push_back(std::move(e));
  }
}

void AcronymRule::Check(CheckContext& ctx) const {
  const Message& m = ctx.message();
  std::string_view text = m.body.text;
  const OwnText& author = ctx.analysis().own_text();
  std::string folded = FoldCase(author.joined + "\n" + m.subject);
  for (const Entry& e : entries_) {
    bool spelled_out = false;
    for (const std::string& x : e.expansions) {
      if (folded.find(x) != std::string::npos) spelled_out = true;
    }
    if (spelled_out ||
        UsesAcronym(author.quoted, ctx.analysis().quoted_words(), e.acronym))
      continue;
    bool reported = false;
    for (size_t si = 0; si < author.spans.size(); ++si) {
      const TextUnit& span = author.spans[si];
      std::string_view piece = text.substr(span.begin, span.end - span.begin);
      for (const TextUnit& w : ctx.analysis().words(si)) {
        if (reported ||
            !IsUse(piece.substr(w.begin, w.end - w.begin), e.acronym))
          continue;
        Finding& f = Report(
            ctx, Location::Body(span.begin + w.begin, span.begin + w.end),
            "'" + e.acronym + "' is not spelled out");
        if (!e.expansions.empty()) {
          f.suggestion = e.shown + " (" + e.acronym + ")";
        }
        reported = true;
      }
    }
  }
}

}  // namespace maillint
