// The markbook's filters: unit, half term and the dates the assessments were set between. Pressing "Show"
// loads the page with the choices in its address, so a filtered markbook can be bookmarked and reloaded; the
// lists never move the page by themselves.

import { el } from "../../components/html.js";
import { field } from "../../components/field.js";

export const FILTER_KEYS = ["unit_id", "half_term", "date_from", "date_to"];

/** The filters in the page's address (only those given). */
export function filtersFromAddress(params) {
  const chosen = {};
  for (const key of FILTER_KEYS) if (params.get(key)) chosen[key] = params.get(key);
  return chosen;
}

/** The form. `units`: [{unit_id, title}]; `chosen`: the filters in force; `classId` stays in the address. */
export function filterForm({ units, chosen, classId }) {
  const unit = field({
    label: "Unit",
    as: "select",
    name: "unit_id",
    options: [{ value: "", label: "Every unit", selected: !chosen.unit_id }, ...units.map((u) => ({ value: u.unit_id, label: u.title, selected: u.unit_id === chosen.unit_id }))],
  });
  const halfTerm = field({
    label: "Half term",
    as: "select",
    name: "half_term",
    options: [{ value: "", label: "Every half term", selected: !chosen.half_term }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `Half term ${n}`, selected: String(n) === chosen.half_term }))],
  });
  const from = field({ label: "Set from", type: "date", name: "date_from", value: chosen.date_from || "" });
  const to = field({ label: "Set until", type: "date", name: "date_to", value: chosen.date_to || "" });
  const form = el(
    "form",
    { class: "markbook-filters no-print", novalidate: true, "aria-labelledby": "markbook-filters-heading", "data-testid": "markbook-filters" },
    el("h2", { id: "markbook-filters-heading", class: "markbook-filters__heading" }, "Which assessments"),
    el("div", { class: "cluster markbook-filters__fields" }, unit.element, halfTerm.element, from.element, to.element),
    el(
      "div",
      { class: "cluster" },
      el("button", { type: "submit", class: "button button--secondary" }, "Show these assessments"),
      Object.keys(chosen).length ? el("a", { href: `?class=${encodeURIComponent(classId)}` }, "Show every assessment") : null,
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ class: classId });
    for (const control of [unit.input, halfTerm.input, from.input, to.input]) if (control.value) next.set(control.name, control.value);
    location.assign(`?${next}`);
  });
  return form;
}
