// python_code: write a Python function or program. The code is marked on the server (never here);
// "Run my code" is plugged in by the page through `onRun` and shows the visible tests' results calmly.

import { append, el } from "../html.js";
import { renderCodeQuestion, readCodeAnswer, reviewCode } from "./shared/code-question.js";
import { checkboxField, codeField, commaListField, numberField, repeater, section, startEditor, textField, timeLimitField } from "./shared/editor-kit.js";

export const type = "python_code";

function list(words) {
  return words.join(", ");
}

/**
 * The editor (starter code, or the pupil's saved code), the visible tests and the keyword rules.
 * Options: { answer, onChange, disabled, onRun(code) -> Promise<{status, message, stdout, results}> }.
 */
export function renderPupil(root, view, options = {}) {
  const required = view.required_keywords || [];
  const banned = view.banned_keywords || [];
  renderCodeQuestion(root, type, options, {
    starter: view.starter_code,
    testsKind: "expression",
    tests: view.tests || [],
    hiddenCount: view.hidden_tests || 0,
    steps: [
      "Write your Python code in the box.",
      required.length ? `Your code must use: ${list(required)}.` : null,
      banned.length ? `Your code must not use: ${list(banned)}.` : null,
      typeof options.onRun === "function" ? "Press Run my code to check it with the tests below." : null,
    ],
  });
}

/** { code } */
export function readAnswer(root) {
  return readCodeAnswer(root, type);
}

/** The pupil's code with the visible tests' results (details.tests) and the hidden tests' count. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  reviewCode(root, details);
}

/** The teacher's form: starter code, the model answer, tests, weights, time and keyword rules. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.starter_code ??= "";
  cfg.test_cases ??= [];
  cfg.hidden_test_weight ??= 0.5;
  cfg.time_limit_seconds ??= 5;
  cfg.banned_keywords ??= [];
  cfg.required_keywords ??= [];
  cfg.reference_solution ??= "";
  const tests = testRepeater(cfg, changed);
  append(root,
    codeField({
      label: "Starting code pupils see",
      value: cfg.starter_code,
      name: "starter_code",
      onValue: (v) => ((cfg.starter_code = v), changed()),
    }),
    codeField({
      label: "Model answer (teachers only)",
      help: "It must pass every test. It is checked by running it when you save.",
      value: cfg.reference_solution,
      name: "reference_solution",
      onValue: (v) => ((cfg.reference_solution = v), changed()),
    }),
    tests.element,
    rulesSection(cfg, changed),
  );
}

/** Each test: a Python expression, the value it should give, and whether pupils see it. */
function testRepeater(cfg, changed) {
  return repeater({
    legend: "Tests",
    help: "Each test is a Python expression and the value it should give, written as Python shows it (for example 'Hello' or [1, 2]).",
    items: cfg.test_cases,
    name: "test_cases",
    min: 1,
    addLabel: "Add a test",
    rowLegend: (i) => `Test ${i + 1}`,
    newItem: () => ({ input: "", expected: "", visible: true }),
    onChange: changed,
    row: (test) => [
      textField({ label: "Expression to run", value: test.input, code: true, name: "input", onValue: (v) => ((test.input = v), changed()) }),
      textField({ label: "Value it should give", value: test.expected, code: true, name: "expected", onValue: (v) => ((test.expected = v), changed()) }),
      checkboxField({ label: "Pupils can see this test", checked: test.visible ?? true, name: "visible", onValue: (v) => ((test.visible = v), changed()) }),
    ],
  });
}

function rulesSection(cfg, changed) {
  return section(
    "Rules",
    el(
      "div",
      { class: "cluster qt-editor-inline" },
      numberField({
        label: "Weight of hidden tests (0 to 1)",
        value: cfg.hidden_test_weight,
        min: 0,
        max: 1,
        step: 0.1,
        name: "hidden_test_weight",
        onValue: (v) => ((cfg.hidden_test_weight = v), changed()),
      }),
      timeLimitField(cfg, changed),
    ),
    commaListField({
      label: "Words the code must use (optional)",
      help: "Python words or names, separated by commas, such as return, for.",
      values: cfg.required_keywords,
      name: "required_keywords",
      onValue: (v) => ((cfg.required_keywords = v), changed()),
    }),
    commaListField({
      label: "Words the code must not use (optional)",
      help: "Separated by commas, such as sum, sorted.",
      values: cfg.banned_keywords,
      name: "banned_keywords",
      onValue: (v) => ((cfg.banned_keywords = v), changed()),
    }),
  );
}
