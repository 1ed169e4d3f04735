// Who may use the draft server, and from where.
//
// DNS REBINDING: a web page on evil.example can make its own name resolve
//   to 127.0.0.1 and then talk to this server as "same origin". Every
//   request must therefore name, in its Host header, an IP address,
//   "localhost" or a name given with --allow-host; anything else is 421.
// CROSS-SITE REQUESTS: a browser sends Origin with every cross-origin
//   request (and same-origin POSTs). Allowed: this server itself, browser
//   add-ons (chrome-extension://, moz-extension://, safari-web-extension://:
//   LanguageTool's extensions call from there) and --allow-origin values;
//   any other Origin is 403, so no web page can check text or add words.
//   Allowed origins get CORS headers.
// TOKEN (optional, --token or $MAILLINT_SERVE_TOKEN): every request except
//   the rule documentation must carry it as "Authorization: Bearer T", a
//   `token` query or form field, LanguageTool's `apiKey` field, or a path
//   prefix /t/T/ (for clients that only take a server URL). Else 401.
#ifndef MAILLINT_SRC_SERVE_SECURITY_H_
#define MAILLINT_SRC_SERVE_SECURITY_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "serve/http_server.h"

namespace maillint {

struct SecurityOptions {
  std::string token;
  std::vector<std::string> allowed_hosts;    // extra Host names
  std::vector<std::string> allowed_origins;  // extra origins, exact
};

class RequestGuard {
 public:
  explicit RequestGuard(SecurityOptions options)
      : options_(std::move(options)) {}

  // The refusal for `request`, or nullopt when it may proceed. `form` holds
  // the request's form fields (for the token), `public_path` says whether
  // the path needs no token. `path` may start with /t/TOKEN/.
  std::optional<HttpResponse> Check(
      const HttpRequest& request,
      const std::map<std::string, std::string>& form, bool public_path) const;

  // `path` without a /t/TOKEN/ prefix.
  static std::string StripTokenPrefix(const std::string& path);

  // CORS response headers for the request's Origin (none when absent or
  // same-origin).
  std::vector<std::pair<std::string, std::string>> CorsHeaders(
      const HttpRequest& request) const;

  bool OriginAllowed(const HttpRequest& request) const;

  const std::string& token() const { return options_.token; }

 private:
  bool HostAllowed(const std::string& host) const;
  bool TokenGiven(const HttpRequest& request,
                  const std::map<std::string, std::string>& form) const;

  SecurityOptions options_;
};

// `given` == `want` (non-empty), in a time that does not depend on where
// they differ.
bool ConstantTimeEquals(const std::string& given, const std::string& want);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_SECURITY_H_
