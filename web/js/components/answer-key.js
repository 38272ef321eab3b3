// The answer key of a question, in words: "Correct answer: 8 bits", the pairs of a matching question, the
// reference solution of a Python question. Built from the API's `answer_key` (and the config, or a pupil's view,
// where the key needs context, such as a truth table's inputs). Everything is text, never HTML. The teacher's
// review page shows it on every question; a pupil's results page once their teacher's choice shows the answers.

import { el } from "./html.js";

function code(text) {
  return el("pre", { class: "review-key__code" }, el("code", {}, String(text ?? "").replace(/\n$/, "")));
}

function list(items, { ordered = false } = {}) {
  return el(ordered ? "ol" : "ul", { class: "review-key__list" }, items.map((item) => el("li", {}, item)));
}

function line(label, value) {
  return el("p", {}, el("strong", {}, `${label}: `), value);
}

function quoted(text) {
  return `“${text}”`;
}

function marks(fraction) {
  const f = Number(fraction);
  if (f >= 1) return "full marks";
  if (f <= 0) return "no marks";
  return `${Math.round(f * 100)}% of the marks`;
}

const KEYS = {
  multiple_choice: (key) => [line("Correct answer", key.correct_option?.text ?? "none chosen yet")],
  multiple_select: (key) => [
    el("p", {}, el("strong", {}, "Correct answers:")),
    list((key.correct_options || []).map((o) => o.text)),
  ],
  text_input: (key) => [
    el("p", {}, el("strong", {}, "Accepted answers:")),
    list((key.accepted_answers || []).map((a) => `${quoted(a.text)} – ${marks(a.points)}`)),
    key.required_keywords?.length ? line("Must mention", key.required_keywords.join(", ")) : null,
    key.forbidden_keywords?.length ? line("Must not mention", key.forbidden_keywords.join(", ")) : null,
    line("Capital letters", key.case_sensitive ? "must match exactly" : "do not matter"),
  ],
  extended_text: (key) => {
    const guide = key.marking_guide || {};
    return [
      el("p", {}, el("strong", {}, `Mark scheme (out of ${guide.points_available ?? "?"}):`)),
      list((guide.mark_scheme || []).map((c) => `${c.criterion} – ${c.points} ${Number(c.points) === 1 ? "point" : "points"}`)),
    ];
  },
  matching: (key) => [
    el("p", {}, el("strong", {}, "Correct pairs:")),
    list((key.pairs || []).map((p) => `${p.left} → ${p.right}`)),
  ],
  ordering: (key) => [el("p", {}, el("strong", {}, "Correct order:")), list((key.order || []).map((i) => i.text), { ordered: true })],
  parsons: (key) => [
    el("p", {}, el("strong", {}, "Solution:")),
    code((key.solution || []).map((b) => `${"    ".repeat(b.indent || 0)}${b.code}`).join("\n")),
    key.alternative_solutions ? el("p", {}, `There ${key.alternative_solutions === 1 ? "is 1 other solution" : `are ${key.alternative_solutions} other solutions`} that also get full marks.`) : null,
  ],
  code_completion: (key) => [
    el("p", {}, el("strong", {}, "Blanks:")),
    list(Object.entries(key.blanks || {}).map(([id, answers]) => `${id.replace("BLANK_", "Blank ")}: ${answers.map(quoted).join(" or ")}`)),
  ],
  python_code: (key) => [
    el("p", {}, el("strong", {}, "Reference solution:")),
    code(key.reference_solution),
    el("p", {}, el("strong", {}, "Tests:")),
    list((key.tests || []).map((t) => `${t.input} gives ${t.expected}${t.visible ? "" : " (hidden from pupils)"}`)),
  ],
  code_debug: (key) => [
    line("The bug", key.bug_description || "not described"),
    el("p", {}, el("strong", {}, "Fixed program:")),
    code(key.correct_code),
    key.alternative_fixes?.length ? el("p", {}, `${key.alternative_fixes.length} other ${key.alternative_fixes.length === 1 ? "fix is" : "fixes are"} also accepted.`) : null,
  ],
  trace_table: (key) => [
    el("p", {}, el("strong", {}, "Cells pupils fill in:")),
    list(
      Object.entries(key.cells || {}).map(([cell, value]) => {
        const [step, ...variable] = cell.split("_");
        return `Step ${step}, ${variable.join("_")}: ${value}`;
      }),
    ),
  ],
  drag_label: (key, config) => {
    const zones = config?.drop_zones || [];
    const number = (zoneId) => zones.findIndex((z) => z.id === zoneId) + 1 || "?";
    return [
      el("p", {}, el("strong", {}, "Correct labels:")),
      list(Object.entries(key.placements || {}).map(([zoneId, label]) => `Area ${number(zoneId)}: ${label.text}`)),
    ];
  },
  binary_convert: (key) => [line("Correct answer", key.correct_answer ?? "")],
  logic_gates: (key, config) => {
    const rows = config?.truth_table || config?.rows || []; // a config's table, or a pupil's view of it
    const inputs = config?.inputs || [];
    return [
      el("p", {}, el("strong", {}, "Outputs pupils fill in:")),
      list(
        Object.entries(key.outputs || {}).map(([index, output]) => {
          const row = rows[Number(index)];
          const given = row ? inputs.map((name) => `${name} = ${row.inputs?.[name]}`).join(", ") : `row ${Number(index) + 1}`;
          return `When ${given}: output ${output}`;
        }),
      ),
    ];
  },
};

/**
 * The answer key of `question` ({type, config or view, answer_key}) as a <div class="review-key">, headed `title`.
 * A key the page cannot read (an old or broken config) is still shown, as its data, so it can be fixed.
 */
export function answerKey(question, { title = "Answer key", level = "h4" } = {}) {
  const key = question.answer_key || {};
  const build = KEYS[question.type];
  let content;
  if (!Object.keys(key).length) {
    content = [el("p", { class: "muted" }, "The answer key could not be worked out. Edit the question to fix it.")];
  } else if (build) {
    content = build(key, question.config ?? question.view);
  } else {
    content = [code(JSON.stringify(key, null, 2))];
  }
  return el("div", { class: "review-key" }, el(level, { class: "review-key__title" }, title), content);
}
