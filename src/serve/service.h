// DraftService: the routes of `maillint serve` over one DraftEngine.
//
//   GET  /                   the draft page (serve/page.h)
//   GET  /rules/FAMILY/NAME  a rule's documentation page (public)
//   GET  /api/v1/rules       [{id, summary, standard, severity, fix, doc}]
//   POST /api/v1/check       {"draft": "...", "to", "subject", "in_reply_to"}
//                            or {"message": "<whole .eml>"} -> the
//                            `check --format json` document; ?include=body
//                            adds each message's (masked) "body_text"
//   GET  /api/v1/words       {"words": [...]}: the user's word list
//   POST /api/v1/words       {"word": "..."}: adds it and reloads the rules
//   POST /v2/check, GET /v2/languages   LanguageTool's API
//                            (serve/languagetool.h)
// Every request passes RequestGuard (serve/security.h) first. Each request
// is logged to `log` as method, path (a token in it masked), status, bytes
// and milliseconds: never a body or query.
//
// Thread-safe: Handle() runs concurrently; the engine is swapped under a
// mutex when the word list changes, and requests keep the one they began
// with.
#ifndef MAILLINT_SRC_SERVE_SERVICE_H_
#define MAILLINT_SRC_SERVE_SERVICE_H_

#include <memory>
#include <mutex>
#include <ostream>
#include <string>

#include "serve/draft_engine.h"
#include "serve/http_server.h"
#include "serve/security.h"

namespace maillint {

struct ServiceOptions {
  SecurityOptions security;
  std::string words_path;       // the user's word list (lint/user_words.h)
  std::ostream* log = nullptr;  // request log; null: none
};

class DraftService {
 public:
  // `config`: the effective configuration without the user's words (they
  // are read from options.words_path now and after every change).
  DraftService(Config config, ServiceOptions options);

  // Loads the rules. Fails on a configuration error.
  Status Init();
  HttpResponse Handle(const HttpRequest& request);

 private:
  HttpResponse Route(const HttpRequest& request, const std::string& path,
                     const std::map<std::string, std::string>& form);
  HttpResponse Check(const HttpRequest& request);
  HttpResponse LanguageToolCheck(
      const HttpRequest& request,
      const std::map<std::string, std::string>& form);
  HttpResponse Rules();
  HttpResponse Words(const HttpRequest& request);
  Status Reload();
  std::shared_ptr<const DraftEngine> engine() const;
  void Log(const HttpRequest& request, const HttpResponse& response,
           double ms) const;

  Config base_config_;
  ServiceOptions options_;
  RequestGuard guard_;
  mutable std::mutex mu_;  // guards engine_ and the word file
  std::shared_ptr<const DraftEngine> engine_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_SERVICE_H_
