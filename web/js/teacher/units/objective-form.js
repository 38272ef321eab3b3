// Adding a learning objective, or changing one: its code, topic, what pupils learn, and the taxonomy strands as
// labelled checkboxes.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { strandChoices } from "../review/question-form.js";
import { guarded } from "./shared.js";

/**
 * The form for `objective` (or a new one when null) in `unit`. `onDone(saved)` is called with the saved
 * objective, or with null when changing is cancelled. `page` is the unit page's context.
 */
export function objectiveForm({ unit, objective = null, page, onDone }) {
  const code = field({ label: "Code", value: objective?.code ?? `LO${unit.objectives.length + 1}`, maxlength: 20, help: "For example LO1." });
  code.input.classList.add("input--short");
  const description = field({ label: "What pupils learn", as: "textarea", rows: 2, value: objective?.description ?? "", maxlength: 1000 });
  const topic = field({
    label: "Topic",
    as: "select",
    options: [{ value: "", label: "No topic", selected: !objective?.topic_id }, ...unit.topics.map((t) => ({ value: t.id, label: t.title, selected: t.id === objective?.topic_id }))],
  });
  let strands = [...(objective?.strands || [])];
  const strandBoxes = strandChoices(page.taxonomy, strands, (codes) => (strands = codes));
  const submit = el("button", { type: "submit", class: "button" }, objective ? "Save the objective" : "Add the objective");
  const cancel = objective ? el("button", { type: "button", class: "button button--secondary", onClick: () => onDone(null) }, "Cancel") : null;
  const form = el(
    "form",
    { class: objective ? "units-objective-form" : "card card--soft units-objective-form", novalidate: true, "aria-label": objective ? `Change ${objective.code}` : "Add a learning objective" },
    objective ? null : el("h3", {}, "Add a learning objective"),
    el("div", { class: "cluster review-form__inline" }, code.element, topic.element),
    description.element,
    strandBoxes,
    el("div", { class: "cluster" }, submit, cancel),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = { code: code.input.value.trim(), description: description.input.value.trim(), topic_id: topic.input.value || null, strands };
    if (!checkObjective(body, { code, description })) return;
    const save = async () => {
      const url = objective ? `${page.path}/objectives/${objective.id}` : `${page.path}/objectives`;
      onDone(await api(url, { method: objective ? "PATCH" : "POST", body }));
    };
    guarded(submit, page.status, save, { code, description });
  });
  return form;
}

/** Mark what needs fixing and focus the first such field; true when all is well. */
function checkObjective(body, { code, description }) {
  code.clearError();
  description.clearError();
  let first = null;
  if (!body.code) {
    code.setError("Type a code such as LO1.");
    first ??= code.input;
  }
  if (!body.description) {
    description.setError("Write what pupils will learn.");
    first ??= description.input;
  }
  first?.focus();
  return !first;
}
