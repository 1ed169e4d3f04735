#include "mail/zip_reader.h"

#include <archive.h>
#include <archive_entry.h>

#include "base/text.h"
#include "mail/limits.h"

namespace maillint {
namespace {

struct ArchiveFree {
  void operator()(struct archive* a) const { archive_read_free(a); }
};

std::string ArchiveError(struct archive* a) {
  const char* e = archive_error_string(a);
  return e != nullptr ? e : "unknown archive error";
}

std::string BaseName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path
                                                     : path.substr(slash + 1));
}

class ZipWalker {
 public:
  ZipWalker(const std::string& path, const ZipCallbacks& callbacks)
      : path_(path), callbacks_(callbacks) {}

  // Reads every member; after a member whose data breaks the archive
  // (libarchive then stops), opens it again and skips past that member, so
  // the members after a damaged one are read when the central directory
  // allows it.
  bool Run(std::string_view data) {
    int skip = 0;
    for (;;) {
      int broken_at = -1;
      if (!Pass(data, skip, &broken_at)) return false;
      if (broken_at < 0 || broken_at + 1 <= skip) return true;
      skip = broken_at + 1;
    }
  }

 private:
  // One pass over the archive, skipping the first `skip` members. Sets
  // `*broken_at` to the index of a member that stopped the archive.
  bool Pass(std::string_view data, int skip, int* broken_at) {
    std::unique_ptr<struct archive, ArchiveFree> a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), data.data(), data.size()) !=
        ARCHIVE_OK) {
      return Error(path_, "not a readable zip archive (" +
                              ArchiveError(a.get()) + "); not checked");
    }
    for (int index = 0;; ++index) {
      struct archive_entry* entry = nullptr;
      int r = archive_read_next_header(a.get(), &entry);
      if (r == ARCHIVE_EOF) return true;
      if (r < ARCHIVE_WARN) {
        if (index < skip) return true;  // reported by the earlier pass
        return Error(path_, "zip archive damaged after " +
                                std::to_string(index) + " member(s) (" +
                                ArchiveError(a.get()) + "); rest not read");
      }
      if (index < skip) {
        if (archive_read_data_skip(a.get()) < ARCHIVE_WARN) return true;
        continue;
      }
      bool keep_going = true;
      if (!Member(a.get(), entry, &keep_going)) return false;
      if (!keep_going) {
        *broken_at = index;
        return true;
      }
    }
  }

  bool Error(const std::string& where, const std::string& what) {
    return callbacks_.on_error(where, Status::ParseError(where, 0, what));
  }

  // Reads one member. `*keep_going` becomes false when the archive cannot
  // go on past it. Returns false when a callback stopped.
  bool Member(struct archive* a, struct archive_entry* entry,
              bool* keep_going) {
    const char* raw_name = archive_entry_pathname_utf8(entry);
    if (raw_name == nullptr) raw_name = archive_entry_pathname(entry);
    std::string name = raw_name != nullptr ? raw_name : "";
    std::string where = path_ + "!" + name;
    if (archive_entry_filetype(entry) == AE_IFDIR || EndsWith(name, "/") ||
        StartsWith(name, "__MACOSX/") || IsExportMetadataName(BaseName(name))) {
      return true;
    }
    if (archive_entry_is_encrypted(entry)) {
      return Error(where, "encrypted zip member; not checked");
    }
    std::unique_ptr<ZipMemberSink> sink = callbacks_.open_member(where);
    const void* block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    uint64_t total = 0;
    int r;
    while ((r = archive_read_data_block(a, &block, &size, &offset)) ==
           ARCHIVE_OK) {
      total += size;
      if (total > kMaxDecompressedBytes) {
        return sink->Finish() &&
               Error(where, "zip member larger than " +
                                std::to_string(kMaxDecompressedBytes) +
                                " bytes; read up to the limit");
      }
      if (!sink->Append(
              std::string_view(static_cast<const char*>(block), size)))
        return false;
    }
    if (!sink->Finish()) return false;
    if (r != ARCHIVE_EOF) {
      *keep_going = r >= ARCHIVE_WARN;
      return Error(where, "zip member damaged (" + ArchiveError(a) +
                              "); read up to the damage");
    }
    return true;
  }

  const std::string& path_;
  const ZipCallbacks& callbacks_;
};

}  // namespace

bool IsExportMetadataName(std::string_view name) {
  std::string lower = AsciiLower(name);
  return EndsWith(lower, "-metadata.xml") || EndsWith(lower, "-metadata.csv") ||
         EndsWith(lower, "-results-count.csv") ||
         EndsWith(lower, "-account-exceptions.csv") ||
         EndsWith(lower, "-group-membership.csv") ||
         EndsWith(lower, "-failed-group-membership-lookups.csv") ||
         lower == "error.csv" || EndsWith(lower, ".md5") ||
         (lower.find("checksum") != std::string::npos &&
          (EndsWith(lower, ".csv") || EndsWith(lower, ".txt")));
}

bool ReadZipArchive(const std::string& path, std::string_view data,
                    const ZipCallbacks& callbacks) {
  return ZipWalker(path, callbacks).Run(data);
}

}  // namespace maillint
