#include "mail/dir_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>
#include <vector>

#include "base/text.h"
#include "mail/limits.h"
#include "mail/zip_reader.h"

namespace maillint {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Compares the digit runs starting at a[i] and b[j]; advances both.
int CompareNumbers(std::string_view a, size_t& i, std::string_view b,
                   size_t& j) {
  while (i < a.size() && a[i] == '0' && i + 1 < a.size() && IsDigit(a[i + 1]))
    ++i;
  while (j < b.size() && b[j] == '0' && j + 1 < b.size() && IsDigit(b[j + 1]))
    ++j;
  size_t ei = i, ej = j;
  while (ei < a.size() && IsDigit(a[ei])) ++ei;
  while (ej < b.size() && IsDigit(b[ej])) ++ej;
  int result = 0;
  if (ei - i != ej - j) {
    result = ei - i < ej - j ? -1 : 1;
  } else {
    result = a.substr(i, ei - i).compare(b.substr(j, ej - j));
  }
  i = ei;
  j = ej;
  return result;
}

bool IsVcsDirectory(std::string_view name) {
  return name == ".git" || name == ".hg" || name == ".svn" || name == ".bzr";
}

struct Entry {
  std::string name;
  bool is_dir = false;
  bool is_regular = false;
  int stat_errno = 0;  // why stat failed (a dangling symlink), else 0
};

struct Walker {
  const WalkCallbacks& callbacks;
  std::set<std::pair<dev_t, ino_t>> visited;

  bool Error(const std::string& path, const std::string& what) {
    return callbacks.on_error(path, Status::IoError(path, what));
  }

  // Reads and sorts the entries of `dir`; false when it cannot be read.
  bool List(const std::string& dir, std::vector<Entry>* entries,
            std::string* error) {
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) {
      *error = std::string("cannot read directory: ") + std::strerror(errno);
      return false;
    }
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      struct stat st;
      Entry entry{std::move(name)};
      if (stat((dir + "/" + entry.name).c_str(), &st) == 0) {
        entry.is_dir = S_ISDIR(st.st_mode);
        entry.is_regular = S_ISREG(st.st_mode);
      } else {
        entry.stat_errno = errno;
      }
      entries->push_back(std::move(entry));
    }
    closedir(d);
    std::sort(entries->begin(), entries->end(),
              [](const Entry& a, const Entry& b) {
                return NaturalLess(a.name, b.name);
              });
    return true;
  }

  static bool IsMaildir(const std::vector<Entry>& entries) {
    auto has = [&](std::string_view n) {
      return std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
        return e.is_dir && e.name == n;
      });
    };
    return has("cur") && has("new");
  }

  bool Walk(const std::string& dir, int depth) {
    struct stat st;
    if (stat(dir.c_str(), &st) != 0) return Error(dir, std::strerror(errno));
    if (!visited.insert({st.st_dev, st.st_ino}).second) {
      return Error(dir, "directory already visited (symlink loop); skipped");
    }
    if (depth > kMaxDirectoryDepth) {
      return Error(dir, "directory nesting deeper than " +
                            std::to_string(kMaxDirectoryDepth) +
                            " levels; skipped");
    }
    std::vector<Entry> entries;
    std::string error;
    if (!List(dir, &entries, &error)) return Error(dir, error);
    bool maildir = IsMaildir(entries);
    std::string prefix = EndsWith(dir, "/") ? dir : dir + "/";
    for (const Entry& e : entries) {
      bool dot = e.name[0] == '.';
      if (e.is_dir) {
        if (IsVcsDirectory(e.name) || (maildir && e.name == "tmp")) continue;
        if (!Walk(prefix + e.name, depth + 1)) return false;
      } else if (!e.is_regular) {
        std::string what =
            e.stat_errno != 0
                ? std::string("cannot open: ") + std::strerror(e.stat_errno)
                : "not a regular file (device, FIFO or socket); skipped";
        if (!Error(prefix + e.name, what)) return false;
      } else if (!IsMetadataFile(e.name)) {
        if (!callbacks.on_file(prefix + e.name, dot)) return false;
      }
    }
    return true;
  }
};

}  // namespace

bool NaturalLess(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (IsDigit(a[i]) && IsDigit(b[j])) {
      int c = CompareNumbers(a, i, b, j);
      if (c != 0) return c < 0;
      continue;
    }
    if (a[i] != b[j]) {
      return static_cast<unsigned char>(a[i]) <
             static_cast<unsigned char>(b[j]);
    }
    ++i;
    ++j;
  }
  if (i < a.size() || j < b.size()) return j < b.size() && i >= a.size();
  return a < b;
}

bool IsMetadataFile(std::string_view name) {
  return EndsWith(name, ".msf") || StartsWith(name, "dovecot") ||
         name == "maildirfolder" || name == "subscriptions" ||
         StartsWith(name, "courierimap") || name == ".mh_sequences" ||
         name == ".DS_Store" || IsExportMetadataName(name);
}

bool WalkDirectory(const std::string& root, const WalkCallbacks& callbacks) {
  Walker walker{callbacks, {}};
  return walker.Walk(root, 0);
}

}  // namespace maillint
