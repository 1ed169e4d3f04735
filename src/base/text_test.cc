#include "base/text.h"

#include <doctest/doctest.h>

#include "base/line_index.h"
#include "base/mask.h"
#include "lint/rule_selection.h"

namespace maillint {

TEST_CASE("ClosestMatch suggests a near name and nothing for a far one") {
  std::vector<std::string> names = {"check", "audit", "filter"};
  CHECK(ClosestMatch("chekc", names) == "check");
  CHECK(ClosestMatch("zzzzzzzz", names).empty());
}

TEST_CASE("LineIndex counts code points and strips CR") {
  LineIndex index("ab\r\nc\xC3\xA9z\n");
  CHECK(index.Locate(0).line == 1);
  CHECK(index.Locate(4).line == 2);
  LineColumn z = index.Locate(7);  // the 'z' after a two-byte character
  CHECK(z.line == 2);
  CHECK(z.column == 3);
  CHECK(index.Line(1) == "ab");
}

TEST_CASE("MaskValue keeps only the last four digits") {
  CHECK(MaskValue("123-45-6789") == "***-**-6789");
  CHECK(MaskValue("4111 1111 1111 1111") == "**** **** **** 1111");
  CHECK(MaskValue("password1") == "pa*******");
  CHECK(MaskValue("abc") == "***");
}

TEST_CASE("RuleSelection applies globs in order") {
  RuleSelection only_greeting({"-*", "greeting.*"});
  CHECK(only_greeting.Selects("greeting.missing"));
  CHECK_FALSE(only_greeting.Selects("links.homepage"));
  RuleSelection all_but_one({"-proofreading.spelling"});
  CHECK(all_but_one.Selects("proofreading.placeholder"));
  CHECK_FALSE(all_but_one.Selects("proofreading.spelling"));
  CHECK(RuleSelection({}).Selects("anything.at-all"));
}

TEST_CASE("FindIgnoreCase finds ASCII text in any case") {
  CHECK(FindIgnoreCase("abc</TITLE>x</title>", "</title") == 3);
  CHECK(FindIgnoreCase("abc</TITLE>x</title>", "</title", 4) == 12);
  CHECK(FindIgnoreCase("Gmail_Quote here", "gmail_quote") == 0);
  CHECK(FindIgnoreCase("xxGMAIL", "gmail") == 2);
  CHECK(FindIgnoreCase("gmai", "gmail") == std::string_view::npos);
  CHECK(FindIgnoreCase("<", "</") == std::string_view::npos);
  CHECK(FindIgnoreCase("abc", "") == 0);
  CHECK(FindIgnoreCase("ÉCOLE école", "cole") == 2);
  CHECK(AsciiLower("ÀB-c") == "Àb-c");
}

TEST_CASE("UTF-8 helpers count and cut whole code points") {
  std::string s = "aé€😀";  // 1 + 2 + 3 + 4 bytes
  CHECK(CodePointCount(s) == 4);
  CHECK(CodePointCount("") == 0);
  CHECK(Utf8Floor(s, 0) == 0);
  CHECK(Utf8Floor(s, 2) == 1);  // inside é
  CHECK(Utf8Floor(s, 3) == 3);
  CHECK(Utf8Floor(s, 5) == 3);  // inside €
  CHECK(Utf8Floor(s, 8) == 6);  // inside 😀
  CHECK(Utf8Floor(s, 99) == s.size());
  CHECK(IsUtf8Continuation(s[2]));
  CHECK_FALSE(IsUtf8Continuation(s[1]));
}

}  // namespace maillint
