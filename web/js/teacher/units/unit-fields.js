// The unit's own fields: title, description, year group, half term and academic year. Creating a unit and
// changing one share them.

import { el } from "../../components/html.js";
import { field } from "../../components/field.js";

/** The fields, filled in from `unit`. Returns { controls, elements, read() }. */
export function unitFields(unit = {}) {
  const title = field({ label: "Title", value: unit.title ?? "", maxlength: 200, required: true });
  const description = field({ label: "Description (optional)", as: "textarea", rows: 3, value: unit.description ?? "" });
  const year = field({
    label: "Year group",
    as: "select",
    options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}`, selected: (unit.year_group ?? 7) === y })),
  });
  const halfTerm = field({
    label: "Half term",
    as: "select",
    options: [{ value: "", label: "Not set", selected: !unit.half_term }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `Half term ${n}`, selected: unit.half_term === n }))],
  });
  const academicYear = field({ label: "Academic year (optional)", value: unit.academic_year ?? "", help: "For example 2025-26.", maxlength: 7 });
  academicYear.input.classList.add("input--short");
  const controls = { title, description, year_group: year, half_term: halfTerm, academic_year: academicYear };
  return {
    controls,
    elements: [title.element, description.element, el("div", { class: "cluster review-form__inline" }, year.element, halfTerm.element, academicYear.element)],
    /** The body for the API, or null after marking what needs fixing. */
    read() {
      Object.values(controls).forEach((c) => c.clearError());
      const body = {
        title: title.input.value.trim(),
        description: description.input.value,
        year_group: Number(year.input.value),
        half_term: halfTerm.input.value ? Number(halfTerm.input.value) : null,
        academic_year: academicYear.input.value.trim() || null,
      };
      return checkUnit(body, controls) ? body : null;
    },
  };
}

/** Mark what needs fixing and focus the first such field; true when all is well. */
function checkUnit(body, { title, academic_year: academicYear }) {
  let first = null;
  if (!body.title) {
    title.setError("Type a title.");
    first ??= title.input;
  }
  if (body.academic_year && !/^20\d\d-\d\d$/.test(body.academic_year)) {
    academicYear.setError("Write the academic year like 2025-26, or leave it empty.");
    first ??= academicYear.input;
  }
  first?.focus();
  return !first;
}
