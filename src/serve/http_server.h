// HttpServer: a small HTTP/1.1 server over GNU libmicrohttpd.
//
// WHY LIBMICROHTTPD
//   Debian 12 packages both libmicrohttpd (0.9.75) and cpp-httplib (0.11.4).
//   libmicrohttpd is a C library with no exceptions (our code does not
//   throw), bounds every connection itself (memory per connection, idle
//   timeout, connection count, per-IP connections), has a long record as the
//   HTTP layer of systemd-journal-remote and others, and pulls in only
//   GnuTLS. cpp-httplib 0.11 throws, routes with std::regex (the project
//   uses RE2 only) and brings OpenSSL and Brotli for features we do not use.
//
// CONTRACT
//   Handle() is called on one of `threads` pool threads with the whole
//   request (body included) and must return the response; it may run
//   concurrently with itself. Requests whose body would exceed
//   `max_body_bytes` get 413 without the handler seeing them; a request
//   whose body is still arriving after `request_seconds` is cut off (the
//   connection is closed); a connection idle for `idle_seconds` is closed.
//   Nothing of a request body or query is logged here.
#ifndef MAILLINT_SRC_SERVE_HTTP_SERVER_H_
#define MAILLINT_SRC_SERVE_HTTP_SERVER_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "base/status.h"

struct MHD_Daemon;

namespace maillint {

struct HttpRequest {
  std::string method;                        // "GET", "POST", ...
  std::string path;                          // decoded path, without the query
  std::map<std::string, std::string> query;  // decoded query arguments
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string remote;  // peer address, for the log

  // The header named `lower_name`, or "" when absent.
  std::string Header(const std::string& lower_name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;

  static HttpResponse Text(int status, std::string body);
  static HttpResponse Json(int status, std::string body);
};

struct HttpServerOptions {
  std::string address = "127.0.0.1";  // IPv4 or IPv6 literal
  int port = 8089;                    // 0: any free port (see port())
  int threads = 2;
  size_t max_body_bytes = 4 << 20;
  unsigned idle_seconds = 10;
  unsigned request_seconds = 30;
  unsigned max_connections = 64;
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

class HttpServer {
 public:
  HttpServer(HttpServerOptions options, HttpHandler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts serving on background threads. Fails when the address
  // does not parse or the port cannot be bound.
  Status Start();
  // The bound port (the chosen one when options.port was 0).
  int port() const { return port_; }
  void Stop();

  // For the libmicrohttpd callbacks (http_server.cc); not for callers.
  const HttpServerOptions& options() const { return options_; }
  HttpResponse Dispatch(const HttpRequest& request) const;

 private:
  HttpServerOptions options_;
  HttpHandler handler_;
  MHD_Daemon* daemon_ = nullptr;
  int port_ = 0;
};

// Splits "ADDR:PORT" ("127.0.0.1:8089", "[::1]:8089", "localhost:8089").
// "localhost" means 127.0.0.1.
Result<std::pair<std::string, int>> ParseListenAddress(const std::string& s);

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_HTTP_SERVER_H_
