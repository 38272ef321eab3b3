// Taking an assessment (/pupil/assessment.html?id=<assessment id>):
//   start screen (what to expect, "I'm ready — start") → one question per screen → "Ready to submit your
//   assessment?" → the summary. An assessment already started opens where the pupil left it, with every answer
//   restored — from the server, or from this computer when it has something newer that has not reached the
//   server yet.

import { startPage } from "../app.js";
import { api, ApiError, signInUrl } from "../api.js";
import { el, replaceChildren } from "../components/html.js";
import { openModal } from "../components/modal.js";
import { progressBar, updateProgress } from "../components/progress.js";
import { createAutosave, isTemporary, SaveState } from "./autosave.js";
import { renderQuestionScreen } from "./question-screen.js";
import { renderSummary } from "./summary.js";
import { aboutMinutes, count, dayAndDate, isEmptyAnswer, questionList, timeLeftText } from "./words.js";

const DASHBOARD = "/pupil/dashboard.html";

export const SAVE_MESSAGES = {
  [SaveState.saved]: "Your progress is saved.",
  [SaveState.local]: "Saved on this computer — will send when connected.",
  [SaveState.signedOut]: "You have been signed out. Your answers are kept on this computer. Sign in again to send them.",
};

const NOT_CONNECTED =
  "This computer is not connected to the school server just now. Your answers are saved on this computer and will be sent when it is connected.";

/** A sentence for a request that did not work, for the pupil to read. */
export function describeProblem(error) {
  if (error instanceof ApiError && error.status === 401) return SAVE_MESSAGES[SaveState.signedOut];
  if (isTemporary(error)) return `${NOT_CONNECTED} Then press the button again.`;
  if (error instanceof ApiError) return error.detail;
  window.reportError(error); // a programming mistake: developers (and the browser tests) must see it
  return "Something did not work. Your answers are saved. Try again in a moment.";
}

function attemptPath(attemptId, rest = "") {
  return `/api/pupil/attempts/${encodeURIComponent(attemptId)}${rest}`;
}

// ---- Screens before and after the questions ----------------------------------------------------------------

function backLink(label = "Back to my assessments") {
  return el("a", { class: "button button--secondary", href: DASHBOARD }, label);
}

function messageScreen(main, { title, message, actions = [backLink()] }) {
  const heading = el("h1", { tabindex: "-1" }, title);
  replaceChildren(
    main,
    el("div", { class: "pupil-message" }, heading, el("div", { class: "status status--plain", role: "status" }, el("p", {}, message)), el("div", { class: "cluster" }, actions)),
  );
  heading.focus();
}

/** The start screen: what to expect, in short literal sentences, and "I'm ready — start". */
function startScreen(main, card, onStart) {
  const expect = [
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
  const startButton = el("button", { type: "button", class: "button start__button" }, "I'm ready — start");
  const problem = el("div", { class: "start__problem", "aria-live": "polite" });
  startButton.addEventListener("click", async () => {
    if (startButton.getAttribute("aria-disabled") === "true") return;
    startButton.setAttribute("aria-disabled", "true");
    startButton.textContent = "Opening the first question…";
    try {
      await onStart();
    } catch (error) {
      replaceChildren(problem, el("p", { class: "status status--warning", role: "note" }, describeProblem(error)));
      startButton.removeAttribute("aria-disabled");
      startButton.textContent = "I'm ready — start";
    }
  });
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
        el("ul", { class: "start__list" }, expect.map((line) => el("li", {}, line))),
      ),
      problem,
      el("div", { class: "cluster start__actions" }, startButton, backLink()),
    ),
  );
  document.title = `${card.title} – KS3 Assessment`;
  heading.focus();
}

