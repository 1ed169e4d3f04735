// ReadPstFile: PST/OST stores through libpff (see outlook_reader.h).
#include <libpff.h>

#include <memory>

#include "base/text.h"
#include "mail/bfio_memory.h"
#include "mail/libyal_error.h"
#include "mail/mapi_message.h"
#include "mail/outlook_reader.h"

namespace maillint {
namespace {

constexpr int kMaxFolderDepth = 64;
constexpr uint64_t kMaxAttachmentBytes = 32ull << 20;

using PffError = LibyalError<libpff_error_free, libpff_error_sprint>;

struct ItemFree {
  void operator()(libpff_item_t* item) const {
    libpff_item_free(&item, nullptr);
  }
};
using Item = std::unique_ptr<libpff_item_t, ItemFree>;

struct RecordSetFree {
  void operator()(libpff_record_set_t* set) const {
    libpff_record_set_free(&set, nullptr);
  }
};
using RecordSet = std::unique_ptr<libpff_record_set_t, RecordSetFree>;

struct EntryFree {
  void operator()(libpff_record_entry_t* entry) const {
    libpff_record_entry_free(&entry, nullptr);
  }
};
using Entry = std::unique_ptr<libpff_record_entry_t, EntryFree>;

struct FileFree {
  void operator()(libpff_file_t* file) const {
    libpff_file_close(file, nullptr);
    libpff_file_free(&file, nullptr);
  }
};

// One record set of an item (a message, a recipient, an attachment).
class PffProperties : public MapiPropertySource {
 public:
  PffProperties(libpff_item_t* item, int index) {
    libpff_record_set_t* set = nullptr;
    if (libpff_item_get_record_set_by_index(item, index, &set, nullptr) == 1)
      set_.reset(set);
  }

  std::optional<std::string> String(uint16_t id) const override {
    Entry e = Find(id);
    size_t size = 0;
    if (!e || libpff_record_entry_get_data_as_utf8_string_size(e.get(), &size,
                                                               nullptr) != 1) {
      return std::nullopt;
    }
    std::string s(size, '\0');
    if (libpff_record_entry_get_data_as_utf8_string(
            e.get(), reinterpret_cast<uint8_t*>(s.data()), size, nullptr) != 1)
      return std::nullopt;
    DropTrailingNuls(&s);
    return s;
  }
  std::optional<std::string> Binary(uint16_t id) const override {
    Entry e = Find(id);
    size_t size = 0;
    if (!e || libpff_record_entry_get_data_size(e.get(), &size, nullptr) != 1)
      return std::nullopt;
    std::string s(size, '\0');
    if (size > 0 &&
        libpff_record_entry_get_data(
            e.get(), reinterpret_cast<uint8_t*>(s.data()), size, nullptr) != 1)
      return std::nullopt;
    return s;
  }
  std::optional<int64_t> Time(uint16_t id) const override {
    Entry e = Find(id);
    uint64_t filetime = 0;
    if (!e ||
        libpff_record_entry_get_data_as_filetime(e.get(), &filetime, nullptr) !=
            1 ||
        filetime == 0) {
      return std::nullopt;
    }
    return FiletimeToUnix(filetime);
  }
  std::optional<uint32_t> Int32(uint16_t id) const override {
    Entry e = Find(id);
    uint32_t value = 0;
    if (!e || libpff_record_entry_get_data_as_32bit_integer(e.get(), &value,
                                                            nullptr) != 1)
      return std::nullopt;
    return value;
  }

 private:
  Entry Find(uint16_t id) const {
    libpff_record_entry_t* entry = nullptr;
    if (!set_ ||
        libpff_record_set_get_entry_by_type(
            set_.get(), id, 0, &entry,
            LIBPFF_ENTRY_VALUE_FLAG_MATCH_ANY_VALUE_TYPE, nullptr) != 1) {
      return nullptr;
    }
    return Entry(entry);
  }

