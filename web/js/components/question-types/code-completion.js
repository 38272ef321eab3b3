// code_completion: code with gaps. Each {{BLANK_n}} marker becomes a small labelled box inside the line of
// code ("Blank 1"), numbered on screen so the hints under the code can refer to it.

import { append, el } from "../html.js";
import { instruction, mountQuestion, notify, readFrom, resultMark, reviewDetails, uid } from "./shared/dom.js";
import { lineListField, section, startEditor, textField } from "./shared/editor-kit.js";
import { codeView } from "./shared/code.js";

export const type = "code_completion";
const MARKER = /\{\{(BLANK_\d+)\}\}/g;
const MAX_BLANK = 200;

/** The blank ids in a template, in the order they first appear. */
export function markersIn(template) {
  return [...new Set([...(template || "").matchAll(MARKER)].map((m) => m[1]))];
}

function sizeFor(text) {
  return String(Math.min(40, Math.max(8, (text || "").length + 2)));
}

/** The code with a box for every blank, and any hints; restores `answer.blanks`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const blanks = view.blanks || [];
  const numberOf = new Map(blanks.map((b, i) => [b.id, i + 1]));
  const inputs = new Map();
  const read = () => ({ blanks: Object.fromEntries([...inputs].map(([id, input]) => [id, input.value])) });
  mountQuestion(root, type, read);

  const hintIds = new Map(blanks.filter((b) => b.hint).map((b) => [b.id, uid("qt-blank-hint")]));
  const boxFor = (id) => {
    const number = numberOf.get(id) ?? inputs.size + 1;
    const input = el("input", {
      type: "text",
      class: "qt-blank__input",
      "aria-label": `Blank ${number}`,
      "aria-describedby": hintIds.get(id) ?? null,
      value: answer?.blanks?.[id] ?? "",
      maxlength: String(MAX_BLANK),
      autocomplete: "off",
      autocapitalize: "off",
      spellcheck: "false",
      readOnly: disabled,
      dataset: { blank: id },
    });
    input.size = Number(sizeFor(input.value));
    input.addEventListener("input", () => {
      input.size = Number(sizeFor(input.value));
      notify(onChange, read);
    });
    inputs.set(id, input);
    return el("span", { class: "qt-blank", dataset: { blank: id } }, el("span", { class: "qt-blank__number", "aria-hidden": "true" }, String(number)), input);
  };

  const lines = (view.code_template || "").replace(/\n$/, "").split("\n").map((line) => {
    const parts = [];
    let last = 0;
    for (const match of line.matchAll(MARKER)) {
      if (match.index > last) parts.push(line.slice(last, match.index));
      parts.push(inputs.has(match[1]) ? match[0] : boxFor(match[1]));
      last = match.index + match[0].length;
    }
    if (last < line.length) parts.push(line.slice(last));
    return parts;
  });

  const hints = blanks.filter((b) => b.hint);
  append(root, 
    disabled ? null : instruction(blanks.length === 1 ? "Fill in the blank in the code. Type in the box." : "Fill in each blank in the code. Type in the boxes."),
    codeView(lines, { label: "Code with blanks" }),
    hints.length
      ? el(
          "div",
          { class: "qt-blank-hints" },
          el("p", { class: "qt-blank-hints__title" }, hints.length === 1 ? "Hint" : "Hints"),
          el("ul", {}, hints.map((b) => el("li", { id: hintIds.get(b.id) }, el("strong", {}, `Blank ${numberOf.get(b.id)}: `), b.hint))),
        )
      : null,
  );
}

/** { blanks: { BLANK_1: "range", ... } } for every blank shown. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** Each blank marked Right / Not yet from `details.blanks`. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  for (const [id, right] of Object.entries(parts.blanks || {})) {
    root.querySelector(`.qt-blank[data-blank="${CSS.escape(id)}"]`)?.after(resultMark(Boolean(right)));
  }
}

/**
 * The teacher's form: the code with {{BLANK_n}} markers ("Insert a blank" adds the next one where the
 * cursor is) and, for each marker, its accepted answers and an optional hint. Answers of a marker that is
 * deleted are remembered while the editor is open, so putting the marker back brings them back.
 */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed: send } = startEditor(root, type, config, onChange);
  cfg.code_template ??= "";
  const remembered = new Map((cfg.blanks || []).map((b) => [b.id, { id: b.id, correct_answers: b.correct_answers || [], hint: b.hint ?? null }]));
  const blankRows = el("div", { class: "qt-editor-rows", dataset: { list: "blanks" } });
  let shown = [];
  const changed = () => {
    cfg.blanks = markersIn(cfg.code_template).map((id) => remembered.get(id));
    send();
  };
  const drawBlanks = () => {
    shown = markersIn(cfg.code_template);
    for (const id of shown) if (!remembered.has(id)) remembered.set(id, { id, correct_answers: [], hint: null });
    blankRows.replaceChildren(
      ...(shown.length
        ? shown.map((id) => blankRow(remembered.get(id), changed))
        : [el("p", { class: "qt-editor-note" }, "There are no blanks yet. Put {{BLANK_1}} in the code where the first gap goes.")]),
    );
  };
  const template = textField({
    label: "Code with blanks",
    help: "Mark each gap as {{BLANK_1}}, {{BLANK_2}} and so on.",
    value: cfg.code_template,
    multiline: true,
    code: true,
    rows: Math.max(4, cfg.code_template.split("\n").length + 1),
    name: "code_template",
    onValue: (v) => {
      cfg.code_template = v;
      // Redraw the blank rows only when the set of markers changed (the teacher is typing in the code box).
      if (markersIn(v).join() !== shown.join()) drawBlanks();
      changed();
    },
  });
  drawBlanks();
  append(root, template, el("div", { class: "cluster qt-editor-inline" }, insertBlankButton(template.querySelector("textarea"))), section("Blanks", blankRows));
}

/** One marker's accepted answers and hint. */
function blankRow(blank, changed) {
  return el(
    "fieldset",
    { class: "qt-editor-row", dataset: { blank: blank.id } },
    el("legend", {}, `Blank ${blank.id.replace("BLANK_", "")} ({{${blank.id}}})`),
    el(
      "div",
      { class: "qt-editor-row__fields" },
      lineListField({
        label: "Accepted answers",
        help: "One on each line. Spaces around symbols do not matter; capital letters do.",
        values: blank.correct_answers,
        code: true,
        name: "correct_answers",
        onValue: (v) => ((blank.correct_answers = v), changed()),
      }),
      textField({
        label: "Hint (optional)",
        value: blank.hint ?? "",
        name: "hint",
        onValue: (v) => {
          blank.hint = v.trim() ? v : null;
          changed();
        },
      }),
    ),
  );
}

/** "Insert a blank": the next marker where the cursor is, typed as if by hand (so the box's own input runs). */
function insertBlankButton(templateBox) {
  const insert = el("button", { type: "button", class: "button button--secondary button--small" }, "Insert a blank");
  insert.addEventListener("click", () => {
    const used = markersIn(templateBox.value).map((id) => Number(id.replace("BLANK_", "")));
    const marker = `{{BLANK_${used.length ? Math.max(...used) + 1 : 1}}}`;
    const start = templateBox.selectionStart ?? templateBox.value.length;
    templateBox.setRangeText(marker, start, templateBox.selectionEnd ?? start, "end");
    templateBox.dispatchEvent(new Event("input", { bubbles: true }));
    templateBox.focus();
  });
  return insert;
}
