// The assessment's settings: title, description, unit and year, and how pupils take it (hints, feedback,
// retries, randomising, attempts, time limit and time display, looking back at answers). Saved with PATCH;
// a refused value is shown beside its field and nothing typed is lost.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { aiMarkingFields } from "./ai-marking-fields.js";

function checkbox(label, checked, help) {
  const id = `setting-${Math.random().toString(16).slice(2, 10)}`;
  const input = el("input", { type: "checkbox", checked: Boolean(checked), id, "aria-describedby": help ? `${id}-help` : null });
  return {
    input,
    element: el(
      "div",
      { class: "review-settings__check" },
      el("label", { class: "choice" }, input, el("span", {}, label)),
      help ? el("p", { class: "field__help review-settings__check-help", id: `${id}-help` }, help) : null,
    ),
  };
}

function numberField(label, value, { min, max, help, optional = false }) {
  const control = field({ label, help, type: "number", inputmode: "numeric", min, max, step: 1, value: value === null || value === undefined ? "" : String(value) });
  control.input.classList.add("input--short");
  control.read = () => {
    const text = control.input.value.trim();
    if (text === "") return optional ? { value: null } : { error: `Type a whole number from ${min} to ${max}.` };
    const number = Number(text);
    if (!Number.isInteger(number) || number < min || number > max) return { error: `Type a whole number from ${min} to ${max}.` };
    return { value: number };
  };
  return control;
}

/**
 * The settings form for `assessment`.
 *   units      [{id, title, year_group}] for the unit menu
 *   onSaved(assessment)   after a successful save (the whole assessment as the API returns it)
 * Returns the <form>.
 */
export function settingsForm({ assessment, units, onSaved }) {
  const a = assessment;
  const title = field({ label: "Title", value: a.title, required: true, maxlength: 200, help: "Pupils see this." });
  const description = field({ label: "Description (optional)", as: "textarea", value: a.description ?? "", rows: 3, help: "Pupils see this on the start screen." });
  const unit = field({
    label: "Unit",
    as: "select",
    options: [
      { value: "", label: "No unit", selected: !a.unit_id },
      ...units.map((u) => ({ value: u.id, label: `${u.title} (Year ${u.year_group})`, selected: u.id === a.unit_id })),
    ],
  });
  const year = field({
    label: "Year group",
    as: "select",
    options: [
      { value: "", label: "Not set", selected: !a.year_group },
      ...[7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}`, selected: a.year_group === y })),
    ],
  });

  const hints = checkbox("Pupils can ask for hints and easier versions", a.allow_hints, "Using a hint never changes a pupil's score.");
  const feedback = checkbox("Show feedback straight after each answer", a.show_immediate_feedback, "When this is off, answers are just saved until the end.");
  const retry = checkbox("Pupils can try a question again after feedback", a.allow_question_retry);
  const retries = numberField("Tries again allowed per question", a.max_question_retries, { min: 0, max: 20, help: "0 means as many as they like." });
  const randomQuestions = checkbox("Mix up the order of the questions for each pupil", a.randomise_questions);
  const randomOptions = checkbox("Mix up the options in choice questions for each pupil", a.randomise_options, "Only for questions whose own setting allows it.");
  const attempts = numberField("Attempts allowed", a.max_attempts, { min: 1, max: 20, help: "How many times a pupil can take the whole assessment (1 to 20)." });
  const timeLimit = numberField("Time limit in minutes (optional)", a.time_limit_minutes, { min: 1, max: 300, optional: true, help: "Leave it empty for no time limit." });
  const showTime = checkbox("Show pupils the time left, in words (for example: About 20 minutes left)", a.show_time_remaining, "There is never a ticking countdown.");
  const review = checkbox("Pupils can look back at their answers and feedback afterwards", a.allow_review);
  const aiMarking = aiMarkingFields(a);

  const status = el("div", { "aria-live": "polite", class: "review-settings__status", dataset: { testid: "settings-status" } });
  const saveButton = el("button", { type: "submit", class: "button" }, "Save settings");
  const numbers = { max_question_retries: retries, max_attempts: attempts, time_limit_minutes: timeLimit };
  const named = { title, description, unit_id: unit, year_group: year, ...numbers };
  let saving = false;

  function say(message, kind) {
    status.replaceChildren(el("div", { class: kind === "warning" ? "status status--warning" : "status status--success" }, el("p", { tabindex: "-1" }, message)));
    return status.querySelector("p");
  }

  function clearErrors() {
    for (const control of Object.values(named)) control.clearError();
  }

  async function save(event) {
    event.preventDefault();
    if (saving) return;
    clearErrors();
    status.replaceChildren();
    const body = {
      title: title.input.value.trim(),
      description: description.input.value,
      unit_id: unit.input.value || null,
      year_group: year.input.value ? Number(year.input.value) : null,
      allow_hints: hints.input.checked,
      show_immediate_feedback: feedback.input.checked,
      allow_question_retry: retry.input.checked,
      randomise_questions: randomQuestions.input.checked,
      randomise_options: randomOptions.input.checked,
      show_time_remaining: showTime.input.checked,
      allow_review: review.input.checked,
    };
    let first = null;
    if (!body.title) {
      title.setError("Type a title.");
      first ??= title.input;
    }
    for (const [key, control] of Object.entries(numbers)) {
      const result = control.read();
      if (result.error) {
        control.setError(result.error);
        first ??= control.input;
      } else {
        body[key] = result.value;
      }
    }
    const marking = aiMarking.read();
    if (marking.error) first ??= marking.focus;
    else Object.assign(body, marking.value);
    if (first) {
      say("Some settings need fixing. The messages are beside them.", "warning");
      first.focus();
      return;
    }
    saving = true;
    saveButton.setAttribute("aria-disabled", "true");
    try {
      const saved = await api(`/api/assessments/${a.id}`, { method: "PATCH", body });
      say("The settings are saved.", "success");
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      for (const f of error.body?.fields || []) {
        const control = named[f.field];
        if (control) {
          control.setError(`This ${f.message}.`);
          first ??= control.input;
        }
      }
      const message = say(error.detail, "warning");
      (first || message).focus();
    } finally {
      saving = false;
      saveButton.removeAttribute("aria-disabled");
    }
  }

  return el(
    "form",
    { class: "review-settings", novalidate: true, onSubmit: save, "aria-labelledby": "settings-heading" },
    el("h2", { id: "settings-heading" }, "Settings"),
    el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, "About this assessment"), title.element, description.element, el("div", { class: "cluster review-form__inline" }, unit.element, year.element)),
    el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, "Help while answering"), hints.element, feedback.element, retry.element, retries.element),
    el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, "Order"), randomQuestions.element, randomOptions.element),
    el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, "Attempts and time"), attempts.element, timeLimit.element, showTime.element),
    el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, "After finishing"), review.element),
    aiMarking.element,
    status,
    el("div", { class: "cluster" }, saveButton),
  );
}
