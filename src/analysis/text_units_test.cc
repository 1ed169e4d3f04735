#include "analysis/text_units.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/analysis.h"
#include "tests/testing.h"

namespace maillint {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  for (const TextUnit& w : WordUnits(text)) {
    out.emplace_back(text.substr(w.begin, w.end - w.begin));
  }
  return out;
}

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const TextUnit& s : SentenceUnits(text)) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

}  // namespace

TEST_CASE("WordUnits gives letter and number words with byte offsets") {
  CHECK(Words("Don't forget: 3 forms, señora!") ==
        std::vector<std::string>{"Don't", "forget", "3", "forms", "señora"});
  CHECK(Words("").empty());
  std::string_view text = "Hola, Jos\xC3\xA9.";
  std::vector<TextUnit> units = WordUnits(text);
  REQUIRE(units.size() == 2);
  CHECK(units[1].begin == 6);
  CHECK(units[1].end == 11);  // "José" is 5 bytes
}

TEST_CASE("SentenceUnits joins wrapped lines and keeps list items apart") {
  CHECK(Sentences("We will call\nyou today. Mr. Smith agrees.") ==
        std::vector<std::string>{"We will call\nyou today.",
                                 "Mr. Smith agrees."});
  CHECK(Sentences("Please bring\n- a form\n- a photo") ==
        std::vector<std::string>{"Please bring", "- a form", "- a photo"});
  CHECK(Sentences("First part\n\nSecond part") ==
        std::vector<std::string>{"First part", "Second part"});
}

TEST_CASE("word shape predicates") {
  CHECK(IsAllCaps("FAFSA"));
  CHECK_FALSE(IsAllCaps("I"));
  CHECK_FALSE(IsAllCaps("Iep"));
  CHECK(HasInnerCapital("iPhone"));
  CHECK(HasInnerCapital("McDonald"));
  CHECK_FALSE(HasInnerCapital("Monday"));
  CHECK_FALSE(HasInnerCapital("IEP"));
  CHECK(HasDigit("2024PGH"));
  CHECK(StartsUpper("\xC3\x81lvaro"));
  CHECK(StartsLower("\xC3\xA9l"));
  CHECK(LetterCount("K-12") == 1);
  CHECK(FoldCase("\xC3\x81NGEL") == "\xC3\xA1ngel");
}

TEST_CASE("own text leaves out quoted lines and reply headers") {
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nSubject: Re: x\n\nHi Ana,\n\nThe form is in.\n\n"
      "On Mon, Oct 7, 2024 at 9:12 PM Ana <ana@example.com> wrote:\n"
      "> Where is the form?\n");
  Analysis analysis(m);
  const OwnText& author = analysis.own_text();
  CHECK(author.joined == "Hi Ana,\n\nThe form is in.");
  CHECK(author.quoted.find("Where is the form?") != std::string::npos);
  CHECK(author.word_count == 6);
}

TEST_CASE("own text stops at an Outlook header block") {
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nSubject: RE: x\n\nDone.\n\n"
      "From: Ana <ana@example.com>\nSent: Monday\nTo: Office\n\nPlease "
      "help.\n");
  Analysis analysis(m);
  const OwnText& author = analysis.own_text();
  CHECK(author.joined == "Done.");
  CHECK(author.quoted.find("Please help.") != std::string::npos);
}

}  // namespace maillint
