// The tests a code question is checked with, and the calm report after "Run my code".
// Passed = muted green tick and "Passed"; not passed = amber info icon and "Not yet" with what the code gave
// and what was expected. Never red, never "failed" or "wrong" (SPEC §1).

import { el } from "../../html.js";
import { statusMessage } from "../../status.js";
import { plural, resultMark } from "./dom.js";

/** A value shown as code; several lines become a small block. */
function codeValue(text) {
  const value = text === null || text === undefined ? "" : String(text);
  if (value === "") return el("span", { class: "muted" }, "(nothing)");
  return value.includes("\n") ? el("pre", { class: "qt-pre" }, el("code", {}, value)) : el("code", {}, value);
}

/**
 * The visible tests as a table. kind "expression" (python_code: a call and the value it gives) or
 * "program" (code_debug: what is typed in and what the program prints).
 */
export function testsTable(tests, { kind, hiddenCount = 0 }) {
  const heads = kind === "program" ? ["What is typed in", "What it should print"] : ["Python runs", "It should give"];
  const parts = [];
  if (tests.length) {
    parts.push(
      el(
        "div",
        { class: "table-wrap qt-tests" },
        el(
          "table",
          { class: "table" },
          el("caption", {}, kind === "program" ? "Your program is checked with these tests" : "Your code is checked with these tests"),
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Test"), heads.map((h) => el("th", { scope: "col" }, h)))),
          el(
            "tbody",
            {},
            tests.map((test, i) =>
              el(
                "tr",
                {},
                el("th", { scope: "row" }, `Test ${i + 1}`),
                el("td", {}, codeValue(kind === "program" ? test.input ?? "" : test.input)),
                el("td", {}, codeValue(kind === "program" ? test.expected_output : test.expected)),
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (hiddenCount > 0) {
    parts.push(
      el(
        "p",
        { class: "qt-hint" },
        `There ${hiddenCount === 1 ? "is" : "are"} also ${plural(hiddenCount, "hidden test")}. ${
          hiddenCount === 1 ? "It is" : "They are"
        } checked when you submit your answer.`,
      ),
    );
  }
  return parts;
}

/** The result list of a run, as returned by run_code (`tests`) or the page (`results`). */
function resultItems(result) {
  return result.results ?? result.tests ?? [];
}

/**
 * The calm report of one run: the sandbox's message, what the program printed, and each visible test.
 *   runReport({ status, message, stdout, results|tests: [{ index, passed, got, error, input|expression, expected|expected_output }] })
 */
export function runReport(result) {
  const items = resultItems(result);
  const passed = items.filter((t) => t.passed).length;
  const parts = [];
  if (items.length) {
    parts.push(el("p", { class: "qt-run__summary" }, `${passed} of ${plural(items.length, "test")} passed.`));
  }
  if (result.message) {
    parts.push(statusMessage(result.message, { kind: "info", role: "note" }));
  }
  if (result.stdout) {
    parts.push(el("p", { class: "qt-run__heading" }, "What your program printed:"), el("pre", { class: "qt-pre" }, el("code", {}, result.stdout)));
  }
  if (items.length) {
    parts.push(
      el(
        "ul",
        { class: "qt-run__tests" },
        items.map((test, i) => {
          const number = (test.index ?? i) + 1;
          const input = test.expression ?? test.input;
          const expected = test.expected ?? test.expected_output;
          const program = test.expected_output !== undefined && test.expression === undefined;
          return el(
            "li",
            { class: "qt-run__test", dataset: { passed: test.passed ? "true" : "false" } },
            el("div", { class: "qt-run__test-head" }, resultMark(Boolean(test.passed), { rightText: "Passed", notYetText: "Not yet" }), el("strong", {}, `Test ${number}`)),
            el(
              "dl",
              { class: "qt-run__facts" },
              el("dt", {}, program ? "Typed in" : "Python ran"),
              el("dd", {}, codeValue(input)),
              el("dt", {}, program ? "Should print" : "Should give"),
              el("dd", {}, codeValue(expected)),
              test.passed
                ? null
                : [el("dt", {}, program ? "Your program printed" : "Your code gave"), el("dd", {}, codeValue(test.got))],
              !test.passed && test.error ? [el("dt", {}, "Python said"), el("dd", {}, codeValue(test.error))] : null,
            ),
          );
        }),
      ),
    );
  }
  if (!parts.length) parts.push(el("p", {}, "Your code ran. There was nothing to show."));
  return parts;
}

/**
 * "Run my code": a button and the output panel under it. `onRun(code)` returns a Promise of the run result;
 * `getCode()` reads the editor. Shown only when the page provides onRun (the page owns the server call).
 */
export function runArea({ onRun, getCode }) {
  const output = el("div", { class: "qt-run__output", "aria-live": "polite" });
  const button = el("button", { type: "button", class: "button qt-run__button" }, "Run my code");
  let running = false;
  button.addEventListener("click", async () => {
    if (running) return;
    running = true;
    button.setAttribute("aria-disabled", "true");
    button.textContent = "Running your code…";
    output.replaceChildren(el("p", { class: "loading" }, "Running your code. This can take a few seconds."));
    try {
      const result = await onRun(getCode());
      output.replaceChildren(...runReport(result || {}));
    } catch (error) {
      const detail = error?.detail || error?.message || "Your code could not be run just now. Your work is kept. Try again in a moment.";
      output.replaceChildren(statusMessage(detail, { kind: "warning" }));
    } finally {
      running = false;
      button.removeAttribute("aria-disabled");
      button.textContent = "Run my code";
    }
  });
  return el("div", { class: "qt-run" }, button, output);
}
