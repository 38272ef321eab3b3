// Code on screen: a read-only block with line numbers (trace tables, code completion) and the code editor
// pupils type Python into. The editor is a plain <textarea> (so every screen reader, spell-off setting and
// browser feature works) with a line-number gutter beside it and the few keys a beginner needs:
// Tab indents by 4 spaces, Shift+Tab takes them away, Enter keeps the indentation (and adds 4 after a ":").
// Escape then Tab leaves the editor, so nobody is trapped; the hint under the box says so.

import { el } from "../../html.js";
import { uid } from "./dom.js";

export const INDENT = "    ";
const MAX_VISIBLE_LINES = 28;

/**
 * Read-only code with line numbers. `lines` is a string (split on newlines) or an array of lines, where a
 * line is a string or an array of strings/Nodes (code completion puts inputs inside lines).
 * The block can be scrolled sideways by keyboard (it is focusable) and is named by `label`.
 */
export function codeView(lines, { label = "Code" } = {}) {
  const rows = typeof lines === "string" ? lines.replace(/\n$/, "").split("\n") : lines;
  return el(
    "div",
    { class: "qt-code", role: "region", tabindex: "0", "aria-label": `${label}, ${rows.length} ${rows.length === 1 ? "line" : "lines"}` },
    rows.map((line, index) =>
      el(
        "div",
        { class: "qt-code__line" },
        el("span", { class: "qt-code__num", "aria-hidden": "true" }, String(index + 1)),
        el("code", { class: "qt-code__text" }, line),
      ),
    ),
  );
}

/**
 * The code editor.
 *   codeEditor({ value, label, readOnly, onInput(code), minLines })
 * Returns { element, textarea, get value(), set value(code) }.
 */
export function codeEditor({ value = "", label = "Your code", readOnly = false, onInput, minLines = 6 } = {}) {
  const hintId = uid("qt-code-hint");
  const inputId = uid("qt-code-input");
  const gutter = el("div", { class: "qt-code-editor__gutter", "aria-hidden": "true" });
  const textarea = el("textarea", {
    class: "qt-code-editor__input",
    id: inputId,
    "aria-describedby": readOnly ? null : hintId,
    spellcheck: "false",
    autocapitalize: "off",
    autocomplete: "off",
    autocorrect: "off",
    wrap: "off",
    readOnly,
    value,
  });
  const hint = readOnly
    ? null
    : el(
        "p",
        { class: "qt-hint", id: hintId },
        "Tab adds 4 spaces. Shift and Tab takes 4 spaces away. To leave the code box with the keyboard, press Escape, then Tab.",
      );
  const element = el(
    "div",
    { class: ["qt-code-editor", readOnly && "qt-code-editor--read-only"] },
    el("label", { class: "qt-code-editor__label", for: inputId }, label),
    el("div", { class: "qt-code-editor__frame" }, gutter, textarea),
    hint,
  );
  const layout = () => layoutLines(textarea, gutter, minLines);
  if (!readOnly) handleKeys(textarea);
  textarea.addEventListener("input", () => {
    layout();
    onInput?.(textarea.value);
  });
  textarea.addEventListener("scroll", () => (gutter.scrollTop = textarea.scrollTop));
  layout();

  return {
    element,
    textarea,
    get value() {
      return textarea.value;
    },
    set value(code) {
      textarea.value = code;
      layout();
    },
  };
}

/** Size the box to its lines (within limits) and number them in the gutter. */
function layoutLines(textarea, gutter, minLines) {
  const count = textarea.value.split("\n").length;
  textarea.rows = Math.min(MAX_VISIBLE_LINES, Math.max(minLines, count + 1));
  const shown = Math.max(count, textarea.rows);
  if (gutter.childElementCount !== shown) {
    gutter.replaceChildren(...Array.from({ length: shown }, (_, i) => el("span", {}, i < count ? String(i + 1) : "")));
  } else {
    [...gutter.children].forEach((span, i) => (span.textContent = i < count ? String(i + 1) : ""));
  }
  gutter.scrollTop = textarea.scrollTop;
}

/** Tab and Shift+Tab indent, Enter keeps the indentation; Escape then Tab leaves the box as usual. */
function handleKeys(textarea) {
  let escaped = false; // Escape was pressed: the next Tab moves focus on instead of indenting
  textarea.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      escaped = true;
      return;
    }
    if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey) {
      if (escaped) {
        escaped = false;
        return; // let the browser move focus
      }
      event.preventDefault();
      if (event.shiftKey) outdent(textarea);
      else indent(textarea);
      return;
    }
    if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing) {
      event.preventDefault();
      newLineKeepingIndent(textarea);
    }
    if (event.key !== "Shift") escaped = false;
  });
  textarea.addEventListener("blur", () => (escaped = false));
}

/** Replace [start, end) with text, keeping the browser's undo history where it can, then select. */
function replaceRange(textarea, start, end, text, selectStart, selectEnd) {
  textarea.setSelectionRange(start, end);
  // execCommand keeps Ctrl+Z working; where it is not supported, setRangeText does the same edit.
  const done = text !== "" && document.execCommand?.("insertText", false, text);
  if (!done) {
    textarea.setRangeText(text, start, end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
  textarea.setSelectionRange(selectStart, selectEnd);
}

function lineStart(text, position) {
  return text.lastIndexOf("\n", position - 1) + 1;
}

function selectedLines(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  const start = lineStart(value, selectionStart);
  // A selection ending at the very start of a line does not include that line.
  const endPoint = selectionEnd > selectionStart && value[selectionEnd - 1] === "\n" ? selectionEnd - 1 : selectionEnd;
  let end = value.indexOf("\n", endPoint);
  if (end === -1) end = value.length;
  return { start, end, lines: value.slice(start, end).split("\n") };
}

function indent(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  if (!value.slice(selectionStart, selectionEnd).includes("\n")) {
    replaceRange(textarea, selectionStart, selectionEnd, INDENT, selectionStart + INDENT.length, selectionStart + INDENT.length);
    return;
  }
  const { start, end, lines } = selectedLines(textarea);
  const text = lines.map((line) => INDENT + line).join("\n");
  replaceRange(textarea, start, end, text, start, start + text.length);
}

function outdent(textarea) {
  const { selectionStart, selectionEnd } = textarea;
  const { start, end, lines } = selectedLines(textarea);
  const removed = lines.map((line) => line.match(/^ {0,4}/)[0].length);
  if (removed.every((n) => n === 0)) return;
  const text = lines.map((line, i) => line.slice(removed[i])).join("\n");
  if (lines.length === 1) {
    const caret = Math.max(start, selectionStart - removed[0]);
    replaceRange(textarea, start, end, text, caret, Math.max(caret, selectionEnd - removed[0]));
  } else {
    replaceRange(textarea, start, end, text, start, start + text.length);
  }
}

function newLineKeepingIndent(textarea) {
  const { value, selectionStart, selectionEnd } = textarea;
  const before = value.slice(lineStart(value, selectionStart), selectionStart);
  let lead = before.match(/^[ \t]*/)[0];
  if (before.trimEnd().endsWith(":")) lead += INDENT;
  const text = `\n${lead}`;
  replaceRange(textarea, selectionStart, selectionEnd, text, selectionStart + text.length, selectionStart + text.length);
}
