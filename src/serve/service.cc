#include "serve/service.h"

#include <chrono>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "lint/user_words.h"
#include "report/report_json.h"
#include "serve/form.h"
#include "serve/languagetool.h"
#include "serve/page.h"
#include "serve/rule_doc_page.h"

namespace maillint {
namespace {

using Form = std::map<std::string, std::string>;

// The page may run only its own inline script and talk only to this server.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'unsafe-inline'; style-src "
    "'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'";

HttpResponse Html(std::string body) {
  HttpResponse r = HttpResponse::Text(200, std::move(body));
  r.content_type = "text/html; charset=utf-8";
  r.headers.push_back({"Content-Security-Policy", kPagePolicy});
  r.headers.push_back({"X-Frame-Options", "DENY"});
  return r;
}

HttpResponse JsonError(int status, const std::string& message) {
  return HttpResponse::Json(status,
                            DumpJson(OrderedJson{{"error", message}}) + "\n");
}

std::string JsonString(const nlohmann::json& doc, const char* name) {
  auto it = doc.find(name);
  return it != doc.end() && it->is_string() ? it->get<std::string>() : "";
}

bool IsFormBody(const HttpRequest& request) {
  return StartsWith(AsciiLower(request.Header("content-type")),
                    "application/x-www-form-urlencoded");
}

}  // namespace

DraftService::DraftService(Config config, ServiceOptions options)
    : base_config_(std::move(config)),
      options_(std::move(options)),
      guard_(options_.security) {}

Status DraftService::Init() {
  if (Status s = Reload(); !s.ok()) return s;
  engine()->WarmUp();
  return Status::Ok();
}

Status DraftService::Reload() {
  Config config = base_config_;
  AddUserWords(options_.words_path, config);
  auto engine = DraftEngine::Create(std::move(config));
  if (!engine) return engine.error();
  std::lock_guard lock(mu_);
  engine_ = std::move(engine.value());
  return Status::Ok();
}

std::shared_ptr<const DraftEngine> DraftService::engine() const {
  std::lock_guard lock(mu_);
  return engine_;
}

HttpResponse DraftService::Handle(const HttpRequest& request) {
  auto start = std::chrono::steady_clock::now();
  Form form = request.query;
  if (IsFormBody(request)) {
    for (auto& [k, v] : ParseForm(request.body)) form[k] = std::move(v);
  }
  std::string path = RequestGuard::StripTokenPrefix(request.path);
  HttpResponse response;
  if (auto refusal = guard_.Check(request, form, StartsWith(path, "/rules/"))) {
    response = std::move(*refusal);
  } else {
    response = Route(request, path, form);
    for (auto& h : guard_.CorsHeaders(request)) response.headers.push_back(h);
  }
  std::chrono::duration<double, std::milli> ms =
      std::chrono::steady_clock::now() - start;
  Log(request, response, ms.count());
  return response;
}

HttpResponse DraftService::Route(const HttpRequest& request,
                                 const std::string& path, const Form& form) {
  const std::string& method = request.method;
  if (method == "OPTIONS") return HttpResponse::Text(204, "");
  bool get = method == "GET" || method == "HEAD";
  bool post = method == "POST";
  if (path == "/" && get) return Html(DraftPageHtml());
  if (StartsWith(path, "/rules/") && get) {
    std::string id = path.substr(7);
    std::replace(id.begin(), id.end(), '/', '.');
    Result<std::string> page = RuleDocPage(id);
    if (!page) return HttpResponse::Text(404, "no such rule page\n");
    return Html(std::move(page.value()));
  }
  if (path == "/api/v1/check" && post) return Check(request);
  if (path == "/api/v1/rules" && get) return Rules();
  if (path == "/api/v1/words" && (get || post)) return Words(request);
  if (path == "/v2/check" && (get || post))
    return LanguageToolCheck(request, form);
  if (path == "/v2/languages" && get) {
    return HttpResponse::Json(200, LtLanguagesResponse(engine()->config()));
  }
  bool known = path == "/" || StartsWith(path, "/rules/") ||
               path == "/api/v1/check" || path == "/api/v1/rules" ||
               path == "/api/v1/words" || path == "/v2/check" ||
               path == "/v2/languages";
  if (known) return HttpResponse::Text(405, "method not allowed\n");
  return HttpResponse::Text(404, "not found\n");
}

HttpResponse DraftService::Check(const HttpRequest& request) {
  nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    return JsonError(400, "the body must be a JSON object");
  }
  DraftInput input;
  input.message = JsonString(body, "message");
  input.draft = JsonString(body, "draft");
  if (input.message.empty() == input.draft.empty()) {
    return JsonError(400, "give either \"draft\" or \"message\"");
  }
  input.context.to = JsonString(body, "to");
  input.context.subject = JsonString(body, "subject");
  std::string original = JsonString(body, "in_reply_to");
  if (!Trim(original).empty()) {
    Result<Message> replied = ParseRepliedMessage("in_reply_to", original);
    if (!replied) return JsonError(400, replied.error().message());
    input.context.replied = std::make_shared<Message>(std::move(*replied));
  }
  auto current = engine();
  CheckedDraft checked = current->Check(input);
  auto include = request.query.find("include");
  bool with_body = include != request.query.end() && include->second == "body";
  return HttpResponse::Json(200, CheckResultJson(*current, checked, with_body));
}

HttpResponse DraftService::LanguageToolCheck(const HttpRequest& request,
                                             const Form& form) {
  Result<LtText> text = LtTextFromForm(form);
  if (!text) return HttpResponse::Text(400, text.error().message() + "\n");
  auto current = engine();
  DraftInput input;
  input.draft = text->plain;
  CheckedDraft checked = current->Check(input);
  std::string base = "http://" + request.Header("host") + "/rules/";
  return HttpResponse::Json(
      200, LtCheckResponse(*current, checked, *text, form, base));
}

HttpResponse DraftService::Rules() {
  auto current = engine();
  OrderedJson list = OrderedJson::array();
  for (const RuleInfo* info : current->rule_infos()) {
    std::string kind = SuggestionKind(*info);
    std::string family = info->family();
    list.push_back({{"id", info->id},
                    {"summary", info->summary},
                    {"standard", info->standard},
                    {"fix", kind.empty() ? OrderedJson() : OrderedJson(kind)},
                    {"doc", "/rules/" + family + "/" +
                                info->id.substr(family.size() + 1)}});
  }
  return HttpResponse::Json(200, DumpJson(list));
}

HttpResponse DraftService::Words(const HttpRequest& request) {
  if (request.method == "POST") {
    nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
    std::string word = body.is_object() ? JsonString(body, "word") : "";
    Status added;
    {
      std::lock_guard lock(mu_);
      added = AddUserWord(options_.words_path, word);
    }
    if (!added.ok()) return JsonError(400, added.message());
    if (Status s = Reload(); !s.ok()) return JsonError(500, s.message());
  }
  OrderedJson words = ReadUserWords(options_.words_path);
  return HttpResponse::Json(200, DumpJson(OrderedJson{{"words", words}}));
}

void DraftService::Log(const HttpRequest& request, const HttpResponse& response,
                       double ms) const {
  if (options_.log == nullptr) return;
  std::string path = request.path;
  if (StartsWith(path, "/t/"))
    path = "/t/***" + RequestGuard::StripTokenPrefix(path);
  char took[32];
  std::snprintf(took, sizeof took, "%.1f", ms);
  std::lock_guard lock(mu_);
  *options_.log << "serve: " << request.method << " " << path << " "
                << response.status << " " << response.body.size() << " bytes "
                << took << " ms\n";
  options_.log->flush();
}

}  // namespace maillint
