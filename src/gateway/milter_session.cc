#include "gateway/milter_session.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <string>
#include <vector>

#include "base/text.h"
#include "gateway/gateway_log.h"
#include "gateway/notify.h"
#include "gateway/policy.h"

namespace maillint {
namespace {

using Clock = std::chrono::steady_clock;
using Fields = std::vector<std::pair<std::string, std::string>>;

struct Globals {
  EngineHolder* engines = nullptr;
  CheckPool* pool = nullptr;
  MilterSettings settings;
};
Globals g;
std::atomic<bool> draining{false};

struct MessageState {
  std::shared_ptr<const GatewayEngine> engine;
  Clock::time_point start;
  std::string sender;
  std::vector<std::string> recipients;
  std::string raw;  // headers as CRLF lines, blank line, body as received
  bool too_large = false;
  std::map<std::string, int> header_counts;         // lower-case name -> n
  std::vector<std::pair<std::string, int>> forged;  // X-Maillint-*, index
  bool auto_submitted = false;  // RFC 3834: never send a notice about it
  bool has_subject = false;
  std::string subject;  // raw value of the first Subject
};

struct Session {
  MessageState message;
};

Session* Get(SMFICTX* ctx) { return static_cast<Session*>(smfi_getpriv(ctx)); }

std::string Unbracket(const char* address) {
  std::string_view a = address == nullptr ? "" : address;
  if (a.size() >= 2 && a.front() == '<' && a.back() == '>') {
    a = a.substr(1, a.size() - 2);
  }
  return std::string(a);
}

void Append(MessageState& m, std::string_view bytes) {
  if (m.too_large) return;
  if (m.raw.size() + bytes.size() > g.settings.max_message_bytes) {
    m.too_large = true;
    std::string().swap(m.raw);
    return;
  }
  m.raw.append(bytes);
}

// A header value from the MTA, with its line breaks made CRLF.
std::string CrlfValue(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\n' && (i == 0 || value[i - 1] != '\r')) out += '\r';
    out += value[i];
  }
  return out;
}

// The copy that is checked gets a Bcc field naming the envelope recipients
// its To/Cc/Bcc fields do not show (a blind copy to a family is still mail
// to a family). Only the checked copy: the queued message is untouched.
void AddHiddenRecipients(MessageState& m) {
  std::string header_block =
      AsciiLower(m.raw.substr(0, m.raw.find("\r\n\r\n")));
  std::string field;
  size_t line = 0;
  for (const std::string& r : m.recipients) {
    if (r.empty() || header_block.find(AsciiLower(r)) != std::string::npos) {
      continue;
    }
    if (field.empty()) {
      field = "Bcc: " + r;
    } else if (field.size() - line + r.size() > 70) {
      line = field.size() + 3;
      field += ",\r\n " + r;
    } else {
      field += ", " + r;
    }
  }
  if (!field.empty()) m.raw.insert(0, field + "\r\n");
}

sfsistat OnConnect(SMFICTX* ctx, char*, _SOCK_ADDR*) {
  if (draining)
    return g.settings.tempfail_on_error ? SMFIS_TEMPFAIL : SMFIS_ACCEPT;
  smfi_setpriv(ctx, new Session());
  ++Counters().connections;
  ++Counters().active_connections;
  return SMFIS_CONTINUE;
}

sfsistat OnEnvFrom(SMFICTX* ctx, char** argv) {
  Session* s = Get(ctx);
  if (s == nullptr) return SMFIS_TEMPFAIL;
  s->message = MessageState();
  s->message.engine = g.engines->Get();
  s->message.start = Clock::now();
  s->message.sender = Unbracket(argv[0]);
  return SMFIS_CONTINUE;
}

sfsistat OnEnvRcpt(SMFICTX* ctx, char** argv) {
  Session* s = Get(ctx);
  if (s == nullptr) return SMFIS_TEMPFAIL;
  s->message.recipients.push_back(Unbracket(argv[0]));
  return SMFIS_CONTINUE;
}

sfsistat OnHeader(SMFICTX* ctx, char* name, char* value) {
  Session* s = Get(ctx);
  if (s == nullptr) return SMFIS_TEMPFAIL;
  MessageState& m = s->message;
  std::string lower = AsciiLower(name);
  int index = ++m.header_counts[lower];
  if (StartsWith(lower, "x-maillint-")) {
    m.forged.emplace_back(name, index);
    return SMFIS_CONTINUE;  // not part of what is checked
  }
  if (lower == "auto-submitted") {
    m.auto_submitted = !EqualsIgnoreCase(Trim(value), "no");
  }
  if (lower == "subject" && !m.has_subject) {
    m.has_subject = true;
    m.subject = value;
  }
  Append(m, std::string(name) + ": " + CrlfValue(value) + "\r\n");
  return SMFIS_CONTINUE;
}

sfsistat OnEoh(SMFICTX* ctx) {
  Session* s = Get(ctx);
  if (s == nullptr) return SMFIS_TEMPFAIL;
  Append(s->message, "\r\n");
  return SMFIS_CONTINUE;
}

sfsistat OnBody(SMFICTX* ctx, unsigned char* chunk, size_t length) {
  Session* s = Get(ctx);
  if (s == nullptr) return SMFIS_TEMPFAIL;
  Append(s->message,
         std::string_view(reinterpret_cast<const char*>(chunk), length));
  return SMFIS_CONTINUE;
}

void AddFields(SMFICTX* ctx, const Fields& fields) {
  // Inserted at the top, last first, so they read in order.
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    smfi_insheader(ctx, 0, const_cast<char*>(it->first.c_str()),
                   const_cast<char*>(it->second.c_str()));
  }
}

