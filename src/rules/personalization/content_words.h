// Content words of a text, for comparing what a reply talks about with what
// the family asked: ICU word segmentation, Unicode folding, English and
// Spanish stop words, and a light suffix stemmer.
#ifndef MAILLINT_SRC_RULES_PERSONALIZATION_CONTENT_WORDS_H_
#define MAILLINT_SRC_RULES_PERSONALIZATION_CONTENT_WORDS_H_

#include <set>
#include <string>
#include <string_view>

namespace maillint {

// Folded, stemmed words of at least three letters that are not stop words.
// Numbers of 3+ digits are kept (room and bus numbers are content).
std::set<std::string> ContentWords(std::string_view text);

// The stem used for matching: "buses" -> "bus", "enrolling" -> "enroll",
// "inscripciones" -> "inscripcion". Deliberately light: it only has to make
// two forms of one word meet.
std::string LightStem(std::string_view folded_word);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_PERSONALIZATION_CONTENT_WORDS_H_