  RecordSet set_;
};

// A body through libpff's own accessors (they decompress RTF).
using BodySize = int (*)(libpff_item_t*, size_t*, libpff_error_t**);
using BodyRead = int (*)(libpff_item_t*, uint8_t*, size_t, libpff_error_t**);

std::string ReadBody(libpff_item_t* item, BodySize size_of, BodyRead read,
                     const char* what, MapiMessage* m) {
  size_t size = 0;
  int found = size_of(item, &size, nullptr);
  if (found == 0 || (found == 1 && size == 0)) return "";
  std::string body(found == 1 ? size : 0, '\0');
  if (found != 1 ||
      read(item, reinterpret_cast<uint8_t*>(body.data()), size, nullptr) != 1) {
    m->unread.push_back(what);
    return "";
  }
  DropTrailingNuls(&body);
  return body;
}

enum class ItemKind { kMail, kNotMail, kUnreadable };

// Mail items by libpff's type; an item libpff cannot type is mail when its
// message class says so, and unreadable when it has none.
ItemKind KindOf(libpff_item_t* item) {
  uint8_t type = LIBPFF_ITEM_TYPE_UNDEFINED;
  if (libpff_item_get_type(item, &type, nullptr) != 1) {
    return ItemKind::kUnreadable;
  }
  if (type == LIBPFF_ITEM_TYPE_EMAIL || type == LIBPFF_ITEM_TYPE_EMAIL_SMIME ||
      type == LIBPFF_ITEM_TYPE_MEETING) {
    return ItemKind::kMail;
  }
  if (type != LIBPFF_ITEM_TYPE_UNDEFINED) return ItemKind::kNotMail;
  std::string message_class =
      PffProperties(item, 0).String(mapi::kMessageClass).value_or("");
  if (message_class.empty()) return ItemKind::kUnreadable;
  bool mail = StartsWith(message_class, "IPM.Note") ||
              StartsWith(message_class, "REPORT.IPM.Note");
  return mail ? ItemKind::kMail : ItemKind::kNotMail;
}

bool ReadItem(libpff_item_t* item, int depth, MapiMessage* m, PffError* error);

// Reads an attached Outlook item; false when it cannot be read.
bool ReadEmbedded(libpff_item_t* attachment, int depth, MapiAttachment* a) {
  libpff_item_t* raw = nullptr;
  if (libpff_attachment_get_item(attachment, &raw, nullptr) != 1) return false;
  Item inner(raw);
  auto embedded = std::make_unique<MapiMessage>();
  PffError ignored;
  if (!ReadItem(inner.get(), depth + 1, embedded.get(), &ignored)) return false;
  a->embedded = std::move(embedded);
  return true;
}

// Reads attached file data; false when it cannot be read whole.
bool ReadData(libpff_item_t* attachment, MapiAttachment* a) {
  size64_t size = 0;
  if (libpff_attachment_get_data_size(attachment, &size, nullptr) != 1 ||
      size > kMaxAttachmentBytes) {
    return false;
  }
  a->data.resize(size);
  ssize_t got = libpff_attachment_data_read_buffer(
      attachment, reinterpret_cast<uint8_t*>(a->data.data()), size, nullptr);
  if (got != static_cast<ssize_t>(size)) {
    a->data.clear();
    return size == 0;
  }
  return true;
}

void ReadAttachment(libpff_item_t* attachment, int depth, MapiMessage* m) {
  MapiAttachment a = ReadMapiAttachmentInfo(PffProperties(attachment, 0));
  int type = 0;
  libpff_attachment_get_type(attachment, &type, nullptr);
  bool ok = true;
  if (type == LIBPFF_ATTACHMENT_TYPE_ITEM && depth < kMaxEmbeddedDepth) {
    ok = ReadEmbedded(attachment, depth, &a);
  } else if (type == LIBPFF_ATTACHMENT_TYPE_DATA) {
    ok = ReadData(attachment, &a);
  }
  if (!ok) {
    m->unread.push_back("attachment '" +
                        (a.filename.empty() ? "?" : a.filename) + "'");
  }
  m->attachments.push_back(std::move(a));
}

void ReadRecipients(libpff_item_t* item, MapiMessage* m) {
  libpff_item_t* raw = nullptr;
  int found = libpff_message_get_recipients(item, &raw, nullptr);
  if (found == -1) m->unread.push_back("the recipients");
  if (found != 1) return;
  Item recipients(raw);
  int count = 0;
  libpff_item_get_number_of_record_sets(recipients.get(), &count, nullptr);
  for (int i = 0; i < count; ++i) {
    m->recipients.push_back(
        ReadMapiRecipient(PffProperties(recipients.get(), i)));
  }
}

bool ReadItem(libpff_item_t* item, int depth, MapiMessage* m, PffError* error) {
  int sets = 0;
  if (libpff_item_get_number_of_record_sets(item, &sets, error->out()) != 1 ||
      sets < 1) {
    return false;
  }
  ReadMapiEnvelope(PffProperties(item, 0), m);
  m->body_text =
      ReadBody(item, libpff_message_get_plain_text_body_size,
               libpff_message_get_plain_text_body, "the plain-text body", m);
  m->body_html = ReadBody(item, libpff_message_get_html_body_size,
                          libpff_message_get_html_body, "the HTML body", m);
  if (m->body_text.empty() && m->body_html.empty()) {
    m->body_rtf = ReadBody(item, libpff_message_get_rtf_body_size,
                           libpff_message_get_rtf_body, "the RTF body", m);
  }
  ReadRecipients(item, m);
  int attachments = 0;
  if (libpff_message_get_number_of_attachments(item, &attachments, nullptr) ==
      -1) {
    m->unread.push_back("the attachment list");
  }
  for (int i = 0; i < attachments; ++i) {
    libpff_item_t* raw = nullptr;
    if (libpff_message_get_attachment(item, i, &raw, nullptr) != 1) {
      m->unread.push_back("attachment " + std::to_string(i + 1));
      continue;
    }
    Item attachment(raw);
    ReadAttachment(attachment.get(), depth, m);
  }
  return true;
}

std::string FolderName(libpff_item_t* folder) {
  size_t size = 0;
  if (libpff_folder_get_utf8_name_size(folder, &size, nullptr) != 1 ||
      size == 0) {
    return "";
  }
  std::string name(size, '\0');
  if (libpff_folder_get_utf8_name(
          folder, reinterpret_cast<uint8_t*>(name.data()), size, nullptr) != 1)
    return "";
  DropTrailingNuls(&name);
  return name;
}

// The "export-incomplete" problem for parts of `m` (or of the items
// attached to it) that could not be read.
std::vector<InputProblem> Incomplete(const MapiMessage& m) {
  std::vector<std::string> missing = m.unread;
  for (const MapiAttachment& a : m.attachments) {
    if (a.embedded) {
      for (const std::string& u : a.embedded->unread) {
        missing.push_back(u + " of attached item '" + a.filename + "'");
      }
    }
  }
  if (missing.empty()) return {};
  std::string what;
  for (const std::string& part : missing) {
    what += (what.empty() ? "" : ", ") + part;
  }
  return {{"export-incomplete",
           "the store holds parts of this item that could not be read (" +
               what + "); they were not checked",
           0, true}};
}

class PstWalker {
 public:
  PstWalker(const std::string& display, const ExportCallbacks& callbacks)
      : display_(display), callbacks_(callbacks) {}

