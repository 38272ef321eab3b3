// The buttons under the answer — Submit answer, Need a hint?, Show me an easier version — and the way along
// the questions: Previous question, Next question or Finish assessment, and Take a break.

import { el } from "../../components/html.js";

export const SUBMIT = "Submit answer";

/**
 * The answer's buttons for `question` (hint and easier version only when the settings allow them and they
 * are not used up). Returns { element, submit, hint, easier, setLocked(locked) }: the screen wires the presses.
 */
export function answerActions(question, settings) {
  const saved = question.saved;
  const submit = el("button", { type: "button", class: "button question__submit" }, SUBMIT);
  const hint = el("button", { type: "button", class: "button button--secondary" }, "Need a hint?");
  const easier = el("button", { type: "button", class: "button button--secondary" }, "Show me an easier version");
  hint.hidden = !(settings.allow_hints && question.hint_available) || Boolean(question.hint);
  easier.hidden = !(settings.allow_hints && question.scaffold_available) || Boolean(question.scaffold) || Boolean(saved?.submitted);
  submit.hidden = Boolean(saved?.locked);
  return {
    element: el("div", { class: "question__actions" }, submit, hint, easier),
    submit,
    hint,
    easier,
    /** A locked answer (right, or out of tries) cannot be submitted again, nor swapped, nor helped. */
    setLocked(locked) {
      submit.hidden = locked;
      easier.hidden = locked || easier.hidden;
      hint.hidden = locked || hint.hidden;
    },
  };
}

/**
 * Press a button that asks the server something: aria-disabled while it runs (focus stays on it), and a
 * request that did not work goes to `onProblem(error)`.
 */
export async function whileBusy(button, task, onProblem) {
  button.setAttribute("aria-disabled", "true");
  try {
    await task();
  } catch (error) {
    onProblem(error);
  } finally {
    button.removeAttribute("aria-disabled");
  }
}

/** Previous question (not on the first), Next question or Finish assessment (on the last), Take a break. */
export function questionNav({ number, count, goPrevious, goNext, finish, takeBreak }) {
  const previous = number > 1
    ? el("button", { type: "button", class: "button button--secondary", onClick: goPrevious }, "Previous question")
    : null;
  const next = number === count
    ? el("button", { type: "button", class: "button", onClick: finish }, "Finish assessment")
    : el("button", { type: "button", class: "button", onClick: goNext }, "Next question");
  return el(
    "nav",
    { class: "question-nav", "aria-label": "Questions" },
    el("div", { class: "question-nav__move" }, previous, next),
    el("button", { type: "button", class: "button button--secondary question-nav__break", onClick: takeBreak }, "Take a break"),
  );
}
