// The assessment's settings: title, description, unit and year, and how pupils take it (hints, feedback,
// retries, randomising, attempts, time limit and time display, looking back at answers). Saved with PATCH;
// a refused value is shown beside its field and nothing typed is lost.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { sayProblem, statusArea } from "../../components/status.js";
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

function aboutFields(a, units) {
  return {
    title: field({ label: "Title", value: a.title, required: true, maxlength: 200, help: "Pupils see this." }),
    description: field({ label: "Description (optional)", as: "textarea", value: a.description ?? "", rows: 3, help: "Pupils see this on the start screen." }),
    unit: field({
      label: "Unit",
      as: "select",
      options: [
        { value: "", label: "No unit", selected: !a.unit_id },
        ...units.map((u) => ({ value: u.id, label: `${u.title} (Year ${u.year_group})`, selected: u.id === a.unit_id })),
      ],
    }),
    year: field({
      label: "Year group",
      as: "select",
      options: [
        { value: "", label: "Not set", selected: !a.year_group },
        ...[7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}`, selected: a.year_group === y })),
      ],
    }),
  };
}

/** How pupils take it: the checkboxes, keyed by the API's names. */
function choiceFields(a) {
  return {
    allow_hints: checkbox("Pupils can ask for hints and easier versions", a.allow_hints, "Using a hint never changes a pupil's score."),
    show_immediate_feedback: checkbox("Show feedback straight after each answer", a.show_immediate_feedback, "When this is off, answers are just saved until the end."),
    allow_question_retry: checkbox("Pupils can try a question again after feedback", a.allow_question_retry),
    randomise_questions: checkbox("Mix up the order of the questions for each pupil", a.randomise_questions),
    randomise_options: checkbox("Mix up the options in choice questions for each pupil", a.randomise_options, "Only for questions whose own setting allows it."),
    show_time_remaining: checkbox("Show pupils the time left, in words (for example: About 20 minutes left)", a.show_time_remaining, "There is never a ticking countdown."),
  };
}

/** What a right answer after a first try that was not is worth: a menu in plain words (the API's values). */
const RETRY_CREDIT = [
  { value: "full", label: "Full marks at any try" },
  { value: "reduced", label: "Fewer marks for later tries: all at the first try, half at the second, a quarter after that" },
  { value: "none", label: "Only the first try counts for marks" },
];

function retryCreditField(a) {
  return field({
    label: "Marks for a right answer after another try",
    as: "select",
    help: "Pupils still see feedback and can try again. Changing this counts the marks of answers already given again.",
    options: RETRY_CREDIT.map((o) => ({ ...o, selected: o.value === a.retry_credit })),
  });
}

/** The numbers, keyed by the API's names. */
function numberFields(a) {
  return {
    max_question_retries: numberField("Tries again allowed per question", a.max_question_retries, { min: 0, max: 20, help: "0 means as many as they like." }),
    max_attempts: numberField("Attempts allowed", a.max_attempts, { min: 1, max: 20, help: "How many times a pupil can take the whole assessment (1 to 20)." }),
    time_limit_minutes: numberField("Time limit in minutes (optional)", a.time_limit_minutes, { min: 1, max: 300, optional: true, help: "Leave it empty for no time limit." }),
  };
}

/**
 * Read the form: { body } to save, or { first } (the first control with a problem, its message beside it).
 */
function readSettings({ about, choices, numbers, retryCredit, aiMarking }) {
  const body = {
    title: about.title.input.value.trim(),
    description: about.description.input.value,
    unit_id: about.unit.input.value || null,
    year_group: about.year.input.value ? Number(about.year.input.value) : null,
  };
  for (const [key, choice] of Object.entries(choices)) body[key] = choice.input.checked;
  body.retry_credit = retryCredit.input.value;
  let first = null;
  if (!body.title) {
    about.title.setError("Type a title.");
    first ??= about.title.input;
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
  return first ? { first } : { body };
}

/** Put each value the server refused beside its field; returns the first such control, if any. */
function placeRefusals(form, error) {
  let first = null;
  for (const f of error.body?.fields || []) {
    const control = form.named[f.field];
    if (control) {
      control.setError(`This ${f.message}.`);
      first ??= control.input;
    }
  }
  return first;
}

async function save(form, event) {
  event.preventDefault();
  const { saveButton, status } = form;
  if (saveButton.getAttribute("aria-disabled") === "true") return; // already saving
  for (const control of Object.values(form.named)) control.clearError();
  status.clear();
  const read = readSettings(form);
  if (read.first) {
    status.say("Some settings need fixing. The messages are beside them.", "warning");
    read.first.focus();
    return;
  }
  saveButton.setAttribute("aria-disabled", "true");
  try {
    const saved = await api(`/api/assessments/${form.assessment.id}`, { method: "PATCH", body: read.body });
    status.say(`The settings are saved.${recountedWords(saved.recounted_answers)}`, "success");
    form.onSaved(saved);
  } catch (error) {
    const message = sayProblem(status, error);
    (placeRefusals(form, error) || message).focus();
  } finally {
    saveButton.removeAttribute("aria-disabled");
  }
}

/** After a change to how retries count: how many answers given already now count for a different mark. */
function recountedWords(count) {
  if (count === null || count === undefined) return "";
  if (count === 0) return " No answer given so far counts for a different mark.";
  return count === 1 ? " 1 answer given so far now counts for a different mark." : ` ${count} answers given so far now count for a different mark.`;
}

function group(legend, ...children) {
  return el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, legend), children);
}

/**
 * The settings form for `assessment`.
 *   units      [{id, title, year_group}] for the unit menu
 *   onSaved(assessment)   after a successful save (the whole assessment as the API returns it)
 * Returns the <form>.
 */
export function settingsForm({ assessment, units, onSaved }) {
  const about = aboutFields(assessment, units);
  const choices = choiceFields(assessment);
  const numbers = numberFields(assessment);
  const retryCredit = retryCreditField(assessment);
  const form = {
    assessment,
    onSaved,
    about,
    choices,
    numbers,
    retryCredit,
    named: { title: about.title, description: about.description, unit_id: about.unit, year_group: about.year, retry_credit: retryCredit, ...numbers }, // by the API's names
    aiMarking: aiMarkingFields(assessment),
    status: statusArea({ testid: "settings-status", className: "review-settings__status" }),
    saveButton: el("button", { type: "submit", class: "button" }, "Save settings"),
  };
  return el(
    "form",
    { class: "review-settings", novalidate: true, onSubmit: (event) => save(form, event), "aria-labelledby": "settings-heading" },
    el("h2", { id: "settings-heading" }, "Settings"),
    group("About this assessment", about.title.element, about.description.element, el("div", { class: "cluster review-form__inline" }, about.unit.element, about.year.element)),
    group("Help while answering", choices.allow_hints.element, choices.show_immediate_feedback.element, choices.allow_question_retry.element, numbers.max_question_retries.element, retryCredit.element),
    group("Order", choices.randomise_questions.element, choices.randomise_options.element),
    group("Attempts and time", numbers.max_attempts.element, numbers.time_limit_minutes.element, choices.show_time_remaining.element),
    form.aiMarking.element,
    form.status,
    el("div", { class: "cluster" }, form.saveButton),
  );
}
