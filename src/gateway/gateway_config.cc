#include "gateway/gateway_config.h"

#include <array>

#include "base/text.h"
#include "lint/yaml_util.h"

namespace maillint {
namespace {

constexpr std::array<const char*, 6> kActionNames = {
    "accept", "tag", "notify", "quarantine", "hold", "reject"};

template <typename T>
Status ReadEnum(const std::string& file, std::string_view key,
                const YAML::Node& node, const std::vector<std::string>& names,
                T* out) {
  std::string value;
  if (Status s = ReadScalar(file, key, node, &value); !s.ok()) return s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == value) {
      *out = static_cast<T>(i);
      return Status::Ok();
    }
  }
  std::string expected;
  for (const std::string& name : names) {
    expected += (expected.empty() ? "" : ", ") + name;
  }
  return YamlError(file, node.Mark(),
                   "'" + std::string(key) + "': expected one of " + expected +
                       ", got '" + value + "'");
}

std::vector<std::string> ActionNames() {
  return {kActionNames.begin(), kActionNames.end()};
}

// "4.7.1" style: class digit, subject and detail numbers.
bool IsEnhancedCode(std::string_view code, char klass) {
  std::vector<std::string_view> parts = Split(code, '.');
  if (parts.size() != 3 || code[0] != klass) return false;
  for (std::string_view p : parts) {
    if (p.empty() || p.size() > 3) return false;
    for (char c : p) {
      if (c < '0' || c > '9') return false;
    }
  }
  return true;
}

// Fills the code and reason an action needs and checks the code's class.
Status Complete(const std::string& file, const YAML::Node& node,
                PolicyEntry* e) {
  char klass = e->action == GatewayAction::kReject ? '5' : '4';
  if (e->code.empty()) e->code = std::string(1, klass) + ".7.1";
  if (e->reason.empty()) {
    e->reason = e->action == GatewayAction::kQuarantine
                    ? "held for review by maillint"
                    : "message not sent: maillint found problems";
  }
  bool needs_code =
      e->action == GatewayAction::kHold || e->action == GatewayAction::kReject;
  if (needs_code && !IsEnhancedCode(e->code, klass)) {
    return YamlError(file, node.Mark(),
                     "'code': expected an enhanced status code " +
                         std::string(1, klass) + ".x.y for " +
                         GatewayActionName(e->action) + ", got '" + e->code +
                         "'");
  }
  for (char c : e->reason) {
    if (c < 32 || c > 126) {
      return YamlError(file, node.Mark(),
                       "'reason': printable ASCII only (it is an SMTP reply)");
    }
  }
  if (e->action == GatewayAction::kNotify) e->notify = true;
  return Status::Ok();
}

Status ReadEntry(const std::string& file, const YAML::Node& node,
                 PolicyEntry* e) {
  if (Status s = ExpectMap(file, "gateway.policy entry", node); !s.ok())
    return s;
  static const std::vector<std::string> kKeys = {
      "match", "severity", "recipients", "action", "code", "reason", "notify"};
  if (Status s = CheckKeys(file, node, kKeys, "gateway.policy"); !s.ok())
    return s;
  e->source = YamlPlace(file, node.Mark());
  Status s;
  if (node["match"]) s = ReadScalar(file, "match", node["match"], &e->match);
  if (s.ok() && node["severity"]) {
    s = ReadEnum(file, "severity", node["severity"],
                 {"info", "warning", "error"}, &e->severity);
  }
  if (s.ok() && node["recipients"]) {
    s = ReadEnum(file, "recipients", node["recipients"],
                 {"any", "external", "internal"}, &e->recipients);
  }
  if (s.ok() && !node["action"]) {
    s = YamlError(file, node.Mark(), "gateway.policy entry without 'action'");
  }
  if (s.ok()) {
    s = ReadEnum(file, "action", node["action"], ActionNames(), &e->action);
  }
  if (s.ok() && node["code"])
    s = ReadScalar(file, "code", node["code"], &e->code);
  if (s.ok() && node["reason"])
    s = ReadScalar(file, "reason", node["reason"], &e->reason);
  if (s.ok() && node["notify"])
    s = ReadBool(file, "notify", node["notify"], &e->notify);
  return s.ok() ? Complete(file, node, e) : s;
}

