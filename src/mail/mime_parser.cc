// Placeholder parser: header block and body split on the first blank line.
// Replaced by the GMime-based parser.
#include "mail/mime_parser.h"

#include "base/text.h"

namespace maillint {

void InitMimeLibrary() {}

Result<Message> ParseMessage(const RawMessage& raw, const ParseOptions&) {
  Message m;
  m.origin = raw.origin;
  std::string_view bytes = raw.bytes;
  size_t split = bytes.find("\n\n");
  std::string_view head = split == std::string_view::npos ? "" : bytes.substr(0, split);
  m.has_headers = split != std::string_view::npos && head.find(':') != std::string_view::npos;
  if (!m.has_headers) {
    m.body.text = std::string(bytes);
    return m;
  }
  int line = raw.origin.first_line;
  for (std::string_view l : Split(head, '\n')) {
    size_t colon = l.find(':');
    if (colon != std::string_view::npos && !l.empty() && l[0] != ' ') {
      HeaderField h{std::string(l.substr(0, colon)),
                    std::string(Trim(l.substr(colon + 1))), "", line};
      h.value = h.raw;
      if (EqualsIgnoreCase(h.name, "Subject")) m.subject = h.value;
      m.headers.push_back(h);
    }
    ++line;
  }
  m.body.text = std::string(bytes.substr(split + 2));
  m.body.file_lines = true;
  m.body.first_file_line = line + 1;
  return m;
}

}  // namespace maillint
