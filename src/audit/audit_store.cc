#include "audit/audit_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "audit/scorecard.h"

namespace maillint {
namespace {

constexpr int kStoreSchemaVersion = 1;

const char kSchema[] =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE IF NOT EXISTS messages(message_id TEXT PRIMARY KEY,"
    " time INTEGER, week TEXT, author TEXT, department TEXT, kind TEXT,"
    " score REAL, auto_failed INTEGER, standards TEXT);"
    "CREATE TABLE IF NOT EXISTS outcomes(message_id TEXT PRIMARY KEY,"
    " time INTEGER, week TEXT, status TEXT, staff TEXT);";

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

Status DbError(const std::string& path, sqlite3* db) {
  return Status::IoError(path, db ? sqlite3_errmsg(db) : "out of memory");
}

Result<Db> Open(const std::string& path, bool create) {
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) return DbError(path, raw);
  sqlite3_busy_timeout(raw, 10000);
  char* error = nullptr;
  if (sqlite3_exec(raw, kSchema, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string why = error ? error : "cannot create the tables";
    sqlite3_free(error);
    if (why.find("not a database") != std::string::npos) {
      return Status::InvalidArgument(path + ": not a maillint store (" + why +
                                     ")");
    }
    return Status::IoError(path, why);
  }
  return db;
}

Result<Stmt> Prepare(const std::string& path, sqlite3* db, const char* sql) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) {
    return DbError(path, db);
  }
  return Stmt(raw);
}

Status Exec(const std::string& path, sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return DbError(path, db);
  }
  return Status::Ok();
}

void BindText(sqlite3_stmt* s, int i, const std::string& text) {
  sqlite3_bind_text(s, i, text.c_str(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
}

std::string ColumnText(sqlite3_stmt* s, int col) {
  const unsigned char* t = sqlite3_column_text(s, col);
  return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
}

std::string Monday(const BusinessClock& clock, int64_t time) {
  LocalTime t = clock.Local(time);
  LocalTime m =
      clock.Local(clock.StartOfLocalDay(t.year, t.month, t.day, -t.weekday));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", m.year, m.month,
                m.day);
  return buffer;
}

std::string StandardCodes(const StandardResults& results, Severity fail_on) {
  std::string codes;
  for (const StandardResult& r : results) {
    switch (r.Status(fail_on)) {
      case StandardStatus::kNotApplicable:
        codes += '-';
        break;
      case StandardStatus::kPass:
        codes += 'p';
        break;
      case StandardStatus::kPassWithWarnings:
        codes += 'w';
        break;
      case StandardStatus::kFail:
        codes += 'f';
        break;
    }
  }
  return codes;
}

Status Step(const std::string& path, sqlite3* db, sqlite3_stmt* s) {
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) return DbError(path, db);
  return Status::Ok();
}

Status WriteRows(const std::string& path, sqlite3* db, const AuditData& data,
                 const Config& config, const BusinessClock& clock,
                 int* stored) {
  Result<Stmt> message = Prepare(
      path, db,
      "INSERT OR REPLACE INTO messages VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)");
  if (!message) return message.error();
  Result<Stmt> outcome = Prepare(
      path, db, "INSERT OR REPLACE INTO outcomes VALUES(?1,?2,?3,?4,?5)");
  if (!outcome) return outcome.error();
  const ScoreSettings settings = ScoreSettings::FromConfig(config);
  for (const MailRecord& r : data.records) {
    const RecordCheck& c = data.checks[r.index];
    if (!c.scored || !c.all_rules || r.message_id.empty() || !r.has_time()) {
      continue;
    }
    MessageScore score = ScoreMessage(c.standards, settings);
    if (!score.scored) continue;
    sqlite3_stmt* s = message->get();
    BindText(s, 1, r.message_id);
    sqlite3_bind_int64(s, 2, r.time);
    BindText(s, 3, Monday(clock, r.time));
    BindText(s, 4, r.from_address);
    BindText(s, 5, DepartmentOf(config, r.from_address));
    BindText(s, 6, MailKindName(r.kind));
    sqlite3_bind_double(s, 7, score.score);
    sqlite3_bind_int(s, 8, score.auto_failed ? 1 : 0);
    BindText(s, 9, StandardCodes(c.standards, settings.fail_on));
    if (Status st = Step(path, db, s); !st.ok()) return st;
    ++*stored;
  }
  for (const InboundOutcome& o : data.outcomes) {
    const MailRecord& r = data.records[o.record];
    if (r.message_id.empty()) continue;
    sqlite3_stmt* s = outcome->get();
    BindText(s, 1, r.message_id);
    sqlite3_bind_int64(s, 2, r.time);
    BindText(s, 3, Monday(clock, r.time));
    BindText(s, 4, InboundStatusName(o.status));
    BindText(s, 5,
             o.answered_by >= 0 ? data.records[o.answered_by].from_address
                                : std::string());
    if (Status st = Step(path, db, s); !st.ok()) return st;
    ++*stored;
  }
  return Status::Ok();
}

