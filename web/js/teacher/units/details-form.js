// Changing the unit's own details (folded away until asked for).

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { guarded } from "./shared.js";
import { unitFields } from "./unit-fields.js";

/**
 * The details form, filled in from the unit as the page opened; null when the signed-in user may not change the
 * unit (the header shows its details). `page` is the unit page's context.
 */
export function detailsForm(page) {
  if (!page.canChange) return null;
  const fields = unitFields(page.unit);
  const save = el("button", { type: "submit", class: "button" }, "Save the unit's details");
  const form = el(
    "form",
    { class: "units-details", novalidate: true },
    el("details", { class: "units-details__toggle" }, el("summary", {}, "Change the unit's details"), fields.elements, el("div", { class: "cluster" }, save)),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = fields.read();
    if (!body) return;
    const work = async () => {
      await api(page.path, { method: "PATCH", body });
      await page.reload("The unit's details are saved.");
    };
    guarded(save, page.status, work, fields.controls);
  });
  return form;
}
