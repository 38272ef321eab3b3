// The paper form of each of the 14 question types, drawn from the pupil view (which never holds an answer):
// tick boxes, boxes to number or letter, ruled lines, digit boxes, grids with the given cells filled in.
// The wording follows the pupil screens: short, literal, "Tick ONE box".

import { el } from "../../components/html.js";
import { numberWord } from "../../components/question-types/shared/dom.js";
import { answerLine, blankCell, box, codeBox, instruction, letter, lines, table, testsTable } from "./paper-parts.js";

const MARKER = /\{\{(BLANK_\d+)\}\}/g;

/** "Tick ONE box.", "Tick TWO boxes.", "Tick ONE or more boxes.", "Tick between TWO and THREE boxes." */
export function tickInstruction(min, max, count) {
  const boxes = (n) => `${numberWord(n)} ${n === 1 ? "box" : "boxes"}`;
  if (min === max) return `Tick ${boxes(min)}.`;
  if (min <= 1 && max >= count) return "Tick ONE or more boxes.";
  if (min <= 1) return `Tick up to ${boxes(max)}.`;
  return `Tick between ${numberWord(min)} and ${boxes(max)}.`;
}

function tickList(options, text) {
  return [
    instruction(text),
    el("ul", { class: "paper-options" }, options.map((o) => el("li", { class: "paper-option" }, box(), el("span", {}, o.text)))),
  ];
}

function numberedList(items, code = false) {
  return el("ul", { class: "paper-options" }, items.map((item) =>
    el("li", { class: "paper-option" }, box(), code ? el("code", { class: "paper-inline-code" }, item) : el("span", {}, item))));
}

function matching(view) {
  const right = view.right_items || [];
  return [
    instruction("Match each item on the left to one on the right. Write its letter in the box."),
    el("div", { class: "paper-columns" },
      el("ul", { class: "paper-match" }, (view.left_items || []).map((item, i) =>
        el("li", {}, el("strong", { class: "paper-letter" }, `${i + 1}`), el("span", { class: "paper-match__text" }, item.text), box()))),
      el("ul", { class: "paper-match paper-match--letters" }, right.map((item, i) =>
        el("li", {}, el("strong", { class: "paper-letter" }, letter(i)), el("span", {}, item.text))))),
    right.length > (view.left_items || []).length ? el("p", { class: "paper-note" }, "You will not need every letter.") : null,
  ];
}

function parsons(view) {
  return [
    instruction("Put the lines of code in order. Write 1 in the box of the first line, 2 for the next, and so on. You might not need every line."),
    numberedList((view.blocks || []).map((b) => b.code), true),
    view.enable_indentation ? instruction("Then write the program out in order, with each line indented the right amount.") : null,
    view.enable_indentation ? lines((view.blocks || []).length) : null,
  ];
}

function codeCompletion(view) {
  const order = [...new Set([...(view.code_template || "").matchAll(MARKER)].map((m) => m[1]))];
  const number = (id) => order.indexOf(id) + 1;
  const text = (view.code_template || "").replace(MARKER, (_, id) => `(${number(id)}) ________`);
  return [
    instruction("Fill in each numbered gap in the code. Write what goes in each gap on its line."),
    codeBox(text),
    el("ol", { class: "paper-gaps" }, (view.blanks || []).map((b) => el("li", {},
      el("span", {}, `Gap ${number(b.id)}:`), el("span", { class: "paper-answer-line__space", "aria-hidden": "true" }),
      b.hint ? el("span", { class: "paper-note" }, `Hint: ${b.hint}`) : null))),
  ];
}

function keywordRules(view) {
  const rules = [];
  if (view.required_keywords?.length) rules.push(`Your code must use: ${view.required_keywords.join(", ")}.`);
  if (view.banned_keywords?.length) rules.push(`Your code must not use: ${view.banned_keywords.join(", ")}.`);
  return rules.map((rule) => el("p", { class: "paper-note" }, rule));
}

function pythonCode(view, question) {
  return [
    view.starter_code?.trim() ? [el("p", {}, "Start with this code:"), codeBox(view.starter_code)] : null,
    keywordRules(view),
    testsTable(view.tests),
    instruction("Write your Python code on the lines."),
    lines(question.writing_lines),
  ];
}

