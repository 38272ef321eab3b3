// One question on the review page, as a card: its number, type, difficulty and points (as words), objective
// and strands, the question text and where in the lesson materials it came from ("From: …"), the answer key,
// the hint and easier version, the problems the checks found, and the question bank's line ("From the bank: …",
// Save to bank: bank-line.js). "Edit" turns the card into the edit form in
// place; "Make a new version" asks the generator for a replacement (regenerate-dialog.js); Move up / Move down
// (and dragging the grip) change the order; Delete asks first.
//
// The card is an object (`card` below) that the functions of this module are given: its question and place, its
// elements, and the list it tells about saves, moves and deletions.

import { api } from "../../api.js";
import { answerKey } from "../../components/answer-key.js";
import { el, replaceChildren } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { sayProblem, statusArea } from "../../components/status.js";
import { questionText } from "../../pupil/question-text.js";
import { bankLine } from "./bank-line.js";
import { count, difficultyWords, pointsWords, typeLabel } from "./labels.js";
import { problemList } from "./problems.js";
import { questionForm } from "./question-form.js";
import { newVersionWords, openRegenerateDialog } from "./regenerate-dialog.js";
import { sourceLine } from "./source-line.js";

function errorsIn(question) {
  return (question.warnings || []).filter((w) => w.severity !== "warning");
}

function drawBadges(card) {
  const q = card.question;
  const errors = errorsIn(q);
  const warnings = (q.warnings || []).length - errors.length;
  replaceChildren(
    card.badges,
    el("span", { class: "badge badge--info", dataset: { testid: "type-badge" } }, typeLabel(q.type)),
    " ",
    el("span", { class: "badge" }, difficultyWords(q.difficulty)),
    " ",
    el("span", { class: "badge" }, pointsWords(q.points)),
    errors.length ? [" ", el("span", { class: "badge badge--warning" }, `Needs fixing: ${count(errors.length, "problem")}`)] : null,
    warnings > 0 ? [" ", el("span", { class: "badge" }, `Worth checking: ${count(warnings, "warning")}`)] : null,
    card.editing ? [" ", el("span", { class: "badge badge--info" }, "Editing")] : null,
  );
}

function curriculumLine(q, context) {
  const objective = context.objectives.find((o) => o.id === q.learning_objective_id);
  const strandNames = (q.strands || []).map((code) => {
    const strand = context.taxonomy.find((s) => s.code === code);
    return strand ? `${code} – ${strand.name}` : code;
  });
  const minutes = Math.round(q.time_estimate_seconds / 60);
  return el(
    "dl",
    { class: "details-list review-card__facts" },
    el("dt", {}, "Objective"),
    el("dd", {}, objective ? `${objective.code} – ${objective.description}` : "None linked"),
    el("dt", {}, "Strands"),
    el("dd", {}, strandNames.length ? strandNames.join(", ") : "None"),
    q.tags?.length ? [el("dt", {}, "Tags"), el("dd", {}, q.tags.join(", "))] : null,
    el("dt", {}, "Time"),
    el("dd", {}, `About ${Math.max(1, minutes)} ${minutes > 1 ? "minutes" : "minute"}`),
  );
}

function helpLines(q) {
  const feedback = q.feedback || {};
  const rows = [
    ["Hint", q.hint || "No hint"],
    ["Easier version", q.scaffold ? `${typeLabel(q.scaffold.type)}: ${q.scaffold.question_text}` : "None"],
    ["Feedback when correct", feedback.correct || "The standard words"],
    ["Feedback when partly right", feedback.partial || "The standard words"],
    ["Feedback when not right yet", feedback.incorrect || "The standard words"],
  ];
  return el(
    "details",
    { class: "review-card__more" },
    el("summary", {}, "Hint, easier version and feedback"),
    el("dl", { class: "details-list" }, rows.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])),
  );
}

/** Edit, Make a new version and Delete; their labels carry the question's number (see setPosition). */
function cardActions(card) {
  const button = (label, kind, onClick) =>
    el("button", { type: "button", class: ["button", `button--${kind}`, "button--small"], dataset: { numberLabel: label }, onClick }, `${label} question ${card.number}`);
  return el(
    "div",
    { class: "cluster review-card__actions" },
    button("Edit", "secondary", () => card.edit()),
    button("Make a new version of", "secondary", () => newVersion(card)),
    button("Delete", "danger", () => removeQuestion(card)),
  );
}

/** The card as it reads when it is not being edited. */
function showView(card) {
  card.editing = false;
  card.form = null;
  card.element.classList.remove("review-card--editing");
  const q = card.question;
  drawBadges(card);
  replaceChildren(
    card.body,
    problemList(q.warnings),
    questionText(q.question_text, { class: "question-text review-card__text" }),
    sourceLine(q),
    bankLine(q, card),
    q.image_url ? el("img", { class: "review-card__image", src: q.image_url, alt: q.image_alt || "" }) : null,
    answerKey(q),
    curriculumLine(q, card.context),
    helpLines(q),
    card.context.canEdit ? cardActions(card) : null,
  );
}

function setPosition(card, number, total) {
  card.number = number;
  card.total = total;
  card.element.id = `question-${number}`;
  card.heading.textContent = card.isNew() ? `New question (${typeLabel(card.question.type)})` : `Question ${number}`;
  replaceChildren(card.upButton, "Move up", el("span", { class: "visually-hidden" }, ` question ${number}`));
  replaceChildren(card.downButton, "Move down", el("span", { class: "visually-hidden" }, ` question ${number}`));
  card.upButton.setAttribute("aria-disabled", number <= 1 ? "true" : "false");
  card.downButton.setAttribute("aria-disabled", number >= total ? "true" : "false");
  card.mover.hidden = card.isNew();
  for (const button of card.body.querySelectorAll("[data-number-label]")) {
    button.textContent = `${button.dataset.numberLabel} question ${number}`;
  }
  card.form?.setNumber(number);
}

