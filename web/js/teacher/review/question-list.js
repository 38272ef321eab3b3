// The questions of an assessment as a list of cards, in order: moving them (Move up / Move down, or dragging
// the grip; either way the new order is saved with the reorder endpoint), adding a question of any type, and
// deleting one. What happened is said in words in a polite live region.
//
// The list is an object (`list` below) that the functions of this module are given: its cards in order, its
// elements, and what the page passed in. A card calls back through `list.events` (see question-card.js).

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { statusMessage } from "../../components/status.js";
import { insertIndexAt, makeDraggable } from "../../components/question-types/shared/pointer-drag.js";
import { TYPE_LABELS, typeLabel } from "./labels.js";
import { questionCard } from "./question-card.js";
import { starterQuestion } from "./starters.js";

const EDGE_PX = 80; // dragging this close to the top or bottom of the window scrolls it

/**
 * Say what happened: read out once through the list's live region, and shown (not read again) on the card
 * the person is looking at, since a moved card can be far from the top of the page.
 */
function announce(list, message, card = null) {
  // A repeated message must still be read out: change the text each time.
  list.announcer.textContent = list.announcer.textContent === message ? `${message}\u00a0` : message;
  list.cards.forEach((c) => c.note(c === card ? message : ""));
}

function changed(list) {
  list.onChange?.(list.cards.filter((c) => !c.isNew()).map((c) => c.question));
}

function renumber(list) {
  const saved = list.cards.filter((c) => !c.isNew());
  list.cards.forEach((card) => {
    const n = card.isNew() ? 0 : saved.indexOf(card) + 1;
    card.setPosition(n, saved.length);
  });
  list.empty.hidden = list.cards.length > 0;
}

function drawOrder(list) {
  list.element.append(...list.cards.map((c) => c.element)); // moves the existing elements: nothing inside is redrawn
  renumber(list);
}

/** Move `card` to index `to` and save the new order; a refused order goes back as it was. */
async function move(list, card, to, { dragged = false } = {}) {
  const from = list.cards.indexOf(card);
  if (card.isNew() || (dragged && to === from)) return;
  if (to < 0 || to >= list.cards.length || to === from || list.cards[to].isNew()) {
    announce(list, to < from ? `Question ${card.number} is already first.` : `Question ${card.number} is already last.`, card);
    return;
  }
  const focused = document.activeElement;
  const before = [...list.cards];
  list.cards.splice(to, 0, ...list.cards.splice(from, 1));
  drawOrder(list);
  if (focused instanceof HTMLElement && card.element.contains(focused)) focused.focus();
  try {
    await api(`/api/assessments/${list.context.assessmentId}/questions/reorder`, {
      method: "POST",
      body: { question_order: list.cards.filter((c) => !c.isNew()).map((c) => c.question.id) },
    });
    announce(list, `Moved to position ${card.number} of ${card.total}. The new order is saved.`, card);
    changed(list);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    list.cards = before;
    drawOrder(list);
    if (focused instanceof HTMLElement) focused.focus();
    announce(list, `The order could not be saved, so it is back as it was. ${error.detail}`, card);
  }
}

function clearDropMarks(list) {
  for (const node of list.element.querySelectorAll(".review-card--drop-before")) node.classList.remove("review-card--drop-before");
  list.element.classList.remove("review-list--drop-end");
}

// Dragging: a shortcut for a pointer (mouse, pen or touch). The same move as the buttons.
function enableDrag(list, card) {
  card.dragReady = true;
  const others = () => list.cards.filter((c) => c !== card && !c.isNew());
  makeDraggable(card.grip, {
    onStart: () => card.element.classList.add("review-card--dragging"),
    onMove: (x, y) => {
      if (y < EDGE_PX) window.scrollBy(0, -20);
      else if (y > window.innerHeight - EDGE_PX) window.scrollBy(0, 20);
      const rest = others();
      const index = insertIndexAt(rest.map((c) => c.element), y);
      clearDropMarks(list);
      if (index < rest.length) rest[index].element.classList.add("review-card--drop-before");
      else list.element.classList.add("review-list--drop-end");
    },
    // Saved questions come first in the list (new ones wait at the end), so the place among the other
    // saved questions is the card's new index.
    onDrop: (x, y) => move(list, card, insertIndexAt(others().map((c) => c.element), y), { dragged: true }),
    onEnd: () => {
      clearDropMarks(list);
      card.element.classList.remove("review-card--dragging");
    },
  });
}

