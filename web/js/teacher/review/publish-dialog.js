// The Publish dialog: the teacher's classes as checkboxes, each with an optional "available from" and
// "available until" (shown in words as they are typed) and when its pupils see the answers. A modal <dialog> like components/modal.js (the page
// behind is inert, Tab goes round, Escape closes, focus returns), but it stays open while something needs
// fixing, so the teacher's choices are never lost to a refused request.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { keepTabInside } from "../../components/modal.js";
import { sayProblem, statusArea } from "../../components/status.js";
import { ANSWER_CHOICES, windowWords } from "./labels.js";

const PUBLISH = "Publish to the chosen classes";
let counter = 0;

/** An ISO date from the API → the value a datetime-local box shows (the computer's own time zone). */
export function toLocalInput(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value → an ISO date with the time zone, for the API (null when empty). */
export function fromLocalInput(value) {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function classRow(schoolClass, published) {
  const box = el("input", { type: "checkbox", value: schoolClass.id, checked: Boolean(published) });
  const from = field({ label: "Available from (optional)", type: "datetime-local", value: toLocalInput(published?.available_from) });
  const until = field({ label: "Available until (optional)", type: "datetime-local", value: toLocalInput(published?.available_until) });
  const chosen = published?.show_answers ?? "after_closing";
  const answers = field({
    label: "Show pupils the answers",
    as: "select",
    options: ANSWER_CHOICES.map((c) => ({ ...c, selected: c.value === chosen })),
    help: "Never while a pupil can still take it again or change that answer.",
  });
  const words = el("p", { class: "review-publish__words", dataset: { testid: "window-words" } });
  const dates = el("div", { class: "review-publish__dates", hidden: !box.checked }, el("div", { class: "cluster review-form__inline" }, from.element, until.element), words, answers.element);
  const describe = () => {
    const start = fromLocalInput(from.input.value);
    const end = fromLocalInput(until.input.value);
    words.textContent = `Pupils in ${schoolClass.name} can take it: ${windowWords(start, end).replace(/^./, (c) => c.toLowerCase())}.`;
  };
  box.addEventListener("change", () => {
    dates.hidden = !box.checked;
  });
  // A changed date is checked again on the next press: its old message goes as soon as it is changed.
  from.input.addEventListener("input", () => (from.clearError(), describe()));
  until.input.addEventListener("input", () => (until.clearError(), describe()));
  describe();
  const pupils = schoolClass.pupil_count === undefined ? "" : `, ${schoolClass.pupil_count} ${schoolClass.pupil_count === 1 ? "pupil" : "pupils"}`;
  return {
    schoolClass,
    wasPublished: Boolean(published),
    box,
    from,
    until,
    answers,
    element: el(
      "li",
      { class: "review-publish__class" },
      el("label", { class: "choice" }, box, el("span", {}, `${schoolClass.name} (Year ${schoolClass.year_group}${pupils})`)),
      dates,
    ),
  };
}

/** The classes as checkboxes (or a note that there are none), with the place for "Choose at least one class." */
function classChoices(rows, id) {
  const error = el("p", { class: "field__error", id: `${id}-classes-error`, hidden: true });
  const element = el(
    "fieldset",
    { class: "review-publish__classes" },
    el("legend", {}, "Classes"),
    error,
    rows.length
      ? el("ul", { class: "review-publish__list" }, rows.map((r) => r.element))
      : el("p", {}, "You are not linked to any classes yet. The school's admin can add you to a class."),
  );
  return { element, error };
}

function clearErrors({ status, choices, rows }) {
  status.clear();
  choices.error.hidden = true;
  choices.element.removeAttribute("aria-describedby");
  for (const row of rows) {
    row.from.clearError();
    row.until.clearError();
  }
}

/** One chosen class's dates as the API takes them, or null after showing what needs fixing beside them. */
function readDates(row) {
  const from = fromLocalInput(row.from.input.value);
  const until = fromLocalInput(row.until.input.value);
  let first = null;
  if (from === undefined) {
    row.from.setError("Type a date and time, or leave it empty.");
    first ??= row.from.input;
  }
  if (until === undefined) {
    row.until.setError("Type a date and time, or leave it empty.");
    first ??= row.until.input;
  }
  if (from && until && new Date(until) <= new Date(from)) {
    row.until.setError("The closing date must be after the opening date.");
    first ??= row.until.input;
  }
  const entry = { class_id: row.schoolClass.id, available_from: from ?? null, available_until: until ?? null, show_answers: row.answers.input.value };
  return { entry, first };
}

/** The chosen classes and dates: { entries }, or { first } (the first control with a problem, its message beside it). */
function readChoices({ rows, choices }) {
  const chosen = rows.filter((r) => r.box.checked);
  let first = null;
  if (!chosen.length) {
    choices.error.textContent = "Choose at least one class.";
    choices.error.hidden = false;
    choices.element.setAttribute("aria-describedby", choices.error.id);
    first = rows[0]?.box ?? null;
  }
  const entries = [];
  for (const row of chosen) {
    const read = readDates(row);
    first ??= read.first;
    entries.push(read.entry);
  }
  return first ? { first } : { entries };
}

/**
 * Publish to the chosen classes, then take the assessment away from the classes the teacher unticked. Each answer
 * is kept in `parts.result` as it comes: when taking a class away is refused (pupils have started), the dialog stays
 * open with the reason, and closing it still shows what was published.
 */
async function publish(parts, entries) {
  const { assessment, rows } = parts;
  parts.result = await api(`/api/assessments/${assessment.id}/publish`, { method: "POST", body: { classes: entries } });
  for (const row of rows.filter((r) => r.wasPublished && !r.box.checked)) {
    parts.result = await api(`/api/assessments/${assessment.id}/classes/${row.schoolClass.id}`, { method: "DELETE" });
    row.wasPublished = false;
  }
}

async function submit(parts, event) {
  event.preventDefault();
  const { publishButton, status } = parts;
  if (publishButton.getAttribute("aria-disabled") === "true") return; // already sending
  clearErrors(parts);
  const read = readChoices(parts);
  if (read.first) {
    status.say("Some choices need fixing. The messages are beside them.", "warning");
    read.first.focus();
    return;
  }
  publishButton.setAttribute("aria-disabled", "true");
  publishButton.textContent = "Publishing…";
  try {
    await publish(parts, read.entries);
    parts.dialog.close();
  } catch (error) {
    sayProblem(status, error).focus();
  } finally {
    publishButton.removeAttribute("aria-disabled");
    publishButton.textContent = PUBLISH;
  }
}

function publishDialog(parts, id) {
  const { assessment, choices, status, cancel, publishButton } = parts;
  const form = el(
    "form",
    { class: "modal__content", novalidate: true, onSubmit: (event) => submit(parts, event) },
    el("h2", { class: "modal__title", id: `${id}-title` }, "Publish this assessment"),
    el(
      "div",
      { class: "modal__body", id: `${id}-body` },
      el("p", {}, `Choose the classes that will take ‘${assessment.title}’. Leave the dates empty to open it now, with no closing date.`),
      choices.element,
      status,
    ),
    el("div", { class: "modal__actions" }, cancel, publishButton),
  );
  return el("dialog", { class: "modal review-publish", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-body` }, form);
}

/**
 * Open the dialog for `assessment`, offering `classes` (the teacher's own). Resolves with the assessment
 * as the API returns it after publishing, or null when the teacher closed the dialog.
 */
export function openPublishDialog({ assessment, classes }) {
  const id = `publish-${++counter}`;
  const returnFocusTo = document.activeElement;
  const published = new Map(assessment.classes.map((c) => [c.class_id, c]));
  const rows = classes.map((c) => classRow(c, published.get(c.id)));
  const parts = {
    assessment,
    rows,
    choices: classChoices(rows, id),
    status: statusArea({ className: "review-publish__status" }),
    cancel: el("button", { type: "button", class: "button button--secondary" }, "Cancel"),
    publishButton: el("button", { type: "submit", class: "button" }, PUBLISH),
    result: null, // the assessment as the API returned it after the last request that was not refused
  };
  parts.dialog = publishDialog(parts, id);
  document.body.append(parts.dialog);
  keepTabInside(parts.dialog);
  parts.cancel.addEventListener("click", () => parts.dialog.close());
  return new Promise((resolve) => {
    parts.dialog.addEventListener("close", () => {
      parts.dialog.remove();
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      resolve(parts.result);
    });
    parts.dialog.showModal();
    (rows[0]?.box ?? parts.cancel).focus();
  });
}
