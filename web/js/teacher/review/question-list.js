// The questions of an assessment as a list of cards, in order: moving them (Move up / Move down, or dragging
// the grip; either way the new order is saved with the reorder endpoint), adding a question of any type, and
// deleting one. What happened is said in words in a polite live region.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { insertIndexAt, makeDraggable } from "../../components/question-types/shared/pointer-drag.js";
import { TYPE_LABELS, typeLabel } from "./labels.js";
import { questionCard } from "./question-card.js";
import { starterQuestion } from "./starters.js";

const EDGE_PX = 80; // dragging this close to the top or bottom of the window scrolls it

/**
 * The question list.
 *   assessment   the assessment from GET /api/assessments/{id}
 *   context      { assessmentId, canEdit, taxonomy, objectives, hasUnit }
 *   onChange(questions)   after any change (saved, added, deleted, moved): the questions in order
 * Returns { element, cards() }.
 */
export function questionList({ assessment, context, onChange }) {
  const announcer = el("div", { class: "visually-hidden", "aria-live": "polite", dataset: { testid: "list-announcer" } });
  const listElement = el("ol", { class: "review-list", "aria-label": "Questions, in the order pupils see them" });
  const empty = el("p", { class: "status status--plain review-list__empty" }, "This assessment has no questions yet. Add the first one below.");
  let cards = [];

  const api_ = {
    move: (card, by) => move(card, cards.indexOf(card) + by),
    remove: (card) => {
      const number = card.number;
      cards = cards.filter((c) => c !== card);
      card.element.remove();
      renumber();
      const next = cards[Math.min(number - 1, cards.length - 1)];
      announce(`Question ${number} was deleted.`, next);
      (next?.heading ?? addTypeSelect).focus();
      changed();
    },
    saved: (card, response) => {
      if (!card.dragReady && context.canEdit) {
        card.dragReady = true; // a new question can be dragged once it is saved and has a place in the order
        enableDrag(card);
      }
      renumber();
      const parts = [card.number ? `Question ${card.number} is saved.` : "The question is saved."];
      const warnings = (response.problems || []).filter((p) => p.severity === "warning").length;
      if (warnings) parts.push(`The checks found ${warnings === 1 ? "1 thing" : `${warnings} things`} worth checking: see the card.`);
      if (response.notice) parts.push(response.notice);
      card.say(parts.join(" "), response.notice || warnings ? "plain" : "success");
      card.heading.focus();
      changed();
    },
    cancelled: (card) => {
      cards = cards.filter((c) => c !== card);
      card.element.remove();
      renumber();
      announce("The new question was not added.");
      addTypeSelect.focus();
    },
    announce,
  };

  /**
   * Say what happened: read out once through the list's live region, and shown (not read again) on the card
   * the person is looking at, since a moved card can be far from the top of the page.
   */
  function announce(message, card = null) {
    // A repeated message must still be read out: change the text each time.
    announcer.textContent = announcer.textContent === message ? `${message}\u00a0` : message;
    cards.forEach((c) => c.note(c === card ? message : ""));
  }

  function changed() {
    onChange?.(cards.filter((c) => !c.isNew()).map((c) => c.question));
  }

  function renumber() {
    const saved = cards.filter((c) => !c.isNew());
    cards.forEach((card) => {
      const n = card.isNew() ? 0 : saved.indexOf(card) + 1;
      card.setPosition(n, saved.length);
    });
    empty.hidden = cards.length > 0;
  }

  function drawOrder() {
    listElement.append(...cards.map((c) => c.element)); // moves the existing elements: nothing inside is redrawn
    renumber();
  }

  async function move(card, to, { dragged = false } = {}) {
    const from = cards.indexOf(card);
    if (card.isNew() || (dragged && to === from)) return;
    if (to < 0 || to >= cards.length || to === from || cards[to].isNew()) {
      announce(to < from ? `Question ${card.number} is already first.` : `Question ${card.number} is already last.`, card);
      return;
    }
    const focused = document.activeElement;
    const before = [...cards];
    cards.splice(to, 0, ...cards.splice(from, 1));
    drawOrder();
    if (focused instanceof HTMLElement && card.element.contains(focused)) focused.focus();
    try {
      await api(`/api/assessments/${context.assessmentId}/questions/reorder`, {
        method: "POST",
        body: { question_order: cards.filter((c) => !c.isNew()).map((c) => c.question.id) },
      });
      announce(`Moved to position ${card.number} of ${card.total}. The new order is saved.`, card);
      changed();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      cards = before;
      drawOrder();
      if (focused instanceof HTMLElement) focused.focus();
      announce(`The order could not be saved, so it is back as it was. ${error.detail}`, card);
    }
  }

  // Dragging: a shortcut for a pointer (mouse, pen or touch). The same move as the buttons.
  function enableDrag(card) {
    const others = () => cards.filter((c) => c !== card && !c.isNew());
    const clearMarks = () => {
      for (const node of listElement.querySelectorAll(".review-card--drop-before")) node.classList.remove("review-card--drop-before");
      listElement.classList.remove("review-list--drop-end");
    };
    makeDraggable(card.grip, {
      onStart: () => card.element.classList.add("review-card--dragging"),
      onMove: (x, y) => {
        if (y < EDGE_PX) window.scrollBy(0, -20);
        else if (y > window.innerHeight - EDGE_PX) window.scrollBy(0, 20);
        const rest = others();
        const index = insertIndexAt(rest.map((c) => c.element), y);
        clearMarks();
        if (index < rest.length) rest[index].element.classList.add("review-card--drop-before");
        else listElement.classList.add("review-list--drop-end");
      },
      // Saved questions come first in the list (new ones wait at the end), so the place among the other
      // saved questions is the card's new index.
      onDrop: (x, y) => move(card, insertIndexAt(others().map((c) => c.element), y), { dragged: true }),
      onEnd: () => {
        clearMarks();
        card.element.classList.remove("review-card--dragging");
      },
    });
  }

  function addCard(question) {
    const card = questionCard(question, { list: api_, context });
    cards.push(card);
    listElement.append(card.element);
    if (context.canEdit && !card.isNew()) {
      card.dragReady = true;
      enableDrag(card);
    }
    return card;
  }

  for (const question of assessment.questions) addCard(question);

  // Adding a question: a starter of the chosen type opens as a card in edit mode at the end.
  const addType = field({
    label: "Type of question",
    as: "select",
    options: Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label })),
  });
  const addTypeSelect = addType.input;
  const addButton = el("button", { type: "button", class: "button" }, "Add a question");
  addButton.addEventListener("click", () => {
    const card = addCard(starterQuestion(addTypeSelect.value));
    renumber();
    card.edit();
    announce(`A new ${typeLabel(addTypeSelect.value)} question is open at the end of the list. Fill it in, then press Add this question.`);
  });
  const addSection = context.canEdit
    ? el(
        "section",
        { class: "card card--soft review-add", "aria-labelledby": "add-question-heading" },
        el("h3", { id: "add-question-heading" }, "Add a question"),
        el("p", { class: "field__help" }, "Choose the type, then fill in the question. It is saved when it can be answered."),
        el("div", { class: "cluster review-add__row" }, addType.element, addButton),
      )
    : null;

  renumber();
  return {
    element: el("div", { class: "review-questions" }, announcer, empty, listElement, addSection),
    cards: () => cards,
  };
}

