#include "serve/http_server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>

#include <chrono>
#include <cstring>
#include <exception>

#include "base/text.h"

namespace maillint {
namespace {

using Clock = std::chrono::steady_clock;

// Per-connection state from the first callback of a request to its end.
struct PendingRequest {
  HttpRequest request;
  Clock::time_point started = Clock::now();
  bool too_large = false;
};

MHD_Result CollectValue(void* cls, MHD_ValueKind, const char* key,
                        const char* value) {
  auto* out = static_cast<std::map<std::string, std::string>*>(cls);
  if (key != nullptr) (*out)[key] = value == nullptr ? "" : value;
  return MHD_YES;
}

MHD_Result CollectHeader(void* cls, MHD_ValueKind, const char* key,
                         const char* value) {
  auto* out = static_cast<std::map<std::string, std::string>*>(cls);
  if (key != nullptr) (*out)[AsciiLower(key)] = value == nullptr ? "" : value;
  return MHD_YES;
}

std::string PeerAddress(MHD_Connection* connection) {
  const MHD_ConnectionInfo* info =
      MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  if (info == nullptr || info->client_addr == nullptr) return "";
  char buf[INET6_ADDRSTRLEN] = {0};
  const sockaddr* sa = info->client_addr;
  if (sa->sa_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf,
              sizeof buf);
  } else if (sa->sa_family == AF_INET6) {
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr,
              buf, sizeof buf);
  }
  return buf;
}

MHD_Result Send(MHD_Connection* connection, const HttpResponse& r) {
  MHD_Response* response = MHD_create_response_from_buffer(
      r.body.size(), const_cast<char*>(r.body.data()), MHD_RESPMEM_MUST_COPY);
  if (response == nullptr) return MHD_NO;
  MHD_add_response_header(response, "Content-Type", r.content_type.c_str());
  MHD_add_response_header(response, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(response, "Cache-Control", "no-store");
  for (const auto& [name, value] : r.headers) {
    MHD_add_response_header(response, name.c_str(), value.c_str());
  }
  MHD_Result ok = MHD_queue_response(connection, r.status, response);
  MHD_destroy_response(response);
  return ok;
}

// First call of a request: reads the request line and headers; answers 413
// at once when Content-Length announces too large a body.
MHD_Result BeginRequest(const HttpServer& server, MHD_Connection* connection,
                        const char* url, const char* method, void** con_cls) {
  auto* pending = new PendingRequest();
  *con_cls = pending;
  HttpRequest& r = pending->request;
  r.method = method;
  r.path = url;
  r.remote = PeerAddress(connection);
  MHD_get_connection_values(connection, MHD_HEADER_KIND, &CollectHeader,
                            &r.headers);
  MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, &CollectValue,
                            &r.query);
  std::string length = r.Header("content-length");
  if (!length.empty() && std::strtoull(length.c_str(), nullptr, 10) >
                             server.options().max_body_bytes) {
    pending->too_large = true;
    return Send(connection, HttpResponse::Text(413, "request too large\n"));
  }
  return MHD_YES;
}

MHD_Result OnRequest(void* cls, MHD_Connection* connection, const char* url,
                     const char* method, const char* /*version*/,
                     const char* upload_data, size_t* upload_data_size,
                     void** con_cls) {
  const auto& server = *static_cast<const HttpServer*>(cls);
  if (*con_cls == nullptr) {
    return BeginRequest(server, connection, url, method, con_cls);
  }
  auto* pending = static_cast<PendingRequest*>(*con_cls);
  auto elapsed = Clock::now() - pending->started;
  if (elapsed > std::chrono::seconds(server.options().request_seconds)) {
    return MHD_NO;  // a slow sender: drop the connection
  }
  if (*upload_data_size > 0) {
    if (!pending->too_large &&
        pending->request.body.size() + *upload_data_size <=
            server.options().max_body_bytes) {
      pending->request.body.append(upload_data, *upload_data_size);
    } else {
      pending->too_large = true;
      pending->request.body.clear();
    }
    *upload_data_size = 0;
    return MHD_YES;
  }
  if (pending->too_large) {
    return Send(connection, HttpResponse::Text(413, "request too large\n"));
  }
  return Send(connection, server.Dispatch(pending->request));
}