function finishedScreen(main, card) {
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

// ---- Taking the assessment -----------------------------------------------------------------------------------

/**
 * Run an attempt in `main`: the bar (title, progress, time, save status) stays; the question screen under it
 * changes. `view` is the JSON from POST /api/pupil/assessments/{id}/start.
 */
function takeAssessment(main, view, user) {
  const questions = view.questions;
  const attemptId = view.attempt_id;
  const saveStatus = el("p", { class: "save-status", role: "status", "aria-live": "polite", dataset: { testid: "save-status" } });
  // Shown only when the session has ended: the answers wait on this computer until the pupil signs in again.
  const signInAgain = el("a", { class: "button button--secondary button--small", href: signInUrl(), hidden: true }, "Sign in again");
  const autosave = createAutosave({
    pupilId: user.id,
    attemptId,
    onState: showSaveState,
    onPending: (pending) => (saveStatus.dataset.pending = String(pending)),
  });
  const store = autosave.store;
  const answers = new Map();
  let index = 0;
  let screen = null;
  let shownAt = performance.now();

  function showSaveState(state, detail) {
    saveStatus.dataset.state = state;
    saveStatus.textContent = SAVE_MESSAGES[state] || detail || SAVE_MESSAGES[SaveState.saved];
    signInAgain.hidden = state !== SaveState.signedOut;
  }

  // What each question's answer is now: the server's, unless this computer has a newer one still to send.
  for (const question of questions) {
    const savedSeq = question.saved?.seq || 0;
    store.seqAtLeast(question.id, savedSeq);
    const pending = store.pending(question.id);
    if (pending && pending.seq > savedSeq) {
      answers.set(question.id, pending.answer_data);
    } else {
      if (pending) store.confirm(question.id, savedSeq);
      answers.set(question.id, question.saved?.answer_data ?? null);
    }
  }
  showSaveState(autosave.hasPending() ? SaveState.local : SaveState.saved);
  autosave.flush(); // answers left on this computer last time go now

  const progress = progressBar({ value: 0, max: questions.length });
  const timeLeft = el("p", { class: "attempt__time", dataset: { testid: "time-left" }, hidden: true });
  const welcome = view.resumed
    ? el("p", { class: "status attempt__welcome", role: "note" }, "Welcome back. Your answers are here, just as you left them.")
    : null;
  const screenArea = el("div", { class: "attempt__screen" });
  replaceChildren(
    main,
    el(
      "div",
      { class: "attempt", dataset: { attemptId } },
      el(
        "div",
        { class: "attempt__bar" },
        el("p", { class: "attempt__title" }, view.title),
        progress,
        el("div", { class: "attempt__status" }, saveStatus, signInAgain, timeLeft),
      ),
      welcome,
      screenArea,
    ),
  );
  document.title = `${view.title} – KS3 Assessment`;

  function answeredNumbers() {
    return questions.filter((q) => !isEmptyAnswer(answers.get(q.id))).map((q) => q.number);
  }

  function refreshProgress() {
    const done = answeredNumbers().length;
    updateProgress(progress, { value: done, max: questions.length, label: `You have answered ${done} of ${count(questions.length, "question")}` });
  }

  // Time spent on each question (kept with the answers; the server keeps the largest it is told).
  function tickElapsed() {
    const now = performance.now();
    const question = questions[index];
    if (question && document.visibilityState === "visible") store.addElapsed(question.id, (now - shownAt) / 1000);
    shownAt = now;
  }

  // The optional time display: whole minutes in words, checked every 15 seconds, changing at most once a minute.
  if (view.settings.show_time_remaining && view.ends_at) {
    const update = () => {
      timeLeft.hidden = false;
      timeLeft.textContent = timeLeftText(view.ends_at);
    };
    update();
    setInterval(update, 15_000);
  }

  // The server remembers the question on screen, so resuming (on any computer) opens it. When that cannot be
  // sent, this computer remembers it until it can.
  function savePosition(position) {
    api(attemptPath(attemptId, "/position"), { method: "PUT", body: { index: position }, redirectOn401: false }).then(
      () => store.setPosition(null),
      () => store.setPosition(position),
    );
  }

  function show(position, { focus = true } = {}) {
    tickElapsed();
    index = Math.max(0, Math.min(position, questions.length - 1));
    const question = questions[index];
    screen = renderQuestionScreen(screenArea, {
      question,
      number: index + 1,
      count: questions.length,
      answer: answers.get(question.id),
      settings: view.settings,
      onAnswer: (answer, { typing }) => {
        tickElapsed();
        answers.set(question.id, answer);
        autosave.record(question.id, answer, { typing });
        refreshProgress();
      },
      // The API calls what the program printed `output`; the report shows it as `stdout`.
      onRun: (code) =>
        api(attemptPath(attemptId, `/questions/${encodeURIComponent(question.id)}/run`), { method: "POST", body: { code }, redirectOn401: false })
          .then((result) => ({ ...result, stdout: result.stdout ?? result.output })),
      submit: (answer) => submit(question, answer),
      askHint: () => api(attemptPath(attemptId, `/questions/${encodeURIComponent(question.id)}/hint`), { method: "POST", redirectOn401: false }),
      loadDrafts: () => api(attemptPath(attemptId, `/questions/${encodeURIComponent(question.id)}/drafts`), { redirectOn401: false }),
      askEasier: () => askEasier(question),
      describeProblem,
      goPrevious: () => move(index - 1),
      goNext: () => move(index + 1),
      finish,
      takeBreak,
    });
    refreshProgress();
    if (focus) screen.heading.focus();
  }

  function move(position) {
    welcome?.remove();
    autosave.flush(); // the answer on this screen goes now rather than after the typing pause
    show(position);
    savePosition(index);
  }

  function submit(question, answer) {
    return autosave.exclusive(question.id, async () => {
      tickElapsed();
      answers.set(question.id, answer);
      refreshProgress();
      const seq = store.nextSeq(question.id);
      store.putPending(question.id, { answer_data: answer, seq });
      const result = await api(attemptPath(attemptId, `/answers/${encodeURIComponent(question.id)}/submit`), {
        method: "POST",
        body: { answer_data: answer, seq, elapsed_seconds: Math.round(store.elapsed(question.id)) || null },
        redirectOn401: false,
      });
      store.confirm(question.id, seq);
      return result;
    });
  }

  async function askEasier(question) {
    if (!isEmptyAnswer(answers.get(question.id))) {
      const choice = await openModal({
        title: "Show an easier version?",
        body: el(
          "div",
          {},
          el("p", {}, "The easier version is a different question about the same thing."),
          el("p", {}, "Your answer to this version will be cleared, and you cannot come back to this version."),
        ),
        actions: [
          { label: "Keep this version", value: "keep", kind: "secondary" },
          { label: "Show me the easier version", value: "easier" },
        ],
      });
      if (choice !== "easier") return null;
    }
    return autosave.exclusive(question.id, async () => {
      const easier = await api(attemptPath(attemptId, `/questions/${encodeURIComponent(question.id)}/scaffold`), {
        method: "POST",
        redirectOn401: false,
      });
      autosave.dropQuestion(question.id); // the server cleared the answer: the easier version has its own kind
      question.scaffold = { type: easier.type, question_text: easier.question_text, view: easier.view };
      question.saved = { ...(question.saved || {}), answer_data: null, scaffold_used: true };
      answers.set(question.id, null);
      show(index);
      return easier;
    });
  }

  async function finish() {
    const unanswered = questions.filter((q) => isEmptyAnswer(answers.get(q.id))).map((q) => q.number);
    const body = el(
      "div",
      { class: "finish-confirm" },
      unanswered.length
        ? el("p", { class: "finish-confirm__unanswered" }, `You have not answered ${questionList(unanswered)} yet. You can go back and answer ${unanswered.length === 1 ? "it" : "them"} first.`)
        : el("p", { class: "finish-confirm__unanswered" }, `You have answered all ${count(questions.length, "question")}.`),
      el("p", {}, "When you submit, your answers are marked. You cannot change them after that."),
      el("p", {}, "Next you will see how you did, and what your teacher will do."),
    );
    const choice = await openModal({
      title: "Ready to submit your assessment?",
      body,
      actions: [
        { label: "Go back and check", value: "back", kind: "secondary" },
        { label: "Submit my assessment", value: "submit" },
      ],
      initialFocus: "back",
    });
    if (choice !== "submit") return;
    tickElapsed();
    await autosave.flush();
    if (autosave.hasPending()) {
      notice(`${NOT_CONNECTED} Your assessment cannot be submitted until then. Press Finish assessment again when it is connected.`);
      return;
    }
    let summary;
    try {
      summary = await api(attemptPath(attemptId, "/complete"), { method: "POST", redirectOn401: false });
    } catch (error) {
      notice(describeProblem(error));
      return;
    }
    autosave.dispose();
    store.forget();
    renderSummary(main, summary);
  }

  /** A calm message under the question (used when finishing could not happen yet). */
  function notice(text) {
    const area = screenArea.querySelector(".question__feedback");
    const message = el("p", { class: "status status--warning", role: "note", tabindex: "-1" }, text);
    replaceChildren(area, message);
    message.focus();
  }

  async function takeBreak() {
    const waiting = autosave.hasPending();
    const choice = await openModal({
      title: "Take a break?",
      body: el(
        "div",
        {},
        el("p", {}, waiting ? "Everything you have done is saved on this computer." : "Everything you have done is saved."),
        el("p", {}, "It is safe to leave now."),
        waiting
          ? el("p", {}, "Some answers will be sent to the school server when this computer is connected. Come back on this computer.")
          : null,
        el("p", {}, `When you come back, press Resume on the My assessments page. You will start at question ${index + 1}.`),
      ),
      actions: [
        { label: "Carry on with the assessment", value: "stay", kind: "secondary" },
        { label: "Leave for now", value: "leave" },
      ],
      initialFocus: "stay",
    });
    if (choice !== "leave") return;
    tickElapsed();
    await autosave.flush();
    try {
      await api(attemptPath(attemptId, "/break"), { method: "POST", redirectOn401: false });
    } catch {
      // Not connected: the attempt simply stays open; it resumes the same way.
    }
    location.assign(DASHBOARD);
  }

  const remembered = store.position();
  show(remembered ?? view.current_index, { focus: true });
  if (remembered !== null && remembered !== view.current_index) savePosition(index);
  return { autosave };
}

// ---- The page -----------------------------------------------------------------------------------------------

async function beginAttempt(main, assessmentId, user) {
  const view = await api(`/api/pupil/assessments/${encodeURIComponent(assessmentId)}/start`, { method: "POST" });
  takeAssessment(main, view, user);
}

startPage({
  roles: ["pupil"],
  async render(main, { user }) {
    const assessmentId = new URLSearchParams(location.search).get("id");
    if (!assessmentId) {
      messageScreen(main, { title: "Choose an assessment", message: "Go back to My assessments and choose one to start." });
      return;
    }
    const board = await api("/api/pupil/assessments");
    const mine = (list) => list.find((card) => card.assessment_id === assessmentId);
    const started = mine(board.in_progress);
    if (started) {
      await beginAttempt(main, assessmentId, user);
      return;
    }
    const available = mine(board.available);
    if (available) {
      startScreen(main, available, () => beginAttempt(main, assessmentId, user));
      return;
    }
    const finished = mine(board.completed);
    if (finished) {
      finishedScreen(main, finished);
      return;
    }
    messageScreen(main, {
      title: "This assessment is not open",
      message: "This assessment is not open for you just now. Ask your teacher if you think it should be.",
    });
  },
});
