// The Publish dialog: the teacher's classes as checkboxes, each with an optional "available from" and
// "available until" (shown in words as they are typed). A modal <dialog> like components/modal.js (the page
// behind is inert, Tab goes round, Escape closes, focus returns), but it stays open while something needs
// fixing, so the teacher's choices are never lost to a refused request.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { windowWords } from "./labels.js";

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
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
  const words = el("p", { class: "review-publish__words", dataset: { testid: "window-words" } });
  const dates = el("div", { class: "review-publish__dates", hidden: !box.checked }, el("div", { class: "cluster review-form__inline" }, from.element, until.element), words);
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
    element: el(
      "li",
      { class: "review-publish__class" },
      el("label", { class: "choice" }, box, el("span", {}, `${schoolClass.name} (Year ${schoolClass.year_group}${pupils})`)),
      dates,
    ),
  };
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
  const choices = el(
    "fieldset",
    { class: "review-publish__classes" },
    el("legend", {}, "Classes"),
    rows.length
      ? el("ul", { class: "review-publish__list" }, rows.map((r) => r.element))
      : el("p", {}, "You are not linked to any classes yet. The school's admin can add you to a class."),
  );
  const choicesError = el("p", { class: "field__error", id: `${id}-classes-error`, hidden: true });
  choices.querySelector("legend").after(choicesError);
  const status = el("div", { class: "review-publish__status", "aria-live": "polite" });
  const cancel = el("button", { type: "button", class: "button button--secondary" }, "Cancel");
  const publish = el("button", { type: "submit", class: "button" }, "Publish to the chosen classes");
  const form = el(
    "form",
    { class: "modal__content", novalidate: true },
    el("h2", { class: "modal__title", id: `${id}-title` }, "Publish this assessment"),
    el(
      "div",
      { class: "modal__body", id: `${id}-body` },
      el("p", {}, `Choose the classes that will take ‘${assessment.title}’. Leave the dates empty to open it now, with no closing date.`),
      choices,
      status,
    ),
    el("div", { class: "modal__actions" }, cancel, publish),
  );
  const dialog = el("dialog", { class: "modal review-publish", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-body` }, form);
  document.body.append(dialog);

  function say(message) {
    status.replaceChildren(el("div", { class: "status status--warning" }, el("p", { tabindex: "-1" }, message)));
    return status.querySelector("p");
  }

  function clearErrors() {
    status.replaceChildren();
    choicesError.hidden = true;
    choices.removeAttribute("aria-describedby");
    for (const row of rows) {
      row.from.clearError();
      row.until.clearError();
    }
  }

  return new Promise((resolve) => {
    let result = null;
    let sending = false;

    dialog.addEventListener("keydown", (event) => {
      if (event.key !== "Tab") return;
      const focusable = [...dialog.querySelectorAll(FOCUSABLE)].filter((node) => !node.disabled && node.offsetParent !== null);
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      resolve(result);
    });
    cancel.addEventListener("click", () => dialog.close());

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (sending) return;
      clearErrors();
      const chosen = rows.filter((r) => r.box.checked);
      let first = null;
      if (!chosen.length) {
        choicesError.textContent = "Choose at least one class.";
        choicesError.hidden = false;
        choices.setAttribute("aria-describedby", choicesError.id);
        first = rows[0]?.box ?? null;
      }
      const entries = [];
      for (const row of chosen) {
        const from = fromLocalInput(row.from.input.value);
        const until = fromLocalInput(row.until.input.value);
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
        entries.push({ class_id: row.schoolClass.id, available_from: from ?? null, available_until: until ?? null });
      }
      if (first) {
        say("Some choices need fixing. The messages are beside them.");
        first.focus();
        return;
      }
      sending = true;
      publish.setAttribute("aria-disabled", "true");
      publish.textContent = "Publishing…";
      try {
        result = await api(`/api/assessments/${assessment.id}/publish`, { method: "POST", body: { classes: entries } });
        // Classes the teacher unticked: take the assessment away from them (refused once pupils have started).
        // If that is refused, the dialog stays open with the reason; closing it still shows what was published.
        for (const row of rows.filter((r) => r.wasPublished && !r.box.checked)) {
          result = await api(`/api/assessments/${assessment.id}/classes/${row.schoolClass.id}`, { method: "DELETE" });
          row.wasPublished = false;
        }
        dialog.close();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        say(error.detail).focus();
      } finally {
        sending = false;
        publish.removeAttribute("aria-disabled");
        publish.textContent = "Publish to the chosen classes";
      }
    });

    dialog.showModal();
    (rows[0]?.box ?? cancel).focus();
  });
}
