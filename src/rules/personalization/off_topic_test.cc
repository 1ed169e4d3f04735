#include <doctest/doctest.h>

#include "lint/rule_registry.h"
#include "rules/families.h"
#include "rules/personalization/content_words.h"

namespace maillint {
namespace {

size_t OffTopicFindings(const std::string& reply, const std::string& question,
                        const std::string& subject) {
  Message m;
  m.subject = subject;
  m.body.text = reply;
  Anatomy anatomy;
  anatomy.segments = {Segment{SegmentType::kNewText, 0, reply.size(), 0}};
  QuotedOriginal original;
  original.text = question;
  anatomy.original = original;
  Config config;
  RuleRegistry registry;
  AddPersonalizationRules(registry);
  RuleContext rc(config, "personalization.off-topic");
  std::unique_ptr<Rule> rule =
      registry.Find("personalization.off-topic")->factory(rc);
  Analysis analysis(m, anatomy);
  CheckContext ctx(analysis, config, nullptr);
  rule->Check(ctx);
  return ctx.findings().size();
}

}  // namespace

TEST_CASE("ContentWords folds, drops stop words and stems") {
  std::set<std::string> w =
      ContentWords("The BUSES stop at Room 214; inscripciones abiertas.");
  CHECK(w.count("bus") == 1);
  CHECK(w.count("214") == 1);
  CHECK(w.count("inscripcion") == 1);
  CHECK(w.count("the") == 0);
  CHECK(LightStem("enrolling") == "enroll");
}

TEST_CASE("personalization.off-topic fires on a reply about something else") {
  std::string question =
      "My son's bus did not come this morning at the Brookline stop. "
      "Can you tell me if the route changed?";
  std::string unrelated =
      "Picture day is scheduled for October 3. Students should wear their "
      "uniforms and "
      "bring the order form signed by a guardian. Retakes happen in November "
      "in the gym.";
  CHECK(OffTopicFindings(unrelated, question, "Re: Bus did not come") == 1);
  std::string answer =
      "I am sorry the bus missed the Brookline stop this morning. The route "
      "changed on "
      "Monday; the new pickup time is 7:10 and the driver has been told about "
      "the stop.";
  CHECK(OffTopicFindings(answer, question, "Re: Bus did not come") == 0);
}

TEST_CASE("personalization.off-topic ignores short acknowledgements") {
  CHECK(OffTopicFindings("Thanks, got it! Will do.",
                         "Can you send the lunch menu for next week please?",
                         "Lunch menu") == 0);
}

TEST_CASE("personalization.off-topic matches Spanish forms") {
  std::string question =
      "Quisiera saber las fechas de inscripción para kínder y qué documentos "
      "necesito.";
  std::string answer =
      "Las inscripciones para kinder abren el 5 de marzo. Necesita el acta de "
      "nacimiento, "
      "comprobante de domicilio y el registro de vacunas del niño para "
      "completar el proceso.";
  CHECK(OffTopicFindings(answer, question, "Inscripción kínder") == 0);
}

}  // namespace maillint
