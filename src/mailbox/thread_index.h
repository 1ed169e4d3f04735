// ThreadIndex: the conversations of a mailbox, and ThreadView, what a rule
// sees of the conversation of the message it checks.
//
// THREADING (RFC 5256 REFERENCES, i.e. Zawinski's algorithm)
//   Each Message-ID gets a container; a message's References (then its
//   In-Reply-To, which names the parent) link containers parent-to-child.
//   Links that already exist are kept; a link that would make a loop is not
//   made (counted in stats().loops_broken). A message without a Message-ID,
//   or a second message with an ID already seen (a duplicate), gets a
//   container of its own. Ids referenced but absent from the mailbox are
//   empty containers: their children still share one thread.
//
// SUBJECT FALLBACK
//   A message with no reply headers (no In-Reply-To, no References) joins
//   the thread of the latest earlier message with the same base subject
//   (BaseSubject in mailbox/mail_record.h) only when both are within
//   `subject_window_seconds` and share a participant (From/To/Cc): an
//   external one, or any one when both messages are wholly internal. So two
//   families asking the same question of one office stay apart.
//
// Build() is O(n * depth); the index is immutable afterwards and may be read
// from several threads at once.
#ifndef MAILLINT_SRC_MAILBOX_THREAD_INDEX_H_
#define MAILLINT_SRC_MAILBOX_THREAD_INDEX_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "mailbox/mail_record.h"

namespace maillint {

struct ThreadingStats {
  int messages = 0;
  int threads = 0;
  int missing_ids = 0;      // messages without a Message-ID
  int duplicate_ids = 0;    // messages whose Message-ID was seen before
  int loops_broken = 0;     // parent links refused because of a cycle
  int missing_parents = 0;  // referenced ids not in the mailbox
  int subject_joins = 0;    // messages placed by the subject fallback
};

class ThreadIndex {
 public:
  struct Options {
    int64_t subject_window_seconds = 7 * 86400;
    // Whether a lower-case address belongs to the organization; null: none.
    std::function<bool(const std::string&)> is_internal;
  };

  // `records[i].index` must be i.
  static ThreadIndex Build(const std::vector<MailRecord>& records,
                           const Options& options);

  int thread_count() const { return static_cast<int>(members_.size()); }
  int ThreadOf(int record) const { return thread_of_[record]; }
  // Records of `thread`, by time (records without a date last), then input
  // order.
  const std::vector<int>& Members(int thread) const { return members_[thread]; }
  // The nearest ancestor present in the mailbox, or -1. For a message
  // joined by subject: the message it was joined to.
  int ParentOf(int record) const { return parent_of_[record]; }
  bool JoinedBySubject(int record) const { return joined_by_subject_[record]; }
  const ThreadingStats& stats() const { return stats_; }

 private:
  std::vector<int> thread_of_;
  std::vector<int> parent_of_;
  std::vector<bool> joined_by_subject_;
  std::vector<std::vector<int>> members_;
  ThreadingStats stats_;
};

struct InboundOutcome;  // mailbox/turnaround.h

// What a rule sees of the mailbox while checking one message during
// `maillint audit`. Valid only during that Check() call.
class ThreadView {
 public:
  ThreadView(const std::vector<MailRecord>& records, const ThreadIndex& index,
             int current, const InboundOutcome* outcome)
      : records_(records),
        index_(index),
        current_(current),
        outcome_(outcome) {}

  const MailRecord& current() const { return records_[current_]; }
  const std::vector<int>& members() const {
    return index_.Members(index_.ThreadOf(current_));
  }
  const MailRecord& record(int index) const { return records_[index]; }
  const ThreadIndex& index() const { return index_; }
  // The turnaround outcome when the current message is an inbound message
  // that starts a clock; null otherwise.
  const InboundOutcome* outcome() const { return outcome_; }

 private:
  const std::vector<MailRecord>& records_;
  const ThreadIndex& index_;
  int current_;
  const InboundOutcome* outcome_;
};

}  // namespace maillint

#endif  // MAILLINT_SRC_MAILBOX_THREAD_INDEX_H_
