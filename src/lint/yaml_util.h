// yaml-cpp at the boundary: loading a file and reading typed values, with
// every error as kInvalidConfig naming file:line:column (1-based). Used by
// the config loader and the rule-file reader. Nothing here throws: yaml-cpp
// exceptions are caught and turned into Status.
#ifndef MAILLINT_SRC_LINT_YAML_UTIL_H_
#define MAILLINT_SRC_LINT_YAML_UTIL_H_

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace maillint {

Status YamlError(const std::string& file, const YAML::Mark& mark,
                 std::string_view message);
// "file:line:col" of `mark`.
std::string YamlPlace(const std::string& file, const YAML::Mark& mark);

// LIMITS (configuration and rule files; see LIMITS in man/maillint.1)
//   A file must be a regular file (a directory, device such as /dev/zero,
//   FIFO or socket is refused without reading; a FIFO is never waited on)
//   of at most kMaxYamlFileBytes, without NUL bytes. Its first document may
//   nest at most kMaxYamlDepth mappings/lists and hold at most
//   kMaxYamlNodes values, each use of an alias counting as every value it
//   names ("billion laughs" documents fail at the alias that crosses the
//   limit); an alias inside the value it names (a cycle) is refused. Every
//   violation is kInvalidConfig naming file:line:column where known.

// 4 MiB: the largest Vale style rule seen is ~100 KB and a rule with
// 100,000 tokens is ~1 MB; a config is a few KB.
inline constexpr size_t kMaxYamlFileBytes = 4 << 20;
// Configurations nest 4 levels, rule files 3.
inline constexpr int kMaxYamlDepth = 64;
// Values in one document; parsing costs ~1 KB of memory per value.
inline constexpr uint64_t kMaxYamlNodes = 250000;

// The bytes of `path` under the limits above.
Result<std::string> ReadYamlText(const std::string& path);
// Parses the first YAML document of `text` under the limits above; `path`
// names it in errors. An empty text gives a Null node.
Result<YAML::Node> ParseYaml(const std::string& path, std::string_view text);
// ReadYamlText, then ParseYaml.
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
