// ParseMessage: our header scan (header_block.h, header_fields.h) for the
// top-level fields, GMime for the MIME structure (mime_walk.h), ICU for
// charsets. See mime_parser.h for the contract. A single text part skips
// GMime's object tree, and other messages reach GMime with their MIME
// fields only (lean_mime_parse).
#include "mail/mime_parser.h"

#include <gmime/gmime.h>

#include <mutex>
#include <optional>

#include "base/text.h"
#include "mail/charset.h"
#include "mail/header_block.h"
#include "mail/header_decode.h"
#include "mail/header_fields.h"
#include "mail/limits.h"
#include "mail/mime_walk.h"
#include "mail/part_decode.h"
#include "mail/text_links.h"

namespace maillint {
namespace {

// A GMime stream that reads `bytes` in place. GMimeStreamMem with owner =
// FALSE never frees or grows the array, so the array may point at memory we
// do not own; Release() detaches it again before freeing the array header.
class BorrowedStream {
 public:
  explicit BorrowedStream(std::string_view bytes) : array_(g_byte_array_new()) {
    array_->data = reinterpret_cast<guint8*>(const_cast<char*>(bytes.data()));
    array_->len = static_cast<guint>(bytes.size());
    stream_ = g_mime_stream_mem_new_with_byte_array(array_);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream_), FALSE);
  }
  ~BorrowedStream() {
    g_object_unref(stream_);
    array_->data = nullptr;
    array_->len = 0;
    g_byte_array_free(array_, TRUE);
  }
  BorrowedStream(const BorrowedStream&) = delete;
  BorrowedStream& operator=(const BorrowedStream&) = delete;
  GMimeStream* get() { return stream_; }

 private:
  GByteArray* array_;
  GMimeStream* stream_ = nullptr;
};

// Multipart or message/rfc822 markers; GMime recurses once per nesting
// level while parsing, so inputs with more of them than the part limit
// are not handed to it at all.
int CountStructureMarkers(std::string_view bytes, int stop_after) {
  int count = 0;
  for (size_t pos = 0; (pos = bytes.find('/', pos)) != std::string_view::npos;
       ++pos) {
    if (pos >= 9 && EqualsIgnoreCase(bytes.substr(pos - 9, 9), "multipart")) {
      if (++count > stop_after) break;
    } else if (pos >= 7 &&
               EqualsIgnoreCase(bytes.substr(pos - 7, 7), "message") &&
               EqualsIgnoreCase(bytes.substr(pos + 1, 6), "rfc822")) {
      if (++count > stop_after) break;
    }
  }
  return count;
}

