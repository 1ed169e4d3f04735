// Inline SVG charts for the html audit report (no scripts, no network).
//
// Every drawn number also sits in a data-* attribute (data-count, data-bin,
// data-weekday, data-hour) so tests can read the chart from the DOM.
#ifndef MAILLINT_SRC_AUDIT_HTML_CHARTS_H_
#define MAILLINT_SRC_AUDIT_HTML_CHARTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace maillint {

// Escapes & < > " ' for HTML text and attribute values.
std::string HtmlEscape(std::string_view text);

struct HistogramBin {
  double from = 0;  // hours, exclusive (the first bin includes 0)
  double to = 0;    // hours, inclusive; infinity for the last bin
  int count = 0;
};

// Bins of response hours around `limit`: six bins up to the limit, then
// up to 1.5x, 2x, 3x the limit and beyond.
std::vector<HistogramBin> ResponseBins(const std::vector<double>& hours,
                                       double limit);

// Bar chart; bars at or under the limit are green, later ones red.
std::string HistogramSvg(const std::vector<HistogramBin>& bins, double limit);

// 7 x 24 heat map (rows Monday..Sunday, columns hours 0..23).
std::string WeekdayHourSvg(const int (&counts)[7][24]);

// One bar per standard: its pass rate in [0, 1] (NaN: no bar, "n/a").
// Each bar is a <g data-standard data-pass-rate> ("" when NaN).
std::string StandardBarsSvg(const std::vector<std::string>& standards,
                            const std::vector<double>& pass_rates);

// A line chart of one series over weeks (x: `weeks` labels, y: values in
// [0, 1], NaN for a gap). Every point is a <circle data-series data-week
// data-value>.
struct TrendSeries {
  std::string name;
  std::vector<double> values;  // one per week
};
std::string TrendSvg(const std::string& id,
                     const std::vector<std::string>& weeks,
                     const std::vector<TrendSeries>& series);

}  // namespace maillint

#endif  // MAILLINT_SRC_AUDIT_HTML_CHARTS_H_
