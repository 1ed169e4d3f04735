// Signatures with no sign-off above them (Outlook's plain-text signature:
// name, role, "phone | address<mailto:address>"), signatures spread over
// several paragraphs, and list-archive lines that are no device footer.
#include <doctest/doctest.h>

#include <string>

#include "anatomy/segmenter.h"

namespace maillint {
namespace {

// The text of all segments of `type`, one segment a line.
std::string Part(const std::string& body, SegmentType type) {
  Message message;
  message.body.text = body;
  Anatomy anatomy = AnalyzeAnatomy(message);
  return anatomy.Text(body, type);
}

TEST_CASE("Outlook plain-text signature with no closing line") {
  struct Case {
    const char* text;
    const char* signature;
  };
  const Case kCases[] = {
      {"The log is due on Friday.\n\nGrace Lindqvist\n"
       "Third Grade Teacher, Cedar Ridge Elementary\n"
       "(630) 555-0121 | glindqvist@example.org<mailto:glindqvist@example.org>"
       "\n",
       "Grace Lindqvist\n"},
      {"El formulario está en la oficina.\n\nMaría Gómez\n"
       "Secretaria, Escuela Primaria Lincoln\nTel. 412-555-0177\n",
       "María Gómez\n"},
      {"Das Formular liegt im Sekretariat.\n\nJan Berg\nSchulleitung\n"
       "Telefon: +49 30 1234567\n",
       "Jan Berg\n"},
      // Over two paragraphs, the name line second under a nickname.
      {"Starting at the max will avoid that pain.\n\nwunder\nWalter Underwood\n"
       "wunder@example.org\nhttp://observer.example.org/ (my blog)\n",
       "wunder\n"},
      {"I'm using solrj 4.10.4\n\nLasitha Perera\nSoftware Engineer\n\n"
       "Mobile : +6593896893\nBlog : example.blogspot.com\n",
       "Lasitha Perera\n"},
  };
  for (const Case& c : kCases) {
    CAPTURE(c.text);
    std::string signature = Part(c.text, SegmentType::kSignature);
    CHECK(signature.rfind(c.signature, 0) == 0);
    CHECK(Part(c.text, SegmentType::kNewText).find(c.signature) ==
          std::string::npos);
  }
}

TEST_CASE("short last paragraphs that are no signature stay new text") {
  // No contact line: a list of names is not a signature.
  std::string body =
      "These students are on the list:\n\nAna Ruiz\nLuis Gómez\nMia Chen\n";
  CHECK(Part(body, SegmentType::kSignature).empty());
  // A link under a heading, but no name line.
  body =
      "Here is the schedule.\n\nsee the calendar at\nhttps://example.org/cal\n";
  CHECK(Part(body, SegmentType::kSignature).empty());
  // Prose in the last paragraph.
  body =
      "Thanks for writing.\n\nCall me at 412-555-0142 if the bus is late again "
      "tomorrow, and I will talk to the driver myself.\n";
  CHECK(Part(body, SegmentType::kSignature).empty());
  // A message that is only a name and a phone number is the author's text.
  CHECK(Part("Ana Ruiz\n412-555-0142\n", SegmentType::kSignature).empty());
}

TEST_CASE("a list archive's line is not a device footer") {
  std::string body =
      "Thanks, that fixed it.\n\n--\nView this message in context: "
      "http://lucene.example.com/thread-tp4315027.html\n"
      "Sent from the Solr - User mailing list archive at Nabble.com.\n";
  CHECK(Part(body, SegmentType::kDisclaimer).empty());
  body = "Thanks, that fixed it.\n\nSent from my iPhone\n";
  CHECK(Part(body, SegmentType::kDisclaimer) == "Sent from my iPhone\n");
  body = "Gracias.\n\nEnviado desde mi iPhone\n";
  CHECK(Part(body, SegmentType::kDisclaimer) == "Enviado desde mi iPhone\n");
}

TEST_CASE("a '-Name' line is a sign-off by name, not a signature") {
  std::string body = "We have a 4 node cluster with 24 shards.\n\n-shawn\n";
  CHECK(Part(body, SegmentType::kClosing) == "-shawn\n");
  CHECK(Part(body, SegmentType::kSignature).empty());
  body = "Nos vemos el lunes.\n\n- Ana\n-- \nAna Ruiz\nSecretaria\n";
  CHECK(Part(body, SegmentType::kClosing) == "- Ana\n");
  CHECK(Part(body, SegmentType::kSignature).rfind("-- ", 0) == 0);
  // A list item is no sign-off.
  body = "Bring:\n- forms\n- Pencils\n";
  CHECK(Part(body, SegmentType::kClosing).empty());
}

TEST_CASE("a postscript below the sign-off is the author's text") {
  const char* kBodies[] = {
      "See you Monday.\n\nBest,\nErick\n\nP.S. Thanks for including the "
      "logs.\n",
      "Nos vemos el lunes.\n\nSaludos,\nAna\n\nP.D. Traiga el formulario.\n",
      "Bis Montag.\n\nViele Grüße\nJan\n\nPS: Das Formular liegt bei.\n",
  };
  for (const char* body : kBodies) {
    CAPTURE(body);
    std::string text = Part(body, SegmentType::kNewText);
    CHECK(text.find("P") != std::string::npos);
    CHECK(Part(body, SegmentType::kSignature).find("P") == std::string::npos);
  }
  // "PSA" or "Pst" open no postscript; a signature line stays signature.
  std::string body = "See you.\n\nBest,\nErick\nPSAT coordinator\n";
  CHECK(Part(body, SegmentType::kSignature).find("PSAT") != std::string::npos);
}

}  // namespace
}  // namespace maillint