  bool Folder(libpff_item_t* folder, const std::string& path, int depth) {
    int messages = 0;
    PffError error;
    if (libpff_folder_get_number_of_sub_messages(folder, &messages,
                                                 error.out()) != 1) {
      if (!Error(path, -1, "cannot list the folder's items: " + error.Text()))
        return false;
      messages = 0;
    }
    for (int i = 0; i < messages; ++i) {
      if (!Message(folder, path, i)) return false;
    }
    int folders = 0;
    PffError list_error;
    if (libpff_folder_get_number_of_sub_folders(folder, &folders,
                                                list_error.out()) != 1) {
      folders = 0;
      if (!Error(path, -1, "cannot list the sub-folders: " + list_error.Text()))
        return false;
    }
    for (int i = 0; i < folders; ++i) {
      libpff_item_t* raw = nullptr;
      PffError sub_error;
      if (libpff_folder_get_sub_folder(folder, i, &raw, sub_error.out()) != 1) {
        if (!Error(path, -1,
                   "cannot read sub-folder " + std::to_string(i) + ": " +
                       sub_error.Text()))
          return false;
        continue;
      }
      Item sub(raw);
      if (depth >= kMaxFolderDepth) {
        return Error(path, -1, "folders nested too deeply; not read");
      }
      if (!Folder(sub.get(), path + "/" + FolderName(sub.get()), depth + 1))
        return false;
    }
    return true;
  }

