#include "audit/html_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>

namespace maillint {
namespace {

std::string Fmt(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", v);
  return buffer;
}

std::string BinLabel(const HistogramBin& b) {
  if (std::isinf(b.to)) return "> " + Fmt(b.from) + " h";
  return Fmt(b.from) + "–" + Fmt(b.to) + " h";
}

const char* const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu",
                                 "Fri", "Sat", "Sun"};

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::vector<HistogramBin> ResponseBins(const std::vector<double>& hours,
                                       double limit) {
  std::vector<double> edges;
  for (int i = 0; i <= 6; ++i) edges.push_back(limit * i / 6);
  edges.push_back(limit * 1.5);
  edges.push_back(limit * 2);
  edges.push_back(limit * 3);
  edges.push_back(std::numeric_limits<double>::infinity());
  std::vector<HistogramBin> bins;
  for (size_t i = 0; i + 1 < edges.size(); ++i) {
    bins.push_back({edges[i], edges[i + 1], 0});
  }
  // Bins are (from, to], the first one [0, to]: a reply at exactly the
  // limit is on time and falls in the last green bar.
  for (double h : hours) {
    for (HistogramBin& b : bins) {
      if (h <= b.to) {
        ++b.count;
        break;
      }
    }
  }
  return bins;
}

std::string HistogramSvg(const std::vector<HistogramBin>& bins, double limit) {
  const int bar = 56, gap = 8, height = 160, top = 20, bottom = 40;
  int max_count = 1;
  for (const HistogramBin& b : bins) max_count = std::max(max_count, b.count);
  int width = static_cast<int>(bins.size()) * (bar + gap) + gap;
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"histogram\" "
      << "role=\"img\" aria-label=\"Response time histogram\" viewBox=\"0 0 "
      << width << " " << height + top + bottom << "\" width=\"" << width
      << "\" height=\"" << height + top + bottom << "\">";
  for (size_t i = 0; i < bins.size(); ++i) {
    const HistogramBin& b = bins[i];
    int x = gap + static_cast<int>(i) * (bar + gap);
    int h = b.count * height / max_count;
    bool late = b.from >= limit;
    svg << "<g class=\"bin\" data-bin=\"" << HtmlEscape(BinLabel(b))
        << "\" data-count=\"" << b.count << "\"><title>" << b.count
        << " replies, " << HtmlEscape(BinLabel(b)) << "</title>"
        << "<rect x=\"" << x << "\" y=\"" << top + height - h << "\" width=\""
        << bar << "\" height=\"" << h << "\" fill=\""
        << (late ? "#c0392b" : "#2e8b57") << "\"/>"
        << "<text x=\"" << x + bar / 2 << "\" y=\"" << top + height - h - 4
        << "\" text-anchor=\"middle\" font-size=\"12\">" << b.count
        << "</text><text x=\"" << x + bar / 2 << "\" y=\"" << top + height + 16
        << "\" text-anchor=\"middle\" font-size=\"10\">"
        << HtmlEscape(BinLabel(b)) << "</text></g>";
  }
  svg << "<line x1=\"0\" x2=\"" << width << "\" y1=\"" << top + height
      << "\" y2=\"" << top + height << "\" stroke=\"#555\"/></svg>";
  return svg.str();
}

std::string WeekdayHourSvg(const int (&counts)[7][24]) {
  const int cell = 22, left = 40, top = 20;
  int max_count = 1;
  for (const auto& row : counts) {
    for (int c : row) max_count = std::max(max_count, c);
  }
  int width = left + 24 * cell + 4, height = top + 7 * cell + 4;
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"weekday-hour\" "
      << "role=\"img\" aria-label=\"Late messages by weekday and hour\" "
      << "viewBox=\"0 0 " << width << " " << height << "\" width=\"" << width
      << "\" height=\"" << height << "\">";
  for (int h = 0; h < 24; h += 3) {
    svg << "<text x=\"" << left + h * cell + cell / 2 << "\" y=\"14\" "
        << "text-anchor=\"middle\" font-size=\"10\">" << h << ":00</text>";
  }
  for (int d = 0; d < 7; ++d) {
    svg << "<text x=\"0\" y=\"" << top + d * cell + 15 << "\" font-size=\"11\">"
        << kWeekdays[d] << "</text>";
    for (int h = 0; h < 24; ++h) {
      int c = counts[d][h];
      double alpha = c == 0 ? 0.06 : 0.25 + 0.75 * c / max_count;
      svg << "<rect class=\"cell\" data-weekday=\"" << kWeekdays[d]
          << "\" data-hour=\"" << h << "\" data-count=\"" << c << "\" x=\""
          << left + h * cell << "\" y=\"" << top + d * cell << "\" width=\""
          << cell - 2 << "\" height=\"" << cell - 2
          << "\" fill=\"#c0392b\" fill-opacity=\"" << Fmt(alpha) << "\"><title>"
          << kWeekdays[d] << " " << h << ":00, " << c << " late</title></rect>";
    }
  }
  svg << "</svg>";
  return svg.str();
}

}  // namespace maillint

