// The bodies of the libFuzzer targets (tests/fuzz/*_fuzzer.cc), one function
// per entry point, shared with tests/fuzz/corpus_replay_test.cc, which runs
// the checked-in corpora and every regression input through them in the
// ordinary test run. Each returns 0 and traps (__builtin_trap) when an
// invariant of the code under test is broken.
#ifndef MAILLINT_TESTS_FUZZ_FUZZ_TARGETS_H_
#define MAILLINT_TESTS_FUZZ_FUZZ_TARGETS_H_

#include <cstddef>
#include <cstdint>

namespace maillint::fuzz {

// arbitrary bytes through the input reader (content
// sniffing, mbox splitting, unescaping, raw-byte checks) and then the MIME
// parser and anatomy stage for every message split out.
//
// The first byte picks how the rest is presented: as a file's content, or
// after a From_ line so that the mbox splitter always runs on it.
int FuzzInput(const uint8_t* data, size_t size);

// the reply anatomy (segmenter: quotes, attributions,
// signatures, greeting and closing, the quoted original) on decoded text.
//
// The first byte picks the shape: bit 0 set, the rest is an HTML body
// (rendered as the MIME parser would, and the quote found on its
// structure); otherwise it is the body text itself. Text that is not UTF-8
// is mapped byte-wise first, as the parser guarantees UTF-8 bodies.
// Checks the anatomy's contract: segments in order, inside the body.
int FuzzAnatomy(const uint8_t* data, size_t size);

// HTML bodies through the one renderer (mail/html_text.h: the gumbo tree
// and, past the parse limit, the stream renderer), its quote marks and the
// anatomy's quote cut from them (anatomy/quote_detector.h).
//
// The first byte picks the tree/stream split (a small parse limit, so that
// short inputs reach the stream renderer too). Checks the contracts: links
// lie inside the text, in order; the split is ordered and inside the input;
// a quote offset lies inside its text.
int FuzzHtml(const uint8_t* data, size_t size);

// the configuration loader (.maillint.yml through
// yaml-cpp, the limits of lint/yaml_util.h and the key table), then the
// rule selection it describes against the built-in rules.
int FuzzConfig(const uint8_t* data, size_t size);

// a declarative rule file (Vale's shape) through the
// reader, RE2 validation and compilation into a pattern index, then the
// rule's own examples (lint/rule_examples.h), which match its patterns.
int FuzzRuleFile(const uint8_t* data, size_t size);

}  // namespace maillint::fuzz

#endif  // MAILLINT_TESTS_FUZZ_FUZZ_TARGETS_H_
