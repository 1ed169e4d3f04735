// Exports: PST (libpff), .msg (libolecf), zip archives (libarchive), read
// through ReadInputs/ReadInputBytes as any input. PST and .msg fixtures are
// public test files (tests/data/exports/README.md); zips are generated here.
#include <archive.h>
#include <archive_entry.h>
#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mail/input.h"
#include "mail/mapi_message.h"
#include "mail/mime_parser.h"
#include "mail/rtf_text.h"
#include "tests/testing.h"

namespace maillint {
namespace {

std::string Fixture(const std::string& name) {
  return (testing::SourceDir() / "tests/data/exports" / name).string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Read {
  std::vector<RawMessage> messages;  // the readable ones
  std::vector<std::string> errors;   // "<origin>: <error>"
};

Read Collect(const std::function<void(const RawMessageSink&)>& run) {
  Read out;
  run([&](RawMessage m) {
    if (m.error.ok()) {
      out.messages.push_back(std::move(m));
    } else {
      out.errors.push_back(m.origin.path + ": " + m.error.message());
    }
    return true;
  });
  return out;
}

Read ReadPaths(const std::vector<std::string>& paths) {
  return Collect([&](const RawMessageSink& sink) {
    ReadInputs(paths, InputOptions(), sink);
  });
}

Read ReadData(const std::string& name, std::string data,
              InputOptions options = InputOptions()) {
  return Collect([&](const RawMessageSink& sink) {
    ReadInputBytes(name, std::move(data), options, sink);
  });
}

// What a reader makes of each message, to compare two ways of reading.
std::vector<std::string> Shapes(const Read& r) {
  std::vector<std::string> out;
  for (const RawMessage& m : r.messages) {
    out.push_back(std::to_string(m.origin.index) + " " +
                  std::to_string(m.origin.byte_offset) + " " +
                  std::to_string(m.origin.first_line) + " " +
                  std::to_string(std::hash<std::string_view>()(m.bytes)) + " " +
                  std::to_string(m.problems.size()));
  }
  return out;
}

std::string Text(const RawMessage& m) { return std::string(m.bytes); }

Message Parse(const RawMessage& m) {
  InitMimeLibrary();
  Result<Message> parsed = ParseMessage(m, ParseOptions());
  REQUIRE(parsed);
  return std::move(parsed.value());
}

// A zip written with libarchive: (name, content) members in order.
std::string MakeZip(
    const std::vector<std::pair<std::string, std::string>>& members) {
  size_t total = 1 << 20;
  for (const auto& member : members) total += member.second.size() + 1024;
  std::string out(total, '\0');
  size_t used = 0;
  struct archive* a = archive_write_new();
  archive_write_set_format_zip(a);
  REQUIRE(archive_write_open_memory(a, out.data(), out.size(), &used) ==
          ARCHIVE_OK);
  for (const auto& [name, content] : members) {
    struct archive_entry* e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    bool dir = !name.empty() && name.back() == '/';
    archive_entry_set_filetype(e, dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, static_cast<la_int64_t>(content.size()));
    archive_write_header(a, e);
    if (!content.empty()) archive_write_data(a, content.data(), content.size());
    archive_entry_free(e);
  }
  archive_write_close(a);
  archive_write_free(a);
  out.resize(used);
  return out;
}

const char kMbox[] =
    "From a@b Fri Jul  8 12:08:34 2011\nFrom: parent@example.com\n"
    "Subject: first\n\nHello\n\n"
    "From a@b Fri Jul  8 13:08:34 2011\nFrom: parent@example.com\n"
    "Subject: second\n\nHello again\n";

TEST_CASE("PST: a mail item becomes a message with its MAPI dates") {
  std::string path = Fixture("attachAndInline.pst");
  Read r = ReadPaths({path});
  CHECK(r.errors.empty());
  REQUIRE(r.messages.size() == 1);
  const RawMessage& m = r.messages[0];
  // Folder path and index, as pffexport names them (Message00001 = #0).
  CHECK(m.origin.path ==
        path +
            "!/Outlook \xE3\x83\x87\xE3\x83\xBC\xE3\x82\xBF "
            "\xE3\x83\x95\xE3\x82\xA1\xE3\x82\xA4\xE3\x83\xAB\xE3\x81\xAE"
            "\xE3\x83\x88\xE3\x83\x83\xE3\x83\x97");
  CHECK(m.origin.index == 0);
  Message parsed = Parse(m);
  CHECK(parsed.subject == "Attach and inline");
  // pffexport: "Delivery time: Jul 27, 2021 22:19:50.992000000 UTC"; the
  // item was never sent (no PR_CLIENT_SUBMIT_TIME), so Date is delivery.
  REQUIRE(parsed.date);
  CHECK(parsed.date->unix_seconds == 1627424390);
  CHECK(Text(m).find("Received: (PR_MESSAGE_DELIVERY_TIME); Tue, 27 Jul 2021 "
                     "22:19:50 +0000\n") != std::string::npos);
  CHECK(Text(m).find("To: xmailuser@xmailserver.test\n") != std::string::npos);
  // No PR_INTERNET_MESSAGE_ID: the id comes from the conversation index.
  CHECK(Text(m).find("Message-ID: <01D78335847AF4F7E7E2476949CBA17A33CC5C5F7E"
                     "AB@conversation-index.invalid>") != std::string::npos);
  CHECK(Text(m).find("Thread-Topic: Attach and inline\n") != std::string::npos);
  std::vector<std::string> names;
  for (const Attachment& a : parsed.attachments) {
    names.push_back(a.filename + " " + a.content_type);
  }
  CHECK(names == std::vector<std::string>{"attach.png image/png",
                                          "image001.png image/png"});
}

TEST_CASE("PST: replies thread by In-Reply-To or by conversation index") {
  // tests/data/exports/make_pst.py: two questions and two staff replies.
  Read r = ReadPaths({Fixture("district-thread.pst")});
  CHECK(r.errors.empty());
  REQUIRE(r.messages.size() == 4);
  std::vector<Message> m;
  for (const RawMessage& raw : r.messages) m.push_back(Parse(raw));
  CHECK(r.messages[3].origin.path ==
        Fixture("district-thread.pst") + "!/Inbox");
  CHECK(r.messages[3].origin.index == 3);
  CHECK(m[1].in_reply_to == std::vector<std::string>{"q1@example.com"});
  REQUIRE(m[1].date);
  REQUIRE(m[0].date);
  CHECK(m[1].date->unix_seconds - m[0].date->unix_seconds == 6 * 3600 + 1800);
  // No Internet ids: both ids come from PR_CONVERSATION_INDEX, the reply's
  // In-Reply-To from its index without the last 5-byte block.
  CHECK(m[2].message_id.find("@conversation-index.invalid") !=
        std::string::npos);
  CHECK(m[3].in_reply_to == std::vector<std::string>{m[2].message_id});
  REQUIRE(m[3].from.size() == 1);
  CHECK(m[3].from[0].address == "sam@district.org");
  REQUIRE(m[3].to.size() == 1);
  CHECK(m[3].to[0].address == "parent@example.com");
}

// The `n`th block (by id) of a PST written by make_pst.py, from its block
// B-tree page, the file's last 512 bytes: (offset, size).
std::pair<size_t, size_t> GeneratedBlock(const std::string& pst, int n) {
  std::string_view page = std::string_view(pst).substr(pst.size() - 512);
  REQUIRE(n < static_cast<unsigned char>(page[488]));
  uint64_t ib = 0;
  uint16_t cb = 0;
  std::memcpy(&ib, page.data() + 24 * n + 8, 8);
  std::memcpy(&cb, page.data() + 24 * n + 16, 2);
  return {static_cast<size_t>(ib), cb};
}

TEST_CASE("PST: an item read in part is flagged, an unreadable one named") {
  // make_pst.py writes, per message, its recipient table (block 4 for the
  // first message), its sub-node list (5), then its properties (6).
  std::string pst = Slurp(Fixture("district-thread.pst"));
  std::string damaged = pst;
  auto [ib, cb] = GeneratedBlock(pst, 4);
  std::fill(damaged.begin() + ib, damaged.begin() + ib + cb, '\xEE');
  Read r = ReadData("d.pst", damaged);
  CHECK(r.errors.empty());
  REQUIRE(r.messages.size() == 4);
  REQUIRE(r.messages[0].problems.size() >= 1);
  const InputProblem& p = r.messages[0].problems[0];
  CHECK(p.kind == "export-incomplete");
  CHECK(p.is_error);
  CHECK(p.message.find("the recipients") != std::string::npos);
  CHECK(r.messages[1].problems.empty());

  damaged = pst;
  std::tie(ib, cb) = GeneratedBlock(pst, 6);
  std::fill(damaged.begin() + ib, damaged.begin() + ib + cb, '\xEE');
  Read item = ReadData("d.pst", damaged);
  CHECK(item.messages.size() == 3);
  REQUIRE(item.errors.size() == 1);
  CHECK(item.errors[0].find("d.pst!/Inbox#0: ") == 0);
}

TEST_CASE("PST: an attached message keeps its original Internet headers") {
  Read r = ReadPaths({Fixture("msgInMsg.pst")});
  REQUIRE(r.messages.size() == 1);
  std::string text = Text(r.messages[0]);
  size_t inner = text.find("Content-Type: message/rfc822");
  REQUIRE(inner != std::string::npos);
  std::string part = text.substr(inner);
  CHECK(part.find("Return-Path: <xmailuser@xmailserver.test>\n") !=
        std::string::npos);
  CHECK(part.find("From: Microsoft Outlook <xmailuser@xmailserver.test>\n") !=
        std::string::npos);
  // The original's MIME fields are replaced by the rebuilt body's.
  CHECK(part.find("Content-Type: text/html;\n    charset=\"utf-8\"") ==
        std::string::npos);
  CHECK(Parse(r.messages[0]).subject == "I have attachments!");
}

TEST_CASE(".msg: Outlook message files") {
  Read blammo = ReadPaths({Fixture("test_Blammo.msg")});
  CHECK(blammo.errors.empty());
  REQUIRE(blammo.messages.size() == 1);
  CHECK(blammo.messages[0].origin.index == -1);
  Message m = Parse(blammo.messages[0]);
  CHECK(m.subject == "BlammoBlammo");
  REQUIRE(m.from.size() == 1);
  CHECK(m.from[0].address == "TripleNickel@mapi32.net");
  CHECK(m.body.text.find("Blam") != std::string::npos);

  Read qwerty = ReadPaths({Fixture("qwerty_1-orig.msg")});
  REQUIRE(qwerty.messages.size() == 1);
  Message q = Parse(qwerty.messages[0]);
  CHECK(q.message_id ==
        "CEB3518C2FA4D743BF752C106451B19E14944E@sydexmail1.freehills.com.au");
  CHECK(q.body.text.find("Charles Lowe") != std::string::npos);
  REQUIRE(q.date);
  CHECK(q.date->unix_seconds == 1162514599);  // 2006-11-03 00:43:19 UTC
}

TEST_CASE("PST and .msg: truncated or corrupted files give errors, no crash") {
  std::string pst = Slurp(Fixture("attachAndInline.pst"));
  // 72203: libbfio's own memory-range handle read past its end here
  // (SIGSEGV); mail/bfio_memory.cc bounds the reads.
  for (size_t cut :
       {size_t{100}, size_t{4096}, size_t{72203}, pst.size() / 2}) {
    CAPTURE(cut);
    Read r = ReadData("cut.pst", pst.substr(0, cut));
    REQUIRE(!r.errors.empty());
    for (const std::string& e : r.errors) CHECK(e.find("cut.pst") == 0);
  }
  // Cut after the item's blocks: the item is read, the cut still reported.
  Read late = ReadData("late.pst", pst.substr(0, 200000));
  CHECK(late.messages.size() == 1);
  REQUIRE(late.errors.size() == 1);
  CHECK(late.errors[0].find("truncated: 200000 of 271360 bytes") !=
        std::string::npos);
  std::string corrupt = pst;
  for (size_t i = 0x4400; i < corrupt.size(); i += 509) corrupt[i] ^= 0x5A;
  Read r = ReadData("bad.pst", corrupt);
  for (const std::string& e : r.errors) CHECK(e.find("bad.pst") == 0);

  std::string msg = Slurp(Fixture("test_Blammo.msg"));
  Read m = ReadData("cut.msg", msg.substr(0, 700));
  REQUIRE(m.errors.size() == 1);
  CHECK(m.errors[0].find("cut.msg: ") == 0);
  CHECK(m.errors[0].find("not checked") != std::string::npos);
}

TEST_CASE("zip: members read in place, named <zip>!<member>") {
  std::string pst = Slurp(Fixture("attachAndInline.pst"));
  std::string zip =
      MakeZip({{"export/", ""},
               {"export/alice@district.org.mbox", kMbox},
               {"export/export-metadata.xml", "<Root><Batch/></Root>\n"},
               {"export/mail.pst", pst},
               {"export/note.txt", "just some notes\n"}});
  Read r = ReadData("vault-1.zip", zip);
  REQUIRE(r.messages.size() == 3);
  CHECK(r.messages[0].origin.path ==
        "vault-1.zip!export/alice@district.org.mbox");
  CHECK(r.messages[0].origin.index == 0);
  CHECK(r.messages[1].origin.index == 1);
  CHECK(Parse(r.messages[1]).subject == "second");
  CHECK(r.messages[2].origin.path.find("vault-1.zip!export/mail.pst!/") == 0);
  CHECK(Parse(r.messages[2]).subject == "Attach and inline");
  // The metadata file is skipped; members that are not mail are reported
  // once for the zip (a .docx is a zip of XML files).
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("vault-1.zip: 1 zip member(s) are not email "
                         "messages or mailboxes (export/note.txt)") !=
        std::string::npos);
  Read docx = ReadData("report.docx", MakeZip({{"[Content_Types].xml", "<x/>"},
                                               {"word/document.xml", "<w/>"},
                                               {"word/styles.xml", "<s/>"},
                                               {"docProps/app.xml", "<a/>"}}));
  CHECK(docx.messages.empty());
  REQUIRE(docx.errors.size() == 1);
  CHECK(docx.errors[0].find("4 zip member(s)") != std::string::npos);
  CHECK(docx.errors[0].find(", ...)") != std::string::npos);
}

TEST_CASE("zip: a large mbox member is split as it is decompressed") {
  // 30 MB of messages (several pieces), then one 20 MB message over the
  // message limit (spooled), then more messages: the same messages, offsets
  // and lines as reading the mbox itself.
  std::string mbox;
  for (int i = 0; mbox.size() < (30u << 20); ++i) {
    mbox += "From a@b Fri Jul  8 12:08:34 2011\nFrom: p" + std::to_string(i) +
            "@example.com\nSubject: m" + std::to_string(i) + "\n\n" +
            std::string(2000 + i % 977, 'a' + i % 26) + "\n>From here\n\n";
  }
  mbox += "From a@b Fri Jul  8 12:08:34 2011\nSubject: huge\n\n" +
          std::string(20u << 20, 'h') + "\n\n";
  mbox += "From a@b Fri Jul  8 12:08:34 2011\nSubject: after\n\nend\n";
  InputOptions options;
  options.max_message_bytes = 1 << 20;
  Read plain = ReadData("big.mbox", mbox, options);
  Read zipped = ReadData("big.zip", MakeZip({{"big.mbox", mbox}}), options);
  CHECK(zipped.errors.empty());
  REQUIRE(plain.messages.size() > 1000);
  CHECK(Shapes(zipped) == Shapes(plain));
  CHECK(zipped.messages.back().origin.path == "big.zip!big.mbox");
}

TEST_CASE("zip: a truncated archive gives the members before the damage") {
  std::string big(200000, 'x');
  for (size_t i = 0; i < big.size(); i += 61) big[i] = '\n';
  std::string second = std::string("From: a@b.org\nSubject: two\n\n") + big;
  std::string zip =
      MakeZip({{"one.eml", "From: a@b.org\nSubject: one\n\nHi\n"},
               {"two.eml", second},
               {"three.eml", "From: a@b.org\nSubject: three\n\nHi\n"}});
  Read r = ReadData("cut.zip", zip.substr(0, zip.size() / 2));
  REQUIRE(!r.messages.empty());
  CHECK(Parse(r.messages[0]).subject == "one");
  REQUIRE(!r.errors.empty());
  CHECK(r.errors.back().find("cut.zip") == 0);

  Read garbage = ReadData("bad.zip", std::string("PK\3\4") + big);
  REQUIRE(garbage.errors.size() >= 1);
  CHECK(garbage.errors[0].find("bad.zip") == 0);
  CHECK(garbage.messages.empty());
}

TEST_CASE("zip: a corrupt member is reported and the next one still read") {
  std::string body;
  uint32_t seed = 12345;  // letters that do not compress much
  for (int i = 0; i < 5000; ++i) {
    seed = seed * 1103515245 + 12345;
    body += static_cast<char>('a' + (seed >> 16) % 26);
  }
  std::string zip =
      MakeZip({{"one.eml", "From: a@b.org\nSubject: one\n\n" + body},
               {"two.eml", "From: a@b.org\nSubject: two\n\nHi\n"}});
  // Damage the deflate data of the first member (after its local header).
  for (size_t i = 80; i < 400; i += 3) zip[i] ^= 0x33;
  Read r = ReadData("damaged.zip", zip);
  bool named = false;
  for (const std::string& e : r.errors) {
    named |= e.find("damaged.zip!one.eml") == 0;
  }
  CHECK(named);
  REQUIRE(!r.messages.empty());
  CHECK(Parse(r.messages.back()).subject == "two");
}

TEST_CASE("BuildRfc822: encoded words, RFC 2231 names, embedded items") {
  MapiMessage m;
  m.subject = std::string(
      "\x01\x04RE: Matr\xC3\xAD"
      "cula");  // prefix marker
  m.from = {"Ana P\xC3\xA9rez", "ana@district.org"};
  m.recipients.push_back({{"Exchange Person", "/O=DISTRICT/CN=PERSON"}, 1});
  m.recipients.push_back({{"", ""}, 2});  // nothing to write
  m.submit_time = 1700000000;
  m.body_text = std::string("line one\r\nline\0 two\r\n", 22);
  m.body_html = "<p>" + std::string(1200, 'x') + "</p>";
  MapiAttachment file;
  file.filename = "Informe \xC3\xB1.pdf";
  file.mime_type = "application/pdf";
  file.data = "%PDF-1.4";
  m.attachments.push_back(std::move(file));
  MapiAttachment item;
  item.filename = "Forwarded";
  item.embedded = std::make_unique<MapiMessage>();
  item.embedded->subject = "Inner";
  item.embedded->body_text = "inner text";
  m.attachments.push_back(std::move(item));
  std::string text = BuildRfc822(m);
  CHECK(text.find("Subject: =?utf-8?B?UkU6IE1hdHLDrWN1bGE=?=\n") !=
        std::string::npos);
  CHECK(text.find("From: =?utf-8?B?QW5hIFDDqXJleg==?= <ana@district.org>\n") !=
        std::string::npos);
  CHECK(text.find("To: \"Exchange Person\":;\n") != std::string::npos);
  CHECK(text.find("Cc:") == std::string::npos);
  CHECK(text.find("Date: Tue, 14 Nov 2023 22:13:20 +0000\n") !=
        std::string::npos);
  CHECK(text.find("filename*=utf-8''Informe%20%C3%B1.pdf") !=
        std::string::npos);
  CHECK(text.find("\r") == std::string::npos);
  CHECK(text.find('\0') == std::string::npos);
  RawMessage raw = RawMessage::FromString(Origin(), text);
  Message parsed = Parse(raw);
  CHECK(parsed.subject ==
        "RE: Matr\xC3\xAD"
        "cula");
  CHECK(parsed.body.text.find("line one\nline two") != std::string::npos);
  REQUIRE(parsed.attachments.size() >= 2);
  CHECK(parsed.attachments[0].filename == "Informe \xC3\xB1.pdf");
  CHECK(parsed.attachments[1].content_type == "message/rfc822");
  // The long HTML line is base64, not an over-long 8bit line.
  CHECK(text.find(std::string(1000, 'x')) == std::string::npos);
}

TEST_CASE("BuildRfc822: an item with only an RTF body gets its text") {
  MapiMessage m;
  m.subject = "RTF only";
  m.from = {"", "sam@district.org"};
  m.body_rtf =
      "{\\rtf1\\ansi\\fromtext{\\fonttbl{\\f0 Arial;}}\\pard Hello Pat,"
      "\\par\\par The bus comes at 7:15.\\par}";
  Message parsed = Parse(RawMessage::FromString(Origin(), BuildRfc822(m)));
  CHECK(parsed.body.text.find("Hello Pat,\n\nThe bus comes at 7:15.") !=
        std::string::npos);
}

TEST_CASE("RTF bodies: decompression (MS-OXRTFCP) and text") {
  // The specification's example: "{\rtf1\ansi\ansicpg1252\pard hello
  // world}\r\n" compressed with dictionary references.
  const unsigned char kCompressed[] = {
      0x2d, 0x00, 0x00, 0x00, 0x2b, 0x00, 0x00, 0x00, 0x4c, 0x5a,
      0x46, 0x75, 0xf1, 0xc5, 0xc7, 0xa7, 0x03, 0x00, 0x0a, 0x00,
      0x72, 0x63, 0x70, 0x67, 0x31, 0x32, 0x35, 0x42, 0x32, 0x0a,
      0xf3, 0x20, 0x68, 0x65, 0x6c, 0x09, 0x00, 0x20, 0x62, 0x77,
      0x05, 0xb0, 0x6c, 0x64, 0x7d, 0x0a, 0x80, 0x0f, 0xa0};
  Result<std::string> rtf = DecompressRtf(std::string_view(
      reinterpret_cast<const char*>(kCompressed), sizeof kCompressed));
  REQUIRE(rtf);
  CHECK(rtf.value() == "{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n");
  CHECK(RtfToText(rtf.value()) == "hello world");
  CHECK(RtfToText("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\*\\htmltag64 <p>}"
                  "\\pard Hello\\par World \\'e9\\u8364?}") ==
        "Hello\nWorld \xC3\xA9\xE2\x82\xAC");
  CHECK(!DecompressRtf("short"));
}

}  // namespace
}  // namespace maillint
