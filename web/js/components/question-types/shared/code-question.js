// The pupil side of the two "write code" types (python_code, code_debug): the instructions, the tests the
// code is checked with, the code editor and — when the page plugs it in — "Run my code" with its report.

import { append, el } from "../../html.js";
import { instruction, mountQuestion, notify, readFrom, reviewDetails } from "./dom.js";
import { codeEditor } from "./code.js";
import { runArea, runReport, testsTable } from "./code-tests.js";

/**
 * Draw a code question.
 *   type, view, { answer, onChange, disabled, onRun }, { starter, steps: [sentences], testsKind, tests, hiddenCount }
 * `onRun(code)` (optional) returns a Promise of { status, message, stdout, results|tests }.
 */
export function renderCodeQuestion(root, type, { answer, onChange, disabled = false, onRun }, { starter, steps, testsKind, tests, hiddenCount }) {
  const initial = typeof answer?.code === "string" ? answer.code : starter || "";
  let editor = null;
  const read = () => ({ code: editor ? editor.value : initial });
  mountQuestion(root, type, read);
  editor = codeEditor({
    value: initial,
    label: "Your code",
    readOnly: disabled,
    minLines: Math.max(6, initial.split("\n").length + 1),
    onInput: () => notify(onChange, read),
  });
  append(root, 
    disabled ? null : instruction(steps.filter(Boolean).join(" ")),
    testsTable(tests, { kind: testsKind, hiddenCount }),
    editor.element,
    !disabled && typeof onRun === "function" ? runArea({ onRun, getCode: () => editor.value }) : null,
  );
}

export function readCodeAnswer(root, type) {
  return readFrom(root, type);
}

/** Review: the code (read only) and the visible tests' results from the mark's details. */
export function reviewCode(root, details) {
  const { parts } = reviewDetails(details);
  const message = parts.message || details?.message || "";
  const report = [];
  if ((parts.tests || []).length || message) {
    report.push(...runReport({ message, tests: parts.tests || [] }));
  }
  if (parts.hidden_total) {
    report.push(el("p", { class: "qt-review-summary" }, `Hidden tests: ${parts.hidden_passed ?? 0} of ${parts.hidden_total} passed.`));
  }
  if (report.length) append(root, el("div", { class: "qt-run__output qt-review-tests" }, report));
}
