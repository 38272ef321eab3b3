// Step 1 of the wizard: the unit the questions are about, one that exists or a new one. Above the form, a note
// about a draft the teacher asked for earlier and left while it was being made.

import { api } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { statusArea, statusMessage } from "../../components/status.js";
import { button, describe, REVIEW_PAGE } from "./layout.js";
import { forgetJob, rememberedJobId } from "./last-job.js";

const LEAD = "Choose the unit the questions are about. Its lesson documents are what the questions are made from.";

/**
 * Step 1. `onChosen(unit)` is awaited once a unit is chosen or made; if it (or making the unit) is refused,
 * the refusal is said in this step. Returns { lead, element }.
 */
export async function unitStep({ onChosen }) {
  const units = await api("/api/units");
  const pending = await pendingJobNotice();
  const status = statusArea();
  const newUnit = newUnitFields();
  const existing = units.length ? existingUnitChoice(units, newUnit.element) : null;
  const form = el(
    "form",
    { class: "stack", novalidate: true },
    existing?.chooser,
    existing?.field.element,
    newUnit.element,
    status,
    el("div", { class: "cluster" }, button("Continue to lesson materials", null, { type: "submit" })),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    newUnit.title.clearError();
    status.clear();
    try {
      const unit = existing?.isChosen() ? units.find((u) => u.id === existing.field.input.value) : await newUnit.create();
      if (unit) await onChosen(unit);
    } catch (error) {
      status.say(describe(error), "warning");
    }
  });
  return { lead: LEAD, element: el("div", { class: "stack" }, pending, form) };
}

/** The title and year of a new unit; `create()` makes it (null, with the title marked, when it has none). */
function newUnitFields() {
  const title = field({ label: "Title of the new unit", name: "unit-title", maxlength: 200, help: "For example: Data representation" });
  const year = field({
    label: "Year group",
    as: "select",
    name: "unit-year",
    options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}` })),
  });
  return {
    title,
    element: el("div", { class: "stack", id: "new-unit-fields" }, title.element, year.element),
    async create() {
      const name = title.input.value.trim();
      if (!name) {
        title.setError("Type a title for the new unit.");
        title.input.focus();
        return null;
      }
      return api("/api/units", { method: "POST", body: { title: name, year_group: Number(year.input.value) } });
    },
  };
}

/** The choice between a unit that exists (picked from a list) and a new one; only the chosen fields show. */
function existingUnitChoice(units, newUnitElement) {
  const unitField = field({
    label: "Unit",
    as: "select",
    name: "unit",
    options: units.map((u) => ({
      value: u.id,
      label: `${u.title} (Year ${u.year_group}, ${u.document_count} document${u.document_count === 1 ? "" : "s"})`,
    })),
  });
  const pickExisting = el("input", { type: "radio", name: "unit-choice", value: "existing", checked: true });
  const pickNew = el("input", { type: "radio", name: "unit-choice", value: "new" });
  const toggle = () => {
    unitField.element.hidden = !pickExisting.checked;
    newUnitElement.hidden = !pickNew.checked;
  };
  pickExisting.addEventListener("change", toggle);
  pickNew.addEventListener("change", toggle);
  toggle();
  const chooser = el(
    "fieldset",
    {},
    el("legend", {}, "Which unit is this assessment for?"),
    el("label", { class: "choice" }, pickExisting, "A unit that already exists"),
    el("label", { class: "choice" }, pickNew, "A new unit"),
  );
  return { chooser, field: unitField, isChosen: () => pickExisting.checked };
}

/** A note about a draft that is still being made (the teacher left the page while it was running). */
async function pendingJobNotice() {
  const id = rememberedJobId();
  if (!id) return null;
  try {
    const job = await api(`/api/jobs/${encodeURIComponent(id)}`);
    if (job.status === "done" && job.assessment_id) {
      forgetJob();
      const open = el("a", { href: `${REVIEW_PAGE}?id=${encodeURIComponent(job.assessment_id)}` }, "Open the draft");
      return statusMessage(["Your last draft is ready. ", open], { kind: "success", role: "status" });
    }
    if (job.status === "failed") {
      forgetJob();
      return null;
    }
    const progress = el("a", { href: `?job=${encodeURIComponent(id)}` }, "See its progress");
    return statusMessage(["A draft you started is still being made. ", progress], { kind: "plain", role: "status" });
  } catch {
    return null;
  }
}
