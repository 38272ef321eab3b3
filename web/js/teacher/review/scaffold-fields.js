// The easier version of a question, in its edit form: on or off, its type, text, hint and its own type editor.
// The teacher's work is kept per type, so switching the type and back loses nothing.

import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { rendererFor } from "../../components/question-types/index.js";
import { clone } from "../../components/question-types/shared/dom.js";
import { TYPE_LABELS } from "./labels.js";
import { textBox } from "./form-controls.js";
import { starterConfig } from "./starters.js";

/** Draw the type editor for the easier version's current type and config. */
function drawEditor(parts) {
  const { current, configs, editorRoot } = parts;
  rendererFor(current.type).renderEditor(editorRoot, current.config, {
    onChange: (config) => {
      current.config = config;
      configs.set(current.type, config);
      parts.touch();
    },
  });
}

function changeType(parts, type) {
  const { current, configs } = parts;
  current.type = type;
  current.config = configs.get(type) ?? starterConfig(type);
  configs.set(type, current.config);
  drawEditor(parts);
  parts.touch();
}

/** The easier version as the API takes it. */
function valueOf(current) {
  return {
    type: current.type,
    question_text: current.question_text.trim(),
    config: { ...current.config, type: current.type },
    hint: (current.hint || "").trim() || null,
  };
}

/**
 * The easier version's fields for `draft` (the form's copy of the question); `touch()` marks the form changed.
 * Returns { element, fields, editorRoot, isOn(), value() } (fields and editorRoot are where problems are shown).
 */
export function scaffoldFields(draft, touch) {
  const current = draft.scaffold ? clone(draft.scaffold) : { type: "multiple_choice", question_text: "", hint: "", config: null };
  current.config ??= starterConfig(current.type);
  const parts = {
    current,
    touch,
    configs: new Map([[current.type, current.config]]), // the teacher's work per type
    editorRoot: el("div", { class: "review-form__editor review-form__editor--scaffold", dataset: { testid: "scaffold-editor" } }),
  };
  const on = el("input", { type: "checkbox", checked: Boolean(draft.scaffold) });
  const typeSelect = field({
    label: "Type of the easier version",
    as: "select",
    options: Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label, selected: value === current.type })),
  });
  typeSelect.input.addEventListener("change", () => changeType(parts, typeSelect.input.value));
  const text = textBox("Question text of the easier version", current.question_text, (v) => ((current.question_text = v), touch()), { as: "textarea", rows: 3 });
  const hint = textBox("Hint for the easier version (optional)", current.hint ?? "", (v) => ((current.hint = v), touch()), { as: "textarea", rows: 2 });
  const details = el(
    "div",
    { class: "review-form__scaffold", hidden: !on.checked },
    el("p", { class: "field__help" }, "Pupils can ask for it with Show me an easier version. It is a separate question about the same thing."),
    typeSelect.element,
    text.element,
    hint.element,
    parts.editorRoot,
  );
  on.addEventListener("change", () => {
    details.hidden = !on.checked;
    if (on.checked && !parts.editorRoot.childElementCount) drawEditor(parts);
    touch();
  });
  if (on.checked) drawEditor(parts);
  return {
    element: el("div", { class: "review-form__scaffold-wrap" }, el("label", { class: "choice" }, on, el("span", {}, "Give pupils an easier version of this question")), details),
    fields: { type: typeSelect.input, question_text: text.input, hint: hint.input },
    editorRoot: parts.editorRoot,
    isOn: () => on.checked,
    value: () => valueOf(current),
  };
}
