// ReadMsgFile: Outlook .msg files (MS-OXMSG) through libolecf (see
// outlook_reader.h).
//
// A .msg file is an OLE compound document. Each property set is a storage:
// variable-size properties are streams named __substg1.0_IIIITTTT (id,
// type: 001F UTF-16LE, 001E 8-bit, 0102 binary); fixed-size ones (times,
// integers) are 16-byte entries in __properties_version1.0 after a header
// of 32 bytes (the message), 24 (an attached message) or 8 (recipients,
// attachments). Recipients and attachments are the storages
// __recip_version1.0_#N and __attach_version1.0_#N; an attached message is
// the storage __substg1.0_3701000D inside its attachment.
#include <glib.h>
#include <libolecf.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

#include "base/text.h"
#include "mail/bfio_memory.h"
#include "mail/libyal_error.h"
#include "mail/mapi_message.h"
#include "mail/outlook_reader.h"
#include "mail/rtf_text.h"

namespace maillint {
namespace {

constexpr uint32_t kMaxStreamBytes = 64u << 20;

using OleError = LibyalError<libolecf_error_free, libolecf_error_sprint>;

struct ItemFree {
  void operator()(libolecf_item_t* item) const {
    libolecf_item_free(&item, nullptr);
  }
};
using OleItem = std::unique_ptr<libolecf_item_t, ItemFree>;

struct FileFree {
  void operator()(libolecf_file_t* file) const {
    libolecf_file_close(file, nullptr);
    libolecf_file_free(&file, nullptr);
  }
};

OleItem Child(libolecf_item_t* storage, const std::string& name) {
  libolecf_item_t* sub = nullptr;
  if (libolecf_item_get_sub_item_by_utf8_name(
          storage, reinterpret_cast<const uint8_t*>(name.data()), name.size(),
          &sub, nullptr) != 1) {
    return nullptr;
  }
  return OleItem(sub);
}

std::optional<std::string> ReadStream(libolecf_item_t* stream) {
  uint32_t size = 0;
  if (libolecf_item_get_size(stream, &size, nullptr) != 1 ||
      size > kMaxStreamBytes) {
    return std::nullopt;
  }
  std::string data(size, '\0');
  if (size == 0) return data;
  ssize_t got = libolecf_stream_read_buffer(
      stream, reinterpret_cast<uint8_t*>(data.data()), size, nullptr);
  if (got < 0) return std::nullopt;
  data.resize(static_cast<size_t>(got));
  return data;
}

std::string Utf16ToUtf8(std::string_view bytes) {
  std::vector<gunichar2> units(bytes.size() / 2);
  for (size_t i = 0; i < units.size(); ++i) {
    units[i] = static_cast<gunichar2>(
        static_cast<unsigned char>(bytes[2 * i]) |
        static_cast<unsigned char>(bytes[2 * i + 1]) << 8);
  }
  while (!units.empty() && units.back() == 0) units.pop_back();
  gchar* utf8 = g_utf16_to_utf8(units.data(), static_cast<glong>(units.size()),
                                nullptr, nullptr, nullptr);
  std::string out = utf8 != nullptr ? utf8 : "";
  g_free(utf8);
  return out;
}

std::string Cp1252ToUtf8(std::string_view bytes) {
  while (!bytes.empty() && bytes.back() == '\0') bytes.remove_suffix(1);
  gchar* utf8 = g_convert(bytes.data(), static_cast<gssize>(bytes.size()),
                          "UTF-8", "WINDOWS-1252", nullptr, nullptr, nullptr);
  std::string out = utf8 != nullptr ? utf8 : std::string(bytes);
  g_free(utf8);
  return out;
}

uint64_t Le64(std::string_view d, size_t at) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) {
    v = v << 8 | static_cast<unsigned char>(d[at + i]);
  }
  return v;
}

class MsgProperties : public MapiPropertySource {
 public:
  MsgProperties(libolecf_item_t* storage, size_t header_size)
      : storage_(storage) {
    OleItem fixed = Child(storage, "__properties_version1.0");
    std::optional<std::string> data =
        fixed ? ReadStream(fixed.get()) : std::nullopt;
    if (!data) return;
    for (size_t at = header_size; at + 16 <= data->size(); at += 16) {
      uint32_t tag = static_cast<uint32_t>(Le64(*data, at));
      fixed_[tag] = Le64(*data, at + 8);
    }
  }

  std::optional<std::string> String(uint16_t id) const override {
    if (auto wide = Stream(id, 0x001F)) return Utf16ToUtf8(*wide);
    if (auto narrow = Stream(id, 0x001E)) return Cp1252ToUtf8(*narrow);
    return std::nullopt;
  }
  std::optional<std::string> Binary(uint16_t id) const override {
    return Stream(id, 0x0102);
  }
  std::optional<int64_t> Time(uint16_t id) const override {
    auto it = fixed_.find(static_cast<uint32_t>(id) << 16 | 0x0040);
    if (it == fixed_.end() || it->second == 0) return std::nullopt;
    return FiletimeToUnix(it->second);
  }
  std::optional<uint32_t> Int32(uint16_t id) const override {
    auto it = fixed_.find(static_cast<uint32_t>(id) << 16 | 0x0003);
    if (it == fixed_.end()) return std::nullopt;
    return static_cast<uint32_t>(it->second);
  }

