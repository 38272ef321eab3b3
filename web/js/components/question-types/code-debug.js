// code_debug: a program with a mistake in it. The pupil changes the code until it prints what each test
// expects. Marked on the server; "Run my code" is plugged in by the page through `onRun`.

import { append } from "../html.js";
import { renderCodeQuestion, readCodeAnswer, reviewCode } from "./shared/code-question.js";
import { checkboxField, codeField, repeater, section, startEditor, textField, timeLimitField } from "./shared/editor-kit.js";

export const type = "code_debug";

/**
 * The editor starts with the program to fix (or the pupil's saved code); the tests say what it should print.
 * Options: { answer, onChange, disabled, onRun(code) -> Promise<{status, message, stdout, results}> }.
 */
export function renderPupil(root, view, options = {}) {
  renderCodeQuestion(root, type, options, {
    starter: view.buggy_code,
    testsKind: "program",
    tests: view.tests || [],
    hiddenCount: view.hidden_tests || 0,
    steps: [
      "This program has a mistake in it. Change the code in the box so that the program prints what each test shows.",
      typeof options.onRun === "function" ? "Press Run my code to check it." : null,
    ],
  });
}

/** { code } */
export function readAnswer(root) {
  return readCodeAnswer(root, type);
}

/** The pupil's fixed code with the visible tests' results. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  reviewCode(root, details);
}

/** The teacher's form: the program with the mistake, what the mistake is, the fixed program, other fixes, tests. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.buggy_code ??= "";
  cfg.bug_description ??= "";
  cfg.correct_code ??= "";
  cfg.alternative_fixes ??= [];
  cfg.test_cases ??= [];
  cfg.time_limit_seconds ??= 5;
  const tests = testRepeater(cfg, changed);
  const alternatives = fixRepeater(cfg, changed);
  append(root,
    codeField({ label: "Program with the mistake (pupils see this)", value: cfg.buggy_code, name: "buggy_code", onValue: (v) => ((cfg.buggy_code = v), changed()) }),
    textField({
      label: "What the mistake is (teachers only)",
      value: cfg.bug_description,
      multiline: true,
      rows: 2,
      name: "bug_description",
      onValue: (v) => ((cfg.bug_description = v), changed()),
    }),
    codeField({
      label: "Fixed program (teachers only)",
      help: "It must pass every test; the program with the mistake must not. Both are checked by running them when you save.",
      value: cfg.correct_code,
      name: "correct_code",
      onValue: (v) => ((cfg.correct_code = v), changed()),
    }),
    alternatives.element,
    tests.element,
    section(
      "Rules",
      timeLimitField(cfg, changed),
    ),
  );
}

/** The tests: what is typed in, what the program should print (empty: worked out on save), seen by pupils or not. */
function testRepeater(cfg, changed) {
  return repeater({
    legend: "Tests",
    help: "What is typed in when the program runs (leave empty if it reads nothing) and what it should print. Leave the output empty to fill it in from the fixed program when you save.",
    items: cfg.test_cases,
    name: "test_cases",
    min: 1,
    addLabel: "Add a test",
    rowLegend: (i) => `Test ${i + 1}`,
    newItem: () => ({ input: "", expected_output: null, visible: true }),
    onChange: changed,
    row: (test) => [
      textField({ label: "Typed in", value: test.input ?? "", multiline: true, rows: 2, code: true, name: "input", onValue: (v) => ((test.input = v), changed()) }),
      textField({
        label: "Should print",
        value: test.expected_output ?? "",
        multiline: true,
        rows: 2,
        code: true,
        name: "expected_output",
        onValue: (v) => {
          test.expected_output = v === "" ? null : v;
          changed();
        },
      }),
      checkboxField({ label: "Pupils can see this test", checked: test.visible ?? true, name: "visible", onValue: (v) => ((test.visible = v), changed()) }),
    ],
  });
}

/** Other versions of the program that also fix the mistake. */
function fixRepeater(cfg, changed) {
  const fixes = cfg.alternative_fixes.map((code) => ({ code }));
  const fixesChanged = () => {
    cfg.alternative_fixes = fixes.map((f) => f.code);
    changed();
  };
  return repeater({
    legend: "Other correct fixes (optional)",
    help: "Other versions of the program that also fix the mistake.",
    items: fixes,
    name: "alternative_fixes",
    addLabel: "Add another fix",
    rowLegend: (i) => `Fix ${i + 1}`,
    newItem: () => ({ code: "" }),
    onChange: fixesChanged,
    row: (fix) => codeField({ label: "Code", value: fix.code, name: "code", onValue: (v) => ((fix.code = v), fixesChanged()) }),
  });
}
