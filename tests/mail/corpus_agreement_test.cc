// Agreement with other parsers' expected results shipped in corpus-real
// (see ../shared/corpus-real/MANIFEST.md):
//   stalwart-eml      resources/eml/**/*.json: decoded subject, From/To/Cc
//                     addresses, and text of the text/plain body parts
//   stalwart-headers  resources/{unstructured,address,date,id}.json:
//                     header strings with the expected decoded value
//   mime4j            *_decoded.xml + *_decoded_N.txt: the first inline
//                     text/plain part's decoded content must start our body
// Each comparison is one case; the test prints the figure per source and
// overall (whole-message sources), lists every disagreement, and fails below
// 95% overall. Known departures of a source from the RFCs are listed with
// their reason in kKnownDisagreements and not counted.
//
// Texts are compared with whitespace runs collapsed, because parsers
// legitimately differ in how they join parts and end lines.
#include <doctest/doctest.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/text.h"
#include "mail/address_parser.h"
#include "mail/charset.h"
#include "mail/header_decode.h"
#include "mail/header_fields.h"
#include "mail/mime_parser.h"
#include "tests/testing.h"

namespace maillint {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Cases where the source's expected result departs from the RFCs (or
// depends on that parser's own options), so agreeing would make maillint
// wrong on real mail. They are still run and listed, but not counted.
struct KnownDisagreement {
  const char* case_prefix;  // start of the disagreement text
  const char* reason;
};
constexpr KnownDisagreement kKnownDisagreements[] = {
    {"stalwart-eml: thirdparty/000.eml text",
     "stalwart joins every part of multipart/alternative; RFC 2046 5.1.4: "
     "alternatives are one content, a reader shows one (we take text/plain)"},
    {"stalwart-eml: thirdparty/001.eml text",
     "same: three text/plain alternatives joined by stalwart"},
    {"stalwart-eml: thirdparty/005.eml text",
     "stalwart ends a part at \"--1--\" in the middle of a line; RFC 2046 "
     "5.1.1: a boundary delimiter must start a line"},
    {"stalwart-eml: thirdparty/002.eml text",
     "invalid UTF-8 bytes: stalwart writes U+FFFD, maillint reads stray "
     "bytes as Windows-1252 by design (charset.h)"},
    {"stalwart-eml: malformed/008.eml text",
     "unterminated nested multipart: RFC 2046 5.1.2 lets the enclosing "
     "boundary end it, so later parts are shown; stalwart hides them"},
    {"stalwart-eml: malformed/009.eml text", "same as malformed/008"},
    {"stalwart-eml: malformed/011.eml text", "same as malformed/008"},
    {"mime4j: malformedHeaderStartsBody-nocrlfcrlf.msg",
     "mime4j drops header lines per its own config; a non-field line ends "
     "the header block in maillint (missing separator, reported)"},
    {"mime4j: malformedHeader-nocrlfcrlf.msg", "same, other mime4j config"},
    {"mime4j: multi-bad.msg",
     "two Content-Type fields; RFC 2045 allows one, GMime takes the last "
     "(text/plain), mime4j the first (multipart)"},
};

const char* KnownReason(const std::string& what) {
  for (const KnownDisagreement& k : kKnownDisagreements) {
    if (StartsWith(what, k.case_prefix)) return k.reason;
  }
  return nullptr;
}

struct Tally {
  std::map<std::string, std::pair<int, int>> per_source;  // agreed, total
  std::vector<std::string> disagreements;
  std::vector<std::string> excluded;

  void Record(const std::string& source, bool agreed, const std::string& what) {
    if (!agreed) {
      if (const char* reason = KnownReason(source + ": " + what)) {
        excluded.push_back(source + ": " + what +
                           "\n    not counted: " + reason);
        return;
      }
    }
    auto& [ok, total] = per_source[source];
    ++total;
    if (agreed) {
      ++ok;
    } else {
      disagreements.push_back(source + ": " + what);
    }
  }
};

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return NormalizeNfc(out);
}