function codeDebug(view, question) {
  return [
    el("p", {}, "This program has a bug:"),
    codeBox(view.buggy_code, { numbered: true }),
    testsTable(view.tests, { caption: "What the program should do" }),
    instruction("Find the bug. Write the fixed program on the lines."),
    lines(question.writing_lines),
  ];
}

function traceTable(view) {
  const names = view.variables || [];
  const rows = (view.rows || []).map((row) => [
    String(row.step), row.description || "",
    ...names.map((name) => (row.values?.[name] === null ? blankCell() : row.values?.[name] ?? "")),
  ]);
  return [
    codeBox(view.code, { numbered: true }),
    instruction("Fill in the empty boxes in the trace table."),
    table(["Step", "What happens", ...names], rows, { caption: "Trace table", textColumns: [1] }),
  ];
}

function logicGates(view) {
  const inputs = view.inputs || [];
  const rows = (view.rows || []).map((row) => [
    ...inputs.map((name) => String(row.inputs?.[name] ?? "")),
    row.fill_in ? blankCell() : String(row.output ?? ""),
  ]);
  return [
    el("p", {}, "The logic: ", el("code", { class: "paper-inline-code" }, view.expression || view.gate || "")),
    instruction("Write 0 or 1 in each empty box of the output column."),
    table([...inputs, "Output"], rows, { caption: "Truth table" }),
  ];
}

function binaryConvert(view, question) {
  const toBinary = view.to_label === "binary";
  const given = String(view.given_value).replace(/\s/g, "");
  const value = view.from_label === "hexadecimal" ? parseInt(given, 16) : Number(given);
  const digits = value > 255 ? 16 : 8; // the key writes binary in 8 or 16 digits
  return [
    el("p", {}, `Convert ${view.given_value} from ${view.from_label} to ${view.to_label}.`),
    toBinary
      ? [instruction("Write one binary digit (0 or 1) in each box."), el("p", { class: "paper-digits" }, Array.from({ length: digits }, () => box()))]
      : answerLine(`Answer (${view.to_label}):`),
    view.show_working ? [el("p", {}, "Show your working:"), lines(question.writing_lines - 1)] : null,
  ];
}

function dragLabel(view) {
  const zones = view.drop_zones || [];
  const percent = (n) => `${Math.max(0, Math.min(100, Number(n) || 0))}%`;
  return [
    el("figure", { class: "paper-picture" },
      el("img", { src: view.image, alt: view.image_alt || "The picture to label" }),
      zones.map((z) => el("span", {
        class: "paper-picture__zone", "aria-hidden": "true",
        style: { left: percent(z.x), top: percent(z.y), width: percent(z.w), height: percent(z.h) },
      }, el("span", { class: "paper-picture__number" }, String(z.number))))),
    el("p", {}, "The labels: ", el("strong", {}, (view.labels || []).map((l) => l.text).join(", "))),
    instruction("Write the right label for each numbered box. You might not need every label."),
    el("ol", { class: "paper-gaps" }, zones.map((z) => el("li", {}, el("span", {}, `Box ${z.number}:`),
      el("span", { class: "paper-answer-line__space", "aria-hidden": "true" })))),
  ];
}

const FORMS = {
  multiple_choice: (v) => tickList(v.options || [], "Tick ONE box."),
  multiple_select: (v) => tickList(v.options || [], tickInstruction(v.min_selections ?? 1, v.max_selections ?? (v.options || []).length, (v.options || []).length)),
  text_input: (v, q) => [instruction("Write your answer on the line."), lines(q.writing_lines)],
  extended_text: (v, q) => [
    instruction(v.min_words ? `Write your answer on the lines. Use between ${v.min_words} and ${v.max_words} words.` : "Write your answer on the lines."),
    lines(q.writing_lines),
  ],
  matching,
  ordering: (v) => [instruction("Put these in order. Write 1 in the box of the first, 2 for the next, and so on."), numberedList((v.items || []).map((i) => i.text))],
  parsons,
  code_completion: codeCompletion,
  python_code: pythonCode,
  code_debug: codeDebug,
  trace_table: traceTable,
  drag_label: dragLabel,
  binary_convert: binaryConvert,
  logic_gates: logicGates,
};

/** The paper form of `question` (a question of GET /api/assessments/{id}/paper?version=pupil). */
export function pupilForm(question) {
  const form = FORMS[question.type];
  return el("div", { class: "paper-form" }, form ? form(question.view || {}, question) : lines(question.writing_lines || 4));
}
