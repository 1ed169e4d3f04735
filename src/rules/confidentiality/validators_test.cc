// Valid and invalid SSNs, card numbers and routing numbers, pitfalls
// included (at least 30 of each kind).
#include "rules/confidentiality/validators.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace maillint::confidentiality {

TEST_CASE("IsValidSsn accepts numbers the SSA could issue") {
  const std::vector<std::string> valid = {
      "512443187", "460899847", "514690360", "054286917", "853371694",
      "846155715", "494330748", "710310236", "023010866", "125174954",
      "791105487", "550533582", "474497577", "588466702", "531217351",
      "594620140", "403579558", "001010002", "665123456", "667123456",
      "899999998", "100011000", "201990001", "078051121", "219099998",
      "123456788", "876543210", "010203040", "772018045", "300450001",
      "412550123", "899010001"};
  CHECK(valid.size() >= 30);
  for (const std::string& s : valid) {
    CAPTURE(s);
    CHECK(IsValidSsn(s));
  }
}

TEST_CASE("IsValidSsn rejects impossible, sample and malformed numbers") {
  const std::vector<std::string> invalid = {
      "000123456", "000000001",  "666123456",  "666991234", "900123456",
      "912345678", "987654321",  "999887777",  "950123456", "123001234",
      "456000001", "512440000",  "123450000",  "111111111", "222222222",
      "555555555", "888888888",  "078051120",  "219099999", "123456789",
      "111223333", "12345678",   "1234567890", "12345678a", "",
      "512-44-31", "5124431870", "000000000",  "666666666", "999999999",
      "457555462"};
  CHECK(invalid.size() >= 30);
  for (const std::string& s : invalid) {
    CAPTURE(s);
    CHECK_FALSE(IsValidSsn(s));
  }
  CHECK(IsSampleSsn("078051120"));
  CHECK_FALSE(IsSampleSsn("512443187"));
}

TEST_CASE("valid card numbers pass Luhn and name their network") {
  const std::vector<std::string> valid = {
      "4526018159083012", "4661318609133",       "4909960308246281946",
      "5182199351819098", "5537865797543235",    "2221194875749111",
      "2720862527601890", "345559797114716",     "370497465075299",
      "6011170342366718", "6442768426846569",    "6532122330792447",
      "30002685995284",   "36907866661766",      "38031372159013",
      "3528092815901396", "3589624595711771",    "6277412154728034",
      "5085280841485258", "6738885393363387",    "4750047439575510",
      "5231373537990757", "5311637265167611",    "5422202972997523",
      "2500882001826330", "6011043483954862056", "6579868282880729027",
      "30522791805887",   "39871803340180",      "6278017598983478876",
      "4838483726167511", "373613412524273"};
  CHECK(valid.size() >= 30);
  for (const std::string& s : valid) {
    CAPTURE(s);
    CHECK(LuhnValid(s));
    CHECK_FALSE(CardNetwork(s).empty());
    CHECK_FALSE(IsTestCard(s));
  }
  CHECK(CardNetwork("4526018159083012") == "Visa");
  CHECK(CardNetwork("345559797114716") == "American Express");
  CHECK(CardNetwork("2221194875749111") == "Mastercard");
  CHECK(CardNetwork("6011170342366718") == "Discover");
}

TEST_CASE("invalid card numbers: bad checksum, unknown issuer, wrong length") {
  const std::vector<std::string> luhn_bad = {
      "4526018159083015", "4661318609136",    "4909960308246281949",
      "5182199351819091", "5537865797543238", "2221194875749114",
      "2720862527601893", "345559797114719",  "370497465075292",
      "6011170342366711", "6442768426846562", "6532122330792440"};
  for (const std::string& s : luhn_bad) {
    CAPTURE(s);
    CHECK_FALSE(LuhnValid(s));
  }
  // Luhn-valid, but no network issues such numbers (prefix or length).
  const std::vector<std::string> no_network = {
      "1316723268656356", "7515058770658947", "8811311440242645",
      "9628897514026147", "2100014193141708", "2721586492083128",
      "334023448347822",  "3471678684335323", "37650201462016",
      "514558530435201",  "411111111111",     "41111111111111111111"};
  for (const std::string& s : no_network) {
    CAPTURE(s);
    CHECK(CardNetwork(s).empty());
  }
  // Published test numbers are documentation, not leaks.
  const std::vector<std::string> test_cards = {
      "4111111111111111", "4242424242424242", "5555555555554444",
      "378282246310005",  "6011111111111117", "4012888888881881"};
  for (const std::string& s : test_cards) {
    CAPTURE(s);
    CHECK(LuhnValid(s));
    CHECK(IsTestCard(s));
  }
  CHECK(luhn_bad.size() + no_network.size() + test_cards.size() >= 30);
  CHECK_FALSE(LuhnValid("4"));
  CHECK_FALSE(LuhnValid("4111-1111"));
}

TEST_CASE("IsValidAbaRouting accepts real routing numbers") {
  const std::vector<std::string> valid = {
      "021000021", "011000015", "026009593", "121000248", "111000025",
      "122105155", "043000096", "031000053", "071000013", "091000022",
      "322271627", "061000052", "063100277", "051000017", "053000196",
      "044000037", "031176110", "101000695", "102001017", "107002192",
      "113000023", "114000093", "121042882", "123000220", "124003116",
      "125000024", "211274450", "231372691", "256074974", "267084131",
      "281081479", "314074269", "325070760", "021000089", "021200339"};
  CHECK(valid.size() >= 30);
  for (const std::string& s : valid) {
    CAPTURE(s);
    CHECK(IsValidAbaRouting(s));
  }
}

TEST_CASE("IsValidAbaRouting rejects bad checksums, prefixes and shapes") {
  const std::vector<std::string> invalid = {
      "021000022", "011000016",  "026009594", "121000249", "111000026",
      "122105156", "043000097",  "031000054", "071000014", "091000023",
      "221000113", "000000000",  "111111111", "999999999", "131000000",
      "401000004", "501000009",  "731000002", "901000008", "811000007",
      "02100002",  "0210000211", "02100002a", "",          "021-000-021",
      "330000006", "600000007",  "790000004", "850000003", "201000001",
      "123456789"};
  CHECK(invalid.size() >= 30);
  for (const std::string& s : invalid) {
    CAPTURE(s);
    CHECK_FALSE(IsValidAbaRouting(s));
  }
}

TEST_CASE("DigitsOf and AllSameDigit") {
  CHECK(DigitsOf("4111-1111 11") == "4111111111");
  CHECK(AllSameDigit("7777"));
  CHECK_FALSE(AllSameDigit("7778"));
  CHECK_FALSE(AllSameDigit(""));
}

}  // namespace maillint::confidentiality
