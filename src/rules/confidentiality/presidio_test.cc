// Precision and recall of the SSN, card and credential detectors against the
// labelled PII spans of presidio-research (1,600 synthetic sentences in
// ../shared/corpus-real/presidio-research, see its MANIFEST.md).
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "rules/confidentiality/credentials.h"
#include "rules/confidentiality/detectors.h"
#include "tests/testing.h"

namespace maillint::confidentiality {
namespace {

struct Score {
  int labels = 0;          // labelled spans of the entity type
  int found_labels = 0;    // of those, overlapped by a detection
  int detections = 0;      // detections made
  int true_positives = 0;  // detections overlapping a labelled span
  double precision() const {
    return detections == 0 ? 1.0 : double(true_positives) / detections;
  }
  double recall() const {
    return labels == 0 ? 0.0 : double(found_labels) / labels;
  }
};

using Detector = std::function<std::vector<Detection>(std::string_view)>;

bool Overlaps(size_t b1, size_t e1, size_t b2, size_t e2) {
  return b1 < e2 && b2 < e1;
}

// presidio positions count code points; detections count bytes.
size_t ByteOffset(const std::string& text, size_t code_points) {
  size_t i = 0;
  for (size_t seen = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == code_points) return i;
  }
  return text.size();
}

void ScoreRecord(const nlohmann::json& record, const std::string& entity,
                 const Detector& detect, Score& score) {
  std::string text = record.value("full_text", "");
  std::vector<std::pair<size_t, size_t>> spans;
  for (const auto& s : record["spans"]) {
    if (s.value("entity_type", "") != entity) continue;
    spans.emplace_back(ByteOffset(text, s.value("start_position", 0)),
                       ByteOffset(text, s.value("end_position", 0)));
  }
  std::vector<Detection> found = detect(text);
  score.labels += static_cast<int>(spans.size());
  score.detections += static_cast<int>(found.size());
  for (const Detection& d : found) {
    for (const auto& [b, e] : spans) {
      if (Overlaps(d.begin, d.end, b, e)) {
        ++score.true_positives;
        break;
      }
    }
  }
  for (const auto& [b, e] : spans) {
    for (const Detection& d : found) {
      if (Overlaps(d.begin, d.end, b, e)) {
        ++score.found_labels;
        break;
      }
    }
  }
}

std::vector<nlohmann::json> LoadRecords(const std::filesystem::path& dir) {
  std::vector<nlohmann::json> records;
  for (const char* file :
       {"data/synth_dataset_v2.json", "tests/data/generated_small.json"}) {
    std::ifstream in(dir / file);
    if (!in) continue;
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (!doc.is_array()) continue;
    for (auto& r : doc) records.push_back(std::move(r));
  }
  return records;
}

std::string Figures(const char* name, const Score& s) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << name << ": " << s.labels
      << " labels, " << s.detections << " detections, precision "
      << s.precision() << ", recall " << s.recall();
  return out.str();
}

}  // namespace

TEST_CASE("presidio-research: SSN, card and credential detectors vs labels") {
  std::filesystem::path dir = testing::CorpusRealDir() / "presidio-research";
  std::vector<nlohmann::json> records = LoadRecords(dir);
  if (records.empty()) {
    MESSAGE("presidio-research not found under " << dir << "; skipped");
    return;
  }
  CHECK(records.size() == 1600);
  Score ssn, card, credential;
  Detector credentials = [](std::string_view t) {
    std::vector<Detection> all = FindCredentials(t);
    for (Detection& d : FindSecretTokens(t)) all.push_back(d);
    return all;
  };
  for (const nlohmann::json& r : records) {
    ScoreRecord(r, "US_SSN", &FindSsns, ssn);
    ScoreRecord(r, "CREDIT_CARD", &FindPaymentCards, card);
    // The set labels no credentials: every credential detection is a false
    // positive, and recall cannot be measured.
    ScoreRecord(r, "CREDENTIAL", credentials, credential);
  }
  MESSAGE(Figures("US_SSN", ssn));
  MESSAGE(Figures("CREDIT_CARD", card));
  MESSAGE("credentials: no labels in the set; "
          << credential.detections << " detections (false positives)");
  CHECK(ssn.labels >= 19);
  CHECK(ssn.precision() >= 0.9);
  CHECK(card.precision() >= 0.9);
  CHECK(ssn.recall() >= 0.9);
  CHECK(card.recall() >= 0.8);
  CHECK(credential.detections == 0);
}

}  // namespace maillint::confidentiality
