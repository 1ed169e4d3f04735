// `maillint serve`: the draft server (serve/service.h) on --listen.
//
// Everything is loaded once at start; each request then only parses and
// checks its text. Runs until SIGINT or SIGTERM; exits 0 then, 2 on a usage
// or configuration error or when the address cannot be bound.
#include <arpa/inet.h>
#include <signal.h>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "commands/command.h"
#include "commands/common.h"
#include "lint/user_words.h"
#include "serve/http_server.h"
#include "serve/service.h"

namespace maillint {
namespace {

struct ServeOptions {
  CommonOptions common;
  std::string listen = "127.0.0.1:8089";
  std::string token;
  std::vector<std::string> allow_hosts;
  std::vector<std::string> allow_origins;
  std::string words;
  size_t max_request_bytes = 4 << 20;
  int threads = 2;
};

bool IsLoopback(const std::string& address) {
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1)
    return (ntohl(v4.s_addr) >> 24) == 127;
  return address == "::1";
}

// Blocks SIGINT/SIGTERM in this thread (and the server threads it starts)
// and returns the set to wait on.
sigset_t BlockStopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  return set;
}

int RunServe(ServeOptions o) {
  auto started = std::chrono::steady_clock::now();
  Result<std::pair<std::string, int>> listen = ParseListenAddress(o.listen);
  if (!listen) {
    std::cerr << "maillint: " << listen.error().message() << "\n";
    return kExitUsage;
  }
  Result<Config> config = LoadConfigWithFlags(o.common);
  if (!config) return kExitUsage;
  if (o.token.empty()) {
    if (const char* env = std::getenv("MAILLINT_SERVE_TOKEN")) o.token = env;
  }
  ServiceOptions service_options;
  service_options.security = {o.token, o.allow_hosts, o.allow_origins};
  service_options.words_path = o.words.empty() ? UserWordsPath() : o.words;
  service_options.log = o.common.quiet ? nullptr : &std::cerr;
  DraftService service(std::move(config.value()), service_options);
  if (Status s = service.Init(); !s.ok()) {
    std::cerr << "maillint: " << s.message() << "\n";
    return kExitUsage;
  }
  HttpServerOptions server_options;
  server_options.address = listen->first;
  server_options.port = listen->second;
  server_options.threads = std::max(1, o.threads);
  server_options.max_body_bytes = o.max_request_bytes;
  sigset_t stop = BlockStopSignals();
  HttpServer server(server_options, [&service](const HttpRequest& r) {
    return service.Handle(r);
  });
  if (Status s = server.Start(); !s.ok()) {
    std::cerr << "maillint: " << s.message() << "\n";
    return kExitUsage;
  }
  if (!IsLoopback(listen->first) && o.token.empty()) {
    std::cerr << "maillint: warning: listening on " << listen->first
              << " without --token: anyone who can reach it can use it\n";
  }
  std::chrono::duration<double, std::milli> ms =
      std::chrono::steady_clock::now() - started;
  bool v6 = listen->first.find(':') != std::string::npos;
  std::cerr << "maillint serve: listening on http://"
            << (v6 ? "[" + listen->first + "]" : listen->first) << ":"
            << server.port() << "/ (ready in " << static_cast<int>(ms.count())
            << " ms)" << std::endl;
  int signal_number = 0;
  sigwait(&stop, &signal_number);
  server.Stop();
  return kExitOk;
}

}  // namespace

void RegisterServeCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve");
  cmd->add_option("--config", o->common.config_path,
                  "configuration file (default: .maillint.yml found upwards)");
  cmd->add_option("--rules", o->common.rules,
                  "rule selection, as rules.select (replaces the config's)");
  cmd->add_flag("--show-sensitive", o->common.show_sensitive,
                "answer sensitive values unmasked (authorized reviewers)");
  cmd->add_option("--listen", o->listen,
                  "ADDR:PORT to listen on (default 127.0.0.1:8089; port 0 "
                  "picks a free one)");
  cmd->add_option("--token", o->token,
                  "require this token on every request (default: "
                  "$MAILLINT_SERVE_TOKEN, else none)");
  cmd->add_option("--allow-host", o->allow_hosts,
                  "a host name requests may use besides IP addresses and "
                  "localhost (repeatable)");
  cmd->add_option("--allow-origin", o->allow_origins,
                  "a web origin allowed to call the API, e.g. "
                  "https://intranet.example.org (repeatable)");
  cmd->add_option("--words", o->words,
                  "the user's word list (default: $MAILLINT_WORDS, else "
                  "~/.config/maillint/words.txt)");
  cmd->add_option("--max-request-bytes", o->max_request_bytes,
                  "largest request body accepted (default 4194304)");
  cmd->add_option("--threads", o->threads, "request threads (default 2)");
  cmd->add_flag("-q,--quiet", o->common.quiet, "no request log on stderr");
  cmd->callback([o, exit_code] { *exit_code = RunServe(*o); });
}

}  // namespace maillint
