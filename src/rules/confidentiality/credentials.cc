#include "rules/confidentiality/credentials.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "base/text.h"
#include "rules/confidentiality/detectors.h"

namespace maillint::confidentiality {
namespace {

bool IsPlaceholder(std::string_view v) {
  if (v.empty()) return true;
  char first = v.front();
  if (first == '(' || first == '[' || first == '<' || first == '{' ||
      first == '*' || first == '.') {
    return true;
  }
  bool masked = std::all_of(v.begin(), v.end(), [](char c) {
    return c == '*' || c == 'x' || c == 'X' || c == '#' || c == '.' ||
           c == '_' || c == '-';
  });
  return masked || v.find("://") != std::string_view::npos ||
         v.substr(0, 4) == "www." ||
         (v.find('@') != std::string_view::npos &&
          v.find('.', v.find('@')) != std::string_view::npos);
}

std::string_view TrimValue(std::string_view v) {
  while (!v.empty() && std::string_view(".,;:!?)]}\"'”’").find(v.back()) !=
                           std::string_view::npos) {
    v.remove_suffix(1);
  }
  return v;
}

// A separator and then the value, right after a password keyword.
const RE2& PasswordValue() {
  static const RE2 re(
      R"((?i)^[^:=\n.]{0,30}?(?:\bis\b:?|\bes\b:?|\bwill be\b|\bser[aá]\b|:|=))"
      R"(\s*["'“‘]?([^\s"'“”‘’]+))");
  return re;
}

const RE2& PasswordKeyword() {
  static const RE2 re(
      R"((?i)\b(passwords?|passcode|passwd|pwd|pass ?phrase|contrase[nñ]a|)"
      R"(clave(?: de acceso)?)\b)");
  return re;
}

void AddValueAfter(std::string_view text, size_t after, const RE2& value_re,
                   bool (*accept)(std::string_view), const char* what,
                   std::vector<Detection>& out) {
  std::string_view rest = text.substr(after, 80);
  re2::StringPiece input(rest.data(), rest.size());
  re2::StringPiece value;
  if (!RE2::PartialMatch(input, value_re, &value)) return;
  std::string_view v = TrimValue(std::string_view(value.data(), value.size()));
  if (!accept(v)) return;
  size_t begin = static_cast<size_t>(v.data() - text.data());
  out.push_back({begin, begin + v.size(), what, true});
}