 private:
  std::string Where(const std::string& folder) const {
    return display_ + "!" + (folder.empty() ? "/" : folder);
  }

  bool Error(const std::string& folder, int index, const std::string& what) {
    std::string where = Where(folder);
    if (index >= 0) where += "#" + std::to_string(index);
    return callbacks_.on_error(where, Status::ParseError(where, 0, what));
  }

  bool Message(libpff_item_t* folder, const std::string& path, int index) {
    libpff_item_t* raw = nullptr;
    PffError error;
    if (libpff_folder_get_sub_message(folder, index, &raw, error.out()) != 1) {
      return Error(path, index, "cannot read the item: " + error.Text());
    }
    Item item(raw);
    ItemKind kind = KindOf(item.get());
    if (kind == ItemKind::kNotMail) return true;
    if (kind == ItemKind::kUnreadable) {
      return Error(path, index,
                   "the item's properties cannot be read (no message class); "
                   "not checked");
    }
    MapiMessage m;
    if (!ReadItem(item.get(), 0, &m, &error)) {
      return Error(path, index, "cannot read the item: " + error.Text());
    }
    Origin origin;
    origin.path = Where(path);
    origin.index = index;
    return callbacks_.on_message(std::move(origin), BuildRfc822(m),
                                 Incomplete(m));
  }

  const std::string& display_;
  const ExportCallbacks& callbacks_;
};

uint64_t LittleEndian(std::string_view data, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) {
    v = v << 8 | static_cast<unsigned char>(data[at + i]);
  }
  return v;
}

// The file size the header declares (ROOT.ibFileEof, MS-PST 2.2.2.5): 8
// bytes at 184 in Unicode files (wVer >= 23), 4 bytes at 172 in ANSI ones.
uint64_t DeclaredSize(std::string_view data) {
  if (data.size() < 192) return 0;
  bool unicode = LittleEndian(data, 10, 2) >= 23;
  return unicode ? LittleEndian(data, 184, 8) : LittleEndian(data, 172, 4);
}

}  // namespace

bool ReadPstFile(const std::string& display_path, std::string_view data,
                 const ExportCallbacks& callbacks) {
  BfioMemory memory(data);
  if (memory.get() == nullptr) {
    return callbacks.on_error(display_path,
                              Status::Internal("libbfio: no memory handle"));
  }
  libpff_file_t* raw = nullptr;
  PffError error;
  if (libpff_file_initialize(&raw, error.out()) != 1) {
    return callbacks.on_error(display_path,
                              Status::Internal("libpff: " + error.Text()));
  }
  if (libpff_file_open_file_io_handle(raw, memory.get(), LIBPFF_OPEN_READ,
                                      error.out()) != 1) {
    libpff_file_free(&raw, nullptr);
    return callbacks.on_error(
        display_path, Status::ParseError(display_path, 0,
                                         "not a readable PST/OST file (" +
                                             error.Text() + "); not checked"));
  }
  std::unique_ptr<libpff_file_t, FileFree> file(raw);
  libpff_item_t* root = nullptr;
  if (libpff_file_get_root_folder(file.get(), &root, error.out()) != 1) {
    return callbacks.on_error(
        display_path,
        Status::ParseError(display_path, 0,
                           "PST/OST file without a readable folder tree (" +
                               error.Text() + "); not checked"));
  }
  Item root_folder(root);
  PstWalker walker(display_path, callbacks);
  if (!walker.Folder(root_folder.get(), "", 0)) return false;
  // libpff reads what is there; a cut-off download must still be told.
  uint64_t declared = DeclaredSize(data);
  if (declared > data.size()) {
    return callbacks.on_error(
        display_path,
        Status::ParseError(
            display_path, 0,
            "PST/OST file truncated: " + std::to_string(data.size()) + " of " +
                std::to_string(declared) +
                " bytes; items stored past the cut are "
                "missing or incomplete"));
  }
  return true;
}

}  // namespace maillint
