// The language of promises and time frames, for commitments.no-time-frame.
//
// PROMISES
//   A promise is someone on the writer's side saying they will get back to
//   the family or act on their question: a subject that is not the reader
//   ("I", "we", "someone", "the registrar", "a person from transportation"),
//   a future ("will", "'ll", "is going to") and, within a few words, a
//   follow-up verb: either one that names the reader ("let you know", "call
//   you", "get back to you", "keep you posted") or one that is a follow-up by
//   itself ("follow up", "look into", "find out", "respond"). Other words may
//   sit between the future and the verb ("I will look into this and get back
//   to you"); a negation there ("will not be able to") is no promise.
//   English, Spanish, French, Portuguese and Vietnamese are understood; text
//   in other languages never matches.
//
// TIME FRAMES
//   A day or date (base/date_mentions.h MentionsDay), a clock time, or a
//   bounded span ("by the end of the week", "within two school days", "in 48
//   hours", "dentro de 3 días", "d'ici vendredi", "em até 2 dias", "trong
//   vòng 2 ngày"). "As soon as possible", "shortly", "soon", "lo antes
//   posible", "dès que possible", "em breve", "sớm nhất có thể" are not time
//   frames; VagueTimeFrame() finds them so the finding can say so.
//
// Thread-safe; patterns are compiled once.
#ifndef MAILLINT_SRC_RULES_COMMITMENTS_PROMISE_LANGUAGE_H_
#define MAILLINT_SRC_RULES_COMMITMENTS_PROMISE_LANGUAGE_H_

#include <string_view>
#include <utility>
#include <vector>

namespace maillint::commitments {

struct Promise {
  size_t begin = 0;  // byte span in the searched text, subject to verb
  size_t end = 0;
};

// The promises in `text`, left to right, non-overlapping.
std::vector<Promise> FindPromises(std::string_view text);

// The clause of `text` [sentence_begin, sentence_end) that holds the promise
// [begin, end): the sentence cut at "; " and at ", and" / ", but" (and their
// es, fr, pt, vi equivalents), so that "I am out this week, and I will
// respond soon" does not borrow "this week" for the promise.
std::pair<size_t, size_t> ClauseAround(std::string_view text,
                                       size_t sentence_begin,
                                       size_t sentence_end, const Promise& p);

// True when `clause` points back at a time named elsewhere in its sentence
// ("that day", "then", "when I return", "à mon retour", "a mi regreso").
bool RefersToEarlierTime(std::string_view clause);

// True when `sentence` gives a time frame (see TIME FRAMES).
bool HasTimeFrame(std::string_view sentence);

// The first vague stand-in for a time frame in `sentence` ("as soon as
// possible"), or an empty view.
std::string_view VagueTimeFrame(std::string_view sentence);

}  // namespace maillint::commitments

#endif  // MAILLINT_SRC_RULES_COMMITMENTS_PROMISE_LANGUAGE_H_
