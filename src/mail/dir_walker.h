// Walking directories of mail: Maildir (cur/ new/), Maildir++ (.Folder/),
// MH folders (numbered files), Thunderbird profiles (Inbox + Inbox.sbd/),
// Google Takeout exports, and plain trees of .eml files.
//
// ORDER
//   Entries are visited depth-first in natural order (digit runs compare as
//   numbers: MH message 2 before 10), so every run reads the same order.
//
// WHAT IS SKIPPED (never a mail file)
//   - version-control directories: .git .hg .svn .bzr
//   - tmp/ inside a Maildir (messages still being delivered, per the spec)
//   - mail-store metadata files: *.msf (Thunderbird summaries), dovecot*,
//     maildirfolder, subscriptions, courierimap*, .mh_sequences, .DS_Store,
//     and export descriptions (mail/zip_reader.h: IsExportMetadataName)
//   Other dotfiles are offered with `dotfile` set: the reader reads them
//   when their content is mail and skips them silently otherwise. Every
//   other file is offered, and the reader reports the ones that are not
//   mail. Directories that cannot be read, dangling symlinks, devices,
//   FIFOs and sockets (never opened: that could block), symlink loops and
//   trees deeper than kMaxDirectoryDepth are reported through `on_error`.
#ifndef MAILLINT_SRC_MAIL_DIR_WALKER_H_
#define MAILLINT_SRC_MAIL_DIR_WALKER_H_

#include <functional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace maillint {

struct WalkCallbacks {
  // A file to read. Return false to stop the walk.
  std::function<bool(const std::string& path, bool dotfile)> on_file;
  // A path that could not be walked. Return false to stop the walk.
  std::function<bool(const std::string& path, const Status& error)> on_error;
};

// Walks the directory `root`. Returns false when a callback stopped it.
bool WalkDirectory(const std::string& root, const WalkCallbacks& callbacks);

// Natural order: "2" < "10", "a9" < "a10"; ties broken bytewise.
bool NaturalLess(std::string_view a, std::string_view b);

// True for mail-store metadata files that are never mail (see above).
bool IsMetadataFile(std::string_view name);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_DIR_WALKER_H_
