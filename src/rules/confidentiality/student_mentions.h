// Who and what a message says about students: named students ("student
// Maria Lopez", "Jayden's IEP", "el IEP de Sofía"), FERPA-protected topics
// (IEP, 504 plan, special-education evaluation, discipline, health, grades,
// attendance), and whether a recipient looks like the named student's family.
// Thread-safe.
#ifndef MAILLINT_SRC_RULES_CONFIDENTIALITY_STUDENT_MENTIONS_H_
#define MAILLINT_SRC_RULES_CONFIDENTIALITY_STUDENT_MENTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "mail/message.h"
#include "rules/confidentiality/text_scan.h"

namespace maillint::confidentiality {

struct StudentName {
  std::string name;  // as written, e.g. "Maria Lopez" or "Jayden"
  bool addressed_to_family = false;  // "your son Marcus", "su hija Ana"
};

// Students named in `text`: after "student"/"estudiante"/"alumno", after
// "your son/daughter/child" (addressed_to_family), or in a possessive before
// a protected topic ("Jayden's IEP"). Common office names ("Student
// Services") are not students.
std::vector<StudentName> FindStudentNames(std::string_view text);

// Students a sentence makes the subject of a protected fact: "Liam Becker
// has a Section 504 plan", "Tyrell is suspended", "Olivia was diagnosed",
// "Olivia's grades" (with FindStudentNames, what a reply says about whom).
std::vector<StudentName> FindStudentsWithRecords(std::string_view text);

// Children a family names as its own when it writes in: "my son Owen", "our
// daughter, Ana", "mi hija Sofía", "mon fils Hugo", "minha filha Bia".
std::vector<StudentName> FindOwnChildren(std::string_view text);

// Students a family names as someone else's: "another student, Liam", "the
// other boy Max", "otro alumno, Pablo".
std::vector<StudentName> FindOtherChildren(std::string_view text);

// Capitalized words of `text` (candidate first names), as written.
std::vector<std::string> CapitalizedWords(std::string_view text);

// First word of `name` folded for comparison ("Sofía Ruiz" -> "sofia").
std::string FirstNameKey(std::string_view name);

// Protected-topic terms in `text`; Detection::what is the topic label
// ("IEP", "504 plan", "discipline", "health", "grades", "attendance",
// "special-education evaluation").
std::vector<Detection> FindProtectedTopics(std::string_view text);

// True when `recipient` looks like family of a student named `names`: a
// surname of a named student appears in its display name or local part.
bool LooksLikeFamilyOf(const Address& recipient,
                       const std::vector<StudentName>& names);

// Lower-cased last word of the display name, else the local part's longest
// alphabetic run; "" when nothing usable.
std::string SurnameKey(const Address& address);

}  // namespace maillint::confidentiality

#endif  // MAILLINT_SRC_RULES_CONFIDENTIALITY_STUDENT_MENTIONS_H_
