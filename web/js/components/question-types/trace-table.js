// trace_table: follow the code step by step and fill in the missing values. The code is shown with line
// numbers; the table is a real table (header cells with scope) and every box to fill is named
// "Step 3, total" so it makes sense on its own.

import { append, el } from "../html.js";
import { instruction, mountQuestion, notify, readFrom, resultMark, reviewDetails } from "./shared/dom.js";
import { codeView } from "./shared/code.js";
import { codeField, commaListField, numberField, repeater, section, startEditor, textField } from "./shared/editor-kit.js";

export const type = "trace_table";

const cellKey = (step, variable) => `${step}_${variable}`;

function tableHead(variables, withDescription) {
  return el(
    "thead",
    {},
    el(
      "tr",
      {},
      el("th", { scope: "col" }, "Step"),
      withDescription ? el("th", { scope: "col" }, "What happens") : null,
      variables.map((name) => el("th", { scope: "col" }, el("code", {}, name))),
    ),
  );
}

function notSet() {
  return [el("span", { "aria-hidden": "true", class: "muted" }, "–"), el("span", { class: "visually-hidden" }, "not set yet")];
}

/** The code, then the table with a box for each cell to fill; restores `answer.values`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const variables = view.variables || [];
  const rows = view.rows || [];
  const withDescription = rows.some((row) => row.description);
  const inputs = new Map();
  const read = () => ({ values: Object.fromEntries([...inputs].map(([key, input]) => [key, input.value])) });
  mountQuestion(root, type, read);

  const body = rows.map((row) =>
    el(
      "tr",
      { dataset: { step: String(row.step) } },
      el("th", { scope: "row" }, String(row.step)),
      withDescription ? el("td", { class: "qt-trace__description" }, row.description || "") : null,
      variables.map((name) => {
        const value = row.values?.[name];
        if (value === null) {
          const key = cellKey(row.step, name);
          const input = el("input", {
            type: "text",
            class: "input qt-trace__input",
            "aria-label": `Step ${row.step}, ${name}`,
            value: answer?.values?.[key] ?? "",
            maxlength: "100",
            autocomplete: "off",
            autocapitalize: "off",
            spellcheck: "false",
            readOnly: disabled,
            dataset: { key },
          });
          input.addEventListener("input", () => notify(onChange, read));
          inputs.set(key, input);
          return el("td", { class: "qt-trace__fill", dataset: { key } }, input);
        }
        return el("td", { class: "qt-trace__given" }, value === "" || value === undefined ? notSet() : el("code", {}, value));
      }),
    ),
  );

  append(root, 
    disabled ? null : instruction("Trace the code. Type the value each variable has at that step in every empty box of the table."),
    codeView(view.code || "", { label: "Code to trace" }),
    el(
      "div",
      { class: "table-wrap qt-trace", role: "region", tabindex: "0", "aria-label": "Trace table" },
      el("table", { class: "table qt-trace__table" }, el("caption", {}, "Trace table"), tableHead(variables, withDescription), el("tbody", {}, body)),
    ),
  );
}

/** { values: { "3_total": "1", ... } } for every box in the table. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** Each filled box marked Right / Not yet from `details.cells`. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  for (const [key, right] of Object.entries(parts.cells || {})) {
    root.querySelector(`td[data-key="${CSS.escape(key)}"]`)?.append(resultMark(Boolean(right)));
  }
}

/**
 * The teacher's form: the code and the variables to track. The rows are worked out by running the code
 * when the question is saved; the teacher then ticks the boxes pupils fill in and may describe each step.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.code ??= "";
  cfg.variables ??= [];
  cfg.trace_rows ??= [];
  cfg.cells_to_fill ??= [];
  const tableArea = el("div", { class: "qt-editor-trace" }, cfg.trace_rows.length ? tracedRows(cfg, changed) : cellsToName(cfg, changed));
  append(root,
    codeField({ label: "Code to trace", value: cfg.code, name: "code", onValue: (v) => ((cfg.code = v), changed()) }),
    commaListField({
      label: "Variables to track",
      help: "Their names, separated by commas, in the order of the table's columns.",
      values: cfg.variables,
      name: "variables",
      onValue: (v) => ((cfg.variables = v), changed()),
    }),
    section("The table", tableArea),
  );
}

/** The traced rows: a description box per step, and a tick for each value pupils fill in. */
function tracedRows(cfg, changed) {
  const variables = cfg.variables;
  return [
    el("p", { class: "field__help" }, "Tick the boxes pupils fill in. The values were worked out by running the code."),
    el(
      "div",
      { class: "table-wrap", role: "region", tabindex: "0", "aria-label": "Trace rows" },
      el(
        "table",
        { class: "table" },
        el("caption", {}, "Rows of the trace"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Step"), el("th", { scope: "col" }, "What happens (optional)"), variables.map((v) => el("th", { scope: "col" }, el("code", {}, v))))),
        el(
          "tbody",
          {},
          cfg.trace_rows.map((row) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, String(row.step)),
              el(
                "td",
                {},
                el("input", {
                  type: "text",
                  class: "input",
                  "aria-label": `Step ${row.step}: what happens`,
                  value: row.description ?? "",
                  dataset: { field: "description" },
                  onInput: (event) => ((row.description = event.target.value), changed()),
                }),
              ),
              variables.map((name) => fillChoice(cfg, row, name, changed)),
            ),
          ),
        ),
      ),
    ),
  ];
}

/** The cell for one traced value: a tick box "Pupils fill in step 3, total (6)", or "not set yet". */
function fillChoice(cfg, row, name, changed) {
  const value = row.values?.[name] ?? "";
  if (value === "") return el("td", {}, notSet());
  const isFilled = cfg.cells_to_fill.some((c) => c.step === row.step && c.variable === name);
  const setFilled = (on) => {
    cfg.cells_to_fill = cfg.cells_to_fill.filter((c) => !(c.step === row.step && c.variable === name));
    if (on) cfg.cells_to_fill.push({ step: row.step, variable: name });
    cfg.cells_to_fill.sort((a, b) => a.step - b.step || cfg.variables.indexOf(a.variable) - cfg.variables.indexOf(b.variable));
    changed();
  };
  return el(
    "td",
    {},
    el(
      "label",
      { class: "choice qt-editor-cell" },
      el("input", {
        type: "checkbox",
        checked: isFilled,
        "aria-label": `Pupils fill in step ${row.step}, ${name} (${value})`,
        dataset: { cell: cellKey(row.step, name) },
        onChange: (event) => setFilled(event.target.checked),
      }),
      el("code", {}, value),
    ),
  );
}

/** Not traced yet (a new question): name the boxes by step and variable; saving traces the code. */
function cellsToName(cfg, changed) {
  return repeater({
    legend: "Boxes pupils fill in",
    help: "The rows are worked out by running the code when you save. Name each box by its step and variable.",
    items: cfg.cells_to_fill,
    name: "cells_to_fill",
    addLabel: "Add a box",
    rowLegend: (i) => `Box ${i + 1}`,
    newItem: () => ({ step: 1, variable: cfg.variables[0] ?? "" }),
    onChange: changed,
    row: (cell) => [
      numberField({ label: "Step", value: cell.step, min: 1, step: 1, name: "step", onValue: (v) => ((cell.step = v), changed()) }),
      textField({ label: "Variable", value: cell.variable, code: true, name: "variable", onValue: (v) => ((cell.variable = v.trim()), changed()) }),
    ],
  }).element;
}
