// The parts of the one analysis of a message, and the guarantee that the
// rules read them instead of segmenting the text again.
#include "analysis/analysis.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "lint/rule_registry.h"
#include "lint/runner.h"
#include "rules/families.h"
#include "tests/rules/fixture.h"
#include "tests/testing.h"

namespace maillint {
namespace {

const char kReply[] =
    "From: Ana Ruiz <aruiz@pghschools.org>\n"
    "To: \"Lopez, Maria\" <maria.lopez@gmail.com>\n"
    "Cc: Transportation Team <transport@pghschools.org>\n"
    "Date: Mon, 09 Mar 2026 10:00:00 -0500\n"
    "Subject: Re: bus stop\n"
    "\n"
    "Hi Maria,\n"
    "\n"
    "Thank you for writing. I checked with the office and per my\n"
    "last email the bus stops at Elm Street. The open house is on\n"
    "Monday, March 2, and the next one is on Monday, March 16.\n"
    "\n"
    "Best regards,\n"
    "Ana Ruiz\n"
    "Registrar\n"
    "\n"
    "On Sun, Mar 8, 2026 at 9:12 PM Maria Lopez <maria.lopez@gmail.com> "
    "wrote:\n"
    "> Where does the bus stop? The IEP meeting is soon.\n"
    ">\n"
    "> Maria\n";

TEST_CASE("own words: a hard wrap inside a paragraph reads as a space") {
  Message m = testing::PrepareText(kReply);
  Analysis a(m);
  const std::string& own = a.own_scope().text();
  CHECK(own.find("per my last email") != std::string::npos);
  // Offsets are the body's: the phrase maps back to where it was written.
  size_t at = own.find("per my last email");
  Location where = a.own_scope().Locate(at, at + 17);
  CHECK(m.body.text.substr(where.begin, 6) == "per my");
  // Blank lines and list items keep their breaks; lines stay for readers
  // of lines.
  CHECK(a.own_lines().text().find("per my\nlast") != std::string::npos);
  std::string list = "Bring:\n- the form\n- an ID\n";
  JoinHardWraps(list, 0, list.size());
  CHECK(list == "Bring:\n- the form\n- an ID\n");
}

TEST_CASE("own words: format=flowed lines are joined by the parser") {
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nTo: b@gmail.com\nSubject: Re: x\n"
      "Content-Type: text/plain; format=flowed\n\n"
      "As I already \ntold you, the form is due Friday.\n");
  Analysis a(m);
  CHECK(a.own_scope().text().find("As I already told you") !=
        std::string::npos);
}

TEST_CASE("words and sentences come from one segmentation, in any script") {
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nSubject: x\n\n"
      "Hello Ms. Chen. 您好，谢谢。 مرحبا بكم. Xin chào.\n");
  Analysis a(m);
  REQUIRE(a.own_text().spans.size() == 1);
  std::vector<std::string> words;
  for (const TextUnit& w : a.words(0)) {
    words.emplace_back(a.SpanText(0).substr(w.begin, w.end - w.begin));
  }
  CHECK(words.front() == "Hello");
  CHECK(std::find(words.begin(), words.end(), "مرحبا") != words.end());
  CHECK(std::find(words.begin(), words.end(), "chào") != words.end());
  CHECK(a.own_text().word_count == words.size());
  // "Ms." does not end a sentence.
  CHECK(a.sentences(0).size() >= 3);
  CHECK(a.SpanText(0).substr(a.sentences(0)[0].begin, 15) == "Hello Ms. Chen.");
  // The words of one sentence are a view into the span's words.
  const TextUnit& first = a.sentences(0)[0];
  CHECK(UnitsWithin(a.words(0), first.begin, first.end).size() == 3);
}

TEST_CASE("people: names from each source, departments are not people") {
  Message m = testing::PrepareText(kReply);
  Analysis a(m);
  std::map<std::string, std::string> by_source;
  for (const PersonName& p : a.people().addressees) {
    by_source[p.source] = p.display;
  }
  CHECK(by_source["To"] == "Lopez, Maria");
  CHECK(by_source.count("Cc") == 0);  // "Transportation Team"
  CHECK(by_source["the original's sender"] == "Maria Lopez");
  REQUIRE(a.people().sender.has_value());
  CHECK(a.people().sender->display == "Ana Ruiz");
}

TEST_CASE("dates mentioned in the own text are resolved against a day") {
  Message m = testing::PrepareText(kReply);
  Analysis a(m);
  const std::vector<DateMention>& dates = a.dates(DaysFromCivil(2026, 3, 9));
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].days == DaysFromCivil(2026, 3, 2));
  CHECK(dates[0].weekday_matches);
  CHECK(dates[1].days == DaysFromCivil(2026, 3, 16));
  const std::string& own = a.own_scope().text();
  CHECK(own.substr(dates[0].begin, dates[0].end - dates[0].begin)
            .find("March 2") != std::string::npos);
}

TEST_CASE("languages are read once, for the own text and for the quote") {
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nTo: b@gmail.com\nSubject: Re: x\n\n"
      "Gracias por su mensaje. La reunión es el lunes en la escuela y "
      "puede venir con su hijo.\n\n"
      "On Mon, Oct 7, 2024 at 9:12 PM Ana <ana@example.com> wrote:\n"
      "> Thank you for the note. When is the meeting at the school, and may "
      "I bring my son along?\n");
  Analysis a(m);
  CHECK(a.own_language().code == "es");
  CHECK(a.quoted_language().code == "en");
  CHECK(&a.own_language() == &a.own_language());
}

// Every text segmented while the rules check one message, by kind.
struct Segmented {
  std::vector<std::pair<const char*, size_t>> words, sentences;
};

TEST_CASE("no rule segments the author's words again") {
  Message m = testing::PrepareText(kReply);
  Config config = testing::FixtureBaseConfig();
  RuleRegistry registry;
  AddBuiltinRules(registry);
  auto rules = registry.Instantiate(config);
  REQUIRE(rules.has_value());
  Runner runner(config, std::move(rules.value()), RunOptions());
  Segmented seen;
  std::string_view body = m.body.text;
  SetSegmentationObserver([&](bool sentences, std::string_view text) {
    bool in_body = text.data() >= body.data() &&
                   text.data() + text.size() <= body.data() + body.size();
    if (!in_body) return;  // headers, subject, the quote's own copy
    (sentences ? seen.sentences : seen.words)
        .emplace_back(text.data(), text.size());
  });
  runner.Check(m);
  SetSegmentationObserver(nullptr);
  for (auto* list : {&seen.words, &seen.sentences}) {
    std::sort(list->begin(), list->end());
    for (size_t i = 1; i < list->size(); ++i) {
      const auto& [prev, prev_size] = (*list)[i - 1];
      INFO("a body range was segmented twice");
      CHECK((*list)[i].first >= prev + prev_size);
    }
  }
  CHECK(!seen.words.empty());  // the analysis did segment the own text
}

}  // namespace
}  // namespace maillint
