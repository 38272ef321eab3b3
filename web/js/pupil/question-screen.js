// One question on the screen, always in the same layout:
//
//   Question 3 of 10                       (the heading; focus goes here when the screen changes)
//   [This is the last question.]           (only on the last one)
//   the question text, picture, hint and easier-version notes
//   the answer area (the question type's renderer)
//   the feedback panel                     (after "Submit answer", when the teacher shows feedback)
//   [Submit answer] [Need a hint?] [Show me an easier version]
//   [Previous question] [Next question | Finish assessment]        [Take a break]
//
// The page (assessment.js) owns the attempt, saving and moving between questions; this module draws one
// question and calls back. Text from the server always goes in as text, never as HTML.

import { el, replaceChildren } from "../components/html.js";
import { writtenAnswerDrafts } from "../components/drafts.js";
import { feedbackPanel } from "../components/feedback.js";
import { rendererFor } from "../components/question-types/index.js";
import { questionText } from "./question-text.js";

const TEXT_ENTRY = 'textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable="true"]';

/** What the pupil is answering now: the question, or its easier version once they asked for it. */
export function effectiveQuestion(question) {
  if (question.scaffold) {
    return { type: question.scaffold.type, text: question.scaffold.question_text, view: question.scaffold.view, easier: true };
  }
  return { type: question.type, text: question.question_text, view: question.view, easier: false };
}

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

/**
 * The feedback panel for a submitted answer. The server's feedback text already starts with "Correct!",
 * "Nearly there." or "Not quite."; that opener becomes the panel's heading (with its tick or info icon) and the
 * rest is shown exactly as written, so nothing is said twice.
 */
export function answerFeedback(result, { onTryAgain } = {}) {
  const text = String(result.feedback || "");
  if (result.awaiting_marking || result.feedback_shown === false) {
    return el(
      "div",
      { class: "status status--plain answer-saved", role: "note" },
      el("p", { class: "answer-saved__title", tabindex: "-1" }, result.message || "Your answer is saved."),
      result.awaiting_marking && text && text !== result.message ? el("p", {}, text) : null,
    );
  }
  let kind = feedbackKind(result);
  let body = text;
  let title;
  for (const [opener, pattern] of OPENERS) {
    const match = text.match(pattern);
    if (match) {
      kind = opener;
      title = match[0].trim();
      body = text.slice(match[0].length);
      break;
    }
  }
  const parts = [body || null];
  const retry = result.can_retry && onTryAgain
    ? el("button", { type: "button", class: "button button--secondary feedback__retry", onClick: onTryAgain }, "Try again")
    : null;
  if (result.message && result.message !== "Your answer is saved.") parts.push(el("p", { class: "feedback__next" }, result.message));
  else if (result.locked && !result.is_correct) parts.push(el("p", { class: "feedback__next" }, "Go on to the next question when you are ready."));
  if (retry) parts.push(el("p", {}, retry));
  const panel = feedbackPanel({ result: kind, title, message: parts.filter(Boolean) });
  const heading = panel.querySelector(".feedback__title");
  heading.setAttribute("role", "heading");
  heading.setAttribute("aria-level", "2");
  heading.setAttribute("tabindex", "-1");
  return panel;
}

/**
 * Draw one question screen into `container`.
 *
 * options:
 *   question      the attempt's question (from POST /start); `hint` and `scaffold` are set on it here
 *   number, count "Question <number> of <count>"
 *   answer        the answer to restore (answer_data), or null
 *   settings      the attempt's settings (allow_hints, show_immediate_feedback, ...)
 *   onAnswer(answer, { typing })        every change the pupil makes
 *   onRun(code)                         "Run my code" (code questions)
 *   submit(answer) -> Promise<SubmitOut>
 *   askHint() -> Promise<HintOut>, askEasier() -> Promise<ScaffoldOut | null>
 *   goPrevious(), goNext(), finish(), takeBreak()
 *   describeProblem(error) -> string    what to tell the pupil when a request did not work
 * Returns { heading, answerRoot, readAnswer() }.
 */
