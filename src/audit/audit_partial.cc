#include "audit/audit_partial.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>
#include <sstream>

#include "base/text.h"

namespace maillint {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFormat = "maillint-audit-partial";
constexpr int kVersion = 1;

Json OptionalTime(const std::optional<int64_t>& t) {
  return t ? Json(*t) : Json(nullptr);
}

std::optional<int64_t> ReadOptionalTime(const Json& j) {
  if (j.is_null()) return std::nullopt;
  return j.get<int64_t>();
}

Json FindingJson(const Finding& f) {
  return {
      {"rule", f.rule_id},
      {"severity", static_cast<int>(f.severity)},
      {"message", f.message},
      {"suggestion", f.suggestion},
      {"doc_link", f.doc_link},
      {"sensitive", f.sensitive},
      {"position",
       {f.line, f.column, f.end_line, f.end_column, f.byte_begin, f.byte_end}},
      {"file_position", f.file_position},
      {"excerpt", f.excerpt},
      {"caret", {f.excerpt_column, f.excerpt_width}}};
}

Finding ReadFinding(const Json& j) {
  Finding f;
  f.rule_id = j.at("rule").get<std::string>();
  f.severity = static_cast<Severity>(j.at("severity").get<int>());
  f.message = j.at("message").get<std::string>();
  f.suggestion = j.at("suggestion").get<std::string>();
  f.doc_link = j.at("doc_link").get<std::string>();
  f.sensitive = j.at("sensitive").get<bool>();
  const Json& p = j.at("position");
  f.line = p.at(0).get<int>();
  f.column = p.at(1).get<int>();
  f.end_line = p.at(2).get<int>();
  f.end_column = p.at(3).get<int>();
  f.byte_begin = p.at(4).get<int64_t>();
  f.byte_end = p.at(5).get<int64_t>();
  f.file_position = j.at("file_position").get<bool>();
  f.excerpt = j.at("excerpt").get<std::string>();
  f.excerpt_column = j.at("caret").at(0).get<int>();
  f.excerpt_width = j.at("caret").at(1).get<int>();
  return f;
}

Json CheckJson(const RecordCheck& c) {
  Json findings = Json::array();
  for (const Finding& f : c.findings) findings.push_back(FindingJson(f));
  Json standards = Json::array();
  for (const StandardResult& r : c.standards) {
    standards.push_back({r.applicable, r.counts[0], r.counts[1], r.counts[2]});
  }
  return {{"checked", c.checked},   {"all_rules", c.all_rules},
          {"scored", c.scored},     {"status", static_cast<int>(c.status)},
          {"standards", standards}, {"findings", findings}};
}

RecordCheck ReadCheck(const Json& j) {
  RecordCheck c;
  c.checked = j.at("checked").get<bool>();
  c.all_rules = j.at("all_rules").get<bool>();
  c.scored = j.at("scored").get<bool>();
  c.status = static_cast<MessageStatus>(j.at("status").get<int>());
  const Json& standards = j.at("standards");
  for (size_t i = 0; i < c.standards.size() && i < standards.size(); ++i) {
    c.standards[i].applicable = standards[i].at(0).get<bool>();
    for (int s = 0; s < 3; ++s) {
      c.standards[i].counts[s] = standards[i].at(s + 1).get<int>();
    }
  }
  for (const Json& f : j.at("findings")) c.findings.push_back(ReadFinding(f));
  return c;
}

Json RecordJson(const MailRecord& r, int path, const RecordCheck& check) {
  return {{"input", path},
          {"path", r.path},
          {"path_index", r.path_index},
          {"message_id", r.message_id},
          {"parent_ids", r.parent_ids},
          {"subject", r.subject},
          {"base_subject", r.base_subject},
          {"from_address", r.from_address},
          {"from_name", r.from_name},
          {"to", r.to},
          {"cc", r.cc},
          {"time", r.time},
          {"date_source", static_cast<int>(r.date_source)},
          {"offset_minutes", r.offset_minutes},
          {"header_date", OptionalTime(r.header_date)},
          {"received_time", OptionalTime(r.received_time)},
          {"kind", static_cast<int>(r.kind)},
          {"kind_reason", r.kind_reason},
          {"reply_text_hash", r.reply_text_hash},
          {"same_text_recipients", r.same_text_recipients},
          {"check", CheckJson(check)}};
}

MailRecord ReadRecord(const Json& j) {
  MailRecord r;
  r.path = j.at("path").get<std::string>();
  r.path_index = j.at("path_index").get<int>();
  r.message_id = j.at("message_id").get<std::string>();
  r.parent_ids = j.at("parent_ids").get<std::vector<std::string>>();
  r.subject = j.at("subject").get<std::string>();
  r.base_subject = j.at("base_subject").get<std::string>();
  r.from_address = j.at("from_address").get<std::string>();
  r.from_name = j.at("from_name").get<std::string>();
  r.to = j.at("to").get<std::vector<std::string>>();
  r.cc = j.at("cc").get<std::vector<std::string>>();
  r.time = j.at("time").get<int64_t>();
  r.date_source = static_cast<DateSource>(j.at("date_source").get<int>());
  r.offset_minutes = j.at("offset_minutes").get<int>();
  r.header_date = ReadOptionalTime(j.at("header_date"));
  r.received_time = ReadOptionalTime(j.at("received_time"));
  r.kind = static_cast<MailKind>(j.at("kind").get<int>());
  r.kind_reason = j.at("kind_reason").get<std::string>();
  r.reply_text_hash = j.at("reply_text_hash").get<uint64_t>();
  r.same_text_recipients = j.at("same_text_recipients").get<int>();
  return r;
}

Json PartialJson(const AuditPartial& p) {
  const AuditData& d = p.data;
  Json errors = Json::array();
  for (size_t i = 0; i < d.read_errors.size(); ++i) {
    errors.push_back({d.read_error_path[i], d.read_errors[i]});
  }
  Json records = Json::array();
  for (const MailRecord& r : d.records) {
    records.push_back(RecordJson(r, d.path_of[r.index], d.checks[r.index]));
  }
  return {{"format", kFormat},         {"version", kVersion},
          {"paths", p.paths},          {"shards", p.shards},
          {"covered", p.covered},      {"domains", p.domains},
          {"as_of", d.settings.as_of}, {"limit_hours", d.settings.limit_hours},
          {"clock", d.clock_name},     {"timezone", d.timezone},
          {"excluded", d.excluded},    {"read_errors", errors},
          {"records", records}};
}

AuditPartial FromJson(const Json& j) {
  AuditPartial p;
  p.paths = j.at("paths").get<std::vector<std::string>>();
  p.shards = j.at("shards").get<int>();
  p.covered = j.at("covered").get<std::vector<int>>();
  p.domains = j.at("domains").get<std::vector<std::string>>();
  AuditData& d = p.data;
  d.settings.as_of = j.at("as_of").get<int64_t>();
  d.settings.limit_hours = j.at("limit_hours").get<double>();
  d.clock_name = j.at("clock").get<std::string>();
  d.timezone = j.at("timezone").get<std::string>();
  d.excluded = j.at("excluded").get<int>();
  for (const Json& e : j.at("read_errors")) {
    d.read_error_path.push_back(e.at(0).get<int>());
    d.read_errors.push_back(e.at(1).get<std::string>());
  }
  for (const Json& r : j.at("records")) {
    d.records.push_back(ReadRecord(r));
    d.records.back().index = static_cast<int>(d.records.size()) - 1;
    d.path_of.push_back(r.at("input").get<int>());
    d.checks.push_back(ReadCheck(r.at("check")));
  }
  return p;
}

// Whether two partials come from the same run (all but the shards).
std::string Mismatch(const AuditPartial& a, const AuditPartial& b) {
  if (a.paths != b.paths) return "different PATH arguments";
  if (a.shards != b.shards) return "a different shard count";
  if (a.domains != b.domains) return "different organization domains";
  if (a.data.settings.as_of != b.data.settings.as_of) {
    return "a different --as-of";
  }
  if (a.data.settings.limit_hours != b.data.settings.limit_hours ||
      a.data.clock_name != b.data.clock_name ||
      a.data.timezone != b.data.timezone) {
    return "different turnaround settings";
  }
  return "";
}

int EnvInt(const char* name, int fallback) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return fallback;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  return *end == '\0' ? static_cast<int>(n) : fallback;
}

