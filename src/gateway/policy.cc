#include "gateway/policy.h"

#include <algorithm>

#include "base/text.h"
#include "gateway/verdict_headers.h"
#include "lint/rule_selection.h"

namespace maillint {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

bool ScopeMatches(RecipientScope scope, const RecipientMix& mix) {
  switch (scope) {
    case RecipientScope::kAny:
      return true;
    case RecipientScope::kExternal:
      return mix.external > 0;
    case RecipientScope::kInternal:
      return mix.external == 0;
  }
  return false;
}

const PolicyEntry* EntryFor(const GatewayConfig& gateway, const Finding& f,
                            const RecipientMix& mix) {
  for (const PolicyEntry& e : gateway.policy) {
    if (f.severity >= e.severity && ScopeMatches(e.recipients, mix) &&
        GlobMatch(e.match, f.rule_id)) {
      return &e;
    }
  }
  return nullptr;
}

bool IsConfidential(const Finding& f) {
  return StartsWith(f.rule_id, "confidentiality.");
}

// "Name: value\n continued\n" (VerdictHeaders' text) -> (name, value) pairs
// with "\n " continuations, as libmilter takes them.
Fields SplitFields(std::string_view text) {
  Fields fields;
  for (std::string_view line : Split(text, '\n')) {
    if (line.empty()) continue;
    if ((line[0] == ' ' || line[0] == '\t') && !fields.empty()) {
      fields.back().second += "\n" + std::string(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    fields.emplace_back(std::string(line.substr(0, colon)),
                        std::string(Trim(line.substr(colon + 1))));
  }
  return fields;
}

HeaderMode ModeFor(const GatewayConfig& gateway, const RecipientMix& mix) {
  return mix.external > 0 ? gateway.external_headers : gateway.internal_headers;
}

}  // namespace

RecipientMix ClassifyRecipients(const Config& config,
                                const std::vector<std::string>& recipients) {
  RecipientMix mix;
  for (const std::string& r : recipients) {
    ++(config.IsInternalAddress(r) ? mix.internal : mix.external);
  }
  return mix;
}

Decision Decide(const GatewayConfig& gateway, const MessageResult& result,
                const RecipientMix& mix) {
  Decision d;
  for (const Finding& f : result.findings) {
    const PolicyEntry* e = EntryFor(gateway, f, mix);
    if (e == nullptr) continue;
    d.notify = d.notify || e->notify;
    if (e->action < d.action) continue;
    if (e->action > d.action || d.rule_ids.empty()) {
      d.action = e->action;
      d.code = e->code;
      d.reason = e->reason;
      d.rule_ids.clear();
    }
    if (std::find(d.rule_ids.begin(), d.rule_ids.end(), f.rule_id) ==
        d.rule_ids.end()) {
      d.rule_ids.push_back(f.rule_id);
    }
  }
  if (d.action == GatewayAction::kAccept) d.rule_ids.clear();
  return d;
}

Fields VerdictFields(const GatewayConfig& gateway, const MessageResult& result,
                     const RecipientMix& mix) {
  HeaderMode mode = ModeFor(gateway, mix);
  if (mode == HeaderMode::kNone) return {};
  std::string status = MessageStatusName(result.status);
  if (mode == HeaderMode::kStatus) return {{"X-Maillint-Status", status}};
  if (mix.external == 0) return SplitFields(VerdictHeaders(result, "\n"));
  MessageResult shown = result;  // external: no confidentiality.* ids
  std::erase_if(shown.findings, IsConfidential);
  Fields fields = SplitFields(VerdictHeaders(shown, "\n"));
  if (!fields.empty()) fields.front().second = status;
  return fields;
}

Fields ErrorFields(const GatewayConfig& gateway, std::string_view reason,
                   const RecipientMix& mix) {
  HeaderMode mode = ModeFor(gateway, mix);
  if (mode == HeaderMode::kNone) return {};
  if (mode == HeaderMode::kStatus || mix.external > 0) {
    return {{"X-Maillint-Status", "error"}};
  }
  return SplitFields(ErrorHeaders(reason, "\n"));
}

std::string ReplyText(std::string_view text, size_t max_length) {
  std::string out;
  for (char c : text) {
    if (out.size() >= max_length) break;
    if (c < 32 || c > 126) c = ' ';
    out += c;
    if (c == '%') out += '%';
  }
  return out;
}

}  // namespace maillint
