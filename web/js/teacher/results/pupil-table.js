// The class's pupils in a table a teacher can search and sort. Each column heading is a button; the sorted column
// carries aria-sort (read out by screen readers) and an arrow with words for sighted readers. The number of
// pupils shown is said in a polite live region as the search narrows it.

import { el } from "../../components/html.js";
import { duration, END_WORDS, percent, points, statusWords, STATUS } from "./format.js";

const STATUS_ORDER = { not_started: 0, in_progress: 1, abandoned: 1, completed: 2 };
let counter = 0;

const COLUMNS = [
  { key: "name", label: "Pupil", value: (p) => `${p.last_name || ""} ${p.first_name || p.name}`.trim().toLowerCase() },
  { key: "class", label: "Class", value: (p) => (p.class_name || "").toLowerCase() },
  { key: "status", label: "Status", value: (p) => STATUS_ORDER[p.status] ?? 0 },
  { key: "score", label: "Score", number: true, value: (p) => p.score },
  { key: "percentage", label: "Percentage", number: true, value: (p) => p.percentage },
  // Beside the final percentage: the marks each question got at its first try (retries can raise the final one).
  { key: "first_try", label: "First-try percentage", number: true, value: (p) => p.first_try_percentage },
  { key: "time", label: "Time taken", number: true, value: (p) => (p.status === "completed" ? p.time_taken_seconds : null) },
  { key: "hints", label: "Hints used", number: true, value: (p) => p.hints_used },
];

/** Compare two values; pupils without a value go last whichever way the column is sorted. */
function compare(a, b, direction) {
  const missingA = a === null || a === undefined;
  const missingB = b === null || b === undefined;
  if (missingA || missingB) return missingA === missingB ? 0 : missingA ? 1 : -1;
  const order = typeof a === "string" ? a.localeCompare(b, "en-GB") : a - b;
  return direction === "ascending" ? order : -order;
}

/**
 * The table with its search box. `pupils` are ClassResults.pupils; `pupilHref(p)` is the link to a pupil's
 * page; `actions(p)`, if given, fills a last column with what the teacher can do for that pupil (not printed).
 * Returns the element.
 */
export function pupilTable(pupils, { caption, pupilHref, actions = null }) {
  const id = `pupil-table-${++counter}`;
  // The table's parts and how it is sorted and searched just now; draw() shows it.
  const table = {
    pupils,
    pupilHref,
    actions,
    // The class column only when the pupils come from more than one class (it would say the same on every row).
    columns: new Set(pupils.map((p) => p.class_name)).size > 1 ? COLUMNS : COLUMNS.filter((c) => c.key !== "class"),
    sortKey: "name",
    direction: "ascending",
    search: "",
    count: el("p", { class: "pupil-table__count", "aria-live": "polite", id: `${id}-count` }),
    searchBox: el("input", { class: "input", type: "search", id: `${id}-search`, autocomplete: "off", "aria-describedby": `${id}-help ${id}-count` }),
    headRow: el("tr", {}),
    body: el("tbody", {}),
  };
  table.searchBox.addEventListener("input", () => {
    table.search = table.searchBox.value.trim().toLowerCase();
    draw(table);
  });
  draw(table);
  return el(
    "div",
    { class: "pupil-table-block" },
    el(
      "div",
      { class: "field pupil-table__search" },
      el("label", { class: "field__label", for: table.searchBox.id }, "Find a pupil"),
      el("span", { class: "field__help", id: `${id}-help` }, "Type part of a name or username. Press a column heading to sort by it."),
      table.searchBox,
    ),
    table.count,
    el(
      "div",
      { class: "table-wrap", role: "region", "aria-label": caption, tabindex: "0" },
      el("table", { class: "table pupil-table", "data-testid": "pupil-table" }, el("caption", {}, caption), el("thead", {}, table.headRow), table.body),
    ),
  );
}

/** A column heading: a button that sorts by the column (again: the other way round). */
function header(table, column) {
  const sorted = column.key === table.sortKey;
  const button = el(
    "button",
    { type: "button", class: "sort-button", dataset: { sort: column.key } },
    column.label,
    el("span", { class: "sort-button__state", "aria-hidden": "true" }, sorted ? (table.direction === "ascending" ? " ▲" : " ▼") : ""),
  );
  button.addEventListener("click", () => {
    table.direction = sorted && table.direction === "ascending" ? "descending" : "ascending";
    table.sortKey = column.key;
    draw(table);
    table.headRow.querySelector(`[data-sort="${column.key}"]`).focus();
  });
  return el("th", { scope: "col", class: column.number ? "number" : null, "aria-sort": sorted ? table.direction : null }, button);
}

function row(table, p) {
  const status = STATUS[p.status];
  const notes = [];
  if (p.status === "completed" && END_WORDS[p.end_reason]) notes.push(END_WORDS[p.end_reason]);
  if (p.waiting_for_marking) notes.push(`${p.waiting_for_marking} waiting for marking`);
  return el(
    "tr",
    { dataset: { pupil: p.pupil_id } },
    el("th", { scope: "row" }, el("a", { href: table.pupilHref(p) }, p.name), el("span", { class: "muted pupil-table__username" }, ` ${p.username}`)),
    table.columns.includes(COLUMNS[1]) ? el("td", {}, p.class_name || "") : null,
    el(
      "td",
      {},
      el("span", { class: ["badge", status && `badge--${status.badge}`] }, statusWords(p.status)),
      notes.length ? el("span", { class: "pupil-table__note" }, notes.join(", ")) : null,
    ),
    el("td", { class: "number" }, p.status === "completed" ? points(p.score, p.max_score) : "—"),
    el("td", { class: "number" }, p.status === "completed" ? percent(p.percentage) : "—"),
    el("td", { class: "number", dataset: { column: "first-try" } }, p.status === "completed" ? percent(p.first_try_percentage) : "—"),
    el("td", { class: "number" }, p.status === "completed" ? duration(p.time_taken_seconds) : "—"),
    el("td", { class: "number" }, String(p.hints_used)),
    table.actions ? el("td", { class: "pupil-table__actions no-print" }, table.actions(p)) : null,
  );
}

function draw(table) {
  const { pupils, columns, direction, search } = table;
  table.headRow.replaceChildren(
    ...columns.map((column) => header(table, column)),
    ...(table.actions ? [el("th", { scope: "col", class: "no-print" }, "Actions")] : []),
  );
  const column = columns.find((c) => c.key === table.sortKey);
  const shown = pupils
    .filter((p) => !search || `${p.name} ${p.username}`.toLowerCase().includes(search))
    .sort((a, b) => compare(column.value(a), column.value(b), direction) || compare(COLUMNS[0].value(a), COLUMNS[0].value(b), "ascending"));
  table.body.replaceChildren(
    ...(shown.length
      ? shown.map((p) => row(table, p))
      : [el("tr", {}, el("td", { colspan: String(columns.length + (table.actions ? 1 : 0)) }, `No pupil’s name or username contains “${table.searchBox.value.trim()}”.`))]),
  );
  table.count.textContent =
    shown.length === pupils.length ? `Showing all ${pupils.length} pupils, sorted by ${column.label.toLowerCase()} (${direction}).` : `Showing ${shown.length} of ${pupils.length} pupils.`;
}