// K from the environment (1-based), or 0.
int EnvShardIndex() {
  if (int id = EnvInt("SLURM_ARRAY_TASK_ID", -1); id >= 0) {
    return id - EnvInt("SLURM_ARRAY_TASK_MIN", 0) + 1;
  }
  if (int id = EnvInt("JOB_COMPLETION_INDEX", -1); id >= 0) return id + 1;
  return 0;
}

bool ParsePositive(std::string_view text, int* out) {
  if (text.empty() || text.size() > 6) return false;
  int n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return n > 0;
}

}  // namespace

Result<ShardSpec> ParseShard(const std::string& text) {
  std::string_view t = Trim(text);
  if (t == "auto") t = "";
  size_t slash = t.find('/');
  std::string_view k = t.substr(0, slash);
  std::string_view n =
      slash == std::string_view::npos ? "" : t.substr(slash + 1);
  ShardSpec spec;
  spec.index = EnvShardIndex();
  spec.count = EnvInt("SLURM_ARRAY_TASK_COUNT", 0);
  bool ok = (k.empty() || ParsePositive(k, &spec.index)) &&
            (n.empty() || ParsePositive(n, &spec.count));
  if (!ok || spec.index < 1 || spec.count < 1 || spec.index > spec.count) {
    return Status::InvalidArgument(
        "--shard: expected K/N with 1 <= K <= N (e.g. 2/4), or the index "
        "from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX with /N; got '" +
        text + "'");
  }
  return spec;
}

