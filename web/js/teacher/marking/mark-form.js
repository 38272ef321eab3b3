// "Change the mark" and "Mark by hand": points for each criterion of the mark scheme (the mark adds itself up),
// or the mark typed straight in, and the feedback the pupil will read. The server checks the mark's range and the
// feedback's words; its message is shown in the form and nothing typed is lost.

import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { sayProblem, statusArea, statusMessage } from "../../components/status.js";
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

function criterionRows(scheme, start, onInput) {
  return scheme.map((criterion, index) => {
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
    control.input.addEventListener("input", onInput);
    return { criterion, control };
  });
}

function totalField(item, { start, fromCriteria }) {
  const total = field({
    label: `Mark for this answer (out of ${number(item.points)})`,
    help: fromCriteria ? "It adds itself up from the criteria. You can also type the mark yourself." : null,
    type: "number",
    inputmode: "decimal",
    min: 0,
    max: item.points,
    step: 0.25,
    value: start.score === null || start.score === undefined ? "" : String(start.score),
  });
  total.input.classList.add("input--short");
  return total;
}

/** The mark from the criteria's points, once every criterion has a number. */
function addUp({ rows, total, available, item }) {
  const values = rows.map(({ control }) => Number(control.input.value));
  if (rows.some(({ control }) => control.input.value.trim() === "") || values.some((v) => !Number.isFinite(v))) return;
  total.input.value = String(scaled(values.reduce((a, b) => a + b, 0), available, item.points));
}

/**
 * Read the form: { body } to save, or { first } (the first control with a problem, its message beside it).
 * The criteria are sent only when every criterion has points.
 */
function readMarks({ rows, total, feedback, item, evidence }) {
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
  if (first) return { first };
  return { body: { score: score.value, feedback: feedback.input.value.trim(), criteria: criteria.length === rows.length ? criteria : null } };
}

/** Save the mark in the form's `parts`; a refusal is said in the form's status, and nothing typed is lost. */
async function submitMarks(parts, event) {
  event.preventDefault();
  const { save, status } = parts;
  if (save.getAttribute("aria-disabled") === "true") return; // already saving
  status.clear();
  const read = readMarks(parts);
  if (read.first) {
    read.first.focus();
    return;
  }
  save.setAttribute("aria-disabled", "true");
  try {
    await parts.onSave(read.body);
  } catch (error) {
    sayProblem(status, error).focus();
  } finally {
    save.removeAttribute("aria-disabled");
  }
}

/**
 * The form for one answer.
 *   item        the queue item (mark_scheme, points, points_available, ai)
 *   start       { criteria: [points per criterion], score, feedback } to begin with
 *   title       the form's heading ("Change the mark" / "Mark by hand")
 *   note        a fact to say under the heading (optional)
 *   onSave(body) -> Promise   body = { score, feedback, criteria }
 *   onCancel()
 * Returns { element, focus() }.
 */
export function markForm({ item, start, title, note = null, onSave, onCancel }) {
  const scheme = item.mark_scheme || [];
  const parts = {
    item,
    onSave,
    available: Number(item.points_available) || scheme.reduce((sum, c) => sum + Number(c.points || 0), 0),
    evidence: new Map((item.ai?.criteria || []).map((c) => [c.criterion, c.evidence || ""])),
    status: statusArea({ className: "marking-form__status" }),
    total: totalField(item, { start, fromCriteria: scheme.length > 0 }),
    feedback: field({ label: "Feedback for the pupil", help: FEEDBACK_HELP, as: "textarea", rows: 4, maxlength: 2000, value: start.feedback || "" }),
    save: el("button", { type: "submit", class: "button" }, "Save this mark"),
  };
  parts.rows = criterionRows(scheme, start, () => addUp(parts));
  const headingId = `mark-form-${item.answer_id}`;
  const element = el(
    "form",
    { class: "marking-form", novalidate: true, "aria-labelledby": headingId, onSubmit: (event) => submitMarks(parts, event), dataset: { testid: "mark-form" } },
    el("h3", { id: headingId }, title),
    note ? statusMessage(note, { kind: "plain" }) : null,
    parts.rows.length
      ? el("fieldset", { class: "marking-form__criteria" }, el("legend", {}, "Points for each criterion"), parts.rows.map((r) => r.control.element))
      : null,
    parts.total.element,
    parts.feedback.element,
    parts.status,
    el("div", { class: "cluster" }, parts.save, el("button", { type: "button", class: "button button--secondary", onClick: () => onCancel() }, "Cancel")),
  );
  return { element, focus: () => (parts.rows[0]?.control.input || parts.total.input).focus() };
}