// One set of parser options for every thread; GMime only reads them.
GMimeParserOptions* SharedParserOptions() {
  static GMimeParserOptions* const options = [] {
    GMimeParserOptions* o = g_mime_parser_options_new();
    static const char* kFallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(o, kFallback);
    g_mime_parser_options_set_rfc2047_compliance_mode(
        o, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(
        o, GMIME_RFC_COMPLIANCE_LOOSE);
    return o;
  }();
  return options;
}

WalkResult ParseStructure(std::string_view mime_bytes,
                          const ParseOptions& options) {
  BorrowedStream stream(mime_bytes);
  GMimeParser* parser = g_mime_parser_new_with_stream(stream.get());
  g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
  GMimeMessage* message =
      g_mime_parser_construct_message(parser, SharedParserOptions());
  WalkResult result;
  if (message != nullptr) {
    result = WalkMime(g_mime_message_get_mime_part(message), options);
    g_object_unref(message);
  }
  g_object_unref(parser);
  return result;
}

// The one field of a name, or nullptr when it is absent. Sets `repeated`
// when it occurs more than once (GMime would then apply each in turn).
const RawField* OnlyField(const HeaderBlock& block, std::string_view name,
                          bool* repeated) {
  const RawField* found = nullptr;
  for (const RawField& f : block.fields) {
    if (!EqualsIgnoreCase(f.name, name)) continue;
    if (found != nullptr) *repeated = true;
    found = &f;
  }
  return found;
}

// Removes a base64 or quoted-printable transfer encoding with GMime's own
// decoder; other encodings are already the content.
std::string DecodeTransfer(std::string_view bytes,
                           GMimeContentEncoding encoding) {
  if (encoding != GMIME_CONTENT_ENCODING_BASE64 &&
      encoding != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
    return std::string(bytes);
  }
  GMimeEncoding state;
  g_mime_encoding_init_decode(&state, encoding);
  // outlen bounds what step writes; the margin covers flush's last bytes.
  std::string out(g_mime_encoding_outlen(&state, bytes.size()) + 16, '\0');
  size_t n = g_mime_encoding_step(&state, bytes.data(), bytes.size(), &out[0]);
  n += g_mime_encoding_flush(&state, "", 0, &out[n]);
  out.resize(n);
  return out;
}

// The message with only its MIME header fields (Content-*, MIME-Version)
// and its body: all GMime needs for the part tree, without making it parse
// addresses, dates and Received chains we have already read ourselves.
std::string MimeHeadersAndBody(const HeaderBlock& block,
                               std::string_view bytes) {
  std::string out;
  std::string_view body = bytes.substr(block.end);
  out.reserve(body.size() + 512);
  for (const RawField& f : block.fields) {
    bool mime_field = (f.name.size() > 8 &&
                       EqualsIgnoreCase(f.name.substr(0, 8), "content-")) ||
                      EqualsIgnoreCase(f.name, "MIME-Version");
    if (mime_field) out.append(f.name).append(":").append(f.value);
  }
  out.append(body);
  return out;
}

// A message that is one text part (text/plain or text/html, or no
// Content-Type at all), not marked as an attachment, with no repeated
// Content-* field and an identity, base64 or quoted-printable transfer
// encoding, is decoded here from the fields we scanned, with GMime's
// Content-Type parser and decoders, instead of building GMime's object tree
// for it: most mail is such a message, and the tree costs more than the
// decoding. Gives the same result as ParseStructure
// (mail/lean_parse_test.cc compares the two on the real corpus);
// nullopt for anything else, which ParseStructure then reads.
std::optional<WalkResult> DecodeSingleTextPart(const HeaderBlock& block,
                                               std::string_view body) {
  bool repeated = false;
  const RawField* type_field = OnlyField(block, "Content-Type", &repeated);
  const RawField* encoding_field =
      OnlyField(block, "Content-Transfer-Encoding", &repeated);
  const RawField* disposition_field =
      OnlyField(block, "Content-Disposition", &repeated);
  if (repeated) return std::nullopt;

  TextPartType type;
  if (type_field != nullptr) {
    GMimeContentType* parsed = g_mime_content_type_parse(
        SharedParserOptions(), std::string(type_field->value).c_str());
    type = TypeOf(parsed);
    if (parsed != nullptr) g_object_unref(parsed);
  }
  if (type.mime_type != "text/plain" && type.mime_type != "text/html") {
    return std::nullopt;
  }
  if (disposition_field != nullptr) {
    GMimeContentDisposition* parsed = g_mime_content_disposition_parse(
        SharedParserOptions(), std::string(disposition_field->value).c_str());
    bool attachment =
        parsed != nullptr && g_mime_content_disposition_is_attachment(parsed);
    if (parsed != nullptr) g_object_unref(parsed);
    if (attachment) return std::nullopt;
  }
  GMimeContentEncoding encoding = GMIME_CONTENT_ENCODING_DEFAULT;
  if (encoding_field != nullptr) {
    std::string value(Trim(UnfoldHeader(encoding_field->value)));
    encoding = g_mime_content_encoding_from_string(value.c_str());
  }
  if (encoding == GMIME_CONTENT_ENCODING_UUENCODE) return std::nullopt;

  WalkResult result;
  result.body.push_back(DecodeText(DecodeTransfer(body, encoding), type));
  return result;
}

bool IsPlainPart(std::string_view content_type) {
  return content_type.empty() || content_type == "text/plain";
}

// Joins the body parts and sets the positions (see message.h POSITIONS).
void AssembleBody(WalkResult walk, std::string_view raw_body,
                  int body_file_line, bool single_part, Message* m) {
  Body& body = m->body;
  for (BodyPart& part : walk.body) {
    if (part.bad_charset) {
      m->problems.push_back(
          {"bad-charset",
           "text declared as \"" +
               (part.charset.empty() ? "(none)" : part.charset) +
               "\" is not valid in that charset; read as UTF-8 / Windows-1252",
           0, false});
    }
    if (!body.text.empty() && !EndsWith(body.text, "\n")) body.text += "\n";
    size_t offset = body.text.size();
    for (Link& link : part.links) {
      link.begin += offset;
      link.end += offset;
      m->links.push_back(std::move(link));
    }
    body.text += part.text;
  }
  if (!walk.body.empty()) {
    const BodyPart& first = walk.body.front();
    body.content_type = first.content_type;
    body.charset = first.charset;
    body.flowed = first.flowed;
    if (walk.body.size() == 1) {
      body.html = std::move(walk.body.front().html);
      body.quote_marks = std::move(walk.body.front().quote_marks);
    }
  }
  if (body.text.size() > kMaxBodyTextBytes) {
    body.text.resize(Utf8Floor(body.text, kMaxBodyTextBytes));
    m->problems.push_back({"body-size",
                           "the body text was cut at " +
                               std::to_string(kMaxBodyTextBytes) + " bytes",
                           0, true});
  }
  body.file_lines = single_part && walk.body.size() == 1 &&
                    IsPlainPart(body.content_type) && !body.flowed &&
                    NormalizeNewlines(raw_body) == body.text;
  body.first_file_line = body.file_lines ? body_file_line : 0;
  m->attachments = std::move(walk.attachments);
  for (InputProblem& p : walk.problems) m->problems.push_back(std::move(p));
}

void ParseDraft(const RawMessage& raw, Message* m) {
  m->has_headers = false;
  m->body.content_type = "text/plain";
  m->body.text = NormalizeNfc(NormalizeNewlines(RawBytesToUtf8(raw.bytes)));
  m->body.file_lines = NormalizeNewlines(raw.bytes) == m->body.text;
  m->body.first_file_line = m->body.file_lines ? raw.origin.first_line : 0;
}

bool IsMultipartTop(const Message& m) {
  const HeaderField* type = m.FindHeader("Content-Type");
  if (type == nullptr) return false;
  std::string lower = AsciiLower(Trim(type->raw));
  return StartsWith(lower, "multipart/") || StartsWith(lower, "message/");
}

}  // namespace

