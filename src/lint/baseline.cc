#include "lint/baseline.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace maillint {
namespace {

std::string StringField(const nlohmann::json& object, const char* name) {
  auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

}  // namespace

Result<std::shared_ptr<Baseline>> Baseline::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, "cannot open the baseline");
  std::stringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json doc =
      nlohmann::json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("messages") ||
      !doc["messages"].is_array()) {
    return Status::ParseError(
        path, 0,
        "not a maillint JSON report (make one with check --format json)");
  }
  auto baseline = std::make_shared<Baseline>();
  for (const nlohmann::json& m : doc["messages"]) {
    if (!m.is_object() || !m.contains("findings")) continue;
    std::string source;
    if (m.contains("source") && m["source"].is_object())
      source = StringField(m["source"], "path");
    for (const nlohmann::json& f : m["findings"]) {
      if (!f.is_object()) continue;
      Key key{source, StringField(f, "rule"), StringField(f, "message"),
              StringField(f, "excerpt")};
      ++baseline->known_[key];
      ++baseline->total_;
    }
  }
  return baseline;
}

void Baseline::Apply(MessageResult& result) {
  std::lock_guard lock(mu_);
  auto known = [&](const Finding& f) {
    auto it =
        known_.find(Key{result.origin.path, f.rule_id, f.message, f.excerpt});
    if (it == known_.end() || it->second == 0) return false;
    --it->second;
    return true;
  };
  auto& findings = result.findings;
  findings.erase(std::remove_if(findings.begin(), findings.end(), known),
                 findings.end());
}

}  // namespace maillint