Message ParseFile(const fs::path& path) {
  Origin origin;
  origin.path = path.string();
  Result<Message> m = ParseMessage(
      RawMessage::FromString(origin, ReadFile(path)), ParseOptions());
  return m ? std::move(m.value()) : Message();
}

// ---- stalwart --------------------------------------------------------------

std::string JsonString(const json& value) {
  return value.is_string() ? value.get<std::string>() : std::string();
}

std::string ExpectedAddresses(const json& value) {
  std::string out;
  auto add = [&](const json& a) {
    out += "[" + Collapse(JsonString(a.value("name", json()))) + "] <" +
           JsonString(a.value("address", json())) + ">; ";
  };
  if (value.contains("List")) {
    for (const json& a : value["List"]) add(a);
  } else if (value.contains("Group")) {
    for (const json& g : value["Group"]) {
      for (const json& a : g["addresses"]) add(a);
    }
  }
  return out;
}

std::string OurAddresses(const std::vector<Address>& list) {
  std::string out;
  for (const Address& a : list) {
    out += "[" + Collapse(a.display_name) + "] <" + a.address + ">; ";
  }
  return out;
}

const json* FindHeader(const json& part, const std::string& name) {
  for (const json& h : part["headers"]) {
    if (h["name"].is_string() && h["name"] == name) return &h["value"];
  }
  return nullptr;
}

void CompareStalwartMessage(const fs::path& eml, const json& expected,
                            Tally* tally) {
  Message m = ParseFile(eml);
  const json& root = expected["parts"][0];
  std::string name =
      eml.parent_path().filename().string() + "/" + eml.filename().string();
  if (const json* subject = FindHeader(root, "subject");
      subject != nullptr && subject->contains("Text")) {
    std::string want = Collapse(JsonString((*subject)["Text"]));
    tally->Record(
        "stalwart-eml", want == Collapse(m.subject),
        name + " subject: want \"" + want + "\" got \"" + m.subject + "\"");
  }
  const std::pair<const char*, const std::vector<Address>*> fields[] = {
      {"from", &m.from}, {"to", &m.to}, {"cc", &m.cc}};
  for (const auto& [field, ours] : fields) {
    const json* value = FindHeader(root, field);
    if (value == nullptr || !value->contains("Address")) continue;
    std::string want = ExpectedAddresses((*value)["Address"]);
    std::string got = OurAddresses(*ours);
    tally->Record("stalwart-eml", want == got,
                  name + " " + field + ": want " + want + " got " + got);
  }
  std::string text;
  for (const json& index : expected["text_body"]) {
    const json& body = expected["parts"][index.get<int>()]["body"];
    if (!body.contains("Text")) return;  // HTML-derived or binary: not compared
    text += JsonString(body["Text"]) + "\n";
  }
  if (expected["text_body"].empty()) return;
  std::string want = Collapse(text);
  std::string got = Collapse(m.body.text);
  tally->Record("stalwart-eml", want == got,
                name + " text: want \"" + want.substr(0, 200) + "\" got \"" +
                    got.substr(0, 200) + "\"");
}

// The header value up to the end of its field (test vectors may carry the
// next field after it).
std::string FieldValue(std::string header) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == '\n' && i + 1 < header.size() && header[i + 1] != ' ' &&
        header[i + 1] != '\t') {
      return header.substr(0, i + 1);
    }
  }
  return header;
}

int64_t UnixFromFields(const json& d) {
  std::tm tm = {};
  tm.tm_year = d["year"].get<int>() - 1900;
  tm.tm_mon = d["month"].get<int>() - 1;
  tm.tm_mday = d["day"].get<int>();
  tm.tm_hour = d["hour"].get<int>();
  tm.tm_min = d["minute"].get<int>();
  tm.tm_sec = d["second"].get<int>();
  int64_t offset = (d["tz_hour"].get<int>() * 60 + d["tz_minute"].get<int>()) *
                   (d["tz_before_gmt"].get<bool>() ? -60 : 60);
  return static_cast<int64_t>(timegm(&tm)) - offset;
}

