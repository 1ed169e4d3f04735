// Export/import for bench/reply_parsers/: the same cases and checks scored
// for maillint and for other parsers (their answers come from a JSON file
// the Node.js runner writes).
#ifndef MAILLINT_TESTS_ANATOMY_REPLY_BENCH_H_
#define MAILLINT_TESTS_ANATOMY_REPLY_BENCH_H_

#include "tests/anatomy/reply_corpus.h"

namespace maillint::testing {

void WriteBenchExport(const std::string& path,
                      const std::vector<ReplyCase>& cases,
                      const std::vector<ParserViews>& views, double seconds);
void WriteBenchReport(const std::string& others_path,
                      const std::string& report_path,
                      const std::vector<ReplyCase>& cases,
                      const std::vector<ParserViews>& views, double seconds);

}  // namespace maillint::testing

#endif  // MAILLINT_TESTS_ANATOMY_REPLY_BENCH_H_
