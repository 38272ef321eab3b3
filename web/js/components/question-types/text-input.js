// text_input: a short typed answer in one box. The box stops at max_length and says so calmly.

import { append, el } from "../html.js";
import { instruction, mountQuestion, notify, readFrom, resultMark, reviewDetails, statusLine, uid } from "./shared/dom.js";
import { checkboxField, commaListField, numberField, repeater, startEditor, textField } from "./shared/editor-kit.js";

export const type = "text_input";

/** One labelled text box; restores `answer.text`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const max = view.max_length || 100;
  const inputId = uid("qt-text");
  const limitId = uid("qt-limit");
  const input = el("input", {
    type: "text",
    id: inputId,
    class: "input qt-text-input",
    maxlength: String(max),
    value: answer?.text ?? "",
    autocomplete: "off",
    autocapitalize: "off",
    spellcheck: "false",
    "aria-describedby": limitId,
    readOnly: disabled,
  });
  const read = () => ({ text: input.value });
  mountQuestion(root, type, read);
  const status = statusLine();
  let atLimit = input.value.length >= max;
  input.addEventListener("input", () => {
    const full = input.value.length >= max;
    if (full && !atLimit) status.say(`You have reached the limit of ${max} characters.`);
    if (!full && atLimit) status.clear();
    atLimit = full;
    notify(onChange, read);
  });
  append(root, 
    disabled ? null : instruction("Type your answer in the box."),
    el(
      "div",
      { class: "field qt-field" },
      el("label", { class: "field__label", for: inputId }, "Your answer"),
      el("span", { class: "field__help", id: limitId }, `Up to ${max} characters.`),
      input,
    ),
    status.element,
  );
}

/** { text } exactly as typed (the server trims and compares). */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** The pupil's answer with Right / Not yet. */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { isCorrect } = reviewDetails(details);
  if (isCorrect !== null) root.querySelector(".qt-field").append(resultMark(isCorrect));
}

/** The teacher's form: accepted answers with their worth, case, length and keyword rules. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.accepted_answers ??= [];
  cfg.case_sensitive ??= false;
  cfg.max_length ??= 100;
  cfg.required_keywords ??= [];
  cfg.forbidden_keywords ??= [];

  const answers = repeater({
    legend: "Accepted answers",
    help: "At least one must be worth full marks (1). A partly right answer can be worth less, such as 0.5.",
    items: cfg.accepted_answers,
    name: "accepted_answers",
    min: 1,
    addLabel: "Add an accepted answer",
    rowLegend: (i) => `Accepted answer ${i + 1}`,
    newItem: () => ({ text: "", points: 1 }),
    onChange: changed,
    row: (accepted) => [
      textField({ label: "Answer", value: accepted.text, name: "text", onValue: (v) => ((accepted.text = v), changed()) }),
      numberField({
        label: "Worth (0 to 1 of the marks)",
        value: accepted.points ?? 1,
        min: 0,
        max: 1,
        step: 0.05,
        name: "points",
        onValue: (v) => ((accepted.points = v), changed()),
      }),
    ],
  });

  append(root, answers.element, ruleFields(cfg, changed));
}

/** Case, length and the keyword rules. */
function ruleFields(cfg, changed) {
  return [
    checkboxField({
      label: "Capital letters must match",
      checked: cfg.case_sensitive,
      name: "case_sensitive",
      onValue: (v) => ((cfg.case_sensitive = v), changed()),
    }),
    numberField({
      label: "Longest answer (characters)",
      value: cfg.max_length,
      min: 1,
      max: 500,
      step: 1,
      name: "max_length",
      onValue: (v) => ((cfg.max_length = v), changed()),
    }),
    commaListField({
      label: "Words the answer must contain (optional)",
      help: "Separate them with commas. Part marks are given for each one found.",
      values: cfg.required_keywords,
      name: "required_keywords",
      onValue: (v) => ((cfg.required_keywords = v), changed()),
    }),
    commaListField({
      label: "Words that make the answer score 0 (optional)",
      help: "Separate them with commas.",
      values: cfg.forbidden_keywords,
      name: "forbidden_keywords",
      onValue: (v) => ((cfg.forbidden_keywords = v), changed()),
    }),
  ];
}