// Pass and applicable counts per (series, week).
struct Tally {
  std::map<std::string, std::map<std::string, std::pair<double, int>>> by;
  void Add(const std::string& series, const std::string& week, double value) {
    auto& cell = by[series][week];
    cell.first += value;
    ++cell.second;
  }
  std::vector<AuditTrends::Series> Series(
      const std::vector<std::string>& weeks) const {
    std::vector<AuditTrends::Series> out;
    for (const auto& [name, cells] : by) {
      AuditTrends::Series s{name, {}};
      for (const std::string& w : weeks) {
        auto it = cells.find(w);
        s.values.push_back(it == cells.end()
                               ? std::nan("")
                               : it->second.first / it->second.second);
      }
      out.push_back(std::move(s));
    }
    return out;
  }
};

}  // namespace

Status AppendToStore(const std::string& path, const AuditData& data,
                     const Config& config, const BusinessClock& clock,
                     int* stored) {
  int count = 0;
  Result<Db> db = Open(path, true);
  if (!db) return db.error();
  sqlite3* h = db->get();
  if (Status s = Exec(path, h, "BEGIN IMMEDIATE"); !s.ok()) return s;
  std::string version =
      "INSERT OR REPLACE INTO meta VALUES('schema_version','" +
      std::to_string(kStoreSchemaVersion) + "')";
  Status s = Exec(path, h, version.c_str());
  if (s.ok()) s = WriteRows(path, h, data, config, clock, &count);
  if (s.ok()) s = Exec(path, h, "COMMIT");
  if (!s.ok()) {
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    return s;
  }
  if (stored != nullptr) *stored = count;
  return Status::Ok();
}

Result<AuditTrends> ReadTrends(const std::string& path, int64_t since,
                               int64_t until) {
  Result<Db> db = Open(path, false);
  if (!db) return db.error();
  sqlite3* h = db->get();
  Tally standards, staff;
  std::set<std::string> weeks;
  Result<Stmt> m = Prepare(path, h,
                           "SELECT week, author, score, standards FROM "
                           "messages WHERE time >= ?1 AND time <= ?2");
  if (!m) return m.error();
  sqlite3_bind_int64(m->get(), 1, since);
  sqlite3_bind_int64(m->get(), 2, until);
  while (sqlite3_step(m->get()) == SQLITE_ROW) {
    auto text = [&](int col) { return ColumnText(m->get(), col); };
    std::string week = text(0), codes = text(3);
    weeks.insert(week);
    staff.Add(text(1), week, sqlite3_column_double(m->get(), 2) / 100);
    for (size_t i = 1; i < codes.size() && i < kStandardCount; ++i) {
      if (codes[i] == '-') continue;
      standards.Add(StandardName(static_cast<int>(i)), week,
                    codes[i] == 'f' ? 0 : 1);
    }
  }
  Result<Stmt> o = Prepare(path, h,
                           "SELECT week, status FROM outcomes WHERE time >= ?1 "
                           "AND time <= ?2 AND status != 'waiting'");
  if (!o) return o.error();
  sqlite3_bind_int64(o->get(), 1, since);
  sqlite3_bind_int64(o->get(), 2, until);
  while (sqlite3_step(o->get()) == SQLITE_ROW) {
    std::string week = ColumnText(o->get(), 0);
    std::string status = ColumnText(o->get(), 1);
    weeks.insert(week);
    standards.Add("S1", week, status == "answered" ? 1 : 0);
  }
  AuditTrends trends;
  trends.weeks.assign(weeks.begin(), weeks.end());
  trends.standards = standards.Series(trends.weeks);
  // Standard order S1, S2, ... S15, not S1, S10, S11...
  std::stable_sort(trends.standards.begin(), trends.standards.end(),
                   [](const auto& a, const auto& b) {
                     return StandardIndex(a.name) < StandardIndex(b.name);
                   });
  trends.staff = staff.Series(trends.weeks);
  return trends;
}

}  // namespace maillint
