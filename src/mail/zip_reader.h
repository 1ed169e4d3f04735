// Zip archives (Google Vault exports, zipped mailboxes), read with
// libarchive straight from the mapped file: no member is extracted to a
// directory. Each member's bytes are collected like a stream (in memory,
// beyond kSpoolMemoryBytes in an unlinked temporary file, input_buffer.h)
// and handed on to be read as any input is (mbox, message, PST, .msg).
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
//   recognized and skipped; every other member is read as mail or
//   reported. A member over kMaxDecompressedBytes, an encrypted member or
//   one whose data is corrupt is an error naming the zip and member, and
//   reading goes on with the next member while the archive allows it.
#ifndef MAILLINT_SRC_MAIL_ZIP_READER_H_
#define MAILLINT_SRC_MAIL_ZIP_READER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "mail/input_buffer.h"

namespace maillint {

struct ZipCallbacks {
  // One member's bytes. Return false to stop reading.
  std::function<bool(const std::string& name,
                     const std::shared_ptr<InputBuffer>& data)>
      on_member;
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