void DeleteForged(SMFICTX* ctx, const MessageState& m) {
  for (auto it = m.forged.rbegin(); it != m.forged.rend(); ++it) {
    smfi_chgheader(ctx, const_cast<char*>(it->first.c_str()), it->second,
                   nullptr);
  }
}

void Tag(SMFICTX* ctx, const MessageState& m, const std::string& tag) {
  std::string trimmed(Trim(m.subject));
  if (StartsWith(trimmed, std::string(Trim(tag)))) return;
  std::string subject = tag + trimmed;
  if (m.has_subject) {
    smfi_chgheader(ctx, const_cast<char*>("Subject"), 1,
                   const_cast<char*>(subject.c_str()));
  } else {
    smfi_addheader(ctx, const_cast<char*>("Subject"),
                   const_cast<char*>(subject.c_str()));
  }
}

std::string QueueId(SMFICTX* ctx) {
  const char* id = smfi_getsymval(ctx, const_cast<char*>("i"));
  return id == nullptr ? "" : id;
}

// The --on-error outcome for a message without a verdict.
sfsistat Unchecked(SMFICTX* ctx, const MessageState& m, const RecipientMix& mix,
                   MessageLog& log, const std::string& code) {
  ++Counters().errors;
  log.status = "error";
  if (g.settings.tempfail_on_error) {
    ++Counters().tempfailed;
    log.tempfail = true;
    std::string text = ReplyText("maillint: message not checked: " + log.error);
    smfi_setreply(ctx, const_cast<char*>("451"),
                  const_cast<char*>(code.c_str()),
                  const_cast<char*>(text.c_str()));
    return SMFIS_TEMPFAIL;
  }
  AddFields(ctx, ErrorFields(m.engine ? m.engine->gateway() : GatewayConfig(),
                             log.error, mix));
  return SMFIS_CONTINUE;
}

std::string Reply(const Decision& d) {
  std::string ids;
  for (const std::string& id : d.rule_ids)
    ids += (ids.empty() ? "" : ", ") + id;
  return ReplyText(d.reason + (ids.empty() ? "" : " [" + ids + "]"));
}

sfsistat Apply(SMFICTX* ctx, const MessageState& m, const MessageResult& r,
               const RecipientMix& mix, MessageLog& log) {
  const GatewayConfig& gateway = m.engine->gateway();
  Decision d = Decide(gateway, r, mix);
  log.action = d.action;
  ++Counters().by_action[static_cast<int>(d.action)];
  if (d.notify && !m.auto_submitted) {
    Status sent = SendNotice(m.engine->config(), gateway, m.sender, r, d);
    if (!sent.ok()) LogLine("maillint-milter: notify: " + sent.message());
  }
  std::string reply = Reply(d);
  if (d.action == GatewayAction::kHold || d.action == GatewayAction::kReject) {
    bool hold = d.action == GatewayAction::kHold;
    smfi_setreply(ctx, const_cast<char*>(hold ? "451" : "550"),
                  const_cast<char*>(d.code.c_str()),
                  const_cast<char*>(reply.c_str()));
    return hold ? SMFIS_TEMPFAIL : SMFIS_REJECT;
  }
  AddFields(ctx, VerdictFields(gateway, r, mix));
  if (d.action == GatewayAction::kTag) Tag(ctx, m, gateway.tag);
  if (d.action == GatewayAction::kQuarantine) {
    smfi_quarantine(ctx, const_cast<char*>(reply.c_str()));
  }
  return SMFIS_CONTINUE;
}