void CompareStalwartHeaders(const fs::path& dir, Tally* tally) {
  const std::string source = "stalwart-headers";
  for (const json& c : json::parse(ReadFile(dir / "unstructured.json"))) {
    std::string raw = FieldValue(c["header"]);
    std::string got = DecodeUnstructured(raw);
    std::string want = JsonString(c["expected"]);
    tally->Record(source, Collapse(got) == Collapse(want),
                  "unstructured " + json(raw).dump() + ": want \"" + want +
                      "\" got \"" + got + "\"");
  }
  for (const json& c : json::parse(ReadFile(dir / "address.json"))) {
    std::string raw = FieldValue(c["header"]);
    // These vectors are RFC 2369 List-* values ("<mailto:...> (comment)"),
    // URL lists that stalwart reads with its address parser. maillint never
    // reads List-* headers as addresses, so they are not compared.
    if (raw.find("<mailto:") != std::string::npos ||
        raw.find("://") != std::string::npos || StartsWith(raw, "NO (")) {
      continue;
    }
    std::string want =
        c["expected"].is_object() ? ExpectedAddresses(c["expected"]) : "";
    std::string got = OurAddresses(ParseAddressList(raw));
    tally->Record(
        source, want == got,
        "address " + json(raw).dump() + ": want " + want + " got " + got);
  }
  for (const json& c : json::parse(ReadFile(dir / "date.json"))) {
    std::optional<MessageDate> got =
        ParseMessageDate(c["header"].get<std::string>());
    bool agreed =
        c["expected"].is_null()
            ? !got.has_value()
            : got && got->unix_seconds == UnixFromFields(c["expected"]);
    tally->Record(source, agreed,
                  "date " + c["header"].dump() + ": want " +
                      c["expected"].dump() + " got " +
                      (got ? std::to_string(got->unix_seconds) : "none"));
  }
  for (const json& c : json::parse(ReadFile(dir / "id.json"))) {
    std::vector<std::string> got = ParseMessageIds(FieldValue(c["header"]));
    std::vector<std::string> want;
    if (c["expected"].is_array())
      want = c["expected"].get<std::vector<std::string>>();
    tally->Record(source, got == want,
                  "id " + c["header"].dump() + ": want " +
                      c["expected"].dump() + " got " + json(got).dump());
  }
}

// ---- mime4j ----------------------------------------------------------------

std::string FieldOf(std::string_view header_xml, std::string_view name) {
  std::string lower = AsciiLower(header_xml);
  size_t pos = lower.find("<field>\n" + std::string(name) + ":");
  if (pos == std::string::npos) return std::string();
  size_t end = lower.find("</field>", pos);
  return lower.substr(pos, end - pos);
}

// The first text-body that is an inline text/plain part of the top-level
// message, with its header; empty name when there is none.
std::pair<std::string, std::string> ExpectedMime4jBody(const std::string& xml) {
  size_t pos = 0;
  while ((pos = xml.find("<text-body name=\"", pos)) != std::string::npos) {
    size_t name_begin = pos + 17;
    std::string name =
        xml.substr(name_begin, xml.find('"', name_begin) - name_begin);
    size_t header_begin = xml.rfind("<header>", pos);
    std::string header = xml.substr(header_begin, pos - header_begin);
    std::string before = xml.substr(0, pos);
    int messages = 0;
    for (size_t p = 0; (p = before.find("<message>", p)) != std::string::npos;
         ++p)
      ++messages;
    for (size_t p = 0; (p = before.find("</message>", p)) != std::string::npos;
         ++p)
      --messages;
    std::string type = FieldOf(header, "content-type");
    std::string disposition = FieldOf(header, "content-disposition");
    bool plain = type.empty() || type.find("text/plain") != std::string::npos;
    // A name on the first text part does not make it an attachment (see
    // mime_walk.cc); an attachment disposition does.
    bool named = disposition.find("attachment") != std::string::npos;
    if (messages == 1 && plain && !named) return {name, type};
    pos = name_begin;
  }
  return {};
}

