#include "anatomy/greeting_closing.h"

#include <re2/re2.h>

#include "anatomy/text_lines.h"

namespace maillint::anatomy {
namespace {

// Salutation openers, followed by a delimiter or the end of the line.
constexpr char kSalutation[] =
    R"re((?i)^(?:hi|hello|hey|hiya|howdy|dear(?:est)?|greetings|good\s+)re"
    R"re((?:morning|afternoon|evening|day)|to\s+whom\s+it\s+may\s+concern|)re"
    R"re(hola|estimad[oa]s?|querid[oa]s?|apreciad[oa]s?|buen[oa]s\s+)re"
    R"re((?:d[ií]as?|tardes|noches)|muy\s+señor(?:a|es)?|bonjour|bonsoir|)re"
    R"re(salut|cher|chère|chers|chères|madame|monsieur|hallo|liebe[rs]?|)re"
    R"re(sehr\s+geehrte[rs]?|guten\s+(?:tag|morgen|abend)|moin|servus|)re"
    R"re(ol[áa]|oi|prezad[oa]s?|bom\s+dia|boa\s+(?:tarde|noite)|ciao|salve|)re"
    R"re(gentil(?:e|issim[oa])|egregi[oa]|buongiorno|buonasera|beste|geachte|)re"
    R"re(hoi|goedemorgen|goedemiddag|goedenavond|xin\s+chào|chào|kính\s+gửi|)re"
    R"re(thân\s+gửi|dzień\s+dobry|witam|szanown[ya]|cześć|hej|hei|kære|)re"
    R"re(kjære|moi|hyvä|здравствуйте|привет|добрый\s+(?:день|вечер)|)re"
    R"re(доброе\s+утро|уважаем(?:ый|ая|ые)|مرحبا|السلام\s+عليكم|عزيز(?:ي|تي)|)re"
    R"re(تحية\s+طيبة)(?:[\s,.:;!،]|$))re";

// Openers that need no delimiter (CJK) or a name before an honorific.
constexpr char kSalutationCjk[] =
    R"re(^(?:您好|你好|尊敬的|亲爱的|親愛的|各位|こんにちは|お世話になっております|)re"
    R"re(お疲れ様です|拝啓|안녕하세요|\S{1,12}(?:様|さん|先生|님)))re";

// A line that is only a name: "Simone," "Mr. Lee:" (1-3 words, capitalized).
constexpr char kBareName[] =
    R"re(^\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*[,:]$)re";

constexpr char kClosingWords[] =
    R"re((?:(?:best|kind|kindest|warm|warmest|many|with\s+(?:best|kind|warm))\s+)re"
    R"re((?:regards|wishes)|best|regards|rgds|br|thanks?(?:\s+(?:you|again|so\s+)re"
    R"re(much|a\s+lot|a\s+bunch|in\s+advance|very\s+much|for\s+everything))*|)re"
    R"re(many\s+thanks|thx|tks|cheers|sincerely(?:\s+yours)?|yours(?:\s+)re"
    R"re((?:truly|sincerely|faithfully))?|respectfully(?:\s+yours)?|cordially|)re"
    R"re(all\s+the\s+best|take\s+care|talk\s+soon|speak\s+soon|)re"
    R"re(have\s+a\s+(?:great|good|nice|wonderful)\s+(?:day|weekend|week|one)|)re"
    R"re(with\s+(?:gratitude|appreciation|thanks)|love|hugs|xoxo|)re"
    R"re(saludos(?:\s+cordiales)?|un\s+(?:cordial\s+)?saludo|atentamente|)re"
    R"re(cordialmente|(?:muchas\s+)?gracias|un\s+abrazo|quedo\s+a\s+la\s+espera|)re"
    R"re((?:bien\s+)?cordialement|bien\s+à\s+(?:vous|toi)|merci(?:\s+beaucoup)?|)re"
    R"re(amicalement|bonne\s+(?:journée|soirée)|salutations|sinc[eè]res\s+)re"
    R"re(salutations|mit\s+freundlichen\s+grüßen|mfg|(?:viele|beste|liebe|)re"
    R"re(herzliche|schöne)\s+grüße|gruß|grüße|danke(?:\s+schön)?|vielen\s+dank|)re"
    R"re(atenciosamente|abraços?|obrigad[oa]|cumprimentos|att|)re"
    R"re((?:cordiali|distinti)\s+saluti|saluti|grazie(?:\s+mille)?|un\s+saluto|)re"
    R"re(met\s+vriendelijke\s+groet(?:en)?|(?:vriendelijke\s+)?groet(?:en|jes)?|)re"
    R"re(bedankt|dank\s+je(?:\s+wel)?|trân\s+trọng|thân\s+ái|cảm\s+ơn|)re"
    R"re(pozdrawiam|z\s+poważaniem|dziękuję|mvh|med\s+venlig\s+hilsen|)re"
    R"re(med\s+vennlig\s+hilsen|vennlig\s+hilsen|hilsen|venlig\s+hilsen|)re"
    R"re(vänliga\s+hälsningar|hälsningar|tack|kiitos|terveisin|ystävällisin\s+)re"
    R"re(terveisin|с\s+уважением|спасибо|всего\s+доброго|謝謝|谢谢|此致|敬礼|)re"
    R"re(祝好|よろしくお願い(?:します|いたします|致します)|감사합니다|)re"
    R"re(مع\s+التحية|شكرا|مع\s+خالص\s+التحيات))re";

const RE2& ClosingRe() {
  static const RE2 re(
      std::string(R"re(^[-–—\s]*(?i:)re") + kClosingWords +
      R"re()(?:[,\s]+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?)re"
      R"re([\s,.!…:;)]*$)re");
  return re;
}

// Bytes of the opener before the first salutation delimiter.
size_t PrefixLength(std::string_view line) {
  size_t limit = std::min<size_t>(line.size(), 80);
  for (size_t i = 0; i < limit; ++i) {
    char c = line[i];
    if (c == ',' || c == ':' || c == '!') return i + 1;
  }
  return 0;
}

int WordCount(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

size_t SalutationLength(std::string_view line) {
  static const RE2 salutation(kSalutation);
  static const RE2 cjk(kSalutationCjk);
  static const RE2 bare_name(kBareName);
  line = TrimSpace(line);
  if (line.empty() || IsClosingLine(line)) return 0;
  if (RE2::FullMatch(line, bare_name)) return line.size();
  bool opener = RE2::PartialMatch(line, salutation);
  if (!opener && RE2::PartialMatch(line, cjk)) {
    return line.size() <= 60 ? line.size() : PrefixLength(line);
  }
  if (!opener) return 0;
  size_t prefix = PrefixLength(line);
  if (prefix == line.size() || WordCount(line) <= 6) return line.size();
  return prefix;
}

bool IsClosingLine(std::string_view line) {
  line = TrimSpace(line);
  if (line.empty() || line.size() > 60) return false;
  return RE2::FullMatch(line, ClosingRe());
}

}  // namespace maillint::anatomy