sfsistat Judge(SMFICTX* ctx, MessageState& m, MessageLog& log) {
  if (!m.engine) {
    log.error = "no configuration loaded";
    return Unchecked(ctx, m, {}, log, "4.3.0");
  }
  RecipientMix mix = ClassifyRecipients(m.engine->config(), m.recipients);
  log.external = mix.external;
  DeleteForged(ctx, m);
  if (m.too_large) {
    log.error = "message larger than --max-size";
    return Unchecked(ctx, m, mix, log, "4.3.4");
  }
  AddHiddenRecipients(m);
  std::optional<MessageResult> r =
      g.pool->Check(m.engine, std::move(m.raw), g.settings.deadline);
  if (!r) {
    ++Counters().deadline_exceeded;
    log.error = "no verdict within --deadline-ms " +
                std::to_string(g.settings.deadline.count());
    return Unchecked(ctx, m, mix, log, "4.4.7");
  }
  for (const Finding& f : r->findings) {
    if (std::find(log.rule_ids.begin(), log.rule_ids.end(), f.rule_id) ==
        log.rule_ids.end()) {
      log.rule_ids.push_back(f.rule_id);
    }
  }
  if (r->status == MessageStatus::kError) {
    log.error = r->error;
    return Unchecked(ctx, m, mix, log, "4.3.0");
  }
  log.status = MessageStatusName(r->status);
  return Apply(ctx, m, *r, mix, log);
}

sfsistat OnEom(SMFICTX* ctx) {
  Session* s = Get(ctx);
  if (s == nullptr) return SMFIS_TEMPFAIL;
  MessageState m = std::move(s->message);
  s->message = MessageState();
  ++Counters().messages;
  MessageLog log;
  log.queue_id = QueueId(ctx);
  log.recipients = static_cast<int>(m.recipients.size());
  log.bytes = m.raw.size();
  sfsistat verdict;
  try {
    verdict = Judge(ctx, m, log);
  } catch (...) {
    log.error = "internal error";
    verdict = Unchecked(ctx, m, {}, log, "4.3.0");
  }
  auto elapsed = Clock::now() - m.start;
  auto us = std::chrono::duration_cast<std::chrono::microseconds>(elapsed);
  Counters().check_microseconds += static_cast<uint64_t>(us.count());
  log.ms = static_cast<double>(us.count()) / 1000.0;
  LogLine(FormatMessageLog(log));
  return verdict;
}

sfsistat OnAbort(SMFICTX* ctx) {
  Session* s = Get(ctx);
  if (s != nullptr && s->message.engine) ++Counters().aborted;
  if (s != nullptr) s->message = MessageState();
  return SMFIS_CONTINUE;
}

sfsistat OnClose(SMFICTX* ctx) {
  Session* s = Get(ctx);
  if (s != nullptr) {
    delete s;
    smfi_setpriv(ctx, nullptr);
    --Counters().active_connections;
  }
  return SMFIS_CONTINUE;
}

}  // namespace

void StartDraining() { draining = true; }

smfiDesc MilterDescription(EngineHolder* engines, CheckPool* pool,
                           const MilterSettings& settings) {
  g.engines = engines;
  g.pool = pool;
  g.settings = settings;
  smfiDesc desc = {};
  desc.xxfi_name = const_cast<char*>("maillint");
  desc.xxfi_version = SMFI_VERSION;
  desc.xxfi_flags = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE;
  desc.xxfi_connect = OnConnect;
  desc.xxfi_envfrom = OnEnvFrom;
  desc.xxfi_envrcpt = OnEnvRcpt;
  desc.xxfi_header = OnHeader;
  desc.xxfi_eoh = OnEoh;
  desc.xxfi_body = OnBody;
  desc.xxfi_eom = OnEom;
  desc.xxfi_abort = OnAbort;
  desc.xxfi_close = OnClose;
  return desc;
}

}  // namespace maillint
