// One question on the review page, as a card: its number, type, difficulty and points (as words), objective
// and strands, the question text, the answer key, the hint and easier version, and the problems the checks
// found. "Edit" turns the card into the edit form in place; "Make a new version" asks the generator for a
// replacement (regenerate-dialog.js); Move up / Move down (and dragging the grip) change the order; Delete
// asks first.

import { api, ApiError } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { confirmDialog } from "../../components/modal.js";
import { questionText } from "../../pupil/question-text.js";
import { answerKey } from "./answer-key.js";
import { count, difficultyWords, pointsWords, typeLabel } from "./labels.js";
import { problemList } from "./problems.js";
import { questionForm } from "./question-form.js";
import { newVersionWords, openRegenerateDialog } from "./regenerate-dialog.js";

function errorsIn(question) {
  return (question.warnings || []).filter((w) => w.severity !== "warning");
}

/**
 * A card for `question`.
 *   list     { move(card, by), remove(card), saved(card, response), cancelled(card), announce(text) }
 *   context  { assessmentId, canEdit, taxonomy, objectives, hasUnit }
 * Returns the card object: { element, question, number, setPosition(n, total), edit(), isEditing(), isNew() }.
 */
export function questionCard(question, { list, context }) {
  const card = { question, number: 0, total: 0, editing: false, form: null };
  const headingId = `question-heading-${question.id ?? `new-${Math.random().toString(16).slice(2, 10)}`}`;
  const heading = el("h3", { class: "review-card__heading", id: headingId, tabindex: "-1" });
  const badges = el("p", { class: "review-card__badges" });
  const status = el("div", { class: "review-card__status", "aria-live": "polite", dataset: { testid: "card-status" } });
  // What the last move did, for the eyes only (the list's live region has already read it out).
  const note = el("p", { class: "review-card__note", "aria-hidden": "true", dataset: { testid: "card-note" } });
  const body = el("div", { class: "review-card__body" });
  const grip = el("span", { class: "review-card__grip", "aria-hidden": "true", title: "Drag to move this question" }, "⠿ Drag to move");
  const upButton = el("button", { type: "button", class: "button button--secondary button--small", dataset: { action: "up" }, onClick: () => list.move(card, -1) });
  const downButton = el("button", { type: "button", class: "button button--secondary button--small", dataset: { action: "down" }, onClick: () => list.move(card, 1) });
  const mover = el("div", { class: "review-card__move cluster" }, grip, upButton, downButton);
  const element = el(
    "li",
    { class: "card review-card", dataset: { questionId: question.id ?? "", testid: "question-card" }, "aria-labelledby": headingId },
    el("div", { class: "review-card__top" }, el("div", { class: "review-card__title" }, heading, badges), context.canEdit ? mover : null),
    note,
    status,
    body,
  );
  card.element = element;
  card.grip = grip;

  card.isNew = () => !card.question.id;
  card.isEditing = () => card.editing;

  card.setPosition = (number, total) => {
    card.number = number;
    card.total = total;
    element.id = `question-${number}`;
    heading.textContent = card.isNew() ? `New question (${typeLabel(card.question.type)})` : `Question ${number}`;
    replaceChildren(upButton, "Move up", el("span", { class: "visually-hidden" }, ` question ${number}`));
    replaceChildren(downButton, "Move down", el("span", { class: "visually-hidden" }, ` question ${number}`));
    upButton.setAttribute("aria-disabled", number <= 1 ? "true" : "false");
    downButton.setAttribute("aria-disabled", number >= total ? "true" : "false");
    mover.hidden = card.isNew();
    for (const button of body.querySelectorAll("[data-number-label]")) {
      button.textContent = `${button.dataset.numberLabel} question ${number}`;
    }
    card.form?.setNumber(number);
  };

  card.note = (text) => {
    note.textContent = text;
  };

  card.say = (message, kind = "success") => {
    const cls = { success: "status status--success", warning: "status status--warning", plain: "status status--plain" }[kind];
    replaceChildren(status, el("div", { class: cls }, el("p", {}, message)));
  };

  function drawBadges() {
    const q = card.question;
    const errors = errorsIn(q);
    const warnings = (q.warnings || []).length - errors.length;
    replaceChildren(
      badges,
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

  function curriculumLine() {
    const q = card.question;
    const objective = context.objectives.find((o) => o.id === q.learning_objective_id);
    const strandNames = (q.strands || []).map((code) => {
      const strand = context.taxonomy.find((s) => s.code === code);
      return strand ? `${code} – ${strand.name}` : code;
    });
    return el(
      "dl",
      { class: "details-list review-card__facts" },
      el("dt", {}, "Objective"),
      el("dd", {}, objective ? `${objective.code} – ${objective.description}` : "None linked"),
      el("dt", {}, "Strands"),
      el("dd", {}, strandNames.length ? strandNames.join(", ") : "None"),
      q.tags?.length ? [el("dt", {}, "Tags"), el("dd", {}, q.tags.join(", "))] : null,
      el("dt", {}, "Time"),
      el("dd", {}, `About ${Math.max(1, Math.round(q.time_estimate_seconds / 60))} ${Math.round(q.time_estimate_seconds / 60) > 1 ? "minutes" : "minute"}`),
    );
  }

  function helpLines() {
    const q = card.question;
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

  function showView() {
    card.editing = false;
    card.form = null;
    element.classList.remove("review-card--editing");
    const q = card.question;
    drawBadges();
    const actions = context.canEdit
      ? el(
          "div",
          { class: "cluster review-card__actions" },
          el("button", { type: "button", class: "button button--secondary button--small", dataset: { numberLabel: "Edit" }, onClick: () => card.edit() }, `Edit question ${card.number}`),
          el("button", { type: "button", class: "button button--secondary button--small", dataset: { numberLabel: "Make a new version of" }, onClick: newVersion }, `Make a new version of question ${card.number}`),
          el("button", { type: "button", class: "button button--danger button--small", dataset: { numberLabel: "Delete" }, onClick: remove }, `Delete question ${card.number}`),
        )
      : null;
    replaceChildren(
      body,
      problemList(q.warnings),
      questionText(q.question_text, { class: "question-text review-card__text" }),
      q.image_url ? el("img", { class: "review-card__image", src: q.image_url, alt: q.image_alt || "" }) : null,
      answerKey(q),
      curriculumLine(),
      helpLines(),
      actions,
    );
  }

  // While a new version is being made (its dialog closed early), editing or deleting would clash with it.
  function refuseWhileBusy() {
    if (!card.busy) return false;
    card.say(`A new version of question ${card.number} is still being made. Wait until it is ready, then try again.`, "plain");
    return true;
  }

  card.edit = () => {
    if (refuseWhileBusy()) return;
    card.editing = true;
    element.classList.add("review-card--editing");
    replaceChildren(status);
    card.form = questionForm({
      question: card.question,
      number: card.number,
      context,
      onSaved: (response) => {
        card.question = response.question;
        element.dataset.questionId = response.question.id;
        showView();
        list.saved(card, response);
      },
      onCancel: () => {
        if (card.isNew()) {
          list.cancelled(card);
          return;
        }
        showView();
        card.setPosition(card.number, card.total);
        heading.focus();
      },
    });
    drawBadges();
    replaceChildren(body, card.form.element);
    card.form.focus();
  };

  card.showView = () => {
    showView();
    card.setPosition(card.number, card.total);
  };

  async function newVersion() {
    if (refuseWhileBusy()) return;
    try {
      await openRegenerateDialog({
        assessmentId: context.assessmentId,
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
        onSaved: (response, { late }) => {
          card.busy = false;
          const focused = document.activeElement;
          card.question = response.question;
          showView();
          list.saved(card, { ...response, notice: newVersionWords(response) });
          // Answered after the dialog was closed: the focus stays wherever the teacher has gone since.
          if (late && focused instanceof HTMLElement && focused !== document.body && focused.isConnected && !element.contains(focused)) focused.focus();
        },
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      card.say(error.detail, "warning"); // the generation options could not be read: nothing was opened
    }
  }

  async function remove() {
    if (refuseWhileBusy()) return;
    const sure = await confirmDialog({
      title: `Delete question ${card.number}?`,
      message: "The question and its answer key are deleted. This cannot be undone.",
      confirmLabel: `Delete question ${card.number}`,
      cancelLabel: "Keep the question",
      danger: true,
    });
    if (!sure) return;
    try {
      await api(`/api/assessments/${context.assessmentId}/questions/${card.question.id}`, { method: "DELETE" });
      list.remove(card);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      card.say(error.detail, "warning");
      heading.focus();
    }
  }

  card.heading = heading;
  if (card.isNew()) {
    card.setPosition(0, 0);
  } else {
    showView();
  }
  return card;
}
