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
// question and calls back. The parts are in question-screen/. Text from the server always goes in as text,
// never as HTML.

import { writtenAnswerDrafts } from "../components/drafts.js";
import { el, replaceChildren } from "../components/html.js";
import { rendererFor } from "../components/question-types/index.js";
import { statusMessage } from "../components/status.js";
import { answerActions, questionNav, SUBMIT, whileBusy } from "./question-screen/actions.js";
import { answerArea } from "./question-screen/answer-area.js";
import { feedbackArea } from "./question-screen/feedback.js";
import { supportArea } from "./question-screen/support.js";
import { helpButton } from "./help-button.js";
import { questionText } from "./question-text.js";
import { readAloudControls } from "./read-aloud.js";

/** What the pupil is answering now: the question, or its easier version once they asked for it. */
export function effectiveQuestion(question) {
  if (question.scaffold) {
    return { type: question.scaffold.type, text: question.scaffold.question_text, view: question.scaffold.view, easier: true };
  }
  return { type: question.type, text: question.question_text, view: question.view, easier: false };
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
 *   askHelp() -> Promise<HelpOut>      "I need help" (left out: no button, as in the teacher's preview)
 *   goPrevious(), goNext(), finish(), takeBreak()
 *   describeProblem(error) -> string    what to tell the pupil when a request did not work
 * Returns { heading, answerRoot, readAnswer(), notice(text), changedNote(text) -> the note (to focus) }.
 */
export function renderQuestionScreen(container, options) {
  const screen = screenParts(options);
  const { question, settings } = options;
  screen.actions.hint.addEventListener("click", () => askHint(screen));
  screen.actions.easier.addEventListener("click", () => whileBusy(screen.actions.easier, options.askEasier, (error) => showProblem(screen, error)));
  screen.actions.submit.addEventListener("click", () => submitAnswer(screen));
  if (screen.current.easier) screen.support.showEasierNote();
  if (question.hint) showHint(screen, question.hint);

  replaceChildren(container, questionSection(screen), questionNav(options));
  screen.answer.draw(options.answer);
  screen.answer.root.setAttribute("aria-labelledby", "question-heading");
  screen.answer.root.setAttribute("role", "group");
  const saved = question.saved;
  if (saved?.submitted && saved.feedback && settings.show_immediate_feedback) screen.feedback.showSaved(saved);
  if (saved?.locked && saved.status === "teacher_marked") screen.support.showKeptNote();
  screen.written = screen.current.type === "extended_text" && settings.show_immediate_feedback && options.loadDrafts
    ? writtenAnswerDrafts({ area: screen.drafts, answerRoot: screen.answer.root, submitButton: screen.actions.submit, saved: question.saved,
      maxScore: question.points, load: options.loadDrafts })
    : null;
  return {
    heading: screen.heading,
    answerRoot: screen.answer.root,
    readAnswer: () => screen.answer.read(),
    notice: (text) => screen.feedback.notice(text),
    changedNote: (text) => screen.support.showChangedNote(text),
  };
}

/** The screen's parts, before they are put in the page: { options, question, current, heading, answer, ... }. */
function screenParts(options) {
  const { question } = options;
  const current = effectiveQuestion(question);
  const heading = el("h1", { class: "question__heading", id: "question-heading", tabindex: "-1" }, `Question ${options.number} of ${options.count}`);
  return {
    options,
    question,
    current,
    heading,
    answer: answerArea(rendererFor(current.type), current.view, { locked: Boolean(question.saved?.locked), onAnswer: options.onAnswer, onRun: options.onRun }),
    feedback: feedbackArea({ fallbackFocus: heading, view: current.view }),
    drafts: el("div", { class: "question__drafts" }), // written answers: "Improve my answer" and drafts side by side
    support: supportArea(),
    actions: answerActions(question, options.settings),
    submitting: false,
    written: null,
  };
}

function questionSection(screen) {
  const { question, current, options } = screen;
  const picture =
    question.image_url && current.type !== "drag_label"
      ? el("img", { class: "question__image", src: question.image_url, alt: question.image_alt || "" })
      : null;
  return el(
    "section",
    { class: "question", "aria-labelledby": "question-heading", dataset: { questionId: question.id, questionType: current.type } },
    screen.heading,
    readAloudControls(),
    options.number === options.count
      ? statusMessage("This is the last question. When you are ready, press Finish assessment.", { kind: "info", role: "note", className: "last-note" })
      : null,
    questionText(current.text, { id: "question-text" }),
    picture,
    screen.support.element,
    screen.answer.root,
    screen.feedback.element,
    screen.drafts,
    screen.actions.element,
    options.askHelp ? helpButton({ ask: options.askHelp, describeProblem: options.describeProblem }) : null,
  );
}

function showProblem(screen, error) {
  screen.feedback.notice(screen.options.describeProblem(error));
}

function showHint(screen, text, message) {
  screen.actions.hint.hidden = true;
  return screen.support.showHint(text, message);
}

function askHint(screen) {
  return whileBusy(
    screen.actions.hint,
    async () => {
      const result = await screen.options.askHint();
      screen.question.hint = result.hint;
      showHint(screen, result.hint, result.message).focus();
    },
    (error) => showProblem(screen, error),
  );
}

async function submitAnswer(screen) {
  const button = screen.actions.submit;
  if (screen.submitting) return; // never block typing: the button only ignores a second press
  screen.submitting = true;
  button.setAttribute("aria-disabled", "true");
  button.textContent = "Checking your answer…";
  try {
    const result = await screen.options.submit(screen.answer.read());
    if (result) submitted(screen, result);
  } catch (error) {
    showProblem(screen, error);
  } finally {
    screen.submitting = false;
    button.removeAttribute("aria-disabled");
    button.textContent = SUBMIT;
  }
}

function submitted(screen, result) {
  const { question, actions, answer } = screen;
  question.saved = { ...(question.saved || {}), submitted: true, locked: result.locked, feedback: result.feedback };
  actions.easier.hidden = true;
  if (result.locked) {
    answer.locked = true;
    actions.setLocked(true);
    answer.draw(answer.read());
  }
  screen.feedback.showResult(result, {
    onTryAgain: () => {
      screen.feedback.clear();
      answer.focusFirst(screen.heading);
    },
  });
  screen.written?.submitted(result);
}
