// Outlook stores as messages: PST/OST files (libpff) and .msg files
// (OLE compound documents, libolecf). Each mail item becomes an RFC 5322
// message built from its MAPI properties (mail/mapi_message.h says which).
//
// ORIGIN
//   PST/OST: "<file>!/<folder path>" and the item's 0-based index in that
//   folder (pffexport numbers the same items Message00001... from 1), in
//   folder order, sub-folders after the folder's own items.
//   .msg: the file, index -1.
//
// WHAT IS READ
//   Mail items (IPM.Note and its kinds, reports, meeting requests). Contacts,
//   appointments, tasks, notes and distribution lists are not mail and are
//   skipped without a word. Recovered (deleted) items are not read.
//
// ERRORS
//   A file that is not a readable store or .msg gives one error naming it
//   (libpff's/libolecf's reason follows). An item that cannot be read gives
//   an error naming the file, folder and index, and reading goes on with
//   the next item; an item read in part (an attachment or body that libpff
//   cannot read) is delivered with an "export-incomplete" problem naming
//   what is missing (an input.export-incomplete error finding). A PST/OST
//   shorter than its header says (a cut-off download) gives the items libpff
//   can still read, then an error.
//
// Both libraries read the bytes in place through a libbfio memory handle
// (mail/bfio_memory.h): a mapped file or a zip member, never a copy.
#ifndef MAILLINT_SRC_MAIL_OUTLOOK_READER_H_
#define MAILLINT_SRC_MAIL_OUTLOOK_READER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "mail/message.h"

namespace maillint {

struct ExportCallbacks {
  // One message, with "export-incomplete" in `problems` when part of the
  // item (a body, an attachment, the recipients) could not be read. Return
  // false to stop reading.
  std::function<bool(Origin origin, std::string message,
                     std::vector<InputProblem> problems)>
      on_message;
  // A problem at `where`. Return false to stop reading.
  std::function<bool(const std::string& where, const Status& error)> on_error;
};

// `data` is the content of the file `display_path` (which names it in
// origins and errors). Both return false when a callback stopped reading.
bool ReadPstFile(const std::string& display_path, std::string_view data,
                 const ExportCallbacks& callbacks);
bool ReadMsgFile(const std::string& display_path, std::string_view data,
                 const ExportCallbacks& callbacks);

}  // namespace maillint

#endif  // MAILLINT_SRC_MAIL_OUTLOOK_READER_H_
