// Config: the effective configuration of one run.
//
// Built from defaults, then .maillint.yml (lint/config_loader.h), then
// command-line flags. Immutable once the run starts; safe to share between
// threads. Plain data that every layer reads (the mailbox's business clocks
// as much as the rules), so it sits in base/; reading and validating it is
// lint's work.
#ifndef MAILLINT_SRC_BASE_CONFIG_H_
#define MAILLINT_SRC_BASE_CONFIG_H_

#include <map>
#include <string>
#include <vector>

#include "base/severity.h"

namespace maillint {

struct OrganizationConfig {
  std::string name;                  // e.g. "Pittsburgh Public Schools"
  std::vector<std::string> domains;  // lower-case, e.g. "pghschools.org"
  std::string website;               // e.g. "https://www.pghschools.org"
  std::string timezone = "America/New_York";  // IANA name
};

struct TurnaroundConfig {
  double hours = 24;
  std::string clock = "calendar";  // calendar | weekdays | office-hours
  std::string office_hours = "Mon-Fri 08:00-16:30";
  std::vector<std::string> holidays;  // YYYY-MM-DD
};

struct ProofreadingConfig {
  std::vector<std::string> languages = {"en_US"};
  std::vector<std::string> words;  // accepted words
  double max_grade = 10;
};

struct ConfidentialityConfig {
  std::vector<std::string> student_id_patterns;  // RE2
  int max_external_recipients = 5;
};

// A rule option value: a scalar or a list of scalars, as written.
struct OptionValue {
  std::string scalar;
  std::vector<std::string> list;
  bool is_list = false;
  std::string source;  // "default", "file:line", "--flag"
};

struct RulesConfig {
  std::vector<std::string> packs = {"default"};
  std::vector<std::string> paths;               // extra rule folders (absolute)
  std::vector<std::string> select;              // globs: "-*", "greeting.*"
  std::map<std::string, std::string> severity;  // id -> error|warning|info|off
  // rule id -> option name -> value
  std::map<std::string, std::map<std::string, OptionValue>> options;
};

struct Config {
  std::string source_path;  // the .maillint.yml used, empty for defaults
  OrganizationConfig organization;
  TurnaroundConfig turnaround;
  ProofreadingConfig proofreading;
  ConfidentialityConfig confidentiality;
  RulesConfig rules;
  Severity fail_on = Severity::kError;
  bool show_sensitive = false;
  // Where each value set by a file or flag came from, by dotted key
  // ("organization.domains", "rules.severity.tone.blame"): "file:line:col",
  // "--set" or a test header. Keys absent here have their default value.
  std::map<std::string, std::string> sources;

  // True when `domain` (lower-case) is or is below an organization domain.
  bool IsInternalDomain(std::string_view domain) const;
  // True when the address's domain is internal.
  bool IsInternalAddress(std::string_view address) const;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_BASE_CONFIG_H_
