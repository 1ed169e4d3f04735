#include <doctest/doctest.h>

#include "base/text.h"
#include "mailbox/mail_date.h"
#include "mailbox/turnaround.h"

namespace maillint {
namespace {

const char kParent[] = "ana@example.com";
const char kStaff[] = "clerk@pghschools.org";

int64_t At(const char* iso) { return ParseIso8601(iso)->unix_seconds; }

class Scenario {
 public:
  int Add(MailKind kind, std::string from, std::string to, const char* when,
          std::vector<std::string> parents = {}) {
    MailRecord r;
    r.index = static_cast<int>(records_.size());
    r.message_id = "m" + std::to_string(r.index) + "@x";
    r.parent_ids = std::move(parents);
    r.from_address = std::move(from);
    r.to = {std::move(to)};
    r.time = At(when);
    r.date_source = DateSource::kDateHeader;
    r.kind = kind;
    r.subject = "Bus route";
    r.base_subject = "bus route";
    records_.push_back(r);
    return r.index;
  }
  std::vector<InboundOutcome> Run(const char* as_of,
                                  const std::string& clock_kind = "calendar") {
    ThreadIndex::Options options;
    options.is_internal = [](const std::string& a) {
      return EndsWith(a, "@pghschools.org");
    };
    index_ = ThreadIndex::Build(records_, options);
    TurnaroundConfig config;
    config.clock = clock_kind;
    clock_ = BusinessClock::Create(config, "America/New_York").value();
    TurnaroundSettings settings;
    settings.as_of = At(as_of);
    return ComputeOutcomes(records_, index_, clock_, settings);
  }

 private:
  std::vector<MailRecord> records_;
  ThreadIndex index_;
  BusinessClock clock_ = BusinessClock::Create({}, "UTC").value();
};

const char kAsOf[] = "2026-11-20T17:00:00-05:00";

TEST_CASE("a reply within the limit answers; after it is late") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-16T09:00:00-05:00");
  s.Add(MailKind::kStaffReply, kStaff, kParent, "2026-11-16T15:00:00-05:00",
        {"m0@x"});
  s.Add(MailKind::kInbound, "ben@example.com", kStaff,
        "2026-11-16T10:00:00-05:00");
  s.Add(MailKind::kStaffReply, kStaff, "ben@example.com",
        "2026-11-18T11:30:00-05:00", {"m2@x"});
  std::vector<InboundOutcome> out = s.Run(kAsOf);
  REQUIRE(out.size() == 2);
  CHECK(out[0].status == InboundStatus::kAnswered);
  CHECK(out[0].answered_by == 1);
  CHECK(out[0].elapsed_hours == doctest::Approx(6));
  CHECK_FALSE(out[0].late);
  CHECK(out[1].status == InboundStatus::kLate);
  CHECK(out[1].elapsed_hours == doctest::Approx(49.5));
  CHECK(out[1].late);
}

TEST_CASE("an auto-reply before the human reply does not stop the clock") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-16T09:00:00-05:00");
  s.Add(MailKind::kAutomated, kStaff, kParent, "2026-11-16T09:00:05-05:00",
        {"m0@x"});
  s.Add(MailKind::kStaffReply, kStaff, kParent, "2026-11-17T12:00:00-05:00",
        {"m0@x"});
  std::vector<InboundOutcome> out = s.Run(kAsOf);
  REQUIRE(out.size() == 1);
  CHECK(out[0].answered_by == 2);
  CHECK(out[0].status == InboundStatus::kLate);
  CHECK(out[0].elapsed_hours == doctest::Approx(27));
}

TEST_CASE("internal notes and forwards never answer") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-16T09:00:00-05:00");
  s.Add(MailKind::kForwarded, kStaff, "nurse@pghschools.org",
        "2026-11-16T09:30:00-05:00", {"m0@x"});
  s.Add(MailKind::kInternal, "nurse@pghschools.org", kStaff,
        "2026-11-16T10:00:00-05:00", {"m1@x"});
  std::vector<InboundOutcome> out = s.Run(kAsOf);
  REQUIRE(out.size() == 1);
  CHECK(out[0].answered_by == -1);
  CHECK(out[0].status == InboundStatus::kUnanswered);
}

TEST_CASE("a reply to someone else does not answer the inbound sender") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-16T09:00:00-05:00");
  s.Add(MailKind::kStaffReply, kStaff, "dad@example.com",
        "2026-11-16T10:00:00-05:00", {"m0@x"});
  CHECK(s.Run(kAsOf)[0].answered_by == -1);
}

TEST_CASE("one reply answers a second inbound message of the thread") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-16T09:00:00-05:00");
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-17T08:00:00-05:00",
        {"m0@x"});
  s.Add(MailKind::kStaffReply, kStaff, kParent, "2026-11-17T10:00:00-05:00",
        {"m0@x", "m1@x"});
  std::vector<InboundOutcome> out = s.Run(kAsOf);
  REQUIRE(out.size() == 2);
  CHECK(out[0].answered_by == 2);
  CHECK(out[0].status == InboundStatus::kLate);  // 25 h
  CHECK(out[1].answered_by == 2);
  CHECK(out[1].status == InboundStatus::kAnswered);  // 2 h
  CHECK(out[1].elapsed_hours == doctest::Approx(2));
}

TEST_CASE("unanswered is late only once the limit has passed at --as-of") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-20T09:00:00-05:00");
  s.Add(MailKind::kInbound, "ben@example.com", kStaff,
        "2026-11-18T09:00:00-05:00");
  s.Add(MailKind::kInbound, "cy@example.com", kStaff,
        "2026-11-21T09:00:00-05:00");  // after --as-of: not yet received
  std::vector<InboundOutcome> out = s.Run(kAsOf);
  REQUIRE(out.size() == 2);
  CHECK(out[0].status == InboundStatus::kWaiting);
  CHECK(out[0].elapsed_hours == doctest::Approx(8));
  CHECK(out[1].status == InboundStatus::kUnanswered);
  CHECK(out[1].elapsed_hours == doctest::Approx(56));
}

TEST_CASE("a weekend does not count on the weekdays clock") {
  Scenario s;
  s.Add(MailKind::kInbound, kParent, kStaff, "2026-11-13T15:00:00-05:00");
  s.Add(MailKind::kStaffReply, kStaff, kParent, "2026-11-16T09:00:00-05:00",
        {"m0@x"});
  CHECK(s.Run(kAsOf, "calendar")[0].status == InboundStatus::kLate);
  std::vector<InboundOutcome> weekdays = s.Run(kAsOf, "weekdays");
  CHECK(weekdays[0].status == InboundStatus::kAnswered);
  CHECK(weekdays[0].elapsed_hours == doctest::Approx(18));
}

TEST_CASE("newsletters and internal threads start no clock") {
  Scenario s;
  s.Add(MailKind::kAutomated, "news@example.com", kStaff,
        "2026-11-16T09:00:00-05:00");
  s.Add(MailKind::kInternal, kStaff, "nurse@pghschools.org",
        "2026-11-16T09:00:00-05:00");
  CHECK(s.Run(kAsOf).empty());
}

}  // namespace
}  // namespace maillint
