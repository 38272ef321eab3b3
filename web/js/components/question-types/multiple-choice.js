// multiple_choice: pick ONE option. A real radio group (native radios, arrow keys as the browser does them),
// each option a large card whose whole area is the label.

import { append, el } from "../html.js";
import { instruction, mountQuestion, newId, notify, readFrom, resultMark, reviewDetails, uid } from "./shared/dom.js";
import { checkboxField, repeater, startEditor, textField } from "./shared/editor-kit.js";

export const type = "multiple_choice";

/** Draw the options as a radio group; restores `answer.selected_option`. */
export function renderPupil(root, view, { answer, onChange, disabled = false } = {}) {
  const name = uid("qt-mc");
  const read = () => ({ selected_option: root.querySelector(`input[name="${name}"]:checked`)?.value ?? null });
  mountQuestion(root, type, read);
  const hint = instruction("Select ONE answer.");
  const group = el(
    "div",
    { class: "qt-options", role: "radiogroup", "aria-labelledby": hint.id },
    view.options.map((option) =>
      el(
        "label",
        { class: "qt-option", dataset: { id: option.id } },
        el("input", {
          type: "radio",
          name,
          value: option.id,
          checked: answer?.selected_option === option.id,
          disabled,
          class: "qt-option__input",
        }),
        el("span", { class: "qt-option__text" }, option.text),
      ),
    ),
  );
  group.addEventListener("change", () => notify(onChange, read));
  append(root, hint, group);
}

/** { selected_option: id | null } */
export function readAnswer(root) {
  return readFrom(root, type);
}

/** The pupil's choice, marked right or not yet (the right option itself is not revealed here). */
export function renderReview(root, view, answer, details) {
  renderPupil(root, view, { answer, disabled: true });
  const { isCorrect } = reviewDetails(details);
  const chosen = answer?.selected_option;
  const card = chosen && root.querySelector(`.qt-option[data-id="${CSS.escape(chosen)}"]`);
  if (card && isCorrect !== null) card.append(resultMark(isCorrect));
}

/** The teacher's form: 2–4 options, exactly one correct, optional feedback for each other option. */
export function renderEditor(root, config, { onChange } = {}) {
  const { cfg, changed } = startEditor(root, type, config, onChange);
  cfg.options ??= [];
  cfg.shuffle_options ??= true;
  const groupName = uid("qt-mc-correct");

  const options = repeater({
    legend: "Options",
    help: "Between 2 and 4 options. Choose which one is the correct answer.",
    items: cfg.options,
    name: "options",
    min: 2,
    max: 4,
    addLabel: "Add an option",
    rowLegend: (i) => `Option ${i + 1}`,
    newItem: () => ({ id: newId(), text: "", is_correct: false }),
    onChange: changed,
    row: (option) => {
      const correct = el("input", { type: "radio", name: groupName, checked: Boolean(option.is_correct) });
      correct.addEventListener("change", () => {
        cfg.options.forEach((o) => (o.is_correct = o === option));
        changed();
      });
      return [
        textField({ label: "Text", value: option.text, name: "text", onValue: (v) => ((option.text = v), changed()) }),
        el("label", { class: "choice qt-editor-correct" }, correct, el("span", {}, "This is the correct answer")),
        textField({
          label: "Feedback if a pupil chooses this (optional)",
          help: "Explain kindly why this is not the answer.",
          value: option.distractor_feedback ?? "",
          name: "distractor_feedback",
          onValue: (v) => {
            option.distractor_feedback = v.trim() ? v : null;
            changed();
          },
        }),
      ];
    },
  });

  append(root, 
    options.element,
    checkboxField({
      label: "Shuffle the options for each pupil",
      help: "Only when the assessment's setting to randomise options is on.",
      checked: cfg.shuffle_options,
      name: "shuffle_options",
      onValue: (v) => ((cfg.shuffle_options = v), changed()),
    }),
  );
}
