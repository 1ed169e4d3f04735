// Bench helper: writes the author's new text of every message under the
// given paths, exactly as maillint's proofreading rules see it
// (ExtractAuthorText), one file per message with every other body line
// blanked so that line N of the file is body line N.
//
// usage: extract_new_text OUT_DIR PATH...
// stdout: one TSV line per message: id, path, index, words, body line 1's
//         file line (0 when findings use body lines).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "analysis/analysis.h"
#include "lint/runner.h"
#include "mail/input.h"

namespace {

std::string BlankedBody(const maillint::Message& m,
                        const maillint::OwnText& author) {
  std::string out = m.body.text;
  for (char& c : out) {
    if (c != '\n') c = ' ';
  }
  for (const maillint::TextUnit& span : author.spans) {
    out.replace(span.begin, span.end - span.begin,
                m.body.text.substr(span.begin, span.end - span.begin));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: extract_new_text OUT_DIR PATH...\n";
    return 2;
  }
  std::filesystem::path out_dir = argv[1];
  std::filesystem::create_directories(out_dir);
  std::vector<std::string> paths(argv + 2, argv + argc);
  maillint::InitMimeLibrary();
  int id = 0;
  maillint::ReadInputs(
      paths, maillint::InputOptions(), [&](maillint::RawMessage raw) {
        if (!raw.error.ok()) return true;
        auto m = maillint::PrepareMessage(raw, maillint::ParseOptions());
        if (!m) return true;
        maillint::Analysis analysis(m.value());
        const maillint::OwnText& author = analysis.own_text();
        std::ofstream(out_dir / (std::to_string(id) + ".txt"))
            << BlankedBody(m.value(), author);
        std::cout << id << '\t' << raw.origin.path << '\t' << raw.origin.index
                  << '\t' << author.word_count << '\t'
                  << (m->body.file_lines ? m->body.first_file_line : 0) << '\n';
        ++id;
        return true;
      });
  return 0;
}
