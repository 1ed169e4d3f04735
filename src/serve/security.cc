#include "serve/security.h"

#include <arpa/inet.h>

#include <algorithm>

#include "base/text.h"

namespace maillint {
namespace {

// "host:port", "[::1]:port" or "host" -> the host, lower-cased, no brackets.
std::string HostName(std::string_view host_header) {
  std::string_view h = Trim(host_header);
  if (!h.empty() && h.front() == '[') {
    size_t close = h.find(']');
    return AsciiLower(h.substr(1, close == std::string_view::npos
                                      ? std::string_view::npos
                                      : close - 1));
  }
  return AsciiLower(h.substr(0, h.find(':')));
}

bool IsIpLiteral(const std::string& host) {
  unsigned char buf[16];
  return inet_pton(AF_INET, host.c_str(), buf) == 1 ||
         inet_pton(AF_INET6, host.c_str(), buf) == 1;
}

bool IsAddonOrigin(std::string_view origin) {
  return StartsWith(origin, "chrome-extension://") ||
         StartsWith(origin, "moz-extension://") ||
         StartsWith(origin, "safari-web-extension://");
}

HttpResponse Refuse(int status, std::string why) {
  return HttpResponse::Text(status, std::move(why) + "\n");
}

}  // namespace

bool ConstantTimeEquals(const std::string& given, const std::string& want) {
  if (want.empty()) return false;
  unsigned char diff = given.size() == want.size() ? 0 : 1;
  for (size_t i = 0; i < want.size(); ++i) {
    char g = i < given.size() ? given[i] : '\0';
    diff |= static_cast<unsigned char>(g ^ want[i]);
  }
  return diff == 0;
}

std::string RequestGuard::StripTokenPrefix(const std::string& path) {
  if (!StartsWith(path, "/t/")) return path;
  size_t slash = path.find('/', 3);
  return slash == std::string::npos ? "/" : path.substr(slash);
}

bool RequestGuard::HostAllowed(const std::string& host) const {
  if (host == "localhost" || IsIpLiteral(host)) return true;
  return std::find(options_.allowed_hosts.begin(), options_.allowed_hosts.end(),
                   host) != options_.allowed_hosts.end();
}

bool RequestGuard::OriginAllowed(const HttpRequest& request) const {
  std::string origin = request.Header("origin");
  if (origin.empty()) return true;
  if (origin == "http://" + request.Header("host")) return true;
  if (IsAddonOrigin(origin)) return true;
  return std::find(options_.allowed_origins.begin(),
                   options_.allowed_origins.end(),
                   origin) != options_.allowed_origins.end();
}

bool RequestGuard::TokenGiven(
    const HttpRequest& request,
    const std::map<std::string, std::string>& form) const {
  const std::string& want = options_.token;
  std::string auth = request.Header("authorization");
  if (StartsWith(auth, "Bearer ") && ConstantTimeEquals(auth.substr(7), want))
    return true;
  for (const char* field : {"token", "apiKey"}) {
    auto q = request.query.find(field);
    if (q != request.query.end() && ConstantTimeEquals(q->second, want))
      return true;
    auto f = form.find(field);
    if (f != form.end() && ConstantTimeEquals(f->second, want)) return true;
  }
  if (StartsWith(request.path, "/t/")) {
    size_t slash = request.path.find('/', 3);
    std::string given = request.path.substr(
        3, slash == std::string::npos ? std::string::npos : slash - 3);
    return ConstantTimeEquals(given, want);
  }
  return false;
}

std::optional<HttpResponse> RequestGuard::Check(
    const HttpRequest& request, const std::map<std::string, std::string>& form,
    bool public_path) const {
  std::string host = request.Header("host");
  if (host.empty() || !HostAllowed(HostName(host))) {
    return Refuse(421,
                  "this server answers only to an IP address, localhost "
                  "or a --allow-host name");
  }
  if (!OriginAllowed(request)) {
    return Refuse(403,
                  "requests from this web origin are not allowed "
                  "(see --allow-origin)");
  }
  if (!options_.token.empty() && !public_path && !TokenGiven(request, form)) {
    return Refuse(401, "a token is required (Authorization: Bearer TOKEN)");
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> RequestGuard::CorsHeaders(
    const HttpRequest& request) const {
  std::string origin = request.Header("origin");
  if (origin.empty() || origin == "http://" + request.Header("host") ||
      !OriginAllowed(request)) {
    return {};
  }
  return {{"Access-Control-Allow-Origin", origin},
          {"Vary", "Origin"},
          {"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
          {"Access-Control-Allow-Headers", "Content-Type, Authorization"},
          {"Access-Control-Max-Age", "600"}};
}

}  // namespace maillint
