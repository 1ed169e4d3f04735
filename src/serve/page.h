// The draft page served at "/" (see page.cc for what it does).
#ifndef MAILLINT_SRC_SERVE_PAGE_H_
#define MAILLINT_SRC_SERVE_PAGE_H_

#include <string>

namespace maillint {

// The whole page: one HTML document with inline style and script.
const std::string& DraftPageHtml();

}  // namespace maillint

#endif  // MAILLINT_SRC_SERVE_PAGE_H_
