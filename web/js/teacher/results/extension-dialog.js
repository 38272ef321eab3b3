// "More time or another attempt" for one pupil: a later closing time (their own, not the class's) and/or extra
// attempts, saved as their extension; an existing one can be changed or removed here. A modal <dialog> like
// components/modal.js (the page behind is inert, Tab goes round, Escape closes, focus returns), but it stays
// open while something needs fixing, so the teacher's choices are never lost to a refused request.

import { api } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { keepTabInside } from "../../components/modal.js";
import { sayProblem, statusArea } from "../../components/status.js";
import { fromLocalInput, toLocalInput } from "../review/publish-dialog.js";

let counter = 0;

/** Read the form: the body for the API, or null after saying beside the boxes what needs fixing. */
function readForm({ pupil, until, attempts, status }) {
  until.clearError();
  attempts.clearError();
  status.clear();
  const closing = fromLocalInput(until.input.value);
  const extra = attempts.input.value.trim() === "" ? 0 : Number(attempts.input.value);
  if (closing === undefined) {
    until.setError("Type a date and time, or leave it empty.");
    until.input.focus();
    return null;
  }
  if (!Number.isInteger(extra) || extra < 0 || extra > 10) {
    attempts.setError("Type a whole number from 0 to 10.");
    attempts.input.focus();
    return null;
  }
  if (!closing && !extra) {
    status.say("Give a later closing time, extra attempts, or both.", "warning").focus();
    return null;
  }
  return { class_id: pupil.class_id, pupil_id: pupil.pupil_id, available_until: closing, extra_attempts: extra };
}

/**
 * Open the dialog for one pupil (a ClassResults pupil) of the assessment, with their extension if they have one.
 * Resolves with what changed in words ("saved", "removed") or null when the teacher closed it.
 */
export function openExtensionDialog({ assessmentId, pupil, extension }) {
  const id = `extension-${++counter}`;
  const returnFocusTo = document.activeElement;
  const parts = {
    pupil,
    until: field({
      label: "New closing time for this pupil (optional)",
      help: "Leave it empty to keep the class’s closing time.",
      type: "datetime-local",
      value: toLocalInput(extension?.available_until),
    }),
    attempts: field({
      label: "Extra attempts",
      help: "Attempts on top of the ones everyone has. 0 for none.",
      type: "number",
      min: "0",
      max: "10",
      step: "1",
      inputmode: "numeric",
      value: String(extension?.extra_attempts ?? 0),
    }),
    status: statusArea({ testid: "extension-status" }),
  };
  const url = `/api/assessments/${encodeURIComponent(assessmentId)}/extensions`;
  let result = null;
  const save = el("button", { type: "submit", class: "button" }, "Save");
  const cancel = el("button", { type: "button", class: "button button--secondary" }, "Cancel");
  const remove = extension
    ? el("button", { type: "button", class: "button button--secondary" }, "Remove this extension")
    : null;
  const form = el(
    "form",
    { class: "modal__content", novalidate: true },
    el("h2", { class: "modal__title", id: `${id}-title` }, `More time or another attempt for ${pupil.name}`),
    el(
      "div",
      { class: "modal__body", id: `${id}-body` },
      el("p", {}, "This changes the assessment for this pupil only. Everyone else keeps the class’s closing time and attempts."),
      parts.until.element,
      parts.attempts.element,
      parts.status,
    ),
    el("div", { class: "modal__actions" }, cancel, remove, save),
  );
  const dialog = el("dialog", { class: "modal", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-body` }, form);
  document.body.append(dialog);
  keepTabInside(dialog);

  async function send(request, done) {
    try {
      await request();
      result = done;
      dialog.close();
    } catch (error) {
      sayProblem(parts.status, error).focus();
    }
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = readForm(parts);
    if (body) send(() => api(url, { method: "POST", body }), "saved");
  });
  cancel.addEventListener("click", () => dialog.close());
  remove?.addEventListener("click", () =>
    send(() => api(`${url}/${encodeURIComponent(extension.id)}`, { method: "DELETE" }), "removed"),
  );

  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      resolve(result);
    });
    dialog.showModal();
    parts.until.input.focus();
  });
}
