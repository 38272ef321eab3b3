// "Change the mark" and "Mark by hand": points for each criterion of the mark scheme (the mark adds itself up),
// or the mark typed straight in, and the feedback the pupil will read. The server checks the mark's range and the
// feedback's words; its message is shown in the form and nothing typed is lost.

import { ApiError } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { number } from "../results/format.js";

const FEEDBACK_HELP =
  "The pupil reads this. Start with “Correct!”, “Nearly there.” or “Not quite.”, then say why in 3 or 4 short sentences. " +
  "Never use the words “wrong”, “incorrect”, “failed” or “bad”.";

/** The mark out of the question's points for points on the mark scheme (as the server scales AI marks). */
export function scaled(schemePoints, available, questionPoints) {
  if (!available) return 0;
  return Math.round((schemePoints / available) * questionPoints * 100) / 100;
}

function readNumber(control, { min, max, required, name }) {
  const text = control.input.value.trim();
  if (text === "") return required ? { error: `Type ${name}, from ${number(min)} to ${number(max)}.` } : { value: null };
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) return { error: `Type a number from ${number(min)} to ${number(max)}.` };
  return { value };
}

/**
 * The form for one answer.
 *   item        the queue item (mark_scheme, points, points_available, ai)
 *   start       { criteria: [points per criterion], score, feedback } to begin with
 *   title       the form's heading ("Change the mark" / "Mark by hand")
 *   onSave(body) -> Promise   body = { score, feedback, criteria }
 *   onCancel()
 * Returns { element, focus() }.
 */
export function markForm({ item, start, title, onSave, onCancel }) {
  const scheme = item.mark_scheme || [];
  const available = Number(item.points_available) || scheme.reduce((sum, c) => sum + Number(c.points || 0), 0);
  const evidence = new Map((item.ai?.criteria || []).map((c) => [c.criterion, c.evidence || ""]));
  const status = el("div", { "aria-live": "polite", class: "marking-form__status" });

  const rows = scheme.map((criterion, index) => {
    const control = field({
      label: `Criterion ${index + 1}: ${criterion.criterion}`,
      help: `Points for this criterion, from 0 to ${number(criterion.points)}.`,
      type: "number",
      inputmode: "decimal",
      min: 0,
      max: criterion.points,
      step: 0.5,
      value: start.criteria?.[index] === null || start.criteria?.[index] === undefined ? "" : String(start.criteria[index]),
      dataset: { criterion: String(index + 1) },
    });
    control.input.classList.add("input--short");
    control.input.addEventListener("input", addUp);
    return { criterion, control };
  });
  const total = field({
    label: `Mark for this answer (out of ${number(item.points)})`,
    help: scheme.length ? "It adds itself up from the criteria. You can also type the mark yourself." : null,
    type: "number",
    inputmode: "decimal",
    min: 0,
    max: item.points,
    step: 0.25,
    value: start.score === null || start.score === undefined ? "" : String(start.score),
  });
  total.input.classList.add("input--short");
  const feedback = field({ label: "Feedback for the pupil", help: FEEDBACK_HELP, as: "textarea", rows: 4, maxlength: 2000, value: start.feedback || "" });
  const save = el("button", { type: "submit", class: "button" }, "Save this mark");
  const cancel = el("button", { type: "button", class: "button button--secondary", onClick: () => onCancel() }, "Cancel");

  function addUp() {
    const values = rows.map(({ control }) => Number(control.input.value));
    if (rows.some(({ control }) => control.input.value.trim() === "") || values.some((v) => !Number.isFinite(v))) return;
    total.input.value = String(scaled(values.reduce((a, b) => a + b, 0), available, item.points));
  }

  let saving = false;
  async function submit(event) {
    event.preventDefault();
    if (saving) return;
    status.replaceChildren();
    let first = null;
    const criteria = [];
    for (const { criterion, control } of rows) {
      control.clearError();
      const result = readNumber(control, { min: 0, max: Number(criterion.points), required: false, name: "the points" });
      if (result.error) {
        control.setError(result.error);
        first ??= control.input;
      } else if (result.value !== null) {
        criteria.push({ criterion: criterion.criterion, met: result.value > 0, points: result.value, worth: Number(criterion.points), evidence: evidence.get(criterion.criterion) || "" });
      }
    }
    total.clearError();
    const score = readNumber(total, { min: 0, max: Number(item.points), required: true, name: "the mark" });
    if (score.error) {
      total.setError(score.error);
      first ??= total.input;
    }
    if (first) {
      first.focus();
      return;
    }
    saving = true;
    save.setAttribute("aria-disabled", "true");
    try {
      await onSave({ score: score.value, feedback: feedback.input.value.trim(), criteria: criteria.length === rows.length ? criteria : null });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const message = el("p", { tabindex: "-1" }, error.detail);
      status.replaceChildren(el("div", { class: "status status--warning" }, message));
      message.focus();
    } finally {
      saving = false;
      save.removeAttribute("aria-disabled");
    }
  }

  const headingId = `mark-form-${item.answer_id}`;
  const element = el(
    "form",
    { class: "marking-form", novalidate: true, "aria-labelledby": headingId, onSubmit: submit, dataset: { testid: "mark-form" } },
    el("h3", { id: headingId }, title),
    rows.length
      ? el("fieldset", { class: "marking-form__criteria" }, el("legend", {}, "Points for each criterion"), rows.map((r) => r.control.element))
      : null,
    total.element,
    feedback.element,
    status,
    el("div", { class: "cluster" }, save, cancel),
  );
  return { element, focus: () => (rows[0]?.control.input || total.input).focus() };
}
