// A form field with everything it needs: a visible label, optional help text, and an inline error
// message that is tied to the control (aria-describedby, aria-invalid), so nobody has to guess.

import { el } from "./html.js";

let counter = 0;

/**
 * Build a labelled field.
 *
 *   const title = field({ label: "Title", name: "title", help: "Pupils see this.", required: true });
 *   form.append(title.element);
 *   title.setError("Type a title.");   // shows the message and marks the control invalid
 *   title.clearError();
 *   title.input.value
 *
 * `as`: "input" (default), "textarea" or "select" (give `options: [{value, label}]`).
 * Any other key (type, value, autocomplete, required, min, max, maxlength, ...) goes on the control.
 */
export function field({ label, help, as = "input", options = [], id, ...controlAttrs }) {
  if (!label) throw new Error("field(): every field needs a visible label.");
  const controlId = id || `field-${++counter}`;
  const helpId = `${controlId}-help`;
  const errorId = `${controlId}-error`;
  const className = { input: "input", textarea: "textarea", select: "select" }[as];
  const attrs = { class: className, id: controlId, ...controlAttrs };
  if (as === "input" && !attrs.type) attrs.type = "text";
  const control =
    as === "select"
      ? el("select", attrs, options.map((o) => el("option", { value: o.value, selected: o.selected }, o.label)))
      : el(as, attrs);
  const helpText = help ? el("span", { class: "field__help", id: helpId }, help) : null;
  const error = el("p", { class: "field__error", id: errorId, hidden: true });
  const element = el("div", { class: "field" }, el("label", { class: "field__label", for: controlId }, label), helpText, control, error);

  const describe = (withError) => {
    const ids = [withError && errorId, helpText && helpId].filter(Boolean).join(" ");
    if (ids) control.setAttribute("aria-describedby", ids);
    else control.removeAttribute("aria-describedby");
  };
  describe(false);

  return {
    element,
    input: control,
    setError(message) {
      error.textContent = message;
      error.hidden = false;
      control.setAttribute("aria-invalid", "true");
      describe(true);
    },
    clearError() {
      error.textContent = "";
      error.hidden = true;
      control.removeAttribute("aria-invalid");
      describe(false);
    },
  };
}
