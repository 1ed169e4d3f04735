// Placeholder reader: every path is one message file; "-" is stdin.
// Replaced by the mailbox readers (mbox, Maildir, MH, directories, gzip).
#include "mail/input.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace maillint {

RawMessage RawMessage::FromString(Origin origin, std::string data) {
  auto owned = std::make_shared<std::string>(std::move(data));
  RawMessage m;
  m.origin = std::move(origin);
  m.bytes = *owned;
  m.storage = owned;
  return m;
}

Status ReadInputs(const std::vector<std::string>& paths, const InputOptions&,
                  const RawMessageSink& sink) {
  std::vector<std::string> all = paths.empty() ? std::vector<std::string>{"-"} : paths;
  for (const std::string& path : all) {
    Origin origin;
    origin.path = path;
    std::stringstream buffer;
    if (path == "-") {
      buffer << std::cin.rdbuf();
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        RawMessage bad;
        bad.origin = origin;
        bad.error = Status::IoError(path, "cannot open");
        if (!sink(std::move(bad))) return Status::Internal("stopped");
        continue;
      }
      buffer << in.rdbuf();
    }
    if (!sink(RawMessage::FromString(origin, buffer.str()))) {
      return Status::Internal("stopped");
    }
  }
  return Status::Ok();
}

}  // namespace maillint
