#include "mail/part_decode.h"

#include "base/text.h"
#include "mail/charset.h"
#include "mail/flowed.h"
#include "mail/html_text.h"

namespace maillint {
namespace {

std::string Parameter(GMimeContentType* type, const char* name) {
  const char* value =
      type == nullptr ? nullptr : g_mime_content_type_get_parameter(type, name);
  return value == nullptr ? std::string() : AsciiLower(Trim(value));
}

std::string DispositionOf(GMimeObject* object) {
  const char* d = g_mime_object_get_disposition(object);
  return d == nullptr ? std::string() : AsciiLower(Trim(d));
}

}  // namespace

std::string MimeTypeOf(GMimeObject* object) {
  return MimeTypeOf(g_mime_object_get_content_type(object));
}

std::string MimeTypeOf(GMimeContentType* type) {
  if (type == nullptr) return "text/plain";
  char* mime = g_mime_content_type_get_mime_type(type);
  std::string out = mime == nullptr ? "text/plain" : AsciiLower(mime);
  g_free(mime);
  return out;
}

std::string PartFilename(GMimePart* part) {
  const char* name = g_mime_part_get_filename(part);
  if (name == nullptr) return std::string();
  return NormalizeNfc(RawBytesToUtf8(Trim(name)));
}

bool IsAttachmentDisposition(GMimeObject* object) {
  return DispositionOf(object) == "attachment";
}

bool IsInlineDisposition(GMimeObject* object) {
  return DispositionOf(object) == "inline";
}

std::string DecodedBytes(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return std::string();
  GByteArray* array = g_byte_array_new();
  GMimeStream* stream = g_mime_stream_mem_new_with_byte_array(array);
  g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
  g_mime_data_wrapper_write_to_stream(content, stream);
  std::string out(reinterpret_cast<const char*>(array->data), array->len);
  g_object_unref(stream);
  g_byte_array_free(array, TRUE);
  return out;
}

uint64_t DecodedSize(GMimePart* part) {
  GMimeDataWrapper* content = g_mime_part_get_content(part);
  if (content == nullptr) return 0;
  GMimeStream* stream = g_mime_stream_null_new();
  g_mime_data_wrapper_write_to_stream(content, stream);
  uint64_t size = GMIME_STREAM_NULL(stream)->written;
  g_object_unref(stream);
  return size;
}

std::string NormalizeNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

BodyPart DecodeText(std::string_view bytes, const TextPartType& type) {
  BodyPart body;
  body.content_type = type.mime_type;
  body.charset = type.charset;
  ConvertedText converted = ConvertToUtf8(bytes, body.charset);
  body.bad_charset = converted.used_fallback;
  std::string text = NormalizeNewlines(converted.utf8);
  if (body.content_type == "text/html") {
    RenderedHtml rendered = RenderHtml(text);
    body.html = std::move(text);
    body.text = std::move(rendered.text);
    body.links = std::move(rendered.links);
    body.quote_marks = std::move(rendered.quote_marks);
    return body;
  }
  if (body.content_type == "text/plain" && type.format == "flowed") {
    body.flowed = true;
    text = JoinFlowed(text, type.delsp == "yes");
  }
  body.text = std::move(text);
  return body;
}

TextPartType TypeOf(GMimeContentType* type) {
  TextPartType out;
  out.mime_type = MimeTypeOf(type);
  out.charset = Parameter(type, "charset");
  out.format = Parameter(type, "format");
  out.delsp = Parameter(type, "delsp");
  return out;
}

BodyPart DecodeTextPart(GMimePart* part) {
  return DecodeText(DecodedBytes(part),
                    TypeOf(g_mime_object_get_content_type(GMIME_OBJECT(part))));
}

}  // namespace maillint
