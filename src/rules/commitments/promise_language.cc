#include "rules/commitments/promise_language.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <string>

#include "base/date_mentions.h"

namespace maillint::commitments {
namespace {

// A future made by the writer's side: "<subject> will|is going to", "I|we
// shall" (a contract's "Seller shall" is no promise to a family),
// or a contraction ("I'll", "we're going to"). Group 1 or 2 is the subject,
// group 3 the words between the future and the verb.
constexpr char kEnglishFuture[] =
    R"((?:\b(\pL+)\s+(?:will|(?:is|are|am)\s+going\s+to)|)"
    R"(\b(?:I|we)\s+shall|)"
    R"(\b(i|we|they|he|she|someone|somebody)(?:['’]ll|['’](?:m|re|s)\s+going\s+to)))"
    R"(((?:\s+[^\s.!?;:]+){0,6}?)\s+)";

// Follow-up verbs: those that name the reader, then those that are a
// follow-up by themselves.
constexpr char kEnglishVerb[] =
    R"((?:let\s+(?:you|your\s+family)\s+know|)"
    R"((?:contact|call|phone|e-?mail|text|update|notify|inform|message)\s+)"
    R"((?:you|your\s+family)|)"
    R"((?:reach\s+out|write|reply|respond|talk|speak)\s+(?:back\s+)?(?:to|with)\s+)"
    R"((?:you|your\s+family)|send\s+(?:you|it|that|this)|)"
    R"(get\s+(?:that|this|it)\s+(?:to\s+you|sorted|fixed)|)"
    R"(keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|)"
    R"(get\s+back\s+(?:to|with)(?:\s+(?:you|your\s+family))?|)"
    R"(follow[\s-]+up(?:\s+with\s+(?:you|your\s+family))?|look\s+into|)"
    R"(find\s+out|check\s+(?:on|into|with)|circle\s+back|touch\s+base|)"
    R"(investigate|(?:be|get)\s+in\s+(?:touch|contact)|respond|reply)\b)";

// Promises made to the reader as the object: "you will hear from us".
constexpr char kEnglishPassive[] =
    R"(\byou(?:['’]ll|\s+will)\s+(?:hear\s+(?:back\s+)?from\s+\pL+|)"
    R"(be\s+(?:contacted|called)|receive\s+(?:a|an)\s+)"
    R"((?:call|phone\s+call|e-?mail|letter|update|reply|response|message))\b)";

// Other languages have no subject pronoun to anchor on; their future verb
// forms carry the person.
constexpr const char* kOtherPromises[] = {
    // es
    R"(\b(?:le|te|les)\s+(?:avisar(?:é|emos)|llamar(?:é|emos)|escribir(?:é|emos)|)"
    R"(contactar(?:é|emos)|informar(?:é|emos)|responder(?:é|emos)|)"
    R"(confirmar(?:é|emos)|dar(?:é|emos)\s+seguimiento|)"
    R"(har(?:é|emos)\s+saber|mantendr(?:é|emos)\s+informad[oa]s?))",
    R"(\b(?:me|nos)\s+pondr(?:é|emos)\s+en\s+contacto)",
    R"(\b(?:\pL+\s+)?se\s+pondrá\s+en\s+contacto)",
    R"(\b(?:voy|vamos|va)\s+a\s+(?:llamarl[ea]s?|llamarte|avisarl[ea]s?|)"
    R"(avisarte|escribirl[ea]s?|escribirte|contactarl[ea]s?|contactarte|)"
    R"(responderl[ea]s?|responderte|informarl[ea]s?|informarte|averiguar|)"
    R"(investigar|dar(?:le|te)\s+seguimiento))",
    R"(\b(?:averiguar(?:é|emos)|investigar(?:é|emos)))",
    R"(\b(?:alguien|\pL+)\s+(?:le|te|les)\s+(?:llamará|contactará|escribirá|)"
    R"(avisará|responderá|informará))",
    // fr
    R"(\b(?:je|nous)\s+(?:vous|te)\s+(?:re)?(?:contacterai|contacterons|)"
    R"(rappellerai|rappellerons|appellerai|appellerons|répondrai|répondrons|)"
    R"(écrirai|écrirons|informerai|informerons|enverrai|enverrons|)"
    R"(confirmerai|confirmerons|ferai\s+savoir|ferons\s+savoir|)"
    R"(tiendrai\s+(?:au\s+courant|informée?s?)|)"
    R"(tiendrons\s+(?:au\s+courant|informée?s?)))",
    R"(\b(?:je|nous)\s+(?:reviendrai|reviendrons)\s+vers\s+vous)",
    R"(\b(?:je\s+vais|nous\s+allons)\s+(?:vous\s+)?(?:recontacter|contacter|)"
    R"(rappeler|appeler|répondre|écrire|informer|tenir\s+au\s+courant|)"
    R"(revenir\s+vers\s+vous|me\s+renseigner|nous\s+renseigner|vérifier))",
    R"((?:\bquelqu['’]un|\b\pL+)\s+vous\s+(?:re)?(?:contactera|appellera|)"
    R"(rappellera|écrira|répondra))",
    R"(\bje\s+me\s+renseignerai)",
    // pt
    R"(\b(?:vou|vamos|irei|iremos)\s+(?:lhe\s+|te\s+|o\s+|a\s+)?(?:retornar|)"
    R"(responder|ligar|avisar|informar|contatar|contactar|escrever|)"
    R"(verificar|entrar\s+em\s+contato))",
    R"(\b(?:entrarei|entraremos|entrará)\s+em\s+contato)",
    R"(\b(?:lhe|te)\s+(?:retornarei|retornaremos|responderei|responderemos|)"
    R"(ligarei|ligaremos|avisarei|avisaremos|informarei|informaremos|)"
    R"(escreverei|darei\s+(?:um\s+)?retorno|daremos\s+(?:um\s+)?retorno))",
    R"(\b(?:retornarei|verificarei|darei\s+(?:um\s+)?retorno|)"
    R"(daremos\s+(?:um\s+)?retorno))",
    R"(\b(?:alguém|\pL+)\s+(?:vai\s+)?(?:lhe|te)\s+(?:ligar|ligará|contatar|)"
    R"(contatará|retornar|retornará|responder|responderá))",
    // vi
    R"((?:\btôi|\bchúng\s+tôi|\bai\s+đó|\bnhà\s+trường|\bvăn\s+phòng|\bcô|)"
    R"(\bthầy)\s+sẽ\s+(?:\pL+\s+){0,2}?(?:liên\s+lạc|liên\s+hệ|gọi|trả\s+lời|)"
    R"(báo\s+lại|báo\s+cho|thông\s+báo|phản\s+hồi|kiểm\s+tra|tìm\s+hiểu))",
    R"(\bsẽ\s+có\s+người\s+(?:liên\s+lạc|liên\s+hệ|gọi))",
};

// Subjects that are the reader or a thing, not the writer's side.
bool IsNotWriterSide(std::string_view subject) {
  static const RE2 re(R"((?i)you|it|this|that|which|there|what|u)");
  return RE2::FullMatch(re2::StringPiece(subject.data(), subject.size()), re);
}

bool IsNegated(std::string_view gap) {
  static const RE2 re(R"((?i)\b(?:not|never|no)\b|n['’]t\b)");
  return RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), re);
}

