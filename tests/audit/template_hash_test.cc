// ReplyTextHash and CountSameTextRecipients (personalization.template).
#include <doctest/doctest.h>

#include "mailbox/mail_record.h"
#include "tests/testing.h"

namespace maillint {
namespace {

constexpr const char* kStock =
    "Thank you for reaching out to us. Our office has received your request "
    "and a member of our team is reviewing it now. We will follow up soon.";

uint64_t HashOf(const std::string& greeting, const std::string& text) {
  Message m = testing::PrepareText(
      "From: a@pghschools.org\nTo: b@x.com\n"
      "Subject: Re: x\n\n" +
      greeting + "\n\n" + text + "\n\nBest regards,\nDana\n");
  return ReplyTextHash(Analysis(m), 20);
}

TEST_CASE(
    "the fingerprint ignores the greeting, case, accents and punctuation") {
  uint64_t ana = HashOf("Hi Ana,", kStock);
  REQUIRE(ana != 0);
  CHECK(HashOf("Dear Mr. Lee,", kStock) == ana);
  std::string shouted = kStock;
  shouted.replace(0, 9, "THANK YOU");
  CHECK(HashOf("Hi Ana,", shouted + "!!") == ana);
  CHECK(HashOf("Hi Ana,", std::string(kStock) + " Bus 14 leaves at 7.") != ana);
  CHECK(HashOf("Hi Ana,", "Thanks, got it.") == 0);
}

TEST_CASE("recipients are counted once per recipient list") {
  std::vector<MailRecord> records(4);
  for (MailRecord& r : records) r.reply_text_hash = 42;
  records[0].to = {"a@x.com"};
  records[1].to = {"a@x.com"};  // the same family twice
  records[2].to = {"c@x.com", "b@x.com"};
  records[3].to = {"b@x.com", "c@x.com"};  // the same list, other order
  CountSameTextRecipients(records);
  CHECK(records[0].same_text_recipients == 1);
  CHECK(records[3].same_text_recipients == 1);
}

}  // namespace
}  // namespace maillint
