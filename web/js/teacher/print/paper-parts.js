// The pieces a paper question is made of: an instruction line, tick and number boxes, ruled lines to write on,
// code in a monospace box, and tables. Print-first: nothing here is interactive, and every piece is plain DOM
// built with el() (never innerHTML with data).

import { el } from "../../components/html.js";

/** The short, literal line that says what to do ("Tick ONE box."). */
export function instruction(text) {
  return el("p", { class: "paper-instruction" }, text);
}

/** An empty square to tick or to write a number or letter in. */
export function box(label = "") {
  return el("span", { class: "paper-box", "aria-hidden": "true" }, label);
}

/** `count` ruled lines to write on (with room between them for handwriting). */
export function lines(count) {
  if (!count) return null;
  return el(
    "div",
    { class: "paper-lines", "aria-hidden": "true", dataset: { lines: String(count) } },
    Array.from({ length: count }, () => el("div", { class: "paper-line" })),
  );
}

/** One answer line with a label in front: "Answer: ________". */
export function answerLine(label = "Answer:") {
  return el("p", { class: "paper-answer-line" }, el("span", {}, label), el("span", { class: "paper-answer-line__space", "aria-hidden": "true" }));
}

/** Code as it is written, in a monospace box (wrapped, so nothing runs off the page). */
export function codeBox(code, { numbered = false } = {}) {
  const text = String(code ?? "").replace(/\n$/, "");
  if (!numbered) return el("pre", { class: "paper-code" }, el("code", {}, text));
  return el(
    "pre",
    { class: "paper-code paper-code--numbered" },
    el("code", {}, text.split("\n").map((line, i) => el("span", { class: "paper-code__line" },
      el("span", { class: "paper-code__number" }, `${i + 1}`), line, "\n"))),
  );
}

/** A table with a header row; a cell is a string or a node. `textColumns`: the column numbers (from 0) that hold
 * sentences, set left like text rather than centred like values. */
export function table(headers, rows, { caption, textColumns = [] } = {}) {
  const cellClass = (i) => (textColumns.includes(i) ? "paper-table__text" : null);
  return el(
    "table",
    { class: "paper-table" },
    caption ? el("caption", {}, caption) : null,
    el("thead", {}, el("tr", {}, headers.map((h, i) => el("th", { scope: "col", class: cellClass(i) }, h)))),
    el("tbody", {}, rows.map((row) => el("tr", {}, row.map((cell, i) => el("td", { class: cellClass(i) }, cell))))),
  );
}

/** A cell for the pupil to fill in: empty, with a visible frame. */
export function blankCell() {
  return el("span", { class: "paper-blank" });
}

/** A cell the answer key fills in: shown in bold so it stands out from the given cells. */
export function keyCell(value) {
  return el("strong", { class: "paper-filled" }, String(value ?? ""));
}

/** "A", "B", … for the right-hand list of a matching question. */
export function letter(index) {
  return String.fromCharCode(65 + index);
}

/** "1 mark", "3 marks" (marks as a person writes them: 1.5, never 1.50). */
export function marks(points) {
  const n = Number(points) || 0;
  return `${Number.isInteger(n) ? n : Math.round(n * 100) / 100} ${n === 1 ? "mark" : "marks"}`;
}

/** The tests of a code question. python_code: {input, expected} (a call and its result); code_debug:
 * {input, expected_output} (what is typed in and what the program prints). */
export function testsTable(tests, { caption = "Tests your code must pass" } = {}) {
  if (!tests?.length) return null;
  const program = tests.some((t) => "expected_output" in t);
  const headers = program ? ["Input", "The program prints"] : ["Code", "Result"];
  const rows = tests.map((t) => [el("code", {}, t.input), el("code", {}, program ? t.expected_output : t.expected)]);
  return table(headers, rows, { caption, textColumns: [0, 1] });
}
