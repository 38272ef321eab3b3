// The answer key of each of the 14 question types: the right answer(s), accepted answers, the mark scheme for
// written answers, the reference solution for code, and filled-in trace and truth tables. Drawn from the
// question's pupil view (so letters and box numbers match the pupil paper) and its answer key.

import { el } from "../../components/html.js";
import { codeBox, keyCell, letter, marks, table, testsTable } from "./paper-parts.js";

function answer(label, ...content) {
  return el("p", { class: "paper-key-line" }, el("strong", {}, `${label} `), ...content);
}

function list(items) {
  return el("ul", { class: "paper-key-list" }, items.map((item) => el("li", {}, item)));
}

function textInput(view, key, question) {
  const share = (p) => (p >= 1 ? "full marks" : marks(Math.round(p * question.points * 100) / 100));
  return [
    el("p", { class: "paper-key-line" }, el("strong", {}, "Accepted answers:")),
    list((key.accepted_answers || []).map((a) => `${a.text} (${share(a.points)})`)),
    key.case_sensitive ? el("p", {}, "Capital letters must match.") : el("p", {}, "Capital letters do not matter."),
    key.required_keywords?.length ? answer("Must include:", key.required_keywords.join(", ")) : null,
    key.forbidden_keywords?.length ? answer("Scores 0 if it includes:", key.forbidden_keywords.join(", ")) : null,
  ];
}

function extendedText(view, key) {
  const guide = key.marking_guide || { mark_scheme: [] };
  return [
    table(["Award marks for", "Marks"], guide.mark_scheme.map((c) => [c.criterion, marks(c.points)]), { caption: "Mark scheme", textColumns: [0] }),
    el("p", {}, `Marked out of ${marks(guide.points_available)}.`),
  ];
}

function matching(view, key) {
  const letters = new Map((view.right_items || []).map((item, i) => [item.id, letter(i)]));
  return [el("p", { class: "paper-key-line" }, el("strong", {}, "Answers:")),
    list((key.pairs || []).map((p) => `${p.left} → ${letters.get(p.right_id) ?? "?"} (${p.right})`))];
}

function parsons(view, key) {
  const program = (key.solution || []).map((s) => `${"    ".repeat(s.indent || 0)}${s.code}`).join("\n");
  return [
    el("p", { class: "paper-key-line" }, el("strong", {}, "The program in order:")),
    codeBox(program),
    key.alternative_solutions ? el("p", {}, `${key.alternative_solutions} other order(s) are also accepted.`) : null,
  ];
}

function codeCompletion(view, key) {
  return list((view.blanks || []).map((b, i) => [el("strong", {}, `Gap ${i + 1}: `), (key.blanks?.[b.id] || []).join(" or ")]));
}

function pythonCode(view, key) {
  const tests = (key.tests || []).map((t) => ({ ...t, input: t.visible ? t.input : `${t.input} (hidden test)` }));
  return [el("p", { class: "paper-key-line" }, el("strong", {}, "A correct program:")), codeBox(key.reference_solution),
    testsTable(tests, { caption: "The tests that mark it" })];
}

function codeDebug(view, key) {
  return [
    key.bug_description ? answer("The bug:", key.bug_description) : null,
    el("p", { class: "paper-key-line" }, el("strong", {}, "The fixed program:")),
    codeBox(key.correct_code, { numbered: true }),
    (key.alternative_fixes || []).length ? [el("p", {}, "Also accepted:"), key.alternative_fixes.map((fix) => codeBox(fix))] : null,
  ];
}

function traceTable(view, key) {
  const names = view.variables || [];
  const rows = (view.rows || []).map((row) => [
    String(row.step), row.description || "",
    ...names.map((name) => (row.values?.[name] === null ? keyCell(key.cells?.[`${row.step}_${name}`]) : row.values?.[name] ?? "")),
  ]);
  return [el("p", {}, "The answers are in bold."), table(["Step", "What happens", ...names], rows, { caption: "Trace table, filled in", textColumns: [1] })];
}

function logicGates(view, key) {
  const inputs = view.inputs || [];
  const rows = (view.rows || []).map((row) => [
    ...inputs.map((name) => String(row.inputs?.[name] ?? "")),
    row.fill_in ? keyCell(key.outputs?.[String(row.index)]) : String(row.output ?? ""),
  ]);
  return [el("p", {}, "The answers are in bold."), table([...inputs, "Output"], rows, { caption: "Truth table, filled in" })];
}

function dragLabel(view, key) {
  return list((view.drop_zones || []).map((z) => [el("strong", {}, `Box ${z.number}: `), key.placements?.[z.id]?.text ?? ""]));
}

const KEYS = {
  multiple_choice: (v, k) => answer("Answer:", k.correct_option?.text ?? ""),
  multiple_select: (v, k) => [el("p", { class: "paper-key-line" }, el("strong", {}, "Answers:")), list((k.correct_options || []).map((o) => o.text))],
  text_input: textInput,
  extended_text: extendedText,
  matching,
  ordering: (v, k) => [el("p", { class: "paper-key-line" }, el("strong", {}, "The right order:")),
    el("ol", { class: "paper-key-list" }, (k.order || []).map((i) => el("li", {}, i.text)))],
  parsons,
  code_completion: codeCompletion,
  python_code: pythonCode,
  code_debug: codeDebug,
  trace_table: traceTable,
  drag_label: dragLabel,
  binary_convert: (v, k) => answer("Answer:", `${k.correct_answer ?? ""} (${v.to_label})`),
  logic_gates: logicGates,
};

/** The answer key of `question` (a question of GET /api/assessments/{id}/paper?version=key). */
export function keyForm(question) {
  const form = KEYS[question.type];
  return el("div", { class: "paper-key" }, form ? form(question.view || {}, question.key || {}, question) : null);
}