void OnCompleted(void*, MHD_Connection*, void** con_cls,
                 MHD_RequestTerminationCode) {
  delete static_cast<PendingRequest*>(*con_cls);
  *con_cls = nullptr;
}

}  // namespace

std::string HttpRequest::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? "" : it->second;
}

HttpResponse HttpResponse::Text(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

HttpResponse HttpResponse::Json(int status, std::string body) {
  HttpResponse r;
  r.status = status;
  r.content_type = "application/json; charset=utf-8";
  r.body = std::move(body);
  return r;
}

HttpServer::HttpServer(HttpServerOptions options, HttpHandler handler)
    : options_(std::move(options)), handler_(std::move(handler)) {}

HttpServer::~HttpServer() { Stop(); }

HttpResponse HttpServer::Dispatch(const HttpRequest& request) const {
  try {
    return handler_(request);
  } catch (const std::exception& e) {  // a library threw below the handler
    return HttpResponse::Text(500, std::string("internal error: ") + e.what());
  }
}

Status HttpServer::Start() {
  sockaddr_in v4{};
  sockaddr_in6 v6{};
  const sockaddr* address = nullptr;
  unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD;
  if (inet_pton(AF_INET, options_.address.c_str(), &v4.sin_addr) == 1) {
    v4.sin_family = AF_INET;
    v4.sin_port = htons(static_cast<uint16_t>(options_.port));
    address = reinterpret_cast<const sockaddr*>(&v4);
  } else if (inet_pton(AF_INET6, options_.address.c_str(), &v6.sin6_addr) ==
             1) {
    v6.sin6_family = AF_INET6;
    v6.sin6_port = htons(static_cast<uint16_t>(options_.port));
    address = reinterpret_cast<const sockaddr*>(&v6);
    flags |= MHD_USE_IPv6;
  } else {
    return Status::InvalidArgument("--listen: '" + options_.address +
                                   "' is not an IP address");
  }
  daemon_ = MHD_start_daemon(
      flags, static_cast<uint16_t>(options_.port), nullptr, nullptr, &OnRequest,
      this, MHD_OPTION_SOCK_ADDR, address, MHD_OPTION_THREAD_POOL_SIZE,
      static_cast<unsigned>(options_.threads), MHD_OPTION_CONNECTION_TIMEOUT,
      options_.idle_seconds, MHD_OPTION_CONNECTION_LIMIT,
      options_.max_connections, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
      static_cast<size_t>(64 << 10), MHD_OPTION_NOTIFY_COMPLETED, &OnCompleted,
      nullptr, MHD_OPTION_END);
  if (daemon_ == nullptr) {
    return Status::IoError(
        options_.address + ":" + std::to_string(options_.port),
        "cannot listen (address in use or not available)");
  }
  const MHD_DaemonInfo* info =
      MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT);
  port_ = info != nullptr ? info->port : options_.port;
  return Status::Ok();
}

void HttpServer::Stop() {
  if (daemon_ != nullptr) MHD_stop_daemon(daemon_);
  daemon_ = nullptr;
}

Result<std::pair<std::string, int>> ParseListenAddress(const std::string& s) {
  size_t colon = s.rfind(':');
  if (colon == std::string::npos || colon + 1 == s.size()) {
    return Status::InvalidArgument("--listen: expected ADDR:PORT, got '" + s +
                                   "'");
  }
  std::string host = s.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host == "localhost") host = "127.0.0.1";
  std::string port_text = s.substr(colon + 1);
  char* end = nullptr;
  long port = std::strtol(port_text.c_str(), &end, 10);
  if (*end != '\0' || port < 0 || port > 65535) {
    return Status::InvalidArgument("--listen: bad port '" + port_text + "'");
  }
  return std::make_pair(host, static_cast<int>(port));
}

}  // namespace maillint