 private:
  std::optional<std::string> Stream(uint16_t id, uint16_t type) const {
    char name[32];
    std::snprintf(name, sizeof name, "__substg1.0_%04X%04X", id, type);
    OleItem stream = Child(storage_, name);
    return stream ? ReadStream(stream.get()) : std::nullopt;
  }

  libolecf_item_t* storage_;
  std::map<uint32_t, uint64_t> fixed_;
};

// The sub-storages of `storage` whose names start with `prefix`, in order.
std::vector<OleItem> Storages(libolecf_item_t* storage,
                              std::string_view prefix) {
  std::vector<std::pair<std::string, OleItem>> found;
  int count = 0;
  libolecf_item_get_number_of_sub_items(storage, &count, nullptr);
  for (int i = 0; i < count; ++i) {
    libolecf_item_t* raw = nullptr;
    if (libolecf_item_get_sub_item(storage, i, &raw, nullptr) != 1) continue;
    OleItem sub(raw);
    size_t size = 0;
    if (libolecf_item_get_utf8_name_size(sub.get(), &size, nullptr) != 1)
      continue;
    std::string name(size, '\0');
    libolecf_item_get_utf8_name(
        sub.get(), reinterpret_cast<uint8_t*>(name.data()), size, nullptr);
    DropTrailingNuls(&name);
    if (StartsWith(name, prefix)) found.emplace_back(name, std::move(sub));
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<OleItem> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

void ReadMessage(libolecf_item_t* storage, size_t header, int depth,
                 MapiMessage* m) {
  MsgProperties props(storage, header);
  ReadMapiEnvelope(props, m);
  m->body_text = props.String(mapi::kBody).value_or("");
  m->body_html = props.Binary(mapi::kHtml).value_or("");
  if (m->body_html.empty())
    m->body_html = props.String(mapi::kHtml).value_or("");
  if (m->body_text.empty() && m->body_html.empty()) {
    if (auto rtf = props.Binary(mapi::kRtfCompressed)) {
      Result<std::string> plain = DecompressRtf(*rtf);
      if (plain) m->body_rtf = plain.value();
    }
  }
  for (OleItem& r : Storages(storage, "__recip_version1.0_")) {
    m->recipients.push_back(ReadMapiRecipient(MsgProperties(r.get(), 8)));
  }
  for (OleItem& a : Storages(storage, "__attach_version1.0_")) {
    MsgProperties aprops(a.get(), 8);
    MapiAttachment attachment = ReadMapiAttachmentInfo(aprops);
    OleItem inner = Child(a.get(), "__substg1.0_3701000D");
    if (inner && depth < kMaxEmbeddedDepth) {
      attachment.embedded = std::make_unique<MapiMessage>();
      ReadMessage(inner.get(), 24, depth + 1, attachment.embedded.get());
    } else {
      attachment.data = aprops.Binary(mapi::kAttachDataBin).value_or("");
    }
    m->attachments.push_back(std::move(attachment));
  }
}

}  // namespace

bool ReadMsgFile(const std::string& display_path, std::string_view data,
                 const ExportCallbacks& callbacks) {
  BfioMemory memory(data);
  if (memory.get() == nullptr) {
    return callbacks.on_error(display_path,
                              Status::Internal("libbfio: no memory handle"));
  }
  libolecf_file_t* raw = nullptr;
  OleError error;
  if (libolecf_file_initialize(&raw, error.out()) != 1) {
    return callbacks.on_error(display_path,
                              Status::Internal("libolecf: " + error.Text()));
  }
  if (libolecf_file_open_file_io_handle(raw, memory.get(), LIBOLECF_OPEN_READ,
                                        error.out()) != 1) {
    libolecf_file_free(&raw, nullptr);
    return callbacks.on_error(
        display_path, Status::ParseError(display_path, 0,
                                         "not a readable OLE compound file (" +
                                             error.Text() + "); not checked"));
  }
  std::unique_ptr<libolecf_file_t, FileFree> file(raw);
  libolecf_item_t* root_raw = nullptr;
  if (libolecf_file_get_root_item(file.get(), &root_raw, error.out()) != 1) {
    return callbacks.on_error(
        display_path, Status::ParseError(display_path, 0,
                                         "OLE file without a root storage (" +
                                             error.Text() + "); not checked"));
  }
  OleItem root(root_raw);
  if (!Child(root.get(), "__properties_version1.0")) {
    return callbacks.on_error(
        display_path,
        Status::ParseError(display_path, 0,
                           "an OLE compound file but not an Outlook .msg "
                           "(no __properties_version1.0 stream); not checked"));
  }
  MapiMessage m;
  ReadMessage(root.get(), 32, 0, &m);
  Origin origin;
  origin.path = display_path;
  return callbacks.on_message(std::move(origin), BuildRfc822(m), {});
}

}  // namespace maillint

// LeakSanitizer (ASan builds and the fuzzers): Debian 12's libolecf
// (20181231) and libpff (20180714) do not free what they allocated when a
// file turns out damaged (libolecf_io_handle_read_ssat,
// libolecf_directory_entry_initialize, found by fuzzing). Those leaks are
// theirs and bounded per file; they are suppressed by library so that our
// own leaks still fail the sanitizer runs. Defined here because every
// program that can read a .msg links this file.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libolecf.so\nleak:libpff.so\nleak:libbfio.so\n";
}
