#include "mail/mime_walk.h"

#include "base/text.h"
#include "mail/charset.h"
#include "mail/html_text.h"
#include "mail/limits.h"

namespace maillint {
namespace {

bool IsSignature(const std::string& type) {
  return type == "application/pgp-signature" ||
         type == "application/pkcs7-signature" ||
         type == "application/x-pkcs7-signature";
}

bool IsTextLike(const std::string& type) {
  return StartsWith(type, "text/") || type == "message/delivery-status" ||
         type == "message/disposition-notification" ||
         type == "message/feedback-report" || type == "application/ics";
}

std::string CapText(std::string text) {
  if (text.size() > kMaxAttachmentText) {
    text.resize(Utf8Floor(text, kMaxAttachmentText));
  }
  return text;
}

// Body preference of a subtree: 2 holds inline text/plain, 1 holds
// text/html, 0 neither.
int BodyScore(GMimeObject* object, int depth) {
  if (depth > kMaxMimeDepth) return 0;
  if (GMIME_IS_MULTIPART(object)) {
    GMimeMultipart* multipart = GMIME_MULTIPART(object);
    int best = 0;
    int count = g_mime_multipart_get_count(multipart);
    for (int i = 0; i < count && i < kMaxMimeParts; ++i) {
      best = std::max(
          best, BodyScore(g_mime_multipart_get_part(multipart, i), depth + 1));
    }
    return best;
  }
  if (!GMIME_IS_PART(object) || IsAttachmentDisposition(object)) return 0;
  std::string type = MimeTypeOf(object);
  return type == "text/plain" ? 2 : type == "text/html" ? 1 : 0;
}

class Walker {
 public:
  explicit Walker(const ParseOptions& options) : options_(options) {}
  void Walk(GMimeObject* object, int depth, bool body_allowed);
  WalkResult Take() { return std::move(result_); }

 private:
  bool Admit(int depth);
  void Multipart(GMimeMultipart* multipart, int depth, bool body_allowed);
  void Alternative(GMimeMultipart* multipart, int depth, bool body_allowed);
  void EmbeddedMessage(GMimeMessagePart* part, int depth);
  void Leaf(GMimePart* part, bool body_allowed);
  Attachment MakeAttachment(GMimePart* part, const std::string& type);

  const ParseOptions& options_;
  WalkResult result_;
  int parts_ = 0;
  bool depth_reported_ = false;
  bool parts_reported_ = false;
};

bool Walker::Admit(int depth) {
  if (++parts_ > options_.max_parts) {
    if (!parts_reported_) {
      result_.problems.push_back({"mime-parts",
                                  "more than " +
                                      std::to_string(options_.max_parts) +
                                      " MIME parts; the rest was not read",
                                  0, true});
    }
    parts_reported_ = true;
    return false;
  }
  if (depth > options_.max_mime_depth) {
    if (!depth_reported_) {
      result_.problems.push_back({"mime-depth",
                                  "MIME parts nested deeper than " +
                                      std::to_string(options_.max_mime_depth) +
                                      " levels were not read",
                                  0, true});
    }
    depth_reported_ = true;
    return false;
  }
  return true;
}

void Walker::Walk(GMimeObject* object, int depth, bool body_allowed) {
  if (object == nullptr || !Admit(depth)) return;
  if (GMIME_IS_MULTIPART(object)) {
    Multipart(GMIME_MULTIPART(object), depth, body_allowed);
  } else if (GMIME_IS_MESSAGE_PART(object)) {
    EmbeddedMessage(GMIME_MESSAGE_PART(object), depth);
  } else if (GMIME_IS_PART(object)) {
    Leaf(GMIME_PART(object), body_allowed);
  }
}

void Walker::Multipart(GMimeMultipart* multipart, int depth,
                       bool body_allowed) {
  std::string type = MimeTypeOf(GMIME_OBJECT(multipart));
  if (type == "multipart/alternative") {
    Alternative(multipart, depth, body_allowed);
    return;
  }
  int count = g_mime_multipart_get_count(multipart);
  if (type == "multipart/signed" && count > 0) count = 1;
  for (int i = 0; i < count; ++i) {
    // In multipart/related only the root (first) part is body text.
    bool allowed = body_allowed && (type != "multipart/related" || i == 0);
    Walk(g_mime_multipart_get_part(multipart, i), depth + 1, allowed);
  }
}

void Walker::Alternative(GMimeMultipart* multipart, int depth,
                         bool body_allowed) {
  int count = g_mime_multipart_get_count(multipart);
  int chosen = count - 1;
  int best = -1;
  for (int i = 0; i < count; ++i) {
    int score = BodyScore(g_mime_multipart_get_part(multipart, i), depth + 1);
    if (score > best) {
      best = score;
      chosen = i;
    }
  }
  if (chosen >= 0) {
    Walk(g_mime_multipart_get_part(multipart, chosen), depth + 1, body_allowed);
  }
}

void Walker::EmbeddedMessage(GMimeMessagePart* part, int depth) {
  GMimeMessage* inner = g_mime_message_part_get_message(part);
  Attachment attachment;
  attachment.content_type = "message/rfc822";
  attachment.inline_part = IsInlineDisposition(GMIME_OBJECT(part));
  const char* filename = g_mime_object_get_content_disposition_parameter(
      GMIME_OBJECT(part), "filename");
  if (filename != nullptr) attachment.filename = RawBytesToUtf8(filename);
  size_t index = result_.attachments.size();
  result_.attachments.push_back(attachment);
  if (inner == nullptr) return;
  GMimeStream* counter = g_mime_stream_null_new();
  g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, counter);
  result_.attachments[index].size = GMIME_STREAM_NULL(counter)->written;
  g_object_unref(counter);
  size_t body_start = result_.body.size();
  Walk(g_mime_message_get_mime_part(inner), depth + 1, true);
  std::string text;
  for (size_t i = body_start; i < result_.body.size(); ++i) {
    if (!text.empty()) text += "\n";
    text += result_.body[i].text;
  }
  result_.body.resize(body_start);
  result_.attachments[index].text = CapText(std::move(text));
}

void Walker::Leaf(GMimePart* part, bool body_allowed) {
  GMimeObject* object = GMIME_OBJECT(part);
  std::string type = MimeTypeOf(object);
  if (IsSignature(type)) return;
  bool text_body = type == "text/plain" || type == "text/html";
  // A name on an inline text part is a legacy attachment marker, except on
  // the first text part (old clients named their body parts too).
  bool named = !PartFilename(part).empty() && !result_.body.empty();
  if (body_allowed && text_body && !IsAttachmentDisposition(object) && !named) {
    result_.body.push_back(DecodeTextPart(part));
    return;
  }
  result_.attachments.push_back(MakeAttachment(part, type));
}

Attachment Walker::MakeAttachment(GMimePart* part, const std::string& type) {
  Attachment attachment;
  attachment.filename = PartFilename(part);
  attachment.content_type = type;
  attachment.inline_part = IsInlineDisposition(GMIME_OBJECT(part));
  if (!IsTextLike(type)) {
    attachment.size = DecodedSize(part);
    return attachment;
  }
  std::string bytes = DecodedBytes(part);
  attachment.size = bytes.size();
  if (StartsWith(type, "text/")) {
    attachment.text = CapText(DecodeTextPart(part).text);
  } else {
    attachment.text = CapText(NormalizeNewlines(RawBytesToUtf8(bytes)));
  }
  return attachment;
}

}  // namespace

WalkResult WalkMime(GMimeObject* root, const ParseOptions& options) {
  Walker walker(options);
  walker.Walk(root, 0, true);
  return walker.Take();
}

}  // namespace maillint
