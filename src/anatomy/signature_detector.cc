#include "anatomy/signature_detector.h"

#include <re2/re2.h>

#include "anatomy/greeting_closing.h"

namespace maillint::anatomy {
namespace {

constexpr int kMaxLinesAfterClosing = 14;
constexpr int kMaxLinesAfterDelimiter = 12;
constexpr size_t kMaxSignatureLineBytes = 80;

bool IsDelimiter(const TextLine& line) {
  static const RE2 re(R"re(^(?:-{2,4}|_{2,}|—|–|~~)$)re");
  return line.depth == 0 && RE2::FullMatch(line.body, re);
}

bool IsStandardDelimiter(const TextLine& line) {
  return line.text == "-- " || line.text == "-- \r";
}

int Words(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// Short, and not a full sentence of prose.
bool IsSignatureLike(std::string_view line) {
  if (line.size() > kMaxSignatureLineBytes) return false;
  char last = line.empty() ? ' ' : line.back();
  return !(Words(line) >= 7 && (last == '.' || last == '?' || last == '!')) &&
         last != '?';
}

bool HasContact(std::string_view line) {
  static const RE2 re(
      R"re([\w.+-]+@[\w-]+\.\w|https?://|www\.|\+?\d[\d\s().-]{6,}\d|(?i)\b(?:tel|phone|fax|cell|mobile|ext|office)\b)re");
  return RE2::PartialMatch(line, re);
}

bool IsNameLike(std::string_view line) {
  static const RE2 re(
      R"re(^\p{Lu}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*){0,3}(?:\s*[,|–-]\s*.{0,50})?$)re");
  return RE2::FullMatch(line, re);
}

bool IsLegalParagraph(const std::vector<TextLine>& lines, size_t first,
                      size_t last) {
  static const RE2 opener(
      R"re((?i)^\W*(?:confidential|confidentiality|disclaimer|notice|)re"
      R"re(important|privileged|aviso|avis|hinweis|vertraulich|)re"
      R"re(this\s+(?:e-?mail|message|communication)\s+(?:and|is|may|contains))re"
      R"re(|the\s+information\s+(?:contained|in\s+this)|please\s+consider)re"
      R"re(|este\s+(?:mensaje|correo)|ce\s+message|diese\s+(?:e-?mail|nachricht)))re");
  static const RE2 keyword(
      R"re((?i)(confidential|privileged|intended\s+(?:solely\s+|only\s+)?for|)re"
      R"re(intended\s+recipient|received\s+this\s+(?:e-?mail|message)\s+in\s+error|)re"
      R"re(disclaimer|unauthori[sz]ed|prohibited|do\s+not\s+print|environment|)re"
      R"re(confidencial|destinatario|vertraulich|confidentiel|riservat|)re"
      R"re(vertrouwelijk|ferpa|public\s+records|mailing\s+list|unsubscribe|)re"
      R"re(listinfo))re");
  std::string text = JoinBodies(lines, first, last);
  if (RE2::PartialMatch(text, opener) && RE2::PartialMatch(text, keyword)) {
    return true;
  }
  int hits = 0;
  re2::StringPiece input(text);
  std::string hit;
  while (hits < 2 && RE2::FindAndConsume(&input, keyword, &hit)) ++hits;
  return hits >= 2;
}

size_t FindDisclaimer(const std::vector<TextLine>& lines, size_t first,
                      size_t last) {
  size_t start = kNoLine;
  size_t i = last + 1;
  while (i > first) {
    size_t end = i - 1;
    while (end > first && lines[end].blank()) --end;
    if (lines[end].blank()) break;
    if (IsMobileFooter(lines[end].body)) {
      start = end;
      i = end;
      continue;
    }
    size_t begin = end;
    while (begin > first && !lines[begin - 1].blank()) --begin;
    if (!IsLegalParagraph(lines, begin, end) || begin == first) break;
    start = begin;
    i = begin;
  }
  return start;
}

size_t FindDelimiter(const std::vector<TextLine>& lines, size_t first,
                     size_t end, bool opens_message) {
  for (size_t i = opens_message ? first + 1 : first; i < end; ++i) {
    if (!IsDelimiter(lines[i])) continue;
    bool standard = IsStandardDelimiter(lines[i]);
    int count = 0;
    bool all_like = true;
    for (size_t j = i + 1; j < end; ++j) {
      if (lines[j].blank()) continue;
      ++count;
      all_like = all_like && IsSignatureLike(lines[j].body);
    }
    if (standard || (count <= kMaxLinesAfterDelimiter && all_like)) return i;
  }
  return kNoLine;
}

// Bottom-most sign-off followed only by a short signature-like block.
size_t FindClosing(const std::vector<TextLine>& lines, size_t first,
                   size_t end) {
  int after = 0;
  for (size_t i = end; i > first + 1;) {
    --i;
    if (lines[i].blank()) continue;
    if (IsClosingLine(lines[i].body)) return i;
    if (++after > kMaxLinesAfterClosing || !IsSignatureLike(lines[i].body)) {
      return kNoLine;
    }
  }
  return kNoLine;
}

bool StartsWithDash(std::string_view line) {
  return !line.empty() && (line.front() == '-' || line.front() == '*');
}

// A last line "-Name" ("-Abhishek Kona", "- roman") not ending a list.
size_t FindDashName(const std::vector<TextLine>& lines, size_t first,
                    size_t end) {
  static const RE2 dash_name(R"re(^[-–—]\s*\p{L}[\p{L}.' ]*$)re");
  size_t last = end;
  while (last > first && lines[last - 1].blank()) --last;
  if (last <= first + 1) return kNoLine;
  bool after_list = last >= 2 && !lines[last - 2].blank() &&
                    StartsWithDash(lines[last - 2].body);
  if (lines[last - 1].body.size() <= 48 && !after_list &&
      RE2::FullMatch(lines[last - 1].body, dash_name)) {
    return last - 1;
  }
  return kNoLine;
}

// A line a signature block is made of: short, not a sentence; contact
// lines ("(630) 555-0121 | a@b.org<mailto:a@b.org>") may be longer.
bool IsSignatureBlockLine(std::string_view line) {
  constexpr size_t kMaxContactLineBytes = 120;
  constexpr int kMaxWords = 8;
  if (HasContact(line)) return line.size() <= kMaxContactLineBytes;
  if (!IsSignatureLike(line) || Words(line) > kMaxWords) return false;
  char last = line.back();
  // "Cedar Ridge Elementary" or "Acme Corp." yes, "I agree." no.
  return !((last == '.' || last == '!' || last == ':') && Words(line) > 3);
}

// The first line of the paragraph that ends at line `last` (inclusive).
size_t ParagraphStart(const std::vector<TextLine>& lines, size_t first,
                      size_t last) {
  while (last > first && !lines[last - 1].blank()) --last;
  return last;
}

// A signature with no sign-off above it: the bottom paragraphs of the block
// made only of signature lines, holding a name line (the first or second
// line of the topmost such paragraph that has one) and a contact line:
//   Grace Lindqvist
//   Third Grade Teacher, Cedar Ridge Elementary
//   (630) 555-0121 | glindqvist@maplewoodschools.org
// Text must remain above it. Returns the name paragraph's first line.
size_t FindSignatureParagraphs(const std::vector<TextLine>& lines, size_t first,
                               size_t end) {
  constexpr size_t kMaxSignatureLines = 14;
  size_t last = end;
  while (last > first && lines[last - 1].blank()) --last;
  if (last <= first + 1) return kNoLine;
  size_t start = kNoLine;
  size_t count = 0;
  bool contact = false;
  for (size_t stop = last; stop > first;) {
    size_t begin = ParagraphStart(lines, first, stop - 1);
    if (begin == first) break;  // the author's text must remain above
    bool all = true;
    bool para_contact = false;
    for (size_t i = begin; i < stop && all; ++i) {
      all = IsSignatureBlockLine(lines[i].body);
      para_contact = para_contact || HasContact(lines[i].body);
    }
    count += stop - begin;
    if (!all || count > kMaxSignatureLines) break;
    contact = contact || para_contact;
    bool named = IsNameLike(lines[begin].body) ||
                 (stop - begin > 1 && IsNameLike(lines[begin + 1].body) &&
                  !HasContact(lines[begin].body));
    if (named) start = begin;
    stop = begin;
    while (stop > first && lines[stop - 1].blank()) --stop;
  }
  return contact ? start : kNoLine;
}

// A postscript below the sign-off or signature: "P.S. ...", "PS: ...",
// Spanish "P.D.", German "PS", "N.B.". The author's words again.
size_t FindPostscript(const std::vector<TextLine>& lines, const BlockTail& tail,
                      size_t end) {
  static const RE2 re(R"re((?i)^(?:p\.\s?s\.|ps\b|p\.\s?d\.|n\.\s?b\.))re");
  size_t from = tail.closing != kNoLine ? tail.closing + 1 : tail.signature;
  if (from == kNoLine) return kNoLine;
  for (size_t i = from; i < end; ++i) {
    if (!lines[i].blank() && RE2::PartialMatch(lines[i].body, re)) return i;
  }
  return kNoLine;
}

}  // namespace

bool IsMobileFooter(std::string_view line) {
  static const RE2 re(
      R"re((?i)^\W*(?:sent\s+(?:from|via|with|using)\s|get\s+outlook\s+for\s|)re"
      R"re(enviado\s+(?:desde|do|de)\s|envoyé\s+(?:de|depuis|à\s+partir\s+de)\s|)re"
      R"re(von\s+meinem\s.{0,40}gesendet|gesendet\s+(?:von|mit)\s|)re"
      R"re(inviato\s+da\s|verzonden\s+(?:vanaf|met|van)\s|wysłane\s+z\s|)re"
      R"re(sendt\s+fra\s|skickat\s+från\s|lähetetty\s|отправлено\s+с\s|)re"
      R"re(从我的|發自我的|iphoneから送信|typos\s+courtesy))re");
  // "Sent from the Solr - User mailing list archive at Nabble.com." is the
  // archive's line under a message posted through it, not a device footer.
  static const RE2 archive(R"re((?i)mailing\s+list|archive)re");
  return line.size() <= 120 && RE2::PartialMatch(line, re) &&
         !RE2::PartialMatch(line, archive);
}

BlockTail FindBlockTail(const std::vector<TextLine>& lines, size_t first,
                        size_t last, bool opens_message) {
  BlockTail tail;
  tail.disclaimer = FindDisclaimer(lines, first, last);
  size_t end = tail.disclaimer == kNoLine ? last + 1 : tail.disclaimer;
  tail.signature = FindDelimiter(lines, first, end, opens_message);
  size_t before_sig = tail.signature == kNoLine ? end : tail.signature;
  tail.closing = FindClosing(lines, first, before_sig);
  if (tail.signature != kNoLine && tail.closing == kNoLine) {
    tail.closing = FindDashName(lines, first, before_sig);
  }
  if (tail.signature == kNoLine && tail.closing != kNoLine) {
    for (size_t i = tail.closing + 1; i < end; ++i) {
      if (!lines[i].blank()) {
        tail.signature = i;
        break;
      }
    }
  }
  if (tail.signature == kNoLine && tail.closing == kNoLine) {
    tail.closing = FindDashName(lines, first, end);
    if (tail.closing == kNoLine) {
      tail.signature = FindSignatureParagraphs(lines, first, end);
    }
  }
  tail.postscript = FindPostscript(lines, tail, end);
  return tail;
}

}  // namespace maillint::anatomy
