#include "mailbox/thread_index.h"

#include <doctest/doctest.h>

#include "base/text.h"

namespace maillint {
namespace {

// Builds records compactly: id, parent ids, from, to, hour offset, subject.
class Mailbox {
 public:
  MailRecord& Add(std::string id, std::vector<std::string> parents,
                  std::string from, std::string to, int hour,
                  std::string subject = "Bus route") {
    MailRecord r;
    r.index = static_cast<int>(records.size());
    r.message_id = std::move(id);
    r.parent_ids = std::move(parents);
    r.from_address = std::move(from);
    r.to = {std::move(to)};
    r.time = 1'800'000'000 + hour * 3600;
    r.date_source = DateSource::kDateHeader;
    r.subject = subject;
    r.base_subject = BaseSubject(subject);
    records.push_back(r);
    return records.back();
  }
  ThreadIndex Build() const {
    ThreadIndex::Options options;
    options.is_internal = [](const std::string& a) {
      return EndsWith(a, "@pghschools.org");
    };
    return ThreadIndex::Build(records, options);
  }
  std::vector<MailRecord> records;
};

const char kParent[] = "ana@example.com";
const char kStaff[] = "clerk@pghschools.org";

TEST_CASE("references and in-reply-to build one thread") {
  Mailbox box;
  box.Add("a@x", {}, kParent, kStaff, 0);
  box.Add("b@x", {"a@x"}, kStaff, kParent, 1, "Re: Bus route");
  box.Add("c@x", {"a@x", "b@x"}, kParent, kStaff, 2, "Re: Bus route");
  box.Add("d@x", {}, "other@example.com", kStaff, 3, "Lunch menu");
  ThreadIndex index = box.Build();
  CHECK(index.thread_count() == 2);
  CHECK(index.ThreadOf(0) == index.ThreadOf(2));
  CHECK(index.ThreadOf(0) != index.ThreadOf(3));
  CHECK(index.ParentOf(1) == 0);
  CHECK(index.ParentOf(2) == 1);
  CHECK(index.ParentOf(0) == -1);
  CHECK(index.Members(index.ThreadOf(0)) == std::vector<int>{0, 1, 2});
}

TEST_CASE("a missing parent still joins its children") {
  Mailbox box;
  box.Add("b@x", {"gone@x"}, kStaff, kParent, 1, "Re: Bus route");
  box.Add("c@x", {"gone@x"}, "third@example.com", kStaff, 2, "Re: Other");
  ThreadIndex index = box.Build();
  CHECK(index.thread_count() == 1);
  CHECK(index.ParentOf(0) == -1);
  CHECK(index.stats().missing_parents == 1);
}

TEST_CASE("reference loops are broken, not followed") {
  Mailbox box;
  box.Add("a@x", {"b@x"}, kParent, kStaff, 0);
  box.Add("b@x", {"a@x"}, kStaff, kParent, 1);
  box.Add("c@x", {"c@x"}, kParent, kStaff, 2, "Self");  // refers to itself
  ThreadIndex index = box.Build();
  CHECK(index.stats().loops_broken >= 1);
  CHECK(index.ThreadOf(0) == index.ThreadOf(1));
  CHECK(index.ParentOf(2) == -1);
}

TEST_CASE("duplicate and missing message ids get their own containers") {
  Mailbox box;
  box.Add("a@x", {}, kParent, kStaff, 0);
  box.Add("a@x", {}, "other@example.com", kStaff, 1, "Unrelated");
  box.Add("", {}, "third@example.com", kStaff, 2, "No id");
  box.Add("r@x", {"a@x"}, kStaff, kParent, 3, "Re: Bus route");
  ThreadIndex index = box.Build();
  CHECK(index.stats().duplicate_ids == 1);
  CHECK(index.stats().missing_ids == 1);
  CHECK(index.thread_count() == 3);
  CHECK(index.ParentOf(3) == 0);  // the first message with the id
}

TEST_CASE("subject fallback joins a reply without headers") {
  Mailbox box;
  box.Add("a@x", {}, kParent, kStaff, 0);
  box.Add("b@x", {}, kStaff, kParent, 5, "RE: Bus route");
  ThreadIndex index = box.Build();
  CHECK(index.ThreadOf(0) == index.ThreadOf(1));
  CHECK(index.JoinedBySubject(1));
  CHECK(index.ParentOf(1) == 0);
  CHECK(index.stats().subject_joins == 1);
}

TEST_CASE("subject fallback needs a shared participant and closeness") {
  Mailbox box;
  box.Add("a@x", {}, kParent, kStaff, 0);
  // Another family asking the same thing of the same office.
  box.Add("b@x", {}, "other@example.com", kStaff, 2);
  // The first family again, but a month later.
  box.Add("c@x", {}, kParent, kStaff, 24 * 30, "Re: Bus route");
  ThreadIndex index = box.Build();
  CHECK(index.thread_count() == 3);
  CHECK_FALSE(index.JoinedBySubject(1));
  CHECK_FALSE(index.JoinedBySubject(2));
}

TEST_CASE("subject fallback never re-parents a message with reply headers") {
  Mailbox box;
  box.Add("a@x", {}, kParent, kStaff, 0);
  box.Add("b@x", {"elsewhere@x"}, kStaff, kParent, 1, "Re: Bus route");
  ThreadIndex index = box.Build();
  CHECK(index.ThreadOf(0) != index.ThreadOf(1));
}

TEST_CASE("internal messages join by subject on a shared staff member") {
  Mailbox box;
  box.Add("a@x", {}, "principal@pghschools.org", kStaff, 0, "Staff meeting");
  box.Add("b@x", {}, kStaff, "principal@pghschools.org", 1,
          "AW: Staff meeting");
  ThreadIndex index = box.Build();
  CHECK(index.ThreadOf(0) == index.ThreadOf(1));
}

TEST_CASE("base subjects drop reply, forward and list prefixes") {
  CHECK(BaseSubject("Re: Bus route") == "bus route");
  CHECK(BaseSubject("RE: Fwd: [PTA] re[2]: Bus   Route (fwd)") == "bus route");
  CHECK(BaseSubject("AW: SV: RV: TR: WG: Bus route") == "bus route");
  CHECK(BaseSubject("Réf : Bus route") == "bus route");
  CHECK(BaseSubject("回复：Bus route") == "bus route");
  CHECK(BaseSubject("Regarding the bus") == "regarding the bus");
  CHECK(HasForwardPrefix("Fwd: Bus route"));
  CHECK(HasForwardPrefix("[PTA] FW: Bus route"));
  CHECK_FALSE(HasForwardPrefix("Re: Bus route"));
}

}  // namespace
}  // namespace maillint
