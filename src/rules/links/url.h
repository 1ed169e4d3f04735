// URLs as the link rules see them: parsed and normalized with uriparser
// (RFC 3986), after unwrapping the click-tracking wrappers mail gateways add.
#ifndef MAILLINT_SRC_RULES_LINKS_URL_H_
#define MAILLINT_SRC_RULES_LINKS_URL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace maillint {

struct Url {
  std::string scheme;  // lower-case, e.g. "https"; empty for "www.x.org"
  std::string host;    // lower-case, no trailing dot
  std::string path;    // normalized, "/" joined segments; "" when absent
  std::string query;   // without "?"
  std::string fragment;
  std::vector<std::string> segments;  // decoded path segments, empties dropped

  // "https://host/path" for messages.
  std::string ToString() const;
};

// Parses `text` (an href or a bare "www.example.org/x"). Scheme-less
// host-like text is read as http. Returns nullopt when it is not a URL
// with a host or an opaque mailto:/tel: (those come back with only `scheme`).
std::optional<Url> ParseUrl(std::string_view text);

// Removes Outlook Safe Links and Proofpoint URL Defense (v1, v2, v3)
// wrappers, repeatedly; returns `href` unchanged when it is not wrapped.
std::string UnwrapTrackingUrl(std::string_view href);

// Decodes %XX escapes (invalid escapes are kept as written).
std::string PercentDecode(std::string_view text);

// True when `host` equals `domain` or is a subdomain of it.
bool HostIsUnder(std::string_view host, std::string_view domain);

}  // namespace maillint

#endif  // MAILLINT_SRC_RULES_LINKS_URL_H_
