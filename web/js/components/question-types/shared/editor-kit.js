// Building blocks for the teacher's question editors. Every control writes straight into the editor's
// working copy of the config and reports the whole new config (onChange). Controls are never redrawn while
// someone types in them: only pressing a button (Add, Remove) redraws the rows of its own list.

import { el } from "../../html.js";
import { field } from "../../field.js";
import { clearQuestion, clone, uid } from "./dom.js";
import { codeEditor } from "./code.js";

/**
 * Start an editor in `root`: returns { cfg, changed } where `cfg` is a private copy of the config (with
 * `type` set) that controls change in place, and `changed()` sends a copy of it to onChange.
 */
export function startEditor(root, type, config, onChange) {
  clearQuestion(root);
  root.classList.add("qt-editor");
  root.dataset.questionType = type;
  const cfg = { ...clone(config || {}), type };
  return { cfg, changed: () => onChange?.(clone(cfg)) };
}

/** A labelled text box (or textarea) whose every keystroke calls onValue(text). */
export function textField({ label, help, value, onValue, multiline = false, code = false, rows, name, ...attrs }) {
  const classes = [multiline ? "textarea" : "input", code && (multiline ? "textarea--code" : "input--code")];
  const control = field({
    label,
    help,
    as: multiline ? "textarea" : "input",
    value: value ?? "",
    rows,
    spellcheck: code ? "false" : null,
    autocapitalize: code ? "off" : null,
    autocomplete: "off",
    wrap: code && multiline ? "off" : null,
    dataset: name ? { field: name } : undefined,
    ...attrs,
  });
  control.input.className = classes.filter(Boolean).join(" ");
  control.input.addEventListener("input", () => onValue(control.input.value));
  control.element.classList.add("qt-editor-field");
  return control.element;
}

/**
 * A number box. An empty box gives `null` when `optional`; otherwise an empty or unreadable value shows
 * a message under the box and leaves the config as it was until it reads as a number.
 */
export function numberField({ label, help, value, onValue, min, max, step = "any", optional = false, name }) {
  const control = field({
    label,
    help,
    type: "number",
    inputmode: step === 1 ? "numeric" : "decimal",
    value: value === null || value === undefined ? "" : String(value),
    min,
    max,
    step,
    dataset: name ? { field: name } : undefined,
  });
  control.input.classList.add("input--short");
  control.input.addEventListener("input", () => {
    const text = control.input.value.trim();
    if (text === "" && optional) {
      control.clearError();
      onValue(null);
      return;
    }
    const number = Number(text);
    if (text === "" || !Number.isFinite(number)) {
      control.setError("Type a number.");
      return;
    }
    if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
      control.setError(`Choose a number from ${min ?? "any"} to ${max ?? "any"}.`);
    } else {
      control.clearError();
    }
    onValue(number);
  });
  control.element.classList.add("qt-editor-field");
  return control.element;
}

/** A checkbox with its label as a large target. */
export function checkboxField({ label, help, checked, onValue, name }) {
  const input = el("input", { type: "checkbox", checked: Boolean(checked), dataset: name ? { field: name } : undefined });
  const helpId = help ? uid("qt-help") : null;
  if (helpId) input.setAttribute("aria-describedby", helpId);
  input.addEventListener("change", () => onValue(input.checked));
  return el(
    "div",
    { class: "qt-editor-field qt-editor-check" },
    el("label", { class: "choice" }, input, el("span", {}, label)),
    help ? el("span", { class: "field__help", id: helpId }, help) : null,
  );
}

/** A labelled <select>: options [{ value, label }]. */
export function selectField({ label, help, value, options, onValue, name }) {
  const control = field({
    label,
    help,
    as: "select",
    options: options.map((o) => ({ ...o, selected: o.value === value })),
    dataset: name ? { field: name } : undefined,
  });
  control.input.addEventListener("change", () => onValue(control.input.value));
  control.element.classList.add("qt-editor-field");
  return control.element;
}

/** Words separated by commas ("sum, max") edited as a list of strings; empty pieces are dropped. */
export function commaListField({ label, help, values, onValue, name }) {
  return textField({
    label,
    help: help ?? "Separate them with commas.",
    value: (values || []).join(", "),
    name,
    onValue: (text) => onValue(splitList(text, ",")),
  });
}

