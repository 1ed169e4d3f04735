#include "lint/yaml_util.h"

#include <algorithm>
#include <cstdlib>

#include "base/text.h"
#include "lint/config_schema.h"

namespace maillint {

std::string YamlPlace(const std::string& file, const YAML::Mark& mark) {
  if (mark.line < 0) return file;
  return file + ":" + std::to_string(mark.line + 1) + ":" +
         std::to_string(mark.column + 1);
}

Status YamlError(const std::string& file, const YAML::Mark& mark,
                 std::string_view message) {
  if (mark.line < 0) return Status::InvalidConfig(file, 0, 0, message);
  return Status::InvalidConfig(file, mark.line + 1, mark.column + 1, message);
}

std::string DescribeNode(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "'" + node.Scalar() + "'";
    default:
      return "nothing";
  }
}

namespace {

Status TypeError(const std::string& file, std::string_view key,
                 const YAML::Node& node, std::string_view expected) {
  return YamlError(file, node.Mark(),
                   "'" + std::string(key) + "' expects " +
                       std::string(expected) + ", got " + DescribeNode(node));
}

}  // namespace

Status ReadScalar(const std::string& file, std::string_view key,
                  const YAML::Node& node, std::string* out) {
  if (!node.IsScalar()) return TypeError(file, key, node, "a string");
  *out = node.Scalar();
  return Status::Ok();
}

Status ReadBool(const std::string& file, std::string_view key,
                const YAML::Node& node, bool* out) {
  std::string s = node.IsScalar() ? AsciiLower(node.Scalar()) : "";
  if (s == "true" || s == "yes" || s == "on") {
    *out = true;
  } else if (s == "false" || s == "no" || s == "off") {
    *out = false;
  } else {
    return TypeError(file, key, node, "true or false");
  }
  return Status::Ok();
}

Status ReadInt(const std::string& file, std::string_view key,
               const YAML::Node& node, int* out) {
  if (node.IsScalar()) {
    char* end = nullptr;
    long v = std::strtol(node.Scalar().c_str(), &end, 10);
    if (!node.Scalar().empty() && *end == '\0' && v >= 0 && v <= 1000000) {
      *out = static_cast<int>(v);
      return Status::Ok();
    }
  }
  return TypeError(file, key, node, "a non-negative integer");
}

Status ReadList(const std::string& file, std::string_view key,
                const YAML::Node& node, bool scalar_ok,
                std::vector<std::string>* out) {
  out->clear();
  if (node.IsNull()) return Status::Ok();
  if (scalar_ok && node.IsScalar()) {
    out->push_back(node.Scalar());
    return Status::Ok();
  }
  if (!node.IsSequence()) return TypeError(file, key, node, "a list");
  for (const YAML::Node& item : node) {
    if (!item.IsScalar()) {
      return TypeError(file, key, item, "a list of strings");
    }
    out->push_back(item.Scalar());
  }
  return Status::Ok();
}

Status ExpectMap(const std::string& file, std::string_view key,
                 const YAML::Node& node) {
  if (node.IsMap()) return Status::Ok();
  return TypeError(file, key, node, "a mapping");
}

Status CheckKeys(const std::string& file, const YAML::Node& node,
                 const std::vector<std::string>& known,
                 std::string_view where) {
  for (const auto& entry : node) {
    const YAML::Node& key = entry.first;
    if (!key.IsScalar())
      return YamlError(file, key.Mark(), "keys must be strings");
    if (std::find(known.begin(), known.end(), key.Scalar()) != known.end()) {
      continue;
    }
    return YamlError(file, key.Mark(),
                     UnknownKeyMessage(key.Scalar(), where, known));
  }
  return Status::Ok();
}

}  // namespace maillint