std::vector<int> ShardPaths(size_t paths, const ShardSpec& spec) {
  std::vector<int> mine;
  for (size_t p = 0; p < paths; ++p) {
    if (static_cast<int>(p % spec.count) == spec.index - 1) {
      mine.push_back(static_cast<int>(p));
    }
  }
  return mine;
}

Status WritePartial(const AuditPartial& partial, const std::string& file) {
  std::string tmp = file + ".tmp." + std::to_string(getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(tmp, "cannot create");
    out << PartialJson(partial).dump(-1, ' ', false,
                                     Json::error_handler_t::replace)
        << "\n";
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return Status::IoError(tmp, "write failed");
    }
  }
  if (std::rename(tmp.c_str(), file.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IoError(file, "cannot rename the partial into place");
  }
  return Status::Ok();
}

Result<AuditPartial> ReadPartial(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::IoError(file, "cannot open");
  std::stringstream text;
  text << in.rdbuf();
  Json j = Json::parse(text.str(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || j.value("format", "") != kFormat) {
    return Status::InvalidArgument(file +
                                   ": not a partial audit result (audit "
                                   "--shard writes them)");
  }
  if (j.value("version", 0) != kVersion) {
    return Status::InvalidArgument(file + ": partial version " +
                                   std::to_string(j.value("version", 0)) +
                                   ", this maillint reads version 1");
  }
  try {
    return FromJson(j);
  } catch (const std::exception& e) {
    return Status::InvalidArgument(file + ": damaged partial: " + e.what());
  }
}

Result<AuditPartial> MergePartials(const std::vector<AuditPartial>& parts,
                                   const std::vector<std::string>& files) {
  if (parts.empty()) return Status::InvalidArgument("merge: no partials");
  AuditPartial merged;
  merged.paths = parts[0].paths;
  merged.shards = parts[0].shards;
  merged.domains = parts[0].domains;
  AuditData& m = merged.data;
  m.settings = parts[0].data.settings;
  m.clock_name = parts[0].data.clock_name;
  m.timezone = parts[0].data.timezone;
  std::set<int> covered;
  // (path number, position in its partial, partial) for every record.
  std::vector<std::tuple<int, size_t, size_t>> order;
  std::vector<std::tuple<int, size_t, size_t>> errors;
  for (size_t i = 0; i < parts.size(); ++i) {
    const AuditPartial& p = parts[i];
    if (std::string why = Mismatch(parts[0], p); !why.empty()) {
      return Status::InvalidArgument(files[i] + ": " + why + " than " +
                                     files[0] + "; merge partials of one run");
    }
    for (int shard : p.covered) {
      if (!covered.insert(shard).second) {
        return Status::InvalidArgument(
            files[i] + ": shard " + std::to_string(shard) + "/" +
            std::to_string(p.shards) + " is already in another partial");
      }
    }
    m.excluded += p.data.excluded;
    for (size_t r = 0; r < p.data.records.size(); ++r) {
      order.emplace_back(p.data.path_of[r], r, i);
    }
    for (size_t e = 0; e < p.data.read_errors.size(); ++e) {
      errors.emplace_back(p.data.read_error_path[e], e, i);
    }
  }
  // A path's records all come from one partial, in the order read.
  std::sort(order.begin(), order.end());
  std::sort(errors.begin(), errors.end());
  for (const auto& [path, r, i] : order) {
    m.records.push_back(parts[i].data.records[r]);
    m.records.back().index = static_cast<int>(m.records.size()) - 1;
    m.path_of.push_back(path);
    m.checks.push_back(parts[i].data.checks[r]);
  }
  for (const auto& [path, e, i] : errors) {
    m.read_errors.push_back(parts[i].data.read_errors[e]);
    m.read_error_path.push_back(path);
  }
  merged.covered.assign(covered.begin(), covered.end());
  return merged;
}

}  // namespace maillint
