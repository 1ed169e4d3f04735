#include "mailbox/thread_index.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_map>

namespace maillint {
namespace {

struct Container {
  int record = -1;
  int parent = -1;
};

// The container graph of Zawinski's algorithm (parent links only).
class ContainerTable {
 public:
  int GetOrCreate(const std::string& id) {
    auto [it, inserted] = by_id_.emplace(id, static_cast<int>(nodes_.size()));
    if (inserted) nodes_.emplace_back();
    return it->second;
  }
  int Create() {
    nodes_.emplace_back();
    return static_cast<int>(nodes_.size()) - 1;
  }
  bool Has(const std::string& id) const { return by_id_.count(id) > 0; }
  Container& operator[](int i) { return nodes_[i]; }
  int size() const { return static_cast<int>(nodes_.size()); }

  // True when `ancestor` is `node` or above it.
  bool IsAncestor(int ancestor, int node) const {
    for (int n = node; n != -1; n = nodes_[n].parent) {
      if (n == ancestor) return true;
    }
    return false;
  }

 private:
  std::unordered_map<std::string, int> by_id_;
  std::vector<Container> nodes_;
};

// Places `r` in the table and links its references; returns its container.
int AddRecord(const MailRecord& r, ContainerTable& table,
              ThreadingStats& stats) {
  int self;
  if (r.message_id.empty()) {
    ++stats.missing_ids;
    self = table.Create();
  } else if (table.Has(r.message_id) &&
             table[table.GetOrCreate(r.message_id)].record != -1) {
    ++stats.duplicate_ids;
    self = table.Create();
  } else {
    self = table.GetOrCreate(r.message_id);
  }
  table[self].record = r.index;
  int prev = -1;
  for (const std::string& id : r.parent_ids) {
    int ref = table.GetOrCreate(id);
    if (prev != -1 && ref != prev && table[ref].parent == -1 &&
        !table.IsAncestor(ref, prev)) {
      table[ref].parent = prev;
    }
    prev = ref;
  }
  if (prev == -1) return self;
  if (table.IsAncestor(self, prev)) {
    ++stats.loops_broken;
  } else {
    table[self].parent = prev;
  }
  return self;
}

int FindSet(std::vector<int>& sets, int x) {
  while (sets[x] != x) x = sets[x] = sets[sets[x]];
  return x;
}

bool TimeOrder(const MailRecord& a, const MailRecord& b) {
  if (a.has_time() != b.has_time()) return a.has_time();
  if (a.time != b.time) return a.time < b.time;
  return a.index < b.index;
}

std::vector<std::string> Participants(const MailRecord& r) {
  std::vector<std::string> all = r.to;
  all.insert(all.end(), r.cc.begin(), r.cc.end());
  if (!r.from_address.empty()) all.push_back(r.from_address);
  return all;
}

bool SharesParticipant(const MailRecord& a, const MailRecord& b,
                       const ThreadIndex::Options& options) {
  auto internal = [&](const std::string& address) {
    return options.is_internal && options.is_internal(address);
  };
  std::vector<std::string> pa = Participants(a), pb = Participants(b);
  bool any_shared = false;
  for (const std::string& x : pa) {
    if (std::find(pb.begin(), pb.end(), x) == pb.end()) continue;
    if (!internal(x)) return true;
    any_shared = true;
  }
  bool all_internal = std::all_of(pa.begin(), pa.end(), internal) &&
                      std::all_of(pb.begin(), pb.end(), internal);
  return any_shared && all_internal;
}

}  // namespace

ThreadIndex ThreadIndex::Build(const std::vector<MailRecord>& records,
                               const Options& options) {
  ThreadIndex index;
  const int n = static_cast<int>(records.size());
  index.stats_.messages = n;
  ContainerTable table;
  std::vector<int> container_of(n);
  for (const MailRecord& r : records) {
    container_of[r.index] = AddRecord(r, table, index.stats_);
  }
  index.parent_of_.assign(n, -1);
  std::vector<int> root_of(n);
  for (int i = 0; i < n; ++i) {
    int c = container_of[i];
    for (int p = table[c].parent; p != -1; p = table[p].parent) {
      if (table[p].record != -1 && index.parent_of_[i] == -1) {
        index.parent_of_[i] = table[p].record;
      }
      c = p;
    }
    root_of[i] = c;
  }
  for (int c = 0; c < table.size(); ++c) {
    if (table[c].record == -1) ++index.stats_.missing_parents;
  }

  // Records joined through a common root container share a set.
  std::vector<int> sets(n);
  std::iota(sets.begin(), sets.end(), 0);
  std::unordered_map<int, int> first_with_root;
  for (int i = 0; i < n; ++i) {
    auto [it, inserted] = first_with_root.emplace(root_of[i], i);
    if (!inserted) sets[FindSet(sets, i)] = FindSet(sets, it->second);
  }

  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](int a, int b) { return TimeOrder(records[a], records[b]); });
  index.joined_by_subject_.assign(n, false);
  std::unordered_map<std::string, std::vector<int>> by_subject;
  for (int i : order) {
    const MailRecord& r = records[i];
    if (!r.has_time() || r.base_subject.empty()) continue;
    std::vector<int>& earlier = by_subject[r.base_subject];
    bool alone = !r.has_reply_headers() && table[container_of[i]].parent == -1;
    for (auto it = earlier.rbegin(); alone && it != earlier.rend(); ++it) {
      const MailRecord& c = records[*it];
      if (r.time - c.time > options.subject_window_seconds) break;
      if (FindSet(sets, *it) == FindSet(sets, i)) continue;
      if (!SharesParticipant(r, c, options)) continue;
      sets[FindSet(sets, i)] = FindSet(sets, *it);
      index.joined_by_subject_[i] = true;
      index.parent_of_[i] = *it;
      ++index.stats_.subject_joins;
      break;
    }
    earlier.push_back(i);
  }

  std::unordered_map<int, int> thread_of_set;
  index.thread_of_.assign(n, -1);
  for (int i : order) {
    auto [it, inserted] = thread_of_set.emplace(
        FindSet(sets, i), static_cast<int>(index.members_.size()));
    if (inserted) index.members_.emplace_back();
    index.thread_of_[i] = it->second;
    index.members_[it->second].push_back(i);
  }
  index.stats_.threads = static_cast<int>(index.members_.size());
  return index;
}

}  // namespace maillint
