// The screens around the questions: the start screen (what to expect, in short literal sentences, and "I'm
// ready — start"), the screen for an assessment already finished, and a plain message screen.

import { el, replaceChildren } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { aboutMinutes, count, dayAndDate } from "../words.js";
import { describeProblem } from "./messages.js";

export const DASHBOARD = "/pupil/dashboard.html";
const START = "I'm ready — start";

function backLink(label = "Back to my assessments") {
  return el("a", { class: "button button--secondary", href: DASHBOARD }, label);
}

/** A heading, one message and the ways on (by default back to the dashboard). Focus goes to the heading. */
export function messageScreen(main, { title, message, actions = [backLink()] }) {
  const heading = el("h1", { tabindex: "-1" }, title);
  replaceChildren(
    main,
    el("div", { class: "pupil-message" }, heading, statusMessage(message, { kind: "plain", role: "status" }), el("div", { class: "cluster" }, actions)),
  );
  heading.focus();
}

function expectations(card) {
  return [
    `There ${card.question_count === 1 ? "is 1 question" : `are ${card.question_count} questions`}. You will see one question at a time.`,
    `It takes ${aboutMinutes(card.estimated_minutes).toLowerCase()}.`,
    card.time_limit_minutes ? `You have ${count(card.time_limit_minutes, "minute")} to finish it.` : null,
    card.available_until ? `Hand it in by ${dayAndDate(card.available_until)}.` : null,
    card.allow_hints
      ? "You can ask for a hint. Using a hint does not change your score."
      : "There are no hints in this assessment.",
    "You can go back to earlier questions to check them.",
    "You can take a break at any time — your answers are saved.",
    "At the end you press Finish assessment. You check that you are ready, then you see how you did.",
  ].filter(Boolean);
}

/** "I'm ready — start": one press at a time; when starting did not work, it says why and can be pressed again. */
function startButton(problem, onStart) {
  const button = el("button", { type: "button", class: "button start__button" }, START);
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    button.textContent = "Opening the first question…";
    try {
      await onStart();
    } catch (error) {
      replaceChildren(problem, statusMessage(describeProblem(error), { kind: "warning", role: "note" }));
      button.removeAttribute("aria-disabled");
      button.textContent = START;
    }
  });
  return button;
}

/** The start screen for an assessment not started yet. `onStart()` opens the first question. */
export function startScreen(main, card, onStart) {
  const problem = el("div", { class: "start__problem", "aria-live": "polite" });
  const heading = el("h1", { tabindex: "-1" }, card.title);
  replaceChildren(
    main,
    el(
      "div",
      { class: "start", dataset: { testid: "start-screen" } },
      heading,
      card.description ? el("p", { class: "page__lead" }, card.description) : null,
      el(
        "section",
        { class: "card start__expect", "aria-labelledby": "expect-title" },
        el("h2", { id: "expect-title" }, "What to expect"),
        el("ul", { class: "start__list" }, expectations(card).map((line) => el("li", {}, line))),
      ),
      problem,
      el("div", { class: "cluster start__actions" }, startButton(problem, onStart), backLink()),
    ),
  );
  document.title = `${card.title} – KS3 Assessment`;
  heading.focus();
}

/** An assessment the pupil has finished: how many attempts are used, and their answers when they may look. */
export function finishedScreen(main, card) {
  const used = `You have used ${card.attempts_used} of ${count(card.max_attempts, "attempt")}.`;
  messageScreen(main, {
    title: card.title,
    message: `You have finished this assessment. ${used}`,
    actions: [
      card.can_review && card.attempt_id
        ? el("a", { class: "button", href: `/pupil/results.html?attempt=${encodeURIComponent(card.attempt_id)}` }, "Look at my answers")
        : null,
      backLink(),
    ],
  });
}