std::string CharsetOf(const std::string& content_type) {
  size_t pos = content_type.find("charset=");
  if (pos == std::string::npos) return std::string();
  std::string value = content_type.substr(pos + 8);
  size_t stop = value.find_first_of(";\n \t");
  value = value.substr(0, stop);
  if (!value.empty() && value.front() == '"')
    value = value.substr(1, value.find('"', 1) - 1);
  return value;
}

void CompareMime4j(const fs::path& root, Tally* tally) {
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    fs::path msg = entry.path();
    if (msg.extension() != ".msg") continue;
    fs::path decoded = msg;
    decoded.replace_filename(msg.stem().string() + "_decoded.xml");
    if (!fs::exists(decoded)) continue;
    std::string xml = ReadFile(decoded);
    std::erase(xml, '\r');
    auto [name, type] = ExpectedMime4jBody(xml);
    if (name.empty()) continue;
    std::string bytes = ReadFile(msg.parent_path() / name);
    std::string want = Collapse(ConvertToUtf8(bytes, CharsetOf(type)).utf8);
    std::string got = Collapse(ParseFile(msg).body.text);
    tally->Record("mime4j", got.compare(0, want.size(), want) == 0,
                  msg.filename().string() + " text: want \"" +
                      want.substr(0, 160) + "\" got \"" + got.substr(0, 160) +
                      "\"");
  }
}

TEST_CASE("agreement with expected parse results in corpus-real") {
  fs::path corpus = testing::CorpusRealDir();
  if (!fs::exists(corpus)) {
    MESSAGE("corpus-real not found at " << corpus << "; skipped");
    return;
  }
  InitMimeLibrary();
  Tally tally;
  fs::path stalwart = corpus / "stalwart-mail-parser" / "resources";
  for (const auto& entry : fs::recursive_directory_iterator(stalwart / "eml")) {
    if (entry.path().extension() != ".json") continue;
    fs::path eml = entry.path();
    eml.replace_extension(".eml");
    if (!fs::exists(eml)) continue;
    CompareStalwartMessage(eml, json::parse(ReadFile(entry.path())), &tally);
  }
  CompareStalwartHeaders(stalwart, &tally);
  CompareMime4j(corpus / "james-mime4j", &tally);

  int agreed = 0;
  int total = 0;
  std::string report;
  for (const auto& [source, counts] : tally.per_source) {
    // Header test vectors are reported but not part of the message figure
    // the issue asks for (whole messages: subject, addresses, text).
    if (source != "stalwart-headers") {
      agreed += counts.first;
      total += counts.second;
    }
    char line[200];
    std::snprintf(line, sizeof line, "%-18s %4d / %4d = %6.2f%%\n",
                  source.c_str(), counts.first, counts.second,
                  100.0 * counts.first / counts.second);
    report += line;
  }
  char overall[200];
  std::snprintf(overall, sizeof overall,
                "%-18s %4d / %4d = %6.2f%% (messages; %zu known RFC "
                "disagreements not counted)",
                "overall", agreed, total, 100.0 * agreed / std::max(total, 1),
                tally.excluded.size());
  report += overall;
  for (const std::string& e : tally.excluded) MESSAGE("known: " << e);
  for (const std::string& d : tally.disagreements)
    MESSAGE("disagreement: " << d);
  MESSAGE("parse agreement with corpus-real expected results:\n" << report);
  std::printf("parse agreement with corpus-real expected results:\n%s\n",
              report.c_str());
  CHECK(total > 100);
  CHECK(agreed * 100 >= total * 95);
  auto [header_ok, header_total] = tally.per_source["stalwart-headers"];
  // Regression guard for header decoding; the misses are comment handling
  // in addresses (RFC 5322 3.4: comments are not display names) and
  // nonsense dates stalwart accepts.
  CHECK(header_ok * 100 >= header_total * 85);
}

}  // namespace
}  // namespace maillint
