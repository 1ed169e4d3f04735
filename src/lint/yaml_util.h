// yaml-cpp at the boundary: loading a file and reading typed values, with
// every error as kInvalidConfig naming file:line:column (1-based). Used by
// the config loader and the rule-file reader. Nothing here throws: yaml-cpp
// exceptions are caught and turned into Status.
#ifndef MAILLINT_SRC_LINT_YAML_UTIL_H_
#define MAILLINT_SRC_LINT_YAML_UTIL_H_

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace maillint {

Status YamlError(const std::string& file, const YAML::Mark& mark,
                 std::string_view message);
// "file:line:col" of `mark`.
std::string YamlPlace(const std::string& file, const YAML::Mark& mark);

// Loads one YAML document; an empty file gives a Null node.
Result<YAML::Node> LoadYamlFile(const std::string& path);

// "a mapping", "a list", "a string", "nothing".
std::string DescribeNode(const YAML::Node& node);

// Typed reads; the error names the node's position and `key`.
Status ReadScalar(const std::string& file, std::string_view key,
                  const YAML::Node& node, std::string* out);
Status ReadBool(const std::string& file, std::string_view key,
                const YAML::Node& node, bool* out);
Status ReadInt(const std::string& file, std::string_view key,
               const YAML::Node& node, int* out);
// A sequence of scalars; when `scalar_ok`, a single scalar is a 1-item list.
Status ReadList(const std::string& file, std::string_view key,
                const YAML::Node& node, bool scalar_ok,
                std::vector<std::string>* out);
// Fails when `node` is not a mapping.
Status ExpectMap(const std::string& file, std::string_view key,
                 const YAML::Node& node);
// Fails at the first key of mapping `node` not in `known`, with a
// "did you mean"; `where` names the enclosing key ("" at top level).
Status CheckKeys(const std::string& file, const YAML::Node& node,
                 const std::vector<std::string>& known, std::string_view where);

}  // namespace maillint

#endif  // MAILLINT_SRC_LINT_YAML_UTIL_H_
