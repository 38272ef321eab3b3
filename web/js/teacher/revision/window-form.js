// Opening a revision window: which class (or one pupil of it), which written questions, and when it opens and
// closes. Sends `onOpen(body)`; the page says what happened.

import { api } from "../../api.js";
import { el } from "../../components/html.js";

const WRITTEN = "extended_text";

function choice(name, value, label, checked = false) {
  const id = `${name}-${value}`;
  return el("div", { class: "check" },
    el("input", { type: name === "who" ? "radio" : "checkbox", name, value, id, checked: checked || null }),
    el("label", { for: id }, label));
}

/** The form, with its pupil list filled in for the chosen class. */
export function windowForm(assessment, { klass, onOpen }) {
  const written = assessment.questions.filter((q) => q.type === WRITTEN);
  const classSelect = el("select", { id: "revision-class", name: "class" },
    assessment.classes.map((c) => el("option", { value: c.class_id, selected: c.class_id === klass || null }, c.class_name)));
  const pupilSelect = el("select", { id: "revision-pupil", name: "pupil" }, el("option", { value: "" }, "Every pupil in the class"));
  async function fillPupils() {
    const detail = await api(`/api/classes/${encodeURIComponent(classSelect.value)}`);
    pupilSelect.replaceChildren(el("option", { value: "" }, "Every pupil in the class"),
      ...detail.pupils.map((p) => el("option", { value: p.id }, p.name)));
  }
  classSelect.addEventListener("change", fillPupils);
  const opens = el("input", { type: "datetime-local", id: "revision-opens", name: "opens" });
  const closes = el("input", { type: "datetime-local", id: "revision-closes", name: "closes", required: true });
  const form = el("form", { class: "stack", dataset: { testid: "revision-form" } },
    el("div", { class: "field" }, el("label", { for: "revision-class" }, "Class"), classSelect),
    el("div", { class: "field" }, el("label", { for: "revision-pupil" }, "Who can improve their answers"), pupilSelect),
    el("fieldset", { class: "field" }, el("legend", {}, "Written questions"),
      written.map((q) => choice("question", q.id, `Question ${q.position + 1}: ${q.question_text}`, true))),
    el("div", { class: "field" }, el("label", { for: "revision-opens" }, "Opens (leave empty for now)"), opens),
    el("div", { class: "field" }, el("label", { for: "revision-closes" }, "Closes"), closes),
    el("div", { class: "card__actions" }, el("button", { type: "submit", class: "button" }, "Open the revision window")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const ids = [...form.querySelectorAll("input[name=question]:checked")].map((box) => box.value);
    onOpen({
      assessment_id: assessment.id,
      class_id: classSelect.value,
      pupil_id: pupilSelect.value || null,
      question_ids: ids,
      opens_at: opens.value ? new Date(opens.value).toISOString() : null,
      closes_at: closes.value ? new Date(closes.value).toISOString() : null,
    });
  });
  if (!written.length || !assessment.classes.length) {
    return el("p", { class: "muted" }, "This assessment needs a written question and a class before pupils can improve answers.");
  }
  fillPupils();
  return form;
}
