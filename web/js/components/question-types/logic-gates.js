// logic_gates: complete a truth table. The gate or expression is shown in words and in symbols (with a
// key), and each output to fill is a pair of radio buttons named "Row 2 output: 0 or 1".

import { append, el } from "../html.js";
import { instruction, mountQuestion, notify, readFrom, resultMark, reviewDetails, uid } from "./shared/dom.js";
import { checkboxField, commaListField, startEditor, textField } from "./shared/editor-kit.js";

export const type = "logic_gates";

const SYMBOLS = { AND: "∧", OR: "∨", NOT: "¬", XOR: "⊕", NAND: "⊼", NOR: "⊽" };
const SYMBOL_NAMES = { "∧": "AND", "∨": "OR", "¬": "NOT", "⊕": "XOR", "⊼": "NAND", "⊽": "NOR" };

/** "A AND (B OR NOT C)" → { text: "A ∧ (B ∨ ¬C)", used: ["∧", "∨", "¬"] }. */
export function inSymbols(expression) {
  const tokens = (expression || "").match(/[A-Za-z_][A-Za-z0-9_]*|[01]|[()]/g) || [];
  const used = [];
  let text = "";
  tokens.forEach((token, i) => {
    const symbol = SYMBOLS[token.toUpperCase()];
    const piece = symbol || token;
    if (symbol && !used.includes(symbol)) used.push(symbol);
    const previous = tokens[i - 1];
    const glue = i === 0 || previous === "(" || token === ")" || (previous && previous.toUpperCase() === "NOT") ? "" : " ";
    text += glue + piece;
  });
  return { text, used };
}

/** The expression in words and symbols, then the truth table; restores `answer.outputs`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const read = () => {
    const outputs = {};
    for (const input of root.querySelectorAll(".qt-bit__input:checked")) outputs[input.dataset.row] = Number(input.value);
    return { outputs };
  };
  mountQuestion(root, type, read);
  const table = truthTable(view, { saved: answer?.outputs || {}, disabled, groupName: uid("qt-gate") });
  table.addEventListener("change", () => notify(onChange, read));
  append(root,
    expressionLines(view.expression || view.gate || ""),
    disabled ? null : instruction("Complete the truth table. For each output with buttons, choose 0 or 1."),
    el("div", { class: "table-wrap", role: "region", tabindex: "0", "aria-label": "Truth table" }, table),
  );
}

/** The gate or expression in words, in symbols, and the key to the symbols used. */
function expressionLines(expression) {
  const symbols = inSymbols(expression);
  return el(
    "div",
    { class: "qt-gate" },
    el("p", { class: "qt-gate__line" }, el("span", { class: "qt-gate__term" }, "In words: "), el("code", { class: "qt-gate__expr" }, expression)),
    el("p", { class: "qt-gate__line" }, el("span", { class: "qt-gate__term" }, "In symbols: "), el("code", { class: "qt-gate__expr" }, symbols.text)),
    symbols.used.length
      ? el("p", { class: "qt-hint" }, `Key: ${symbols.used.map((s) => `${s} means ${SYMBOL_NAMES[s]}`).join(", ")}.`)
      : null,
  );
}

function truthTable(view, choice) {
  const inputs = view.inputs || [];
  return el(
    "table",
    { class: "table qt-truth" },
    el("caption", {}, "Truth table"),
    el(
      "thead",
      {},
      el("tr", {}, el("th", { scope: "col" }, el("span", { class: "visually-hidden" }, "Row")), inputs.map((name) => el("th", { scope: "col" }, `Input ${name}`)), el("th", { scope: "col" }, "Output")),
    ),
    el(
      "tbody",
      {},
      (view.rows || []).map((row) =>
        el(
          "tr",
          { dataset: { row: String(row.index) } },
          el("th", { scope: "row", class: "qt-truth__row" }, `Row ${row.index + 1}`),
          inputs.map((name) => el("td", { class: "qt-truth__bit" }, String(row.inputs?.[name] ?? ""))),
          row.fill_in || row.output === null
            ? el("td", { class: "qt-truth__fill", dataset: { row: String(row.index) } }, bitChoice(row, choice))
            : el("td", { class: "qt-truth__bit qt-truth__given" }, String(row.output)),
        ),
      ),
    ),
  );
}

/** A row's output to fill: a pair of radio buttons named "Row 2 output: 0 or 1", with the saved one chosen. */
function bitChoice(row, { saved, disabled, groupName }) {
  const label = `Row ${row.index + 1} output: 0 or 1`;
  const value = saved[String(row.index)];
  const chosen = value === undefined || value === null || value === "" ? null : Number(value === true ? 1 : value === false ? 0 : value);
  return el(
    "div",
    { class: "qt-bits", role: "radiogroup", "aria-label": label, dataset: { row: String(row.index) } },
    [0, 1].map((bit) =>
      el(
        "label",
        { class: "qt-bit" },
        el("input", {
          type: "radio",
          class: "qt-bit__input",
          name: `${groupName}-${row.index}`,
          value: String(bit),
          checked: chosen === bit,
          disabled,
          dataset: { row: String(row.index) },
        }),
        el("span", { class: "qt-bit__text" }, String(bit)),
      ),
    ),
  );
}