function removed(list, card) {
  const number = card.number;
  list.cards = list.cards.filter((c) => c !== card);
  card.element.remove();
  renumber(list);
  const next = list.cards[Math.min(number - 1, list.cards.length - 1)];
  announce(list, `Question ${number} was deleted.`, next);
  (next?.heading ?? list.addTypeSelect).focus();
  changed(list);
}

function saved(list, card, response) {
  // A new question can be dragged once it is saved and has a place in the order.
  if (!card.dragReady && list.context.canEdit) enableDrag(list, card);
  renumber(list);
  const parts = [card.number ? `Question ${card.number} is saved.` : "The question is saved."];
  const warnings = (response.problems || []).filter((p) => p.severity === "warning").length;
  if (warnings) parts.push(`The checks found ${warnings === 1 ? "1 thing" : `${warnings} things`} worth checking: see the card.`);
  if (response.notice) parts.push(response.notice);
  card.say(parts.join(" "), response.notice || warnings ? "plain" : "success");
  card.heading.focus();
  changed(list);
}

function cancelled(list, card) {
  list.cards = list.cards.filter((c) => c !== card);
  card.element.remove();
  renumber(list);
  announce(list, "The new question was not added.");
  list.addTypeSelect.focus();
}

function addCard(list, question) {
  const card = questionCard(question, { list: list.events, context: list.context });
  list.cards.push(card);
  list.element.append(card.element);
  if (list.context.canEdit && !card.isNew()) enableDrag(list, card);
  return card;
}

// Adding a question: a starter of the chosen type opens as a card in edit mode at the end.
function addSection(list) {
  const addType = field({ label: "Type of question", as: "select", options: Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label })) });
  list.addTypeSelect = addType.input;
  const addButton = el("button", { type: "button", class: "button" }, "Add a question");
  addButton.addEventListener("click", () => {
    const card = addCard(list, starterQuestion(addType.input.value));
    renumber(list);
    card.edit();
    announce(list, `A new ${typeLabel(addType.input.value)} question is open at the end of the list. Fill it in, then press Add this question.`);
  });
  return el(
    "section",
    { class: "card card--soft review-add", "aria-labelledby": "add-question-heading" },
    el("h3", { id: "add-question-heading" }, "Add a question"),
    el("p", { class: "field__help" }, "Choose the type, then fill in the question. It is saved when it can be answered."),
    el("div", { class: "cluster review-add__row" }, addType.element, addButton),
  );
}

/**
 * The question list.
 *   assessment   the assessment from GET /api/assessments/{id}
 *   context      { assessmentId, canEdit, taxonomy, objectives, hasUnit }
 *   onChange(questions)   after any change (saved, added, deleted, moved): the questions in order
 * Returns { element, cards() }.
 */
export function questionList({ assessment, context, onChange }) {
  const list = {
    context,
    onChange,
    cards: [],
    addTypeSelect: null,
    announcer: el("div", { class: "visually-hidden", "aria-live": "polite", dataset: { testid: "list-announcer" } }),
    element: el("ol", { class: "review-list", "aria-label": "Questions, in the order pupils see them" }),
    empty: statusMessage("This assessment has no questions yet. Add the first one below.", { className: "review-list__empty" }),
  };
  // What a card tells its list (question-card.js).
  list.events = {
    move: (card, by) => move(list, card, list.cards.indexOf(card) + by),
    remove: (card) => removed(list, card),
    saved: (card, response) => saved(list, card, response),
    cancelled: (card) => cancelled(list, card),
    announce: (message, card) => announce(list, message, card),
  };
  for (const question of assessment.questions) addCard(list, question);
  const add = context.canEdit ? addSection(list) : null;
  renumber(list);
  return {
    element: el("div", { class: "review-questions" }, list.announcer, list.empty, list.element, add),
    cards: () => list.cards,
  };
}
