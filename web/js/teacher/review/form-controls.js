// Small builders shared by the question form's parts: a labelled text box or number box that reports each change,
// and a titled group of fields.

import { el } from "../../components/html.js";
import { field } from "../../components/field.js";

/** A text box (or, with `as: "textarea"`, a text area) that calls `onValue(text)` as the teacher types. */
export function textBox(label, value, onValue, attrs = {}) {
  const control = field({ label, value: value ?? "", autocomplete: "off", ...attrs });
  control.input.addEventListener("input", () => onValue(control.input.value));
  return control;
}

/** A short whole-number box that calls `onValue(number)` as the teacher types (null when it is empty). */
export function numberBox(label, value, onValue, { min, max, help }) {
  const control = field({ label, help, type: "number", inputmode: "numeric", min, max, step: 1, value: String(value) });
  control.input.classList.add("input--short");
  control.input.addEventListener("input", () => onValue(control.input.value === "" ? null : Number(control.input.value)));
  return control;
}

/** A titled group of fields in the question form. */
export function section(title, ...children) {
  return el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, title), children);
}
