// Zip archives (Google Vault exports, zipped mailboxes), read with
// libarchive straight from the mapped file: no member is extracted. Each
// member's bytes are handed on as they are decompressed (ZipMemberSink);
// mail/input.cc splits an mbox member as it comes and collects any other
// member (a message, PST, .msg) like a stream before reading it.
//
// WHY LIBARCHIVE
//   libzip and minizip read the central directory at the end of the file,
//   so a truncated download (a Vault export cut off at 9 GB) gives nothing.
//   libarchive reads the central directory when there is one and otherwise
//   the members' local headers in order, so the members before the damage
//   are still read, then an error says where it stopped. It also handles
//   zip64 (Vault's mbox members reach 10 GB) and reports encrypted members.
//
// MEMBERS
//   Named "<zip>!<member path>" in origins. Directories and __MACOSX/ are
//   skipped; Google Vault's metadata files (IsExportMetadataName) are
//   recognized and skipped; every other member is read as mail, in the
//   archive's order (mail/input.cc reports the members that are not mail
//   once per zip). An encrypted member, one whose data is corrupt (read up to
//   the damage) or one over kMaxDecompressedBytes (read up to the limit)
//   is an error naming the zip and member, and reading goes on with the
//   next member while the archive allows it.
#ifndef MAILLINT_SRC_MAIL_ZIP_READER_H_
#define MAILLINT_SRC_MAIL_ZIP_READER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace maillint {

// Receives one member's bytes, in order.
class ZipMemberSink {
 public:
  virtual ~ZipMemberSink() = default;
  // Return false to stop reading.
  virtual bool Append(std::string_view bytes) = 0;
  // The member ends here (complete, or cut by damage reported next).
  virtual bool Finish() = 0;
};

struct ZipCallbacks {
  // A sink for the member `name` ("<zip>!<member path>").
  std::function<std::unique_ptr<ZipMemberSink>(const std::string& name)>
      open_member;
  // A problem at `where` ("<zip>" or "<zip>!<member>"). Return false to stop.
  std::function<bool(const std::string& where, const Status& error)> on_error;
};

// Reads the archive `data` (the content of `path`). Returns false when a
// callback stopped it.
bool ReadZipArchive(const std::string& path, std::string_view data,
                    const ZipCallbacks& callbacks);

// True for the files of a Google Vault export that describe it rather than
// hold mail: *-metadata.xml / *-metadata.csv (message metadata),
// *-results-count.csv, *-account-exceptions.csv, *-group-membership.csv,
// error.csv, and the checksum list (*.md5, *checksums*.csv / .txt).
bool IsExportMetadataName(std::string_view name);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_ZIP_READER_H_
