#include "rules/links/url.h"

#include <uriparser/Uri.h>

#include <cctype>

#include "base/text.h"

namespace maillint {
namespace {

std::string RangeText(const UriTextRangeA& range) {
  if (range.first == nullptr || range.afterLast == nullptr) return "";
  return std::string(range.first, range.afterLast);
}

// The value of query parameter `name` (not decoded), or "".
std::string QueryParam(std::string_view query, std::string_view name) {
  for (std::string_view pair : Split(query, '&')) {
    size_t eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return std::string(pair.substr(eq + 1));
    }
  }
  return "";
}

// Proofpoint v2 writes "-" for "%" and "_" for "/" in its u= parameter.
std::string DecodeProofpointV2(std::string_view u) {
  std::string s;
  for (char c : u) s += c == '-' ? '%' : (c == '_' ? '/' : c);
  return PercentDecode(s);
}

std::optional<std::string> UnwrapOnce(std::string_view href) {
  std::optional<Url> url = ParseUrl(href);
  if (!url) return std::nullopt;
  if (EndsWith(url->host, "safelinks.protection.outlook.com")) {
    std::string target = QueryParam(url->query, "url");
    if (!target.empty()) return PercentDecode(target);
  }
  if (url->host == "urldefense.proofpoint.com") {
    std::string u = QueryParam(url->query, "u");
    if (StartsWith(url->path, "/v2/") && !u.empty())
      return DecodeProofpointV2(u);
    if (StartsWith(url->path, "/v1/") && !u.empty()) return PercentDecode(u);
  }
  if (url->host == "urldefense.com" && StartsWith(url->path, "/v3/__")) {
    std::string_view rest = href.substr(href.find("/v3/__") + 6);
    size_t end = rest.find("__;");
    return std::string(rest.substr(0, end));
  }
  return std::nullopt;
}

}  // namespace

std::string PercentDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(
          std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Url::ToString() const {
  std::string s = (scheme.empty() ? "http" : scheme) + "://" + host + path;
  if (!query.empty()) s += "?" + query;
  return s;
}

std::optional<Url> ParseUrl(std::string_view text) {
  std::string input(Trim(text));
  std::string lower = AsciiLower(input);
  if (StartsWith(lower, "mailto:") || StartsWith(lower, "tel:")) {
    Url opaque;
    opaque.scheme = lower.substr(0, lower.find(':'));
    return opaque;
  }
  if (lower.find("://") == std::string::npos) input = "http://" + input;

  UriUriA uri;
  const char* error = nullptr;
  if (uriParseSingleUriA(&uri, input.c_str(), &error) != URI_SUCCESS) {
    return std::nullopt;
  }
  uriNormalizeSyntaxA(&uri);
  Url url;
  url.scheme = AsciiLower(RangeText(uri.scheme));
  url.host = AsciiLower(RangeText(uri.hostText));
  while (EndsWith(url.host, ".")) url.host.pop_back();
  for (UriPathSegmentA* s = uri.pathHead; s != nullptr; s = s->next) {
    std::string segment = RangeText(s->text);
    url.path += "/" + segment;
    if (!segment.empty()) url.segments.push_back(PercentDecode(segment));
  }
  url.query = RangeText(uri.query);
  url.fragment = RangeText(uri.fragment);
  uriFreeUriMembersA(&uri);
  if (url.host.empty()) return std::nullopt;
  return url;
}

std::string UnwrapTrackingUrl(std::string_view href) {
  std::string current(href);
  for (int depth = 0; depth < 4; ++depth) {  // wrappers can nest; bounded
    std::optional<std::string> inner = UnwrapOnce(current);
    if (!inner || *inner == current) break;
    current = *inner;
  }
  return current;
}

bool HostIsUnder(std::string_view host, std::string_view domain) {
  if (domain.empty()) return false;
  return host == domain ||
         (host.size() > domain.size() && EndsWith(host, domain) &&
          host[host.size() - domain.size() - 1] == '.');
}

}  // namespace maillint
