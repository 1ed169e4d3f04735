#include "mail/rtf_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "base/text.h"

namespace maillint {
namespace {

uint32_t ReadLe32(std::string_view d, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(d[at])) |
         static_cast<uint32_t>(static_cast<unsigned char>(d[at + 1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(d[at + 2])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(d[at + 3])) << 24;
}

// The dictionary's initial content, MS-OXRTFCP 2.1.2.1.
constexpr std::string_view kPrefix =
    "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman "
    "\\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New "
    "RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

constexpr uint32_t kCompressed = 0x75465A4C;    // "LZFu"
constexpr uint32_t kUncompressed = 0x414C454D;  // "MELA"

bool IsSkippedDestination(std::string_view word) {
  static const char* kWords[] = {
      "fonttbl",   "colortbl",     "stylesheet", "info",
      "pict",      "object",       "header",     "footer",
      "listtable", "themedata",    "rsidtbl",    "xmlnstbl",
      "datastore", "latentstyles", "generator",  "listoverridetable",
      "filetbl",   "revtbl",       "mmathPr",    "fldinst"};
  for (const char* w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// Windows-1252 bytes 0x80-0x9F; the rest map to the same code point.
uint32_t Cp1252(unsigned char c) {
  static const uint16_t kHigh[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return c >= 0x80 && c < 0xA0 ? kHigh[c - 0x80] : c;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Group {
  bool skip = false;
  int uc = 1;  // fallback characters after \uN
};

class RtfReader {
 public:
  explicit RtfReader(std::string_view rtf) : rtf_(rtf) {}

  std::string Run() {
    groups_.push_back(Group());
    while (pos_ < rtf_.size()) {
      char c = rtf_[pos_++];
      if (c == '{') {
        if (groups_.size() < kMaxRtfDepth) groups_.push_back(groups_.back());
        first_in_group_ = true;
        continue;
      }
      if (c == '}') {
        if (groups_.size() > 1) groups_.pop_back();
        continue;
      }
      if (c == '\\') {
        Control();
      } else if (c != '\r' && c != '\n') {
        Emit(static_cast<unsigned char>(c));
      }
      first_in_group_ = false;
    }
    return out_;
  }

 private:
  bool skipping() const { return groups_.back().skip; }

  void Emit(uint32_t cp) {
    if (pending_skip_ > 0) {
      --pending_skip_;
      return;
    }
    if (skipping()) return;
    if (cp == '\t' || cp == '\n' || cp >= 0x20) AppendUtf8(cp, &out_);
  }

  void Control() {
    if (pos_ >= rtf_.size()) return;
    char c = rtf_[pos_];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
      ++pos_;
      Symbol(c);
      return;
    }
    size_t start = pos_;
    while (pos_ < rtf_.size() && ((rtf_[pos_] >= 'a' && rtf_[pos_] <= 'z') ||
                                  (rtf_[pos_] >= 'A' && rtf_[pos_] <= 'Z'))) {
      ++pos_;
    }
    std::string_view word = rtf_.substr(start, pos_ - start);
    bool has_arg = false;
    long arg = 0;
    size_t arg_start = pos_;
    if (pos_ < rtf_.size() &&
        (rtf_[pos_] == '-' ||
         std::isdigit(static_cast<unsigned char>(rtf_[pos_])))) {
      ++pos_;
      while (pos_ < rtf_.size() &&
             std::isdigit(static_cast<unsigned char>(rtf_[pos_]))) {
        ++pos_;
      }
      arg = std::strtol(
          std::string(rtf_.substr(arg_start, pos_ - arg_start)).c_str(),
          nullptr, 10);
      has_arg = true;
    }
    if (pos_ < rtf_.size() && rtf_[pos_] == ' ') ++pos_;
    Word(word, has_arg, arg);
  }

  void Symbol(char c) {
    if (c == '*') {
      groups_.back().skip = true;
    } else if (c == '\'') {
      if (pos_ + 1 < rtf_.size() && HexDigit(rtf_[pos_]) >= 0 &&
          HexDigit(rtf_[pos_ + 1]) >= 0) {
        Emit(Cp1252(static_cast<unsigned char>(HexDigit(rtf_[pos_]) * 16 +
                                               HexDigit(rtf_[pos_ + 1]))));
        pos_ += 2;
      }
    } else if (c == '~') {
      Emit(0xA0);
    } else if (c == '_') {
      Emit('-');
    } else if (c == '{' || c == '}' || c == '\\') {
      Emit(static_cast<unsigned char>(c));
    } else if (c == '\n' || c == '\r') {
      Emit('\n');
    }
  }

  void Word(std::string_view word, bool has_arg, long arg) {
    if (first_in_group_ && IsSkippedDestination(word)) {
      groups_.back().skip = true;
    } else if (word == "par" || word == "line" || word == "row") {
      Emit('\n');
    } else if (word == "tab" || word == "cell") {
      Emit('\t');
    } else if (word == "uc" && has_arg) {
      groups_.back().uc = static_cast<int>(arg);
    } else if (word == "u" && has_arg) {
      Emit(static_cast<uint32_t>(arg < 0 ? arg + 65536 : arg));
      pending_skip_ = groups_.back().uc;
    } else if (word == "bin" && has_arg && arg > 0) {
      pos_ = std::min(rtf_.size(), pos_ + static_cast<size_t>(arg));
    }
    first_in_group_ = false;
  }

  std::string_view rtf_;
  size_t pos_ = 0;
  std::vector<Group> groups_;
  bool first_in_group_ = false;
  int pending_skip_ = 0;
  std::string out_;
};

}  // namespace

Result<std::string> DecompressRtf(std::string_view data) {
  if (data.size() < 16) return Status::ParseError("RTF body", 0, "too short");
  uint32_t comp_size = ReadLe32(data, 0);
  uint32_t raw_size = ReadLe32(data, 4);
  uint32_t type = ReadLe32(data, 8);
  std::string_view body = data.substr(16);
  if (comp_size >= 12 && comp_size - 12 < body.size()) {
    body = body.substr(0, comp_size - 12);
  }
  if (type == kUncompressed) return std::string(body.substr(0, raw_size));
  if (type != kCompressed) {
    return Status::ParseError("RTF body", 0, "unknown compression type");
  }
  std::string dict(4096, '\0');
  dict.replace(0, kPrefix.size(), kPrefix);
  size_t write = kPrefix.size();
  std::string out;
  size_t i = 0;
  while (i < body.size() && out.size() < raw_size) {
    unsigned char control = static_cast<unsigned char>(body[i++]);
    for (int bit = 0; bit < 8 && i < body.size(); ++bit) {
      if ((control & (1 << bit)) == 0) {
        out += body[i];
        dict[write++ % 4096] = body[i++];
        continue;
      }
      if (i + 1 >= body.size()) return out;
      size_t ref = (static_cast<unsigned char>(body[i]) << 8) |
                   static_cast<unsigned char>(body[i + 1]);
      i += 2;
      size_t offset = ref >> 4, length = (ref & 15) + 2;
      if (offset == write % 4096) return out;  // the end marker
      for (size_t k = 0; k < length; ++k) {
        char b = dict[(offset + k) % 4096];
        out += b;
        dict[write++ % 4096] = b;
      }
    }
  }
  if (out.size() > raw_size) out.resize(raw_size);
  return out;
}

std::string RtfToText(std::string_view rtf) { return RtfReader(rtf).Run(); }

}  // namespace maillint