void AddMatches(const RE2& re, std::string_view text, bool english_future,
                std::vector<Promise>& out) {
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos < text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
    size_t begin = static_cast<size_t>(g[0].data() - text.data());
    size_t end = begin + g[0].size();
    pos = end > begin ? end : begin + 1;
    if (english_future) {
      std::string_view subject(g[1].data(), g[1].size());
      std::string_view gap(g[3].data(), g[3].size());
      if ((!subject.empty() && IsNotWriterSide(subject)) || IsNegated(gap)) {
        pos = begin + 1;
        continue;
      }
    }
    out.push_back({begin, end});
  }
}

struct Compiled {
  std::unique_ptr<RE2> english;
  std::vector<std::unique_ptr<RE2>> others;
};

const Compiled& Patterns() {
  static const Compiled* compiled = [] {
    auto* c = new Compiled;
    c->english = std::make_unique<RE2>(std::string("(?i)") + kEnglishFuture +
                                       kEnglishVerb);
    c->others.push_back(
        std::make_unique<RE2>(std::string("(?i)") + kEnglishPassive));
    for (const char* p : kOtherPromises) {
      c->others.push_back(std::make_unique<RE2>(std::string("(?i)") + p));
    }
    return c;
  }();
  return *compiled;
}

const RE2& TimeFramePattern() {
  static const RE2 re(
      // en: by Friday / within two school days / in 48 hours / end of day
      R"((?i)\b(?:by|before|until|till|no\s+later\s+than|within|in|after|)"
      R"(over|at|on|this|next|later|first\s+thing|end\s+of)\s+(?:the\s+)?)"
      R"((?:end\s+of\s+(?:the\s+)?)?(?:(?:\d+|a|an|one|two|three|four|five|)"
      R"(six|seven|ten|few|couple(?:\s+of)?)\s+)?(?:more\s+)?)"
      R"((?:business\s+|school\s+|working\s+|work\s+)?(?:minutes?|hours?|)"
      R"(days?|weeks?|months?|weekend|morning|afternoon|evening|noon|)"
      R"(midday|day|week)\b|\b(?:eod|cob|close\s+of\s+business|)"
      R"(end\s+of\s+(?:the\s+)?(?:day|week|month))\b|)"
      // clock times
      R"(\b\d{1,2}(?::\d{2})?\s?(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}[:h]\d{2}\b|)"
      // es
      R"(\b(?:esta\s+(?:tarde|noche|semana)|pasado\s+mañana|a\s+más\s+tardar|)"
      R"((?:antes|después)\s+del?\s|para\s+(?:el|este|esta|fin)\s|)"
      R"((?:la\s+)?(?:próxima|siguiente)\s+semana|)"
      R"((?:dentro\s+de|en)\s+(?:\d+|un|una|dos|tres|unos|unas|pocos|pocas))"
      R"(\s+(?:\pL+\s+)?(?:minutos|horas|días|semanas))|)"
      // fr
      R"(\b(?:ce\s+(?:soir|matin|week-end)|cet\s+après-midi|cette\s+semaine|)"
      R"((?:la\s+)?semaine\s+prochaine|avant\s+(?:le|la|ce|cette|midi|\d)|)"
      R"(d['’]ici\s+\pL|(?:dans|sous)\s+(?:les\s+)?(?:\d+|un|une|deux|trois|)"
      R"(quelques)\s+(?:\pL+\s+)?(?:minutes|heures?|jours|semaines))|)"
      // pt
      R"(\b(?:esta\s+(?:tarde|noite|semana)|(?:na\s+)?próxima\s+semana|)"
      R"(até\s+(?:o|a|amanhã|segunda|terça|quarta|quinta|sexta|\d)|)"
      R"((?:em|dentro\s+de)\s+(?:até\s+)?(?:\d+|um|uma|dois|duas|três|)"
      R"(alguns|algumas)\s+(?:\pL+\s+)?(?:minutos|horas|dias|semanas))|)"
      // vi
      R"((?:tối\s+nay|sáng\s+mai|chiều\s+nay|tuần\s+này|tuần\s+sau|)"
      R"(tuần\s+tới|trước\s+(?:thứ|ngày|\d)|)"
      R"(trong\s+(?:vòng\s+)?\d+\s+(?:phút|giờ|ngày|tuần)))");
  return re;
}

}  // namespace

