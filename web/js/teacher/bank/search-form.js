// The bank's search form: words, then filters, each with a visible label. Choosing a unit offers its learning
// objectives. Nothing searches while the teacher is choosing: "Search the bank" (or Enter) searches, and
// "Clear the filters" empties the form and searches again.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { field } from "../../components/field.js";
import { DIFFICULTY_CHOICES, TYPE_LABELS } from "../review/labels.js";

function choices(first, options) {
  return [{ value: "", label: first }, ...options];
}

function objectiveOptions(objectives) {
  return choices("Any objective", objectives.map((o) => ({ value: o.id, label: `${o.code} – ${o.description}` })));
}

/** Fill the objective menu with the chosen unit's objectives (none chosen: the menu waits for a unit). */
async function showObjectives(parts) {
  const unitId = parts.unit.input.value;
  parts.objective.input.disabled = !unitId;
  if (!unitId) {
    replaceChildren(parts.objective.input, objectiveOptions([]).map((o) => el("option", { value: o.value }, o.label)));
    return;
  }
  const unit = await api(`/api/units/${unitId}`);
  if (parts.unit.input.value !== unitId) return; // another unit was chosen meanwhile
  replaceChildren(parts.objective.input, objectiveOptions(unit.objectives || []).map((o) => el("option", { value: o.value }, o.label)));
}

function formParts({ taxonomy, units }) {
  return {
    words: field({ label: "Words", type: "search", maxlength: 200, autocomplete: "off", help: "Found in the question, its options or its tags. Every word must appear." }),
    type: field({ label: "Question type", as: "select", options: choices("Any type", Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }))) }),
    unit: field({ label: "Unit", as: "select", options: choices("Any unit", units.map((u) => ({ value: u.id, label: `${u.title} (Year ${u.year_group})` }))) }),
    objective: field({ label: "Learning objective", as: "select", options: objectiveOptions([]), disabled: true, help: "Choose a unit first." }),
    strand: field({ label: "Strand", as: "select", options: choices("Any strand", taxonomy.map((s) => ({ value: s.code, label: `${s.code} – ${s.name}` }))) }),
    difficulty: field({ label: "Difficulty", as: "select", options: choices("Any difficulty", DIFFICULTY_CHOICES) }),
    tags: field({ label: "Tags", maxlength: 200, autocomplete: "off", help: "Separate tags with commas. The question must have every one." }),
    saved: el("input", { type: "checkbox", name: "saved_only" }),
  };
}

/**
 * The form. `onSearch()` is called when the teacher asks to search; `values()` gives the query parameters of
 * the filters in use ({q, type, unit_id, objective_id, strand, difficulty, tags: [], saved_only}).
 */
export function searchForm({ taxonomy, units, onSearch }) {
  const parts = formParts({ taxonomy, units });
  parts.unit.input.addEventListener("change", () => showObjectives(parts).catch(() => {}));
  const clear = el("button", { type: "button", class: "button button--secondary" }, "Clear the filters");
  clear.addEventListener("click", () => {
    for (const name of ["words", "type", "unit", "strand", "difficulty", "tags"]) parts[name].input.value = "";
    parts.saved.checked = false;
    showObjectives(parts).catch(() => {});
    onSearch();
  });
  const element = el(
    "form",
    {
      class: "card card--soft bank-search",
      role: "search",
      "aria-label": "Search the question bank",
      novalidate: true,
      onSubmit: (event) => {
        event.preventDefault();
        onSearch();
      },
    },
    el("div", { class: "bank-search__words" }, parts.words.element),
    el(
      "div",
      { class: "bank-search__fields" },
      ["type", "unit", "objective", "strand", "difficulty", "tags"].map((name) => parts[name].element),
    ),
    el("div", { class: "field" }, el("label", { class: "choice" }, parts.saved, "Only questions saved to the bank")),
    el("div", { class: "cluster" }, el("button", { type: "submit", class: "button" }, "Search the bank"), clear),
  );
  const values = () => ({
    q: parts.words.input.value.trim(),
    type: parts.type.input.value,
    unit_id: parts.unit.input.value,
    objective_id: parts.objective.input.value,
    strand: parts.strand.input.value,
    difficulty: parts.difficulty.input.value,
    tags: parts.tags.input.value.split(",").map((t) => t.trim()).filter(Boolean),
    saved_only: parts.saved.checked,
  });
  return { element, values };
}

/** The query string for GET /api/bank/questions from the form's values and a page number. */
export function searchQuery(values, page, pageSize) {
  const query = new URLSearchParams({ page: String(page), page_size: String(pageSize) });
  for (const [key, value] of Object.entries(values)) {
    if (key === "tags") value.forEach((tag) => query.append("tags", tag));
    else if (key === "saved_only") {
      if (value) query.set(key, "true");
    } else if (value) query.set(key, value);
  }
  return query;
}