// While a new version is being made (its dialog closed early), editing or deleting would clash with it.
function refuseWhileBusy(card) {
  if (!card.busy) return false;
  card.say(`A new version of question ${card.number} is still being made. Wait until it is ready, then try again.`, "plain");
  return true;
}

/** Turn the card into the edit form, in place. */
function edit(card) {
  if (refuseWhileBusy(card)) return;
  card.editing = true;
  card.element.classList.add("review-card--editing");
  card.status.clear();
  card.form = questionForm({
    question: card.question,
    number: card.number,
    context: card.context,
    onSaved: (response) => {
      card.question = response.question;
      card.element.dataset.questionId = response.question.id;
      showView(card);
      card.list.saved(card, response);
    },
    onCancel: () => {
      if (card.isNew()) {
        card.list.cancelled(card);
        return;
      }
      card.showView();
      card.heading.focus();
    },
  });
  drawBadges(card);
  replaceChildren(card.body, card.form.element);
  card.form.focus();
}

function newVersionSaved(card, response, { late }) {
  card.busy = false;
  const focused = document.activeElement;
  card.question = response.question;
  showView(card);
  card.list.saved(card, { ...response, notice: newVersionWords(response) });
  // Answered after the dialog was closed: the focus stays wherever the teacher has gone since.
  if (late && focused instanceof HTMLElement && focused !== document.body && focused.isConnected && !card.element.contains(focused)) focused.focus();
}

async function newVersion(card) {
  if (refuseWhileBusy(card)) return;
  try {
    await openRegenerateDialog({
      assessmentId: card.context.assessmentId,
      question: card.question,
      number: card.number,
      onWaiting: (message) => {
        card.busy = true;
        card.say(message, "plain");
      },
      onLateProblem: (message) => {
        card.busy = false;
        card.say(message, "warning");
      },
      onSaved: (response, how) => newVersionSaved(card, response, how),
    });
  } catch (error) {
    sayProblem(card.status, error); // the generation options could not be read: nothing was opened
  }
}

async function removeQuestion(card) {
  if (refuseWhileBusy(card)) return;
  const sure = await confirmDialog({
    title: `Delete question ${card.number}?`,
    message: "The question and its answer key are deleted. This cannot be undone.",
    confirmLabel: `Delete question ${card.number}`,
    cancelLabel: "Keep the question",
    danger: true,
  });
  if (!sure) return;
  try {
    await api(`/api/assessments/${card.context.assessmentId}/questions/${card.question.id}`, { method: "DELETE" });
    card.list.remove(card);
  } catch (error) {
    sayProblem(card.status, error);
    card.heading.focus();
  }
}

function moveButton(card, action, by) {
  return el("button", { type: "button", class: "button button--secondary button--small", dataset: { action }, onClick: () => card.list.move(card, by) });
}

/** The card's elements: heading and badges, the move buttons, the note and status, and the body. */
function cardElements(card, question) {
  const headingId = `question-heading-${question.id ?? `new-${Math.random().toString(16).slice(2, 10)}`}`;
  card.heading = el("h3", { class: "review-card__heading", id: headingId, tabindex: "-1" });
  card.badges = el("p", { class: "review-card__badges" });
  card.status = statusArea({ testid: "card-status", className: "review-card__status" });
  // What the last move did, for the eyes only (the list's live region has already read it out).
  card.noteElement = el("p", { class: "review-card__note", "aria-hidden": "true", dataset: { testid: "card-note" } });
  card.body = el("div", { class: "review-card__body" });
  card.grip = el("span", { class: "review-card__grip", "aria-hidden": "true", title: "Drag to move this question" }, "⠿ Drag to move");
  card.upButton = moveButton(card, "up", -1);
  card.downButton = moveButton(card, "down", 1);
  card.mover = el("div", { class: "review-card__move cluster" }, card.grip, card.upButton, card.downButton);
  card.element = el(
    "li",
    { class: "card review-card", dataset: { questionId: question.id ?? "", testid: "question-card" }, "aria-labelledby": headingId },
    el("div", { class: "review-card__top" }, el("div", { class: "review-card__title" }, card.heading, card.badges), card.context.canEdit ? card.mover : null),
    card.noteElement,
    card.status,
    card.body,
  );
}

/**
 * A card for `question`.
 *   list     { move(card, by), remove(card), saved(card, response), cancelled(card), announce(text) }
 *   context  { assessmentId, canEdit, taxonomy, objectives, hasUnit }
 * Returns the card object: { element, heading, grip, question, number, total, form, setPosition(n, total),
 * note(text), say(text, kind), edit(), showView(), isEditing(), isNew() }.
 */
export function questionCard(question, { list, context }) {
  const card = { question, list, context, number: 0, total: 0, editing: false, busy: false, form: null };
  cardElements(card, question);
  card.isNew = () => !card.question.id;
  card.isEditing = () => card.editing;
  card.setPosition = (number, total) => setPosition(card, number, total);
  card.note = (text) => {
    card.noteElement.textContent = text;
  };
  card.say = (message, kind = "success") => card.status.say(message, kind);
  card.edit = () => edit(card);
  card.showView = () => {
    showView(card);
    card.setPosition(card.number, card.total);
  };
  if (card.isNew()) card.setPosition(0, 0);
  else showView(card);
  return card;
}
