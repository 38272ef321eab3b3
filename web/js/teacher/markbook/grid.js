// The markbook table: one row per pupil (their name stays in view while the table scrolls sideways), one
// column per assessment, then the average and the trend. Every cell says its meaning in words: the final
// percentage, the first-try percentage, and how the attempt ended — colour and arrows only repeat the words.

import { el } from "../../components/html.js";
import { percent, shortDate } from "../results/format.js";

// How an attempt stands, in the words the legend and the CSV use.
export const STATE_WORDS = {
  finished: "Finished",
  handed_in: "Handed in by teacher",
  time_up: "Handed in when time was up",
  in_progress: "Started, not finished",
  not_started: "Not started",
  missed: "Not started, closed",
  not_open: "Not open yet",
};

const STATE_MEANING = {
  finished: "The pupil pressed Finish.",
  handed_in: "A teacher handed the attempt in for the pupil.",
  time_up: "The attempt was handed in when the pupil's time or window closed.",
  in_progress: "The pupil has started and not finished; no percentage yet.",
  not_started: "The pupil has not started and still can.",
  missed: "The pupil did not start before it closed for them.",
  not_open: "The assessment does not open for the class yet.",
};

const TREND_MARK = { rising: "↗", steady: "→", falling: "↘", not_enough: "" };

/** The legend: what each word in a cell means, and how the trend is worked out. */
export function legend(trendWindow) {
  return el(
    "section",
    { class: "results-section markbook-legend", "aria-labelledby": "legend-heading", "data-testid": "markbook-legend" },
    el("h2", { id: "legend-heading" }, "How to read the markbook"),
    el(
      "dl",
      { class: "markbook-legend__list" },
      el("dt", {}, "Final"),
      el("dd", {}, "The percentage of the marks the pupil has now, after any retries and marking."),
      el("dt", {}, "First try"),
      el("dd", {}, "The percentage they earned with the first try at each answer."),
      Object.entries(STATE_WORDS).map(([state, words]) => [el("dt", {}, words), el("dd", {}, STATE_MEANING[state])]),
      el("dt", {}, "Extension"),
      el("dd", {}, "The pupil has a later closing time or extra attempts on that assessment."),
      el("dt", {}, "Trend"),
      el("dd", {}, `Drawn through the final percentages of the pupil's last ${trendWindow} finished assessments shown here (at least 3): rising or falling when the line moves 2 or more points an assessment, otherwise steady.`),
    ),
  );
}

/** The table itself. */
export function markbookTable(book) {
  const caption = `Class ${book.class_name}: ${book.rows.length} pupils, ${book.columns.length} assessments`;
  return el(
    "div",
    { class: "table-wrap markbook-wrap", role: "region", "aria-label": caption, tabindex: "0" },
    el(
      "table",
      { class: "table markbook", "data-testid": "markbook-table" },
      el("caption", {}, caption),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", class: "markbook__pupil" }, "Pupil"),
          book.columns.map(columnHeading),
          el("th", { scope: "col" }, "Average", el("span", { class: "markbook__sub" }, "final and first try")),
          el("th", { scope: "col" }, "Trend", el("span", { class: "markbook__sub" }, `last ${book.trend_window} finished`)),
        ),
      ),
      el("tbody", {}, book.rows.map(pupilRow)),
    ),
  );
}

function columnHeading(column) {
  const unit = column.unit_title ? `Unit: ${column.unit_title}` : "No unit";
  const half = `Half term ${column.half_term}${column.half_term_from === "date" ? " (from the date)" : ""}`;
  return el(
    "th",
    { scope: "col", class: "markbook__assessment" },
    el("a", { href: `/teacher/class-results.html?id=${encodeURIComponent(column.assessment_id)}` }, column.title),
    el("span", { class: "markbook__sub" }, `Set ${shortDate(column.set_on)}`),
    el("span", { class: "markbook__sub" }, half),
    el("span", { class: "markbook__sub" }, unit),
  );
}

function pupilRow(row) {
  return el(
    "tr",
    { "data-testid": "markbook-row" },
    el("th", { scope: "row", class: "markbook__pupil" }, el("a", { href: `/teacher/pupil-detail.html?id=${encodeURIComponent(row.pupil_id)}` }, row.name)),
    row.cells.map(cell),
    el(
      "td",
      {},
      row.average === null ? "No finished work" : [el("span", { class: "markbook__final" }, `Final ${percent(row.average)}`), el("span", { class: "markbook__sub" }, `First try ${percent(row.first_try_average)}`)],
    ),
    el(
      "td",
      { class: `markbook__trend markbook__trend--${row.trend.direction}`, "data-testid": "markbook-trend" },
      el("span", { class: "markbook__final" }, TREND_MARK[row.trend.direction] ? el("span", { "aria-hidden": "true" }, `${TREND_MARK[row.trend.direction]} `) : null, trendWord(row.trend)),
      el("span", { class: "markbook__sub" }, row.trend.words.replace(/^[^:]*: /, "")),
    ),
  );
}

function trendWord(trend) {
  return { rising: "Rising", steady: "Steady", falling: "Falling", not_enough: "Not enough yet" }[trend.direction];
}

function cell(c) {
  const words = STATE_WORDS[c.state] + (c.extension ? " (extension)" : "");
  const scored = c.percentage !== null;
  return el(
    "td",
    { class: ["markbook__cell", `markbook__cell--${c.state}`] },
    scored ? el("span", { class: "markbook__final" }, `Final ${percent(c.percentage)}`) : null,
    scored ? el("span", { class: "markbook__sub" }, `First try ${percent(c.first_try_percentage)}`) : null,
    el("span", { class: "markbook__state" }, words),
  );
}
