// JSON shapes shared by the json and jsonl formats (and the man page's
// "JSON FIELDS" section, which documents them; keep the two in step).
//
// Finding: rule, severity, message, line, column, end_line, end_column,
//   byte_begin, byte_end, file_position, excerpt, suggestion, doc_link.
//   Positions are null when unknown (line 0, byte offset -1); `suggestion`
//   and `doc_link` are null when empty.
// Message: status, error (null unless status is "error"), findings, source
//   {path, index (null for a single-message file), byte_offset, message_id,
//   subject, from}.
// Summary: messages, passed, failed, errors, findings {error, warning, info}.
//
// Excerpts and messages are printed as the runner left them: sensitive values
// are already masked there (lint/finding.h), so nothing here unmasks.
#ifndef MAILLINT_SRC_REPORT_REPORT_JSON_H_
#define MAILLINT_SRC_REPORT_REPORT_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "lint/message_result.h"

namespace maillint {

// Version of the json/jsonl document shape; bump on incompatible changes.
inline constexpr int kReportSchemaVersion = 1;

using OrderedJson = nlohmann::ordered_json;

OrderedJson FindingToJson(const Finding& finding);
OrderedJson MessageResultToJson(const MessageResult& result);
OrderedJson SummaryToJson(const RunSummary& summary);
// {"name": "maillint", "version": ...}
OrderedJson ToolToJson();

// Serializes without throwing: invalid UTF-8 is replaced by U+FFFD.
// `indent` < 0 gives one line.
std::string DumpJson(const OrderedJson& value, int indent = -1);

}  // namespace maillint

#endif  // MAILLINT_SRC_REPORT_REPORT_JSON_H_
