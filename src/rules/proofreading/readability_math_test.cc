#include "rules/proofreading/readability_math.h"

#include <doctest/doctest.h>

namespace maillint {

TEST_CASE("CountSyllables follows the documented heuristic") {
  CHECK(CountSyllables("the") == 1);
  CHECK(CountSyllables("school") == 1);
  CHECK(CountSyllables("family") == 3);
  CHECK(CountSyllables("education") == 4);
  CHECK(CountSyllables("readability") == 5);
  CHECK(CountSyllables("make") == 1);
  CHECK(CountSyllables("table") == 2);
  CHECK(CountSyllables("jumped") == 1);
  CHECK(CountSyllables("wanted") == 2);
  CHECK(CountSyllables("makes") == 1);
  CHECK(CountSyllables("boxes") == 2);
  CHECK(CountSyllables("classes") == 2);
  CHECK(CountSyllables("Hmm") == 1);
  CHECK(CountSyllables("") == 1);
  CHECK(CountSyllables("Registration") == 4);
}

TEST_CASE("FleschKincaidGrade") {
  // 100 words, 5 sentences, 150 syllables: 0.39*20 + 11.8*1.5 - 15.59.
  CHECK(FleschKincaidGrade(100, 5, 150) == doctest::Approx(9.91));
  // Short sentences of one-syllable words read below grade 1.
  CHECK(FleschKincaidGrade(50, 10, 50) < 0);
  CHECK(FleschKincaidGrade(0, 0, 0) == 0);
  CHECK(FleschKincaidGrade(10, 0, 12) == 0);
}

}  // namespace maillint
