// "Which answers": the assessment, the class and the written question to mark, and whether to show answers already
// marked but not released. The question menu lists the chosen assessment's written questions. Pressing Show answers
// hands the chosen filters up; the page reads the queue for them.

import { api, ApiError } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";

const EVERY_QUESTION = "Every written question";

function assessmentField(assessments, chosen) {
  const sorted = [...assessments].sort((a, b) => a.title.localeCompare(b.title));
  return field({
    label: "Assessment",
    as: "select",
    options: [
      { value: "", label: "Every assessment", selected: !chosen },
      ...sorted.map((a) => ({ value: a.id, label: a.title, selected: a.id === chosen })),
    ],
  });
}

function classField(classes, chosen) {
  return field({
    label: "Class",
    as: "select",
    options: [{ value: "", label: "Every class", selected: !chosen }, ...classes.map((c) => ({ value: c.id, label: c.name, selected: c.id === chosen }))],
  });
}

/** Fill the question menu with the written questions of assessment `id`, `chosen` selected. */
async function fillQuestions(select, id, chosen) {
  select.replaceChildren(el("option", { value: "" }, EVERY_QUESTION));
  select.disabled = !id;
  if (!id) return;
  try {
    const detail = await api(`/api/assessments/${encodeURIComponent(id)}`);
    const written = detail.questions.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => q.type === "extended_text");
    for (const { q, n } of written) {
      const words = q.question_text.length > 60 ? `${q.question_text.slice(0, 57)}…` : q.question_text;
      select.append(el("option", { value: q.id, selected: q.id === chosen }, `Question ${n}: ${words}`));
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    select.disabled = true;
  }
}

/**
 * The filter form, starting from `filters` ({ assessment, klass, question, includeMarked }).
 * `onApply(filters)` gets the chosen filters when Show answers is pressed.
 * Returns { element, loadQuestions() } (loadQuestions fills the question menu for the chosen assessment).
 */
export function filterForm({ assessments, classes, filters, onApply }) {
  const assessment = assessmentField(assessments, filters.assessment);
  const klass = classField(classes, filters.klass);
  const question = field({ label: "Question", as: "select", options: [{ value: "", label: EVERY_QUESTION, selected: true }] });
  const includeMarked = el("input", { type: "checkbox", checked: filters.includeMarked });
  // The question asked for in the address is chosen once its assessment's questions are listed.
  const wanted = { question: filters.question };
  const loadQuestions = () => fillQuestions(question.input, assessment.input.value, wanted.question);

  assessment.input.addEventListener("change", () => {
    wanted.question = "";
    loadQuestions();
  });
  const submit = (event) => {
    event.preventDefault();
    onApply({
      assessment: assessment.input.value,
      klass: klass.input.value,
      question: question.input.value,
      includeMarked: includeMarked.checked,
    });
  };
  const element = el(
    "form",
    { class: "filters", novalidate: true, role: "search", "aria-label": "Choose which answers to mark", onSubmit: submit },
    el("div", { class: "form-row" }, assessment.element, klass.element, question.element),
    el("p", {}, el("label", { class: "choice" }, includeMarked, el("span", {}, "Also show answers I have marked but not released"))),
    el("button", { type: "submit", class: "button button--secondary" }, "Show answers"),
  );
  return { element, loadQuestions };
}