/** One entry per line, edited as a list of strings (blank lines dropped, spaces kept inside). */
export function lineListField({ label, help, values, onValue, code = false, name }) {
  return textField({
    label,
    help: help ?? "Write one on each line.",
    value: (values || []).join("\n"),
    multiline: true,
    code,
    rows: Math.max(2, (values || []).length + 1),
    name,
    onValue: (text) => onValue(text.split("\n").map((line) => line.trimEnd()).filter((line) => line.trim() !== "")),
  });
}

export function splitList(text, separator) {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * A list of similar rows (options, pairs, tests) with "Add" and "Remove" buttons.
 *   repeater({ legend, help, items, newItem, row(item, index, refresh) -> Node|Node[], rowLegend(index),
 *              addLabel, min, max, onChange })
 * `items` is the config's own array: it is changed in place. Returns { element, refresh }.
 */
export function repeater({ legend, help, items, newItem, row, rowLegend, addLabel, min = 0, max = Infinity, onChange, name }) {
  const list = {
    items,
    row,
    rowLegend,
    min,
    onChange,
    rows: el("div", { class: "qt-editor-rows" }),
    addButton: el("button", { type: "button", class: "button button--secondary button--small qt-editor-add" }, addLabel),
    note: el("p", { class: "qt-editor-note", role: "status" }),
  };
  const refresh = (focusIndex = null) => {
    drawRows(list, refresh, focusIndex);
    list.addButton.setAttribute("aria-disabled", items.length >= max ? "true" : "false");
  };
  // A new question starts with the fewest rows it needs, ready to fill in.
  while (items.length < min) items.push(newItem());
  list.addButton.addEventListener("click", () => {
    if (items.length >= max) {
      list.note.textContent = `There can be at most ${max}.`;
      return;
    }
    items.push(newItem());
    list.note.textContent = "";
    refresh(items.length - 1);
    onChange();
  });
  refresh();
  const element = el(
    "fieldset",
    { class: "qt-editor-group", dataset: name ? { list: name } : undefined },
    el("legend", {}, legend),
    help ? el("p", { class: "field__help" }, help) : null,
    list.rows,
    el("div", { class: "cluster" }, list.addButton),
    list.note,
  );
  return { element, refresh };
}

function drawRows(list, refresh, focusIndex) {
  const { items, rows } = list;
  rows.replaceChildren(
    ...items.map((item, index) => {
      const title = list.rowLegend(index, item);
      return el(
        "fieldset",
        { class: "qt-editor-row" },
        el("legend", {}, title),
        el("div", { class: "qt-editor-row__fields" }, list.row(item, index, refresh)),
        el("div", { class: "qt-editor-row__actions" }, removeButton(list, refresh, index, title)),
      );
    }),
  );
  if (focusIndex !== null && focusIndex >= 0) {
    rows.children[focusIndex]?.querySelector("input, textarea, select, button")?.focus();
  }
}

/** "Remove option 2": refused (in words) while the list has only the rows it must keep. */
function removeButton(list, refresh, index, title) {
  const { items, min } = list;
  return el(
    "button",
    {
      type: "button",
      class: "button button--quiet button--small qt-editor-remove",
      "aria-disabled": items.length <= min ? "true" : null,
      onClick: () => {
        if (items.length <= min) {
          list.note.textContent = `Keep at least ${min}. Change this one instead of removing it.`;
          return;
        }
        items.splice(index, 1);
        list.note.textContent = `${title} removed.`;
        refresh(Math.min(index, items.length - 1));
        if (!items.length) list.addButton.focus();
        list.onChange();
      },
    },
    `Remove ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  );
}

/** How long a pupil's code may run (the code types' `time_limit_seconds`, 1 to 10 seconds). */
export function timeLimitField(cfg, changed) {
  return numberField({
    label: "Time limit (seconds)",
    value: cfg.time_limit_seconds,
    min: 1,
    max: 10,
    step: 1,
    name: "time_limit_seconds",
    onValue: (v) => ((cfg.time_limit_seconds = v), changed()),
  });
}

/** A group heading inside an editor. */
export function section(title, ...children) {
  return el("section", { class: "qt-editor-section" }, el("h3", { class: "qt-editor-section__title" }, title), children);
}

/** A code field for the teacher: the same editor pupils use (Tab indents, line numbers), labelled. */
export function codeField({ label, help, value, onValue, name, minLines = 4 }) {
  const editor = codeEditor({ value: value ?? "", label, onInput: onValue, minLines });
  if (name) editor.textarea.dataset.field = name;
  return el("div", { class: "qt-editor-field" }, editor.element, help ? el("p", { class: "field__help" }, help) : null);
}