std::vector<Promise> FindPromises(std::string_view text) {
  const Compiled& c = Patterns();
  std::vector<Promise> all;
  AddMatches(*c.english, text, true, all);
  for (const auto& re : c.others) AddMatches(*re, text, false, all);
  std::sort(all.begin(), all.end(), [](const Promise& a, const Promise& b) {
    return a.begin < b.begin;
  });
  std::vector<Promise> out;
  for (const Promise& p : all) {
    if (!out.empty() && p.begin < out.back().end) continue;
    out.push_back(p);
  }
  return out;
}

std::pair<size_t, size_t> ClauseAround(std::string_view text,
                                       size_t sentence_begin,
                                       size_t sentence_end, const Promise& p) {
  static const RE2 separator(
      R"((?i),\s+(?:and|but|or|so|y|pero|et|mais|e|mas|và|nhưng)\s|;\s)");
  size_t begin = sentence_begin, end = sentence_end;
  re2::StringPiece input(text.data(), sentence_end);
  re2::StringPiece found;
  size_t pos = sentence_begin;
  while (pos < sentence_end && separator.Match(input, pos, sentence_end,
                                               RE2::UNANCHORED, &found, 1)) {
    size_t at = static_cast<size_t>(found.data() - text.data());
    if (at + found.size() <= p.begin) {
      begin = at + found.size();
    } else if (at >= p.end) {
      end = at;
      break;
    }
    pos = at + std::max<size_t>(found.size(), 1);
  }
  return {begin, end};
}

bool RefersToEarlierTime(std::string_view clause) {
  static const RE2 re(
      R"((?i)\b(?:that\s+day|then|at\s+that\s+time|when\s+I\s+(?:return|am\s+back|get\s+back)|)"
      R"((?:up)?on\s+my\s+return|ese\s+día|a\s+mi\s+regreso|cuando\s+regrese|)"
      R"(nesse\s+dia|no\s+meu\s+retorno|)"
      R"(quando\s+eu\s+voltar)\b|hôm\s+đó|à\s+mon\s+retour|ce\s+jour-là|khi\s+tôi\s+trở\s+lại)");
  return RE2::PartialMatch(re2::StringPiece(clause.data(), clause.size()), re);
}

bool HasTimeFrame(std::string_view sentence) {
  re2::StringPiece s(sentence.data(), sentence.size());
  return RE2::PartialMatch(s, TimeFramePattern()) || MentionsDay(sentence);
}

std::string_view VagueTimeFrame(std::string_view sentence) {
  static const RE2 re(
      R"((?i)(\bas\s+soon\s+as\s+(?:possible|I\s+can|we\s+can)|\basap\b|)"
      R"(\bshortly\b|\bsoon\b|\bin\s+the\s+near\s+future\b|\bat\s+some\s+point\b|)"
      R"(\bin\s+due\s+course\b|\bin\s+a\s+timely\s+manner\b|\blater\b|)"
      R"(\blo\s+antes\s+posible\b|\bcuanto\s+antes\b|\bpronto\b|\ben\s+breve\b|)"
      R"(\bpróximamente|\bdès\s+que\s+possible\b|\bau\s+plus\s+vite\b|)"
      R"(\bbientôt|\bsous\s+peu\b|\bprochainement\b|)"
      R"(\bo\s+mais\s+rápido\s+possível|\bassim\s+que\s+possível|)"
      R"(\bem\s+breve\b|sớm\s+nhất\s+có\s+thể|càng\s+sớm\s+càng\s+tốt))");
  re2::StringPiece s(sentence.data(), sentence.size());
  re2::StringPiece found;
  if (!RE2::PartialMatch(s, re, &found)) return {};
  return {found.data(), found.size()};
}

}  // namespace maillint::commitments
