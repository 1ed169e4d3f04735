#include "rules/proofreading/spelling.h"

#include <doctest/doctest.h>

#include "rules/proofreading/dictionaries.h"
#include "rules/proofreading/missing_attachment.h"
#include "rules/proofreading/spelling_filter.h"
#include "rules/proofreading/word_list.h"
#include "tests/testing.h"

namespace maillint {
namespace {

std::vector<Finding> Run(const Rule& rule, const Message& m,
                         const Config& config) {
  Analysis analysis(m);
  CheckContext ctx(analysis, config, nullptr);
  rule.Check(ctx);
  return ctx.findings();
}

}  // namespace

TEST_CASE("GetSpellChecker loads a dictionary once and caches answers") {
  const SpellChecker* en = GetSpellChecker("en_US");
  REQUIRE(en != nullptr);
  CHECK(en == GetSpellChecker("en_US"));
  CHECK(en->Accepts("receive"));
  CHECK_FALSE(en->Accepts("recieve"));
  std::vector<std::string> s = en->Suggest("recieve", 3);
  CHECK(s.size() <= 3);
  CHECK(std::find(s.begin(), s.end(), "receive") != s.end());
  CHECK(GetSpellChecker("xx_NOPE") == nullptr);
}

TEST_CASE("the school word list ships with the project") {
  const auto& school = ProjectWordList("school");
  CHECK(school.count("FAFSA") == 1);
  CHECK(school.count("homeroom") == 1);
}

TEST_CASE("spelling filters skip URLs, addresses, code and quoted phrases") {
  std::string text =
      "See https://x.org/a_b or ann@x.org, run make_all and \"Fooo\" now";
  std::vector<TextUnit> skipped = SkippedRanges(text, {0, text.size()});
  auto skipped_word = [&](std::string_view w) {
    size_t at = text.find(w);
    return Overlaps(skipped, at, at + w.size());
  };
  CHECK(skipped_word("https"));
  CHECK(skipped_word("ann"));
  CHECK(skipped_word("make_all"));
  CHECK(skipped_word("Fooo"));
  CHECK_FALSE(skipped_word("run"));
  CHECK_FALSE(IsCheckableWord("IEP"));
  CHECK_FALSE(IsCheckableWord("2024PGH"));
  CHECK_FALSE(IsCheckableWord("iPhone"));
  CHECK(IsCheckableWord("recieve"));
}

TEST_CASE(
    "spelling gives up to three suggestions and accepts configured words") {
  Config config;
  SpellingRule rule{RuleContext(config, "proofreading.spelling")};
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nSubject: Bus\n\nWe will recieve the new "
      "schedule from the transportation office on Thursday morning.\n");
  std::vector<Finding> found = Run(rule, m, config);
  REQUIRE(found.size() == 1);
  CHECK(found[0].suggestion.find("receive") != std::string::npos);
  config.proofreading.words = {"recieve"};
  SpellingRule accepting{RuleContext(config, "proofreading.spelling")};
  CHECK(Run(accepting, m, config).empty());
}

TEST_CASE("missing-attachment is silent when a real file is attached") {
  Config config;
  MissingAttachmentRule rule{
      RuleContext(config, "proofreading.missing-attachment")};
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nSubject: Form\n\nI have attached the form.\n");
  CHECK(Run(rule, m, config).size() == 1);
  Attachment logo;
  logo.filename = "image001.png";
  logo.content_type = "image/png";
  logo.inline_part = true;
  m.attachments.push_back(logo);
  CHECK(Run(rule, m, config).size() == 1);  // a signature logo is not it
  Attachment form;
  form.filename = "enrollment.pdf";
  form.content_type = "application/pdf";
  m.attachments.push_back(form);
  CHECK(Run(rule, m, config).empty());
}

}  // namespace maillint
