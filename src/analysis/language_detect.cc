#include "analysis/language_detect.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cctype>

namespace maillint {
namespace {

std::string Capitalize(const char* upper_name) {
  std::string name = upper_name ? upper_name : "";
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    bool first = i == 0 || name[i - 1] == ' ' || name[i - 1] == '_';
    name[i] = static_cast<char>(first ? std::toupper(c) : std::tolower(c));
    if (name[i] == '_') name[i] = ' ';
  }
  return name;
}

}  // namespace

DetectedLanguage DetectLanguage(std::string_view text) {
  CLD2::Language language3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix_bytes = 0;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING,
                          CLD2::UNKNOWN_LANGUAGE};
  double normalized_score3[3];
  CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
      &hints, /*flags=*/0, language3, percent3, normalized_score3,
      /*resultchunkvector=*/nullptr, &text_bytes, &reliable,
      &valid_prefix_bytes);
  DetectedLanguage out;
  out.code = CLD2::LanguageCode(top);
  out.name = Capitalize(CLD2::LanguageName(top));
  out.percent = language3[0] == top ? percent3[0] : 0;
  out.text_bytes = text_bytes;
  out.reliable = reliable;
  for (int i = 0; i < 3; ++i) {
    if (language3[i] != CLD2::UNKNOWN_LANGUAGE && percent3[i] > 0) {
      out.shares.emplace_back(CLD2::LanguageCode(language3[i]), percent3[i]);
    }
  }
  return out;
}

int DetectedLanguage::ShareOf(std::string_view language_code) const {
  for (const auto& [code, percent] : shares) {
    if (code == language_code) return percent;
  }
  return 0;
}

std::string LanguageDisplayName(std::string_view code) {
  std::string base(code.substr(0, code.find_first_of("_-")));
  CLD2::Language language = CLD2::GetLanguageFromName(base.c_str());
  if (language == CLD2::UNKNOWN_LANGUAGE) return std::string(code);
  return Capitalize(CLD2::LanguageName(language));
}

}  // namespace maillint