bool IsPin(std::string_view v) {
  return v.size() >= 4 && v.size() <= 8 &&
         std::all_of(v.begin(), v.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// Video-meeting invitations print a join passcode meant for every invitee.
const RE2& MeetingWord() {
  static const RE2 re(
      R"((?i)\b(meeting|zoom|teams|webex|google meet|conference|webinar|)"
      R"(reuni[oó]n|videollamada)\b)");
  return re;
}

void FindPasswords(std::string_view text, std::vector<Detection>& out) {
  ForEachMatch(PasswordKeyword(), text, [&](const MatchGroups& m) {
    size_t at = OffsetIn(text, m[0]);
    if (KeywordNear(MeetingWord(), text, at, at + m[0].size(), 200, 0)) return;
    AddValueAfter(text, OffsetIn(text, m[0]) + m[0].size(), PasswordValue(),
                  &LooksLikeSecret, "password", out);
  });
}

void FindPins(std::string_view text, std::vector<Detection>& out) {
  static const RE2 keyword(
      R"((?i)\b(pin(?: number| code)?|c[oó]digo pin|nip)\b)");
  static const RE2 value(R"((?i)^\s*(?:is|es|:|=|#)?\s*(\d{4,8})\b)");
  ForEachMatch(keyword, text, [&](const MatchGroups& m) {
    AddValueAfter(text, OffsetIn(text, m[0]) + m[0].size(), value, &IsPin,
                  "PIN", out);
  });
}

// "Login: mlopez / Tiger#22": the secret after the user name.
void FindLogins(std::string_view text, std::vector<Detection>& out) {
  static const RE2 keyword(
      R"((?i)\b(login|log-in|log in|username|user name|user id|usuario)\b)");
  static const RE2 value(
      R"((?i)^\s*(?:is|es|:|=)\s*[^\s/,]+\s*(?:/|,|\band\b|\by\b)\s*)"
      R"((?:(?:password|pw|contrase[nñ]a|clave)\s*(?:is|es|:|=)?\s*)?)"
      R"(([^\s"']+))");
  ForEachMatch(keyword, text, [&](const MatchGroups& m) {
    AddValueAfter(text, OffsetIn(text, m[0]) + m[0].size(), value,
                  &LooksLikeSecret, "login password", out);
  });
}

struct TokenShape {
  const char* what;
  const char* pattern;  // group 1 is the token
};

constexpr std::array<TokenShape, 11> kTokenShapes = {{
    {"AWS access key",
     R"(\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16})\b)"},
    {"AWS secret key",
     R"((?i)aws_?secret_?access_?key\s*[:=]\s*["']?([A-Za-z0-9/+=]{40}))"},
    {"GitHub token", R"(\b(gh[pousr]_[A-Za-z0-9]{36,251})\b)"},
    {"GitHub token", R"(\b(github_pat_[A-Za-z0-9_]{22,255}))"},
    {"Slack token", R"(\b(xox[abposr]-[A-Za-z0-9-]{10,}))"},
    {"Slack webhook",
     R"((https://hooks\.slack\.com/services/T[A-Za-z0-9_]+/B[A-Za-z0-9_]+/[A-Za-z0-9_]+))"},
    {"Google API key", R"(\b(AIza[0-9A-Za-z_\-]{35}))"},
    {"Stripe key", R"(\b((?:sk|rk)_live_[0-9A-Za-z]{20,}))"},
    {"SendGrid key", R"(\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}))"},
    {"JSON web token",
     R"(\b(eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}))"},
    {"private key",
     R"((-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----))"},
}};

}  // namespace

bool LooksLikeSecret(std::string_view value) {
  if (value.size() < 4 || value.size() > 64 || IsPlaceholder(value)) {
    return false;
  }
  // "the password reset page<https://...>": the ':' of a link is no value.
  if (StartsWith(value, "//") || value.find("://") != std::string_view::npos ||
      StartsWith(AsciiLower(value), "www.")) {
    return false;
  }
  bool digit = false;
  bool symbol = false;
  bool inner_upper = false;
  bool lower = false;
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    if (std::isdigit(c))
      digit = true;
    else if (std::islower(c))
      lower = true;
    else if (std::isupper(c))
      inner_upper = inner_upper || i > 0;
    else if (std::string_view("!#$%&*+=?@^~|/_").find(static_cast<char>(c)) !=
             std::string_view::npos) {
      symbol = true;
    }
  }
  return digit || symbol || (inner_upper && lower);
}

std::vector<Detection> FindCredentials(std::string_view text) {
  std::vector<Detection> out;
  FindPasswords(text, out);
  FindPins(text, out);
  FindLogins(text, out);
  return RemoveOverlaps(std::move(out));
}

std::vector<Detection> FindSecretTokens(std::string_view text) {
  static const std::vector<std::unique_ptr<RE2>>* compiled = [] {
    auto* list = new std::vector<std::unique_ptr<RE2>>;
    for (const TokenShape& s : kTokenShapes) {
      list->push_back(std::make_unique<RE2>(s.pattern));
    }
    return list;
  }();
  std::vector<Detection> out;
  for (size_t i = 0; i < kTokenShapes.size(); ++i) {
    ForEachMatch(*(*compiled)[i], text, [&](const MatchGroups& m) {
      if (m[1].find("EXAMPLE") != std::string_view::npos) return;
      size_t begin = OffsetIn(text, m[1]);
      out.push_back({begin, begin + m[1].size(), kTokenShapes[i].what, true});
    });
  }
  return RemoveOverlaps(std::move(out));
}

}  // namespace maillint::confidentiality