export function renderQuestionScreen(container, options) {
  const { question, number, count, settings } = options;
  const current = effectiveQuestion(question);
  const renderer = rendererFor(current.type);
  const isLast = number === count;
  const saved = question.saved;
  let locked = Boolean(saved?.locked);

  const heading = el("h1", { class: "question__heading", id: "question-heading", tabindex: "-1" }, `Question ${number} of ${count}`);
  const answerRoot = el("div", { class: "question__answer", dataset: { testid: "answer-area" } });
  const feedbackRegion = el("div", { class: "question__feedback", "aria-live": "polite", dataset: { testid: "feedback" } });
  const draftsArea = el("div", { class: "question__drafts" }); // written answers: "Improve my answer" and drafts side by side
  const support = el("div", { class: "question__support" });
  const submitButton = el("button", { type: "button", class: "button question__submit" }, "Submit answer");
  const hintButton = el("button", { type: "button", class: "button button--secondary" }, "Need a hint?");
  const easierButton = el("button", { type: "button", class: "button button--secondary" }, "Show me an easier version");

  function drawAnswer(answer) {
    renderer.renderPupil(answerRoot, current.view, {
      answer,
      disabled: locked,
      onChange: (value) => {
        const active = document.activeElement;
        const typing = Boolean(active && answerRoot.contains(active) && active.matches(TEXT_ENTRY));
        options.onAnswer(value, { typing });
      },
      onRun: options.onRun,
    });
  }

  function showHint(text, message) {
    hintButton.hidden = true;
    const title = el("p", { class: "hint-panel__title", tabindex: "-1" }, el("strong", {}, "Hint"));
    const panel = el(
      "div",
      { class: "hint-panel", role: "note", "aria-label": "Hint", dataset: { testid: "hint" } },
      title,
      el("p", { class: "hint-panel__text" }, text),
      el("p", { class: "hint-panel__note muted" }, message || "Using a hint is fine. It does not change your score."),
    );
    support.querySelector(".hint-panel")?.remove();
    support.prepend(panel);
    return title;
  }

  function showFeedback(result) {
    const panel = answerFeedback(result, {
      onTryAgain: () => {
        replaceChildren(feedbackRegion);
        focusAnswer();
      },
    });
    replaceChildren(feedbackRegion, panel);
    (panel.querySelector('[tabindex="-1"]') || heading).focus();
  }

  /** A calm message where the feedback goes (a submit that could not reach the server, and so on). */
  function showNotice(error) {
    const notice = el("p", { class: "status status--warning", role: "note", tabindex: "-1" }, options.describeProblem(error));
    replaceChildren(feedbackRegion, notice);
    notice.focus();
  }

  function focusAnswer() {
    const target = answerRoot.querySelector("input:not([disabled]), textarea, select, button:not([disabled])");
    (target || heading).focus();
  }

  function setLocked(value) {
    locked = value;
    submitButton.hidden = locked;
    easierButton.hidden = locked || easierButton.hidden;
    hintButton.hidden = locked || hintButton.hidden;
  }

  hintButton.hidden = !(settings.allow_hints && question.hint_available) || Boolean(question.hint);
  easierButton.hidden = !(settings.allow_hints && question.scaffold_available) || Boolean(question.scaffold) || Boolean(saved?.submitted);
  submitButton.hidden = locked;

  hintButton.addEventListener("click", async () => {
    hintButton.setAttribute("aria-disabled", "true");
    try {
      const result = await options.askHint();
      question.hint = result.hint;
      showHint(result.hint, result.message).focus();
    } catch (error) {
      showNotice(error);
    } finally {
      hintButton.removeAttribute("aria-disabled");
    }
  });

  easierButton.addEventListener("click", async () => {
    easierButton.setAttribute("aria-disabled", "true");
    try {
      await options.askEasier();
    } catch (error) {
      showNotice(error);
    } finally {
      easierButton.removeAttribute("aria-disabled");
    }
  });

  let submitting = false;
  submitButton.addEventListener("click", async () => {
    if (submitting) return; // never block typing: the button only ignores a second press
    submitting = true;
    submitButton.setAttribute("aria-disabled", "true");
    submitButton.textContent = "Checking your answer…";
    try {
      const result = await options.submit(renderer.readAnswer(answerRoot));
      if (result) {
        question.saved = { ...(question.saved || {}), submitted: true, locked: result.locked, feedback: result.feedback };
        easierButton.hidden = true;
        if (result.locked) {
          setLocked(true);
          drawAnswer(renderer.readAnswer(answerRoot));
        }
        showFeedback(result);
        written?.submitted(result);
      }
    } catch (error) {
      showNotice(error);
    } finally {
      submitting = false;
      submitButton.removeAttribute("aria-disabled");
      submitButton.textContent = "Submit answer";
    }
  });

  // Notes above the answer: the last question, the easier version, a hint already asked for.
  if (current.easier) {
    support.append(
      el("p", { class: "status easier-note", role: "note" }, "This is an easier version of the same question."),
    );
  }
  if (question.hint) showHint(question.hint);

  const picture =
    question.image_url && current.type !== "drag_label"
      ? el("img", { class: "question__image", src: question.image_url, alt: question.image_alt || "" })
      : null;

  const previous = number > 1
    ? el("button", { type: "button", class: "button button--secondary", onClick: options.goPrevious }, "Previous question")
    : null;
  const next = isLast
    ? el("button", { type: "button", class: "button", onClick: options.finish }, "Finish assessment")
    : el("button", { type: "button", class: "button", onClick: options.goNext }, "Next question");

  replaceChildren(
    container,
    el(
      "section",
      { class: "question", "aria-labelledby": "question-heading", dataset: { questionId: question.id, questionType: current.type } },
      heading,
      isLast
        ? el("p", { class: "status last-note", role: "note" }, "This is the last question. When you are ready, press Finish assessment.")
        : null,
      questionText(current.text, { id: "question-text" }),
      picture,
      support,
      answerRoot,
      feedbackRegion,
      draftsArea,
      el("div", { class: "question__actions" }, submitButton, hintButton, easierButton),
    ),
    el(
      "nav",
      { class: "question-nav", "aria-label": "Questions" },
      el("div", { class: "question-nav__move" }, previous, next),
      el("button", { type: "button", class: "button button--secondary question-nav__break", onClick: options.takeBreak }, "Take a break"),
    ),
  );

  drawAnswer(options.answer);
  answerRoot.setAttribute("aria-labelledby", "question-heading");
  answerRoot.setAttribute("role", "group");
  if (saved?.submitted && saved.feedback && settings.show_immediate_feedback) {
    replaceChildren(
      feedbackRegion,
      answerFeedback(
        { feedback: saved.feedback, is_correct: saved.is_correct, is_partial: saved.is_partial, score: saved.score,
          locked: saved.locked, can_retry: false, awaiting_marking: saved.score === null || saved.score === undefined },
        {},
      ),
    );
  }

  const written = current.type === "extended_text" && settings.show_immediate_feedback && options.loadDrafts
    ? writtenAnswerDrafts({ area: draftsArea, answerRoot, submitButton, saved: question.saved, maxScore: question.points, load: options.loadDrafts })
    : null;

  return {
    heading,
    answerRoot,
    readAnswer: () => renderer.readAnswer(answerRoot),
  };
}