namespace maillint {

std::string StandardBarsSvg(const std::vector<std::string>& standards,
                            const std::vector<double>& pass_rates) {
  const int bar = 44, gap = 8, height = 140, top = 20, bottom = 30;
  int width = static_cast<int>(standards.size()) * (bar + gap) + gap;
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"standard-bars\" "
      << "role=\"img\" aria-label=\"Pass rate by standard\" viewBox=\"0 0 "
      << width << " " << height + top + bottom << "\" width=\"" << width
      << "\" height=\"" << height + top + bottom << "\">";
  for (size_t i = 0; i < standards.size(); ++i) {
    double rate = pass_rates[i];
    int x = gap + static_cast<int>(i) * (bar + gap);
    bool none = std::isnan(rate);
    int h = none ? 0 : static_cast<int>(std::lround(rate * height));
    std::string label = none ? "n/a" : Fmt(std::round(rate * 100)) + "%";
    svg << "<g class=\"standard\" data-standard=\"" << HtmlEscape(standards[i])
        << "\" data-pass-rate=\""
        << (none ? "" : Fmt(std::round(rate * 10000) / 10000)) << "\"><title>"
        << HtmlEscape(standards[i]) << ": " << label << "</title><rect x=\""
        << x << "\" y=\"" << top + height - h << "\" width=\"" << bar
        << "\" height=\"" << h << "\" fill=\""
        << (rate >= 0.9   ? "#2e8b57"
            : rate >= 0.7 ? "#b7791f"
                          : "#c0392b")
        << "\"/><text x=\"" << x + bar / 2 << "\" y=\"" << top + height - h - 4
        << "\" text-anchor=\"middle\" font-size=\"11\">" << label
        << "</text><text x=\"" << x + bar / 2 << "\" y=\"" << top + height + 16
        << "\" text-anchor=\"middle\" font-size=\"11\">"
        << HtmlEscape(standards[i]) << "</text></g>";
  }
  svg << "<line x1=\"0\" x2=\"" << width << "\" y1=\"" << top + height
      << "\" y2=\"" << top + height << "\" stroke=\"#555\"/></svg>";
  return svg.str();
}

std::string TrendSvg(const std::string& id,
                     const std::vector<std::string>& weeks,
                     const std::vector<TrendSeries>& series) {
  static const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c",
                                        "#9467bd", "#ff7f0e", "#8c564b",
                                        "#e377c2", "#17becf"};
  const int step = 70, height = 140, top = 16, bottom = 30, left = 36;
  int width = left + std::max<int>(1, static_cast<int>(weeks.size())) * step;
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" << HtmlEscape(id)
      << "\" role=\"img\" viewBox=\"0 0 " << width << " "
      << height + top + bottom << "\" width=\"" << width << "\" height=\""
      << height + top + bottom << "\">";
  for (size_t w = 0; w < weeks.size(); ++w) {
    svg << "<text x=\"" << left + static_cast<int>(w) * step + step / 2
        << "\" y=\"" << top + height + 18
        << "\" text-anchor=\"middle\" font-size=\"10\">" << HtmlEscape(weeks[w])
        << "</text>";
  }
  for (size_t k = 0; k < series.size(); ++k) {
    const TrendSeries& line = series[k];
    const char* color = kColors[k % 8];
    std::string points;
    for (size_t w = 0; w < weeks.size() && w < line.values.size(); ++w) {
      double v = line.values[w];
      if (std::isnan(v)) continue;
      int x = left + static_cast<int>(w) * step + step / 2;
      int y = top + height - static_cast<int>(std::lround(v * height));
      points += std::to_string(x) + "," + std::to_string(y) + " ";
      svg << "<circle cx=\"" << x << "\" cy=\"" << y << "\" r=\"3\" fill=\""
          << color << "\" data-series=\"" << HtmlEscape(line.name)
          << "\" data-week=\"" << HtmlEscape(weeks[w]) << "\" data-value=\""
          << Fmt(std::round(v * 10000) / 10000) << "\"><title>"
          << HtmlEscape(line.name) << " " << HtmlEscape(weeks[w]) << ": "
          << Fmt(std::round(v * 100)) << "%</title></circle>";
    }
    svg << "<polyline fill=\"none\" stroke=\"" << color << "\" points=\""
        << points << "\"/>";
  }
  svg << "<line x1=\"" << left << "\" x2=\"" << width << "\" y1=\""
      << top + height << "\" y2=\"" << top + height
      << "\" stroke=\"#555\"/></svg>";
  return svg.str();
}

}  // namespace maillint
