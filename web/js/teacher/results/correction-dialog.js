// "Change this mark": a teacher corrects any answer's mark (automatic, AI-suggested or their own) to a number
// from 0 to the question's points, with a reason the pupil can read once the answers are shown. A modal <dialog>
// like extension-dialog.js: it stays open while something needs fixing, so nothing typed is lost.

import { api } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { keepTabInside } from "../../components/modal.js";
import { sayProblem, statusArea } from "../../components/status.js";

let counter = 0;

function readForm({ score, reason, points }) {
  score.clearError();
  reason.clearError();
  const text = score.input.value.trim();
  const value = Number(text);
  if (text === "" || !Number.isFinite(value) || value < 0 || value > points) {
    score.setError(`Type a mark from 0 to ${points}.`);
    score.input.focus();
    return null;
  }
  if (!reason.input.value.trim()) {
    reason.setError("Write a reason for the change.");
    reason.input.focus();
    return null;
  }
  return { score: value, reason: reason.input.value.trim() };
}

/**
 * Open the dialog for one answer: `{ answerId, pupilName, questionNumber, points, score }`.
 * Resolves with the API's Corrected reply, or null when the teacher closed it.
 */
export function openCorrectionDialog({ answerId, pupilName, questionNumber, points, score }) {
  const id = `correction-${++counter}`;
  const returnFocusTo = document.activeElement;
  const parts = {
    points,
    score: field({
      label: `New mark (0 to ${points})`,
      type: "number",
      min: "0",
      max: String(points),
      step: "0.5",
      inputmode: "decimal",
      value: score === null || score === undefined ? "" : String(score),
    }),
    reason: field({
      label: "Reason for the change",
      help: "The pupil can read this when the answers are shown to them.",
      as: "textarea",
      rows: "3",
      maxlength: "1000",
    }),
  };
  const status = statusArea({ testid: "correction-status" });
  const save = el("button", { type: "submit", class: "button" }, "Save the new mark");
  const cancel = el("button", { type: "button", class: "button button--secondary" }, "Cancel");
  const form = el(
    "form",
    { class: "modal__content", novalidate: true },
    el("h2", { class: "modal__title", id: `${id}-title` }, `Change the mark for question ${questionNumber}`),
    el(
      "div",
      { class: "modal__body", id: `${id}-body` },
      el("p", {}, `${pupilName}’s mark now: ${score === null || score === undefined ? "not marked yet" : `${score} of ${points}`}. The change is kept with your name and the time, and their total is worked out again.`),
      parts.score.element,
      parts.reason.element,
      status,
    ),
    el("div", { class: "modal__actions" }, cancel, save),
  );
  const dialog = el("dialog", { class: "modal", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-body`, "data-testid": "correction-dialog" }, form);
  document.body.append(dialog);
  keepTabInside(dialog);
  let result = null;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = readForm(parts);
    if (!body) return;
    save.disabled = true;
    try {
      result = await api(`/api/marking/answers/${encodeURIComponent(answerId)}/correction`, { method: "POST", body });
      dialog.close();
    } catch (error) {
      sayProblem(status, error).focus();
    } finally {
      save.disabled = false;
    }
  });
  cancel.addEventListener("click", () => dialog.close());

  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (returnFocusTo instanceof HTMLElement && returnFocusTo.isConnected) returnFocusTo.focus();
      resolve(result);
    });
    dialog.showModal();
    parts.score.input.focus();
  });
}

/** A short record of the teacher's changes to a mark, oldest first (for the teacher's pages). */
export function correctionsList(corrections, testid = "corrections") {
  if (!corrections?.length) return null;
  return el(
    "div",
    { class: "corrections", "data-testid": testid },
    el("p", { class: "answer-record__label" }, "Mark changed by a teacher:"),
    el(
      "ul",
      {},
      corrections.map((c) =>
        el("li", {}, `${c.old_score === null ? "not marked" : c.old_score} → ${c.new_score}, by ${c.teacher_name || "a teacher"}, ${new Date(c.created_at).toLocaleString("en-GB")}: `, el("q", {}, c.reason)),
      ),
    ),
  );
}