Status ReadHeaders(const std::string& file, const YAML::Node& node,
                   GatewayConfig* g) {
  if (Status s = ExpectMap(file, "gateway.headers", node); !s.ok()) return s;
  if (Status s =
          CheckKeys(file, node, {"internal", "external"}, "gateway.headers");
      !s.ok()) {
    return s;
  }
  const std::vector<std::string> modes = {"none", "status", "full"};
  Status s;
  if (node["internal"]) {
    s = ReadEnum(file, "internal", node["internal"], modes,
                 &g->internal_headers);
  }
  if (s.ok() && node["external"]) {
    s = ReadEnum(file, "external", node["external"], modes,
                 &g->external_headers);
  }
  return s;
}

Status ReadNotify(const std::string& file, const YAML::Node& node,
                  GatewayConfig* g) {
  if (Status s = ExpectMap(file, "gateway.notify", node); !s.ok()) return s;
  if (Status s = CheckKeys(file, node, {"command", "from"}, "gateway.notify");
      !s.ok()) {
    return s;
  }
  Status s;
  if (node["command"])
    s = ReadScalar(file, "command", node["command"], &g->notify_command);
  if (s.ok() && node["from"])
    s = ReadScalar(file, "from", node["from"], &g->notify_from);
  return s;
}

Status ReadPolicy(const std::string& file, const YAML::Node& node,
                  GatewayConfig* g) {
  if (!node.IsSequence()) {
    return YamlError(
        file, node.Mark(),
        "'gateway.policy': expected a list, got " + DescribeNode(node));
  }
  g->policy.clear();
  for (const YAML::Node& item : node) {
    PolicyEntry entry;
    if (Status s = ReadEntry(file, item, &entry); !s.ok()) return s;
    g->policy.push_back(std::move(entry));
  }
  return Status::Ok();
}

Status ReadGateway(const std::string& file, const YAML::Node& node,
                   GatewayConfig* g) {
  if (Status s = ExpectMap(file, "gateway", node); !s.ok()) return s;
  if (Status s = CheckKeys(file, node, {"policy", "headers", "tag", "notify"},
                           "gateway");
      !s.ok()) {
    return s;
  }
  Status s;
  if (node["policy"]) s = ReadPolicy(file, node["policy"], g);
  if (s.ok() && node["headers"]) s = ReadHeaders(file, node["headers"], g);
  if (s.ok() && node["tag"]) s = ReadScalar(file, "tag", node["tag"], &g->tag);
  if (s.ok() && node["notify"]) s = ReadNotify(file, node["notify"], g);
  return s;
}

}  // namespace

const char* GatewayActionName(GatewayAction action) {
  return kActionNames[static_cast<size_t>(action)];
}

std::vector<PolicyEntry> GatewayConfig::DefaultPolicy() {
  PolicyEntry confidential;
  confidential.match = "confidentiality.*";
  confidential.severity = Severity::kError;
  confidential.recipients = RecipientScope::kExternal;
  confidential.action = GatewayAction::kQuarantine;
  confidential.code = "4.7.1";
  confidential.reason =
      "confidential student information in mail to an outside address; "
      "held for review";
  confidential.source = "default";
  return {confidential};
}

Result<GatewayConfig> LoadGatewayConfig(const std::string& config_path) {
  GatewayConfig gateway;
  if (config_path.empty()) return gateway;
  Result<YAML::Node> root = LoadYamlFile(config_path);
  if (!root) return root.error();
  if (!root->IsMap() || !(*root)["gateway"]) return gateway;
  const YAML::Node node = (*root)["gateway"];
  if (node.IsNull()) return gateway;
  try {
    if (Status s = ReadGateway(config_path, node, &gateway); !s.ok()) return s;
  } catch (const YAML::Exception& e) {
    return YamlError(config_path, e.mark, e.msg);
  }
  return gateway;
}

}  // namespace maillint
