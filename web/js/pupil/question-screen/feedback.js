// The feedback area under the answer: the panel for a submitted answer ("Correct!", "Nearly there.", "Not
// quite." with the server's words), the note that an answer is saved and waits for the teacher, and a calm
// message when a request did not work. It is a polite live region, always in the page. In practice (the class
// sees answers after each question) an answer that can no longer change brings the right answer with it.

import { answerKey } from "../../components/answer-key.js";
import { el, replaceChildren } from "../../components/html.js";
import { feedbackPanel } from "../../components/feedback.js";
import { statusMessage } from "../../components/status.js";

const SAVED = "Your answer is saved.";

/** The feedback look for a mark: "correct" (green tick), "nearly" (blue), "not-quite" (amber, info icon). */
export function feedbackKind(result) {
  if (result.is_correct) return "correct";
  if (result.is_partial || (result.score > 0 && !result.is_correct)) return "nearly";
  return "not-quite";
}

const OPENERS = [
  ["correct", /^Correct!\s*/],
  ["nearly", /^Nearly there\.?\s*/],
  ["not-quite", /^Not quite\.?\s*/],
];

/** The opener the feedback starts with (it becomes the panel's heading) and the rest, exactly as written. */
function splitOpener(text, result) {
  for (const [kind, pattern] of OPENERS) {
    const match = text.match(pattern);
    if (match) return { kind, title: match[0].trim(), body: text.slice(match[0].length) };
  }
  return { kind: feedbackKind(result), title: undefined, body: text };
}

/** An answer kept for the teacher to mark (or with feedback held back): said plainly, the first line focusable. */
function savedNote(result, text) {
  const note = statusMessage(result.message || SAVED, { kind: "plain", role: "note", focusable: true, className: "answer-saved" });
  note.firstElementChild.classList.add("answer-saved__title");
  if (result.awaiting_marking && text && text !== result.message) note.append(el("p", {}, text));
  return note;
}

/**
 * The feedback panel for a submitted answer. The server's feedback text already starts with "Correct!",
 * "Nearly there." or "Not quite."; that opener becomes the panel's heading (with its tick or info icon) and the
 * rest is shown exactly as written, so nothing is said twice.
 */
export function answerFeedback(result, { onTryAgain, view } = {}) {
  const text = String(result.feedback || "");
  if (result.awaiting_marking || result.feedback_shown === false) return savedNote(result, text);
  const { kind, title, body } = splitOpener(text, result);
  const parts = [body || null];
  if (result.message && result.message !== SAVED) parts.push(el("p", { class: "feedback__next" }, result.message));
  else if (result.locked && !result.is_correct) parts.push(el("p", { class: "feedback__next" }, "Go on to the next question when you are ready."));
  if (result.answer_key) parts.push(answerKey({ type: result.answer_key.type, answer_key: result.answer_key, view }, { title: "The right answer", level: "h3" }));
  if (result.can_retry && onTryAgain) {
    parts.push(el("p", {}, el("button", { type: "button", class: "button button--secondary feedback__retry", onClick: onTryAgain }, "Try again")));
  }
  const panel = feedbackPanel({ result: kind, title, message: parts.filter(Boolean) });
  const heading = panel.querySelector(".feedback__title");
  heading.setAttribute("role", "heading");
  heading.setAttribute("aria-level", "2");
  heading.setAttribute("tabindex", "-1");
  return panel;
}

/**
 * The area itself. `fallbackFocus` takes focus when a panel has nothing focusable; `view` is the question as the
 * pupil sees it (the right answer, in practice, names its parts).
 * Returns { element, showResult(result, { onTryAgain }), showSaved(saved), notice(text), clear() }.
 */
export function feedbackArea({ fallbackFocus, view }) {
  const element = el("div", { class: "question__feedback", "aria-live": "polite", dataset: { testid: "feedback" } });
  return {
    element,
    /** After "Submit answer": the panel, and focus on its heading so a screen reader reads it next. */
    showResult(result, { onTryAgain }) {
      const panel = answerFeedback(result, { onTryAgain, view });
      replaceChildren(element, panel);
      (panel.querySelector('[tabindex="-1"]') || fallbackFocus).focus();
    },
    /** An answer submitted earlier, shown again when the question is opened (focus stays on the heading). */
    showSaved(saved) {
      const awaiting = saved.score === null || saved.score === undefined;
      replaceChildren(
        element,
        answerFeedback({ feedback: saved.feedback, is_correct: saved.is_correct, is_partial: saved.is_partial, score: saved.score,
          locked: saved.locked, can_retry: false, awaiting_marking: awaiting, answer_key: saved.answer_key }, { view }),
      );
    },
    /** A calm message where the feedback goes (a submit that could not reach the server, and so on). */
    notice(text) {
      const message = statusMessage(text, { kind: "warning", role: "note", focusable: true });
      replaceChildren(element, message);
      message.firstElementChild.focus();
    },
    clear() {
      replaceChildren(element);
    },
  };
}
