#include "base/vocabulary.h"

#include <doctest/doctest.h>

#include <fstream>

namespace maillint {
namespace {

bool Thanks(std::string_view text, const std::string& language) {
  return Vocab().Mentions(VocabList::kThanks, text, {language});
}
bool Offer(std::string_view text, const std::string& language) {
  return Vocab().Mentions(VocabList::kOfferHelp, text, {language});
}

std::filesystem::path WriteTemp(const std::string& name,
                                const std::string& text) {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "maillint-vocab-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name) << text;
  return dir;
}

}  // namespace

TEST_CASE("the project's vocabulary loads with every language") {
  REQUIRE(Vocab().status().ok());
  for (const char* language :
       {"en", "es", "vi", "zh", "ar", "ht", "so", "pt", "ru", "ko", "fr"}) {
    CAPTURE(language);
    for (VocabList list :
         {VocabList::kGreetings, VocabList::kClosings, VocabList::kThanks,
          VocabList::kOfferHelp, VocabList::kRoles, VocabList::kHonorifics}) {
      CHECK(Vocab().Has(list, language));
    }
  }
  CHECK(Vocab().Has(VocabList::kThanks, "de"));
  CHECK_FALSE(Vocab().Has(VocabList::kThanks, "xx"));
}

TEST_CASE("thanks: folded, whole words, wrapped over lines") {
  CHECK(Thanks("Thank you for writing.", "en"));
  CHECK(Thanks("We really APPRECIATE your\npatience.", "en"));
  CHECK_FALSE(Thanks("The thankless job", "en"));
  CHECK(Thanks("Muchas gracias por escribir.", "es"));
  CHECK(Thanks("Le agradezco su paciencia.", "es"));
  CHECK(Thanks("Obrigada pela mensagem.", "pt"));
  CHECK(Thanks("Je vous remercie de votre message.", "fr"));
  CHECK(Thanks("Vielen Dank für Ihre Nachricht.", "de"));
  CHECK(Thanks("Cảm ơn chị đã liên hệ với nhà trường.", "vi"));
  CHECK(Thanks("Cam on chi da lien he.", "vi"));  // written without marks
  CHECK(Thanks("感谢您的来信。", "zh"));
  CHECK(Thanks("謝謝您的耐心。", "zh"));
  CHECK(Thanks("وشكراً لتواصلكم معنا.", "ar"));  // و attached, tanween
  CHECK(Thanks("Mèsi paske ou ekri nou.", "ht"));
  CHECK(Thanks("Mesi anpil pou mesaj la.", "ht"));
  CHECK(Thanks("Mahadsanid fariintaada.", "so"));
  CHECK(Thanks("Waad ku mahadsantahay su'aashaada.", "so"));
  CHECK(Thanks("Спасибо за ваше письмо.", "ru"));
  CHECK(Thanks("Благодарю вас за вопрос.", "ru"));
  CHECK(Thanks("문의해 주셔서 감사합니다.", "ko"));
  CHECK_FALSE(Thanks("Le bus part à 7 h.", "fr"));
  CHECK_FALSE(Thanks("Xe buýt đến lúc 7 giờ.", "vi"));
}

TEST_CASE("offers of help in each language") {
  CHECK(Offer("Please let me know if\nanything changes.", "en"));
  CHECK(Offer("Don’t hesitate to call.", "en"));
  CHECK_FALSE(Offer("The bus leaves at 7.", "en"));
  CHECK(Offer("Con gusto le ayudo.", "es"));
  CHECK(Offer("Si tiene alguna duda, no dude en llamarme.", "es"));
  CHECK(Offer("Fico à disposição para qualquer dúvida.", "pt"));
  CHECK(Offer("N'hésitez pas à me contacter.", "fr"));
  CHECK(Offer("N’hesitez pas.", "fr"));  // typographic apostrophe, no accent
  CHECK(Offer("Nếu có thắc mắc, xin vui lòng liên hệ.", "vi"));
  CHECK(Offer("如有任何问题，请随时与我联系。", "zh"));
  CHECK(Offer("لا تترددوا في التواصل معنا.", "ar"));
  CHECK(Offer("Pa ezite rele m si ou gen lòt kesyon.", "ht"));
  CHECK(Offer("Haddii aad qabtid su'aalo kale, fadlan nala soo xiriir.", "so"));
  CHECK(Offer("Если у вас будут вопросы, обращайтесь.", "ru"));
  CHECK(Offer("궁금하신 점이 있으시면 언제든지 연락 주세요.", "ko"));
}

TEST_CASE("Find reports where the entry is and in which language") {
  std::optional<PhraseHit> hit =
      Vocab().Find(VocabList::kThanks, "Hola Ana: muchas gracias.");
  REQUIRE(hit);
  CHECK(hit->language == "es");
  CHECK(std::string_view("Hola Ana: muchas gracias.")
            .substr(hit->begin, hit->end - hit->begin) == "gracias");
}

TEST_CASE("single-word lists are looked up folded") {
  CHECK(Vocab().IsEntry(VocabList::kHonorifics, "Mrs."));
  CHECK(Vocab().IsEntry(VocabList::kHonorifics, "Sra."));
  CHECK(Vocab().IsEntry(VocabList::kHonorifics, "Herr"));
  CHECK(Vocab().IsEntry(VocabList::kHonorifics, "M."));
  CHECK(Vocab().IsEntry(VocabList::kHonorifics, "女士"));
  CHECK(Vocab().IsEntry(VocabList::kHonorifics, "Ông"));
  CHECK_FALSE(Vocab().IsEntry(VocabList::kHonorifics, "Maria"));
  CHECK(Vocab().IsEntry(VocabList::kRoles, "Registrar"));
  CHECK(Vocab().IsEntry(VocabList::kDepartments, "Student Registration"));
  CHECK(Vocab().IsEntry(VocabList::kDepartments, "Transportation"));
  CHECK(Vocab().IsEntry(VocabList::kRoles, "Macalinka"));  // macalin*
}

TEST_CASE("roles are found in a signature line of each language") {
  auto role = [](std::string_view line) {
    return Vocab().Mentions(VocabList::kRoles, line) ||
           Vocab().Mentions(VocabList::kDepartments, line);
  };
  CHECK(role("Attendance Clerk, Lincoln Elementary"));
  CHECK(role("Secretaria, Escuela Primaria Lincoln"));
  CHECK(role("Giáo viên lớp 3"));
  CHECK(role("三年级班主任老师"));
  CHECK(role("ممرضة المدرسة"));
  CHECK(role("Konseye lekòl"));
  CHECK(role("Macalinka fasalka 4aad"));
  CHECK(role("Школьный психолог"));
  CHECK(role("3학년 담임교사"));
  CHECK_FALSE(role("Tom Becker"));
}

TEST_CASE("reply and forward prefixes: RV is a Spanish forward") {
  CHECK(SubjectPrefixLength("Re: bus", VocabList::kReplyPrefixes) == 3);
  CHECK(SubjectPrefixLength("AW: Termin", VocabList::kReplyPrefixes) == 3);
  CHECK(SubjectPrefixLength("RE : sortie", VocabList::kReplyPrefixes) == 4);
  CHECK(SubjectPrefixLength("Re[2]: bus", VocabList::kReplyPrefixes) == 6);
  CHECK(SubjectPrefixLength("答复: 校车", VocabList::kReplyPrefixes) == 7);
  CHECK(SubjectPrefixLength("回复：校车", VocabList::kReplyPrefixes) == 9);
  CHECK(SubjectPrefixLength("RES: matrícula", VocabList::kReplyPrefixes) == 4);
  CHECK(SubjectPrefixLength("RV: horario", VocabList::kReplyPrefixes) == 0);
  CHECK(SubjectPrefixLength("RV: horario", VocabList::kForwardPrefixes) == 3);
  CHECK(SubjectPrefixLength("WG: Termin", VocabList::kForwardPrefixes) == 3);
  CHECK(SubjectPrefixLength("TR : sortie", VocabList::kForwardPrefixes) == 4);
  CHECK(SubjectPrefixLength("Reunion: Monday", VocabList::kReplyPrefixes) == 0);
}

TEST_CASE("auto-reply subjects in several languages") {
  for (const char* subject :
       {"Out of Office: bus", "Automatic reply: lunch",
        "Respuesta automática: almuerzo", "Abwesenheitsnotiz: Termin",
        "Réponse automatique : cantine", "Fuera de la oficina"}) {
    CAPTURE(subject);
    CHECK(Vocab().StartsWithEntry(VocabList::kAutoReply, subject));
  }
  CHECK_FALSE(Vocab().StartsWithEntry(VocabList::kAutoReply,
                                      "Re: when is the office open?"));
}

TEST_CASE("Alternation gives a fragment for composite patterns") {
  RE2 opener("(?i)^" +
             Vocab().Alternation(VocabList::kGreetings, VocabScript::kSpaced) +
             "(?:[\\s,:]|$)");
  CHECK(RE2::PartialMatch("Buenos dias, Marisela:", opener));
  CHECK(RE2::PartialMatch("Xin chào chị Lan,", opener));
  CHECK(RE2::PartialMatch("Bonjou Madan Joseph,", opener));
  CHECK_FALSE(RE2::PartialMatch("Himalaya trip", opener));
}

TEST_CASE("a bad vocabulary file is an error naming file and line") {
  auto dir = WriteTemp("xx.yml", "thanks:\n  - merci\ncolours:\n  - red\n");
  Result<Vocabulary> v = Vocabulary::Load(dir);
  REQUIRE_FALSE(v);
  CHECK(v.error().message().find("xx.yml:3") != std::string::npos);
  CHECK(v.error().message().find("colours") != std::string::npos);
  dir = WriteTemp("yy.yml", "thanks: merci\n");
  CHECK_FALSE(Vocabulary::Load(dir));
  dir = WriteTemp("zz.yml", "thanks: [merci\n");
  CHECK_FALSE(Vocabulary::Load(dir));
  CHECK_FALSE(Vocabulary::Load(dir / "missing"));
}

}  // namespace maillint
