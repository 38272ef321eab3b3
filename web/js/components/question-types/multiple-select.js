// multiple_select: tick every answer that fits. Native checkboxes in a labelled group; the instruction says
// exactly how many to select, and the box refuses one tick too many with a calm explanation.

import { append, el } from "../html.js";
import {
  instruction,
  mountQuestion,
  newId,
  notify,
  numberWord,
  plural,
  readFrom,
  reviewDetails,
  statusLine,
} from "./shared/dom.js";
import { checkboxField, numberField, repeater, startEditor, textField } from "./shared/editor-kit.js";

export const type = "multiple_select";

/** "Select TWO answers.", "Select ONE or more answers.", "Select between TWO and THREE answers." */
export function selectInstruction(min, max, count) {
  if (min === max) return `Select ${numberWord(min)} ${min === 1 ? "answer" : "answers"}.`;
  if (min <= 1 && max >= count) return "Select ONE or more answers.";
  if (min <= 1) return `Select up to ${numberWord(max)} answers.`;
  return `Select between ${numberWord(min)} and ${numberWord(max)} answers.`;
}

/** Checkboxes for every option; restores `answer.selected_options`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const options = view.options || [];
  const min = view.min_selections ?? 1;
  const max = view.max_selections ?? options.length;
  const chosen = new Set(answer?.selected_options || []);
  const read = () => ({
    selected_options: [...root.querySelectorAll(".qt-option__input:checked")].map((input) => input.value),
  });
  mountQuestion(root, type, read);
  const hint = instruction(selectInstruction(min, max, options.length));
  const status = statusLine();
  const group = el(
    "div",
    { class: "qt-options", role: "group", "aria-labelledby": hint.id },
    options.map((option) =>
      el(
        "label",
        { class: "qt-option qt-option--check", dataset: { id: option.id } },
        el("input", { type: "checkbox", value: option.id, checked: chosen.has(option.id), disabled, class: "qt-option__input" }),
        el("span", { class: "qt-option__text" }, option.text),
      ),
    ),
  );
  group.addEventListener("change", (event) => {
    const count = read().selected_options.length;
    if (event.target.checked && count > max) {
      event.target.checked = false; // the server refuses more than max; say why instead of failing later
      status.say(`You can select up to ${plural(max, "answer")}. Untick one first to choose a different answer.`);
      return;
    }
    if (count === max && max > 1) status.say(`You have selected ${plural(count, "answer")}. That is the most you can select.`);
    else status.clear();
    notify(onChange, read);
  });
  append(root, hint, group, status.element);
}

/** { selected_options: [ids] } in the order shown. */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** The pupil's ticks, with how many of them were right (which others were right is not revealed). */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { parts } = reviewDetails(details);
  if (parts.chosen_correct !== undefined) {
    const other = parts.chosen_other ?? 0;
    append(root, 
      el(
        "p",
        { class: "qt-review-summary" },
        `${plural(parts.chosen_correct, "answer")} you selected ${parts.chosen_correct === 1 ? "is" : "are"} right.` +
          (other ? ` ${plural(other, "other answer")} you selected ${other === 1 ? "is" : "are"} not one of the right answers.` : ""),
      ),
    );
  }
}

/** The teacher's form: options (tick every correct one), and how many a pupil must select. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.options ??= [];
  cfg.min_selections ??= 1;
  cfg.shuffle_options ??= true;

  const options = repeater({
    legend: "Options",
    help: "Between 2 and 6 options (4 or fewer is easier to read). Tick every correct one.",
    items: cfg.options,
    name: "options",
    min: 2,
    max: 6,
    addLabel: "Add an option",
    rowLegend: (i) => `Option ${i + 1}`,
    newItem: () => ({ id: newId(), text: "", is_correct: false }),
    onChange: changed,
    row: (option) => [
      textField({ label: "Text", value: option.text, name: "text", onValue: (v) => ((option.text = v), changed()) }),
      checkboxField({
        label: "This is a correct answer",
        checked: option.is_correct,
        name: "is_correct",
        onValue: (v) => ((option.is_correct = v), changed()),
      }),
      textField({
        label: "Feedback if a pupil chooses this (optional)",
        value: option.distractor_feedback ?? "",
        name: "distractor_feedback",
        onValue: (v) => {
          option.distractor_feedback = v.trim() ? v : null;
          changed();
        },
      }),
    ],
  });

  append(root, options.element, selectionFields(cfg, changed));
}

/** How many answers a pupil must select, and whether the options are shuffled. */
function selectionFields(cfg, changed) {
  return [
    el(
      "div",
      { class: "cluster qt-editor-inline" },
      numberField({
        label: "Fewest answers to select",
        value: cfg.min_selections,
        min: 1,
        step: 1,
        name: "min_selections",
        onValue: (v) => ((cfg.min_selections = v), changed()),
      }),
      numberField({
        label: "Most answers to select",
        help: "Leave empty to allow every option.",
        value: cfg.max_selections,
        min: 1,
        step: 1,
        optional: true,
        name: "max_selections",
        onValue: (v) => ((cfg.max_selections = v), changed()),
      }),
    ),
    checkboxField({
      label: "Shuffle the options for each pupil",
      help: "Only when the assessment's setting to randomise options is on.",
      checked: cfg.shuffle_options,
      name: "shuffle_options",
      onValue: (v) => ((cfg.shuffle_options = v), changed()),
    }),
  ];
}