void InitMimeLibrary() {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
}

Result<Message> ParseMessage(const RawMessage& raw,
                             const ParseOptions& options) {
  InitMimeLibrary();
  if (!raw.error.ok()) return raw.error;
  Message m;
  m.origin = raw.origin;
  m.problems = raw.problems;
  std::string_view bytes = raw.bytes;
  HeaderBlock block = ScanHeaderBlock(bytes, options.max_header_bytes);
  if (!block.has_headers && !block.too_long) {
    ParseDraft(raw, &m);
    m.links = FindTextLinks(m.body.text, {});
    return m;
  }
  FillHeaderFields(block, raw.origin.first_line, &m);
  if (block.too_long) {
    m.problems.push_back({"header-size",
                          "the header block is longer than " +
                              std::to_string(options.max_header_bytes) +
                              " bytes; the message was not read further",
                          raw.origin.first_line, true});
    return m;
  }
  std::string repaired;
  std::string_view mime_bytes = bytes.substr(block.start);
  if (block.missing_separator) {
    m.problems.push_back({"missing-header-separator",
                          "no empty line between the headers and the body",
                          raw.origin.first_line + block.body_line, false});
    repaired = std::string(bytes.substr(block.start, block.end - block.start)) +
               "\n" + std::string(bytes.substr(block.end));
    mime_bytes = repaired;
  }
  if (CountStructureMarkers(mime_bytes, options.max_parts) >
      options.max_parts) {
    m.problems.push_back({"mime-parts",
                          "more than " + std::to_string(options.max_parts) +
                              " MIME parts; the body was not read",
                          0, true});
    return m;
  }
  std::optional<WalkResult> walk;
  // A separator line holding spaces is a continuation line to GMime; only a
  // truly empty line ends the header block the same way for both readers.
  std::string_view separator =
      bytes.substr(block.end, block.body_offset - block.end);
  if (options.lean_mime_parse && !block.missing_separator &&
      (separator == "\n" || separator == "\r\n")) {
    walk = DecodeSingleTextPart(block, bytes.substr(block.body_offset));
    if (!walk) {
      std::string lean = MimeHeadersAndBody(block, bytes);
      walk = ParseStructure(lean, options);
    }
  }
  if (!walk) walk = ParseStructure(mime_bytes, options);
  AssembleBody(std::move(*walk), bytes.substr(block.body_offset),
               raw.origin.first_line + block.body_line, !IsMultipartTop(m), &m);
  std::vector<Link> text_links = FindTextLinks(m.body.text, m.links);
  m.links.insert(m.links.end(), text_links.begin(), text_links.end());
  return m;
}

}  // namespace maillint
