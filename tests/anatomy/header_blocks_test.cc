// Inline header blocks of quoted and forwarded messages, and attributions in
// several languages: each fix has cases that must be recognized (the text
// below them is history) and cases that must stay the author's text.
#include <doctest/doctest.h>

#include <string>

#include "anatomy/segmenter.h"

namespace maillint {
namespace {

// The author's own words (greeting, new text, closing), one segment a line.
std::string Own(const std::string& body) {
  Message message;
  message.body.text = body;
  Anatomy anatomy = AnalyzeAnatomy(message);
  std::string out;
  for (const Segment& s : anatomy.segments) {
    if (s.type == SegmentType::kGreeting || s.type == SegmentType::kNewText ||
        s.type == SegmentType::kClosing) {
      out += body.substr(s.begin, s.end - s.begin) + "\n";
    }
  }
  return out;
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST_CASE("Lotus Notes: sender and date above To/cc/Subject is a header") {
  std::string own =
      Own("Fine with me.\n\n\n\nRebecca Ford\n07/26/2000 05:20 PM\n"
          "To: Sally Beck/HOU/ECT@ECT\ncc:\nSubject: Question\n\n"
          "Hi Sally,\n\nDid you still need to ask me something?\n");
  CHECK(own == "Fine with me.\n");
  // The date on the sender line, the time wrapped below it.
  own = Own(
      "Thanks!\n\n\"Ana Ruiz\" <ana@example.org> on 04/19/2001\n09:01:03 PM\n"
      "To: \"Sally\" <sally@example.com>\ncc:\nSubject: finally\n\n"
      "Sally, here is the list.\n");
  CHECK(own == "Thanks!\n");
  // "Sent by:" between the sender and the date.
  own =
      Own("See below.\n\nKen Lay@ENRON\nSent by: Announcements@ENRON\n"
          "11/08/00 04:59 PM\nTo: All Worldwide\ncc:\nSubject: Changes\n\n"
          "We are making changes.\n");
  CHECK(own == "See below.\n");
}

TEST_CASE("Lotus Notes: From with the date, blank lines before To") {
  std::string own =
      Own("Good memo.\n\n\n\tAcme North America Corp.\n\t\n"
          "\tFrom:  Shona Wilson @ ACME           12/07/2000 10:45 AM\n\t\n\n"
          "To: Bob Hall/NA/Acme@Acme, Leslie Reeves/HOU/ECT@ECT\n"
          "cc: Sally Beck/HOU/ECT@ECT\nSubject: timing\n\nOver the past "
          "weeks...\n");
  CHECK(own == "Good memo.\n");
}

TEST_CASE("sender lines without a date and To, or a To line alone, stay text") {
  // A name and a To: line with no date above: a note, not a header.
  std::string body =
      "Please forward this.\n\nRebecca Ford\nTo: the registrar\n"
      "cc: the principal\n";
  CHECK(Has(Own(body), "Rebecca Ford"));
  // A date and time in prose followed by a To: line with no cc/Subject.
  body = "The meeting is on 07/26/2000 at 05:20 PM.\nTo: all parents\n\nBye\n";
  CHECK(Has(Own(body), "The meeting is on"));
  CHECK(Has(Own(body), "To: all parents"));
  // An indented short line above text that is no header block.
  body = "Agenda:\n\n\tRoom 12\n\n\tBring your forms.\n";
  CHECK(Has(Own(body), "Room 12"));
}

TEST_CASE("Outlook header blocks in several languages") {
  CHECK(Own("Gracias.\n\nDe: Ana Ruiz [mailto:ana@example.org]\n"
            "Enviado el: lunes, 3 de marzo de 2025 10:15\nPara: Luis\n"
            "Asunto: Horario\n\nHola Luis,\n") == "Gracias.\n");
  CHECK(Own("Danke.\n\nVon: Jan Berg <jan@example.de>\n"
            "Gesendet: Montag, 3. März 2025 10:15\nAn: Luis\n"
            "Betreff: Termin\n\nHallo Luis,\n") == "Danke.\n");
  CHECK(Own("Merci.\n\nDe : Marie <marie@example.fr>\n"
            "Envoyé : lundi 3 mars 2025 10:15\nÀ : Luis\nObjet : Horaire\n\n"
            "Bonjour,\n") == "Merci.\n");
}

TEST_CASE("attributions in German, French, Russian, Spanish, Portuguese") {
  const char* kAttributions[] = {
      "Am 03.03.2025 um 10:15 schrieb Jan Berg <jan@example.de>:",
      "Le lun. 3 mars 2025 à 10:15, Marie <marie@example.fr> a écrit :",
      "3 марта 2025 г., в 10:15, пользователь Иван <ivan@example.ru> "
      "написал:",
      "El lun, 3 mar 2025 a las 10:15, Ana (<ana@example.org>) escribió:",
      "Em seg., 3 de mar. de 2025 às 10:15, João <joao@example.br> "
      "escreveu:",
  };
  for (const char* attribution : kAttributions) {
    CAPTURE(attribution);
    std::string body = std::string("Yes, that works.\n\n") + attribution +
                       "\n> Can we meet on Monday?\n";
    CHECK(Own(body) == "Yes, that works.\n");
  }
  // The verbs in a sentence of the author's own are no attribution.
  CHECK(Has(Own("Ana schrieb mir gestern, dass sie kommt.\n"), "schrieb"));
  CHECK(Has(Own("Marie a écrit une lettre au directeur.\n"), "a écrit"));
}

TEST_CASE("Lotus Notes forward banner, wrapped before its closing dashes") {
  std::string own = Own(
      "FYI.\n\n---------------------- Forwarded by Ana Ruiz/HOU/ECT on "
      "10/17/2000\n07:40 AM ---------------------------\n\n\tTim Belden@ECT\n"
      "\t10/17/2000 07:40 AM\n\t\t\n\t\t To: Ana Ruiz/NA/Acme@ACME\n"
      "\t\t cc: \n\t\t Subject: Auction\n\nWe also sold 100 MW.\n");
  CHECK(own == "FYI.\n");
  // "forwarded by" in a sentence is no banner.
  CHECK(Has(Own("This was forwarded by the office.\n\nThanks\n"),
            "forwarded by the office"));
}

TEST_CASE("a quoted line's wrapped tail that lost its marker stays quoted") {
  std::string body =
      "Best,\nErick\n\nOn Fri, Mar 3, 2017 at 9:03 AM, Matt <m@example.org> "
      "wrote:\n> We index rarely and in bulk as we are an organisation that "
      "deals in enabling access\nto leaked documents for journalists.\n>\n"
      "> The indexes are mostly static.\n";
  CHECK(!Has(Own(body), "leaked documents"));
  // An interleaved answer below a finished sentence, or after a blank line,
  // is the author's.
  body =
      "On Fri, Mar 3, 2017 at 9:03 AM, Matt <m@example.org> wrote:\n"
      "> Can you check the log for the error that I mentioned yesterday?\n"
      "Yes, I checked it and there is nothing there.\n> And the config?\n";
  CHECK(Has(Own(body), "Yes, I checked it"));
  body =
      "On Fri, Mar 3, 2017 at 9:03 AM, Matt <m@example.org> wrote:\n"
      "> We index rarely and in bulk as we are an organisation that deals "
      "in\n\nthat is fine with us\n> more\n";
  CHECK(Has(Own(body), "that is fine with us"));
}

}  // namespace
}  // namespace maillint