/** { outputs: { "1": 0, ... } } for the rows answered so far. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** Each answered row marked Right / Not yet from `details.rows`. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  if (!parts.rows) return;
  // A row left unanswered is not right yet either (the details only list the rows answered).
  for (const row of view.rows || []) {
    if (!row.fill_in) continue;
    root.querySelector(`td.qt-truth__fill[data-row="${row.index}"]`)?.append(resultMark(Boolean(parts.rows[String(row.index)])));
  }
}

/** Every combination of the inputs, counting up in binary (the first input is the most significant). */
export function combinations(inputs) {
  const rows = [];
  for (let n = 0; n < 2 ** inputs.length; n += 1) {
    rows.push(Object.fromEntries(inputs.map((name, i) => [name, (n >> (inputs.length - 1 - i)) & 1])));
  }
  return rows;
}

/** Every combination of `inputs`, keeping each row's choices from `old` (when the inputs are usable). */
function rebuiltRows(inputs, old) {
  const valid = inputs.length >= 1 && inputs.length <= 4 && new Set(inputs).size === inputs.length;
  if (!valid) return old;
  const sameInputs = (a, b) => inputs.every((name) => a[name] === b[name]);
  return combinations(inputs).map((combination) => {
    const before = old.find((row) => sameInputs(row.inputs || {}, combination));
    return {
      inputs: combination,
      output: before && Object.keys(before.inputs).length === inputs.length ? before.output ?? null : null,
      fill_in: before ? Boolean(before.fill_in) : true,
    };
  });
}

/**
 * The teacher's form: the gate or expression, the inputs, and which rows pupils fill in. The outputs are
 * worked out when the question is saved, so they are never typed by hand.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.gate ??= "AND";
  cfg.inputs ??= ["A", "B"];
  cfg.truth_table ??= [];
  const rowsArea = el("div", { class: "qt-editor-truth" });
  // Only the rows table is redrawn; the boxes being typed in keep their typing.
  const drawRows = () => rowsArea.replaceChildren(rowsTable(cfg, changed));
  const inputsField = commaListField({
    label: "Inputs",
    help: "1 to 4 names, separated by commas, such as A, B.",
    values: cfg.inputs,
    name: "inputs",
    onValue: (v) => {
      // When the inputs change the table is rebuilt with every combination, keeping each row's choice.
      cfg.inputs = v;
      cfg.truth_table = rebuiltRows(cfg.inputs, cfg.truth_table);
      drawRows();
      changed();
    },
  });
  drawRows();
  append(root,
    textField({
      label: "Gate or expression",
      help: "AND, OR, NOT, XOR, NAND or NOR, or an expression such as A AND (B OR NOT C).",
      value: cfg.gate,
      code: true,
      name: "gate",
      onValue: (v) => {
        cfg.gate = v;
        // Outputs belong to the old gate: let saving work them out again.
        cfg.truth_table.forEach((row) => (row.output = null));
        drawRows();
        changed();
      },
    }),
    inputsField,
    rowsArea,
  );
}

/** The rows with their outputs (once worked out) and a "Pupils fill in" tick each. */
function rowsTable(cfg, changed) {
  const rows = cfg.truth_table;
  if (!rows.length) return el("p", { class: "qt-editor-note" }, "Give 1 to 4 inputs with different names to see the rows.");
  return el(
    "div",
    { class: "table-wrap", role: "region", tabindex: "0", "aria-label": "Truth table rows" },
    el(
      "table",
      { class: "table" },
      el("caption", {}, "Rows of the truth table"),
      el(
        "thead",
        {},
        el("tr", {}, el("th", { scope: "col" }, "Row"), cfg.inputs.map((n) => el("th", { scope: "col" }, n)), el("th", { scope: "col" }, "Output"), el("th", { scope: "col" }, "Pupils fill in")),
      ),
      el(
        "tbody",
        {},
        rows.map((row, i) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, String(i + 1)),
            cfg.inputs.map((n) => el("td", {}, String(row.inputs?.[n] ?? ""))),
            el("td", {}, row.output === null || row.output === undefined ? el("span", { class: "muted" }, "worked out on save") : String(row.output)),
            el("td", {}, checkboxField({ label: `Fill in row ${i + 1}`, checked: row.fill_in, name: "fill_in", onValue: (v) => ((row.fill_in = v), changed()) })),
          ),
        ),
      ),
    ),
  );
}
