// GatewayConfig: what `maillint milter` does with a verdict, from the
// `gateway:` section of .maillint.yml (the lint loader skips that key).
//
//   gateway:
//     policy:                       # first entry matching a finding wins
//       - match: "confidentiality.*"  # rule-id glob (default "*")
//         severity: error             # lowest severity matched (default info)
//         recipients: external        # external | internal | any (default)
//         action: quarantine          #
//         accept|tag|quarantine|hold|reject|notify code: "5.7.1" # hold: 4.x.x,
//         reject: 5.x.x reason: "student ID in mail to an outside address;
//         remove it" notify: true                # also explain the findings to
//         the sender
//     headers:
//       internal: full              # none | status | full (default full)
//       external: none              # default none: families see no verdict
//     tag: "[maillint] "            # Subject prefix for `tag`
//     notify:
//       command: "/usr/sbin/sendmail -oi -f '<>' -t"
//       from: "maillint@district.example"
//
// A message's action is the strongest one over its findings (accept < tag
// < notify < quarantine < hold < reject); findings no entry matches are
// accepted. Without `policy` the defaults apply: confidentiality errors in
// mail to any external recipient are quarantined (Postfix's hold queue),
// everything else is accepted with headers.
//
// "external": a recipient whose domain is not one of organization.domains.
#ifndef MAILLINT_SRC_GATEWAY_GATEWAY_CONFIG_H_
#define MAILLINT_SRC_GATEWAY_GATEWAY_CONFIG_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "lint/finding.h"

namespace maillint {

// In increasing strength; the message takes the strongest.
enum class GatewayAction {
  kAccept,
  kTag,
  kNotify,
  kQuarantine,
  kHold,
  kReject
};
const char* GatewayActionName(GatewayAction action);

enum class RecipientScope { kAny, kExternal, kInternal };
enum class HeaderMode { kNone, kStatus, kFull };

struct PolicyEntry {
  std::string match = "*";
  Severity severity = Severity::kInfo;
  RecipientScope recipients = RecipientScope::kAny;
  GatewayAction action = GatewayAction::kAccept;
  bool notify = false;
  std::string code;    // enhanced status code; filled per action if empty
  std::string reason;  // printable ASCII, for the SMTP reply or quarantine
  std::string source;  // "file:line:col" or "default"
};

struct GatewayConfig {
  std::vector<PolicyEntry> policy = DefaultPolicy();
  HeaderMode internal_headers = HeaderMode::kFull;
  HeaderMode external_headers = HeaderMode::kNone;
  std::string tag = "[maillint] ";
  std::string notify_command = "/usr/sbin/sendmail -oi -f '<>' -t";
  std::string notify_from;  // empty: "maillint@<first organization domain>"

  static std::vector<PolicyEntry> DefaultPolicy();
};

// Reads the `gateway:` section of `config_path` ("" or no section: the
// defaults). Errors name file:line:column (kInvalidConfig).
Result<GatewayConfig> LoadGatewayConfig(const std::string& config_path);

}  // namespace maillint

#endif  // MAILLINT_SRC_GATEWAY_GATEWAY_CONFIG_H_
