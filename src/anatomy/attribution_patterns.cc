#include "anatomy/attribution_patterns.h"

#include <re2/re2.h>

#include <cctype>
#include <string>

#include "anatomy/text_lines.h"
#include "base/text.h"

namespace maillint::anatomy {
namespace {

// Verbs that end (or sit inside) an attribution, by language.
constexpr char kVerbs[] =
    R"re((?:wrote|writes|sent|escribió|escribio|ha\s+escrit|a\s+écrit|)re"
    R"re(a\s+ecrit|schrieb|geschreven|scrisse|ha\s+scritto|escreveu|schreef|)re"
    R"re(napisał(?:a|\(a\))?|pisze|skrev|kirjoitti|написал(?:а|\(а\))?|)re"
    R"re(пишет|написав(?:ла)?|пише|έγραψε|írta|yazdı|đã\s+viết|viết|napsal(?:a)?|kirjutas|)re"
    R"re(كتب|כתב|작성|写道|寫道|のメッセージ|様からのメッセージ))re";

// Words that open a dated attribution, by language.
constexpr char kLeads[] =
    R"re((?:on|le|el|am|em|il|op|den|dne|w\s+dniu|vào|في|在|于|於|)re"
    R"re(sent\s+from|date|tir|man|ons|tor|fre|lør|søn|ma|ti|on|to|pe|la|su))re";

const RE2& WroteRe() {
  // Verb at the end ("... wrote:"), or verb then a name and a colon ("Am ...
  // schrieb Bob:"), or an Android "---- Bob wrote ----" banner.
  static const RE2 re(std::string(R"re((?i)^(?:.{0,250}?[\s,>"')])?)re") +
                      kVerbs + R"re((?:\s[^:：]{0,160})?\s*[:：]\s*-*$)re");
  return re;
}

const RE2& BannerRe() {
  static const RE2 re(std::string(R"re((?i)^-{2,}\s*.{0,200}?\s)re") + kVerbs +
                      R"re(\s*:?\s*-{2,}$)re");
  return re;
}

const RE2& InlineRe() {
  static const RE2 re(
      std::string(R"re((?i)^\s*\S.*?[\s-]+(on\s.{0,200}?\d)re") +
      R"re(.{0,200}?)re" + kVerbs + R"re(\s*[:：]\s*)$)re");
  return re;
}

bool HasDateOrAddress(std::string_view text) {
  static const RE2 dateish(
      R"re(\d{1,4}[-/.:年]\s?\d{1,2}|\d{1,2}\s+\p{L}{3,}\.?,?\s+\d{4}|\d{4})re");
  return ContainsAddress(text) || RE2::PartialMatch(text, dateish);
}

bool EndsWithWideColon(std::string_view text) {
  return text.size() >= 3 && text.substr(text.size() - 3) == "：";
}

bool EndsWithColon(std::string_view text) {
  return !text.empty() && (text.back() == ':' || EndsWithWideColon(text));
}

// True when `text` opens with a lead word of an unmarked attribution ("On",
// "Le", "El", "Am", "Em", "Il", "Op") and a blank: a cheap test that spares
// the full patterns on ordinary prose lines.
bool StartsWithUnmarkedLead(std::string_view text) {
  static constexpr std::string_view kLeadWords[] = {"on", "le", "el", "am",
                                                    "em", "il", "op"};
  if (text.size() < 3 || !std::isspace(static_cast<unsigned char>(text[2]))) {
    return false;
  }
  std::string first = AsciiLower(text.substr(0, 2));
  for (std::string_view lead : kLeadWords) {
    if (first == lead) return true;
  }
  return false;
}

}  // namespace

bool HasDateAndTime(std::string_view text) {
  static const RE2 time(R"re((?:^|\D)\d{1,2}:\d{2}(?:\D|$))re");
  static const RE2 date(
      R"re(\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|)re"
      R"re(\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})re");
  return text.find(':') != std::string_view::npos &&
         RE2::PartialMatch(text, time) && RE2::PartialMatch(text, date);
}

bool ContainsAddress(std::string_view text) {
  static const RE2 address(R"re([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)re");
  return text.find('@') != std::string_view::npos &&
         RE2::PartialMatch(text, address);
}

// "On <date> Bob <b@x> wrote" with no colon, and "<date>, Bob <b@x>:"
// with no verb (Gmail in some locales).
bool MatchUnmarkedAttribution(std::string_view text) {
  static const RE2 no_colon(
      std::string(R"re((?i)^(?:on|le|el|am|em|il|op)\s.{0,250}\s)re") + kVerbs +
      R"re(\s*$)re");
  static const RE2 no_verb(
      R"re(^.{0,200}\d{1,2}[:.]\d{2}.{0,120}<[\w.+'-]+@[\w.-]+>\s*[:：]$)re");
  // no_verb ends in a colon; no_colon (ending in the verb) never does.
  if (EndsWithColon(text)) return RE2::FullMatch(text, no_verb);
  return StartsWithUnmarkedLead(text) && RE2::FullMatch(text, no_colon) &&
         HasDateOrAddress(text);
}

WroteStrength MatchWroteLine(std::string_view text) {
  text = TrimSpace(text);
  if (text.empty() || text.size() > 400) return WroteStrength::kNone;
  // Every form ends in a colon or a dashed banner, except the unmarked
  // "On <date> Bob <b@x> wrote" (MatchUnmarkedAttribution).
  if (MatchUnmarkedAttribution(text)) return WroteStrength::kStrong;
  if (!EndsWithColon(text) && text.back() != '-') return WroteStrength::kNone;
  bool wrote = RE2::FullMatch(text, WroteRe());
  if (!wrote && !RE2::FullMatch(text, BannerRe())) return WroteStrength::kNone;
  if (HasDateOrAddress(text)) return WroteStrength::kStrong;
  return text.size() <= 120 ? WroteStrength::kWeak : WroteStrength::kNone;
}

bool StartsWrappedAttribution(std::string_view text) {
  static const RE2 lead(std::string(R"re((?i)^[-\s]*)re") + kLeads +
                        R"re([\s,.].{0,200}\d)re");
  static const RE2 date_first(R"re(^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s)re");
  text = TrimSpace(text);
  // Both forms hold a digit (the date).
  return text.size() <= 250 &&
         text.find_first_of("0123456789") != std::string_view::npos &&
         (RE2::PartialMatch(text, lead) || RE2::PartialMatch(text, date_first));
}

size_t InlineAttributionStart(std::string_view line) {
  re2::StringPiece start;
  if (!EndsWithColon(TrimSpace(line))) return 0;  // the pattern ends in one
  if (!RE2::PartialMatch(line, InlineRe(), &start)) return 0;
  return start.data() - line.data();
}

bool MatchDateAddressLine(std::string_view text) {
  static const RE2 re(
      R"re(^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s.{0,120}?<?[\w.+'-]+@[\w.-]+>?\s*:?$)re");
  text = TrimSpace(text);
  return !text.empty() && text[0] >= '0' && text[0] <= '9' &&
         text.size() <= 300 && RE2::FullMatch(text, re);
}

HeaderKey MatchHeaderKey(std::string_view line) {
  static const RE2 re(
      R"re((?i)^[*_]{0,2}\s*(?:(from|de|von|van|da|od|fra|från|frá|lähettäjä|)re"
      R"re(от|від|发件人|寄件者|差出人|보낸\s*사람|feladó|kimden|từ|من|)re"
      R"re(remitente|expéditeur|absender|mittente|afzender|avsändare)|)re"
      R"re((sent|date|enviado|envoyé|gesendet|verzonden|inviato|data|wysłano|)re"
      R"re(sendt|skickat|lähetetty|отправлено|дата|datum|fecha|日期|发送时间|)re"
      R"re(送信日時|보낸\s*날짜|gửi|ngày|التاريخ|tarih|enviada|envoyé\s+le|)re"
      R"re(sent\s+on|päivämäärä|message\s+du|dato)|)re"
      R"re((to|para|à|a|an|aan|do|til|till|vastaanottaja|кому|收件人|宛先|)re"
      R"re(받는\s*사람|đến|إلى|kime|destinatario)|)re"
      R"re((cc|kopie|copie|copie\s+à|kopia|копия|抄送|副本|참조|نسخة)|)re"
      R"re((subject|asunto|objet|sujet|betreff|onderwerp|oggetto|assunto|temat|emne|)re"
      R"re(ämne|aihe|тема|主题|主旨|件名|제목|chủ\s+đề|الموضوع|konu|tárgy)|)re"
      R"re((reply-to|importance|priority|attachments?))\s*[*_]{0,2}\s*[:：])re"
      R"re(\s*[*_]{0,2}(?:[\s\x{00A0}\x{200E}]|$))re");
  re2::StringPiece from, date, to, cc, subject, other;
  line = TrimSpace(line);
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 48) {
    if (line.find("：") == std::string_view::npos) return HeaderKey::kNone;
  }
  if (line.size() > 400 ||
      !RE2::PartialMatch(line, re, &from, &date, &to, &cc, &subject, &other)) {
    return HeaderKey::kNone;
  }
  if (!from.empty()) return HeaderKey::kFrom;
  if (!date.empty()) return HeaderKey::kDate;
  if (!to.empty()) return HeaderKey::kTo;
  if (!cc.empty()) return HeaderKey::kCc;
  if (!subject.empty()) return HeaderKey::kSubject;
  return HeaderKey::kOther;
}

namespace {

// The first character a separator line can start with: - _ = * or the
// lead byte of ─ — – (U+2500, U+2014, U+2013). A cheap test before the
// patterns, as most lines are prose.
bool MayStartSeparator(std::string_view trimmed) {
  return !trimmed.empty() && std::string_view("-_=*\xE2").find(trimmed[0]) !=
                                 std::string_view::npos;
}

}  // namespace

bool IsRuleLine(std::string_view line) {
  static const RE2 re(R"re(^[-_=─—–]{4,}$)re");
  line = TrimSpace(line);
  return MayStartSeparator(line) && RE2::FullMatch(line, re);
}

bool IsKnownSeparatorPhrase(std::string_view line) {
  static const RE2 re(
      R"re((?i)^[-_=*\s]{2,}\s*(?:original\s+message|original\s+e-?mail|)re"
      R"re(mensaje\s+original|message\s+d'origine|message\s+original|)re"
      R"re(ursprüngliche\s+nachricht|originalnachricht|oorspronkelijk\s+bericht|)re"
      R"re(origineel\s+bericht|messaggio\s+originale|mensagem\s+original|)re"
      R"re(oprindelig\s+(?:meddelelse|besked)|original\s+besked|opprinnelig\s+melding|original-meddelelse|)re"
      R"re(ursprungligt\s+meddelande|alkuperäinen\s+viesti|исходное\s+сообщение|)re"
      R"re(wiadomość\s+oryginalna|oryginalna\s+wiadomość|původní\s+zpráva|)re"
      R"re(原始邮件|原始郵件|元のメッセージ|원본\s*메시지|reply\s+message|)re"
      R"re(tin\s+nhắn\s+gốc|الرسالة\s+الأصلية)\s*[-_=*\s]*$)re");
  line = TrimSpace(line);
  return MayStartSeparator(line) && RE2::FullMatch(line, re);
}

bool IsReplySeparator(std::string_view line) {
  static const RE2 banner(R"re(^[-_=*]{3,}\s*[^-_=*]{1,60}?\s*[-_=*]{3,}$)re");
  line = TrimSpace(line);
  if (!MayStartSeparator(line)) return false;
  return IsRuleLine(line) || IsKnownSeparatorPhrase(line) ||
         RE2::FullMatch(line, banner);
}

bool IsForwardMarker(std::string_view line) {
  static const RE2 re(
      R"re((?i)^[-_=*>\s]*(?:begin\s+)?(?:forwarded\s+(?:message|e-?mail)|)re"
      R"re((?:anfang\s+der\s+)?weitergeleitete[n]?\s+nachricht|)re"
      R"re(début\s+du\s+message\s+(?:réexpédié|transféré)|message\s+transféré|)re"
      R"re((?:inicio\s+del\s+)?mensaje\s+reenviado|mensaje\s+reenviado|)re"
      R"re((?:inizio\s+)?messaggio\s+inoltrato|)re"
      R"re((?:início\s+da\s+)?mensagem\s+encaminhada|doorgestuurd\s+bericht|)re"
      R"re(videresendt\s+(?:meddelelse|melding)|vidarebefordrat\s+meddelande|)re"
      R"re(välitetty\s+viesti|пересылаемое\s+сообщение|wiadomość\s+przekazana|)re"
      R"re(转发的邮件|轉寄的郵件|転送されたメッセージ|전달된\s*메시지|)re"
      R"re(tin\s+nhắn\s+đã\s+chuyển\s+tiếp|الرسالة\s+المعاد\s+توجيهها)re"
      R"re()\s*:?\s*[-_=*\s]*$)re");
  // Lotus Notes: "----- Forwarded by Ana Ruiz/HOU/ECT on 10/17/2000 07:40 AM
  // -----", often wrapped before its closing dashes.
  static const RE2 lotus(R"re((?i)^-{3,}\s*forwarded\s+by\s+\S)re");
  line = TrimSpace(line);
  return RE2::FullMatch(line, re) || RE2::PartialMatch(line, lotus);
}

}  // namespace maillint::anatomy
