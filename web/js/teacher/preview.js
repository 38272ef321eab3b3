// Preview as pupil (?id=<assessment id>): the real pupil question screens (pupil/question-screen.js, the same
// renderers, the pupil CSS, "Question 3 of 10") drawn from GET /api/assessments/{id}/preview, which never
// contains an answer. Nothing is sent anywhere: answers stay in this page's memory only, so moving between
// questions keeps them, and a reload starts again. Answers are not checked here, because the answer key is
// not in the preview; the screen says so instead of showing feedback.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { openModal } from "../components/modal.js";
import { progressBar, updateProgress } from "../components/progress.js";
import { statusMessage } from "../components/status.js";
import { renderQuestionScreen } from "../pupil/question-screen.js";
import { count, isEmptyAnswer, timeLeftText } from "../pupil/words.js";

const NOT_CHECKED =
  "This is a preview, so answers are not checked and not saved. A pupil would see their feedback here after pressing Submit answer.";
const NOT_RUN = "This is a preview, so code is not run. A pupil would see their code's output and the visible tests' results here.";

class PreviewOnly extends Error {}

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const id = new URLSearchParams(location.search).get("id");
    if (!id) {
      replaceChildren(
        main,
        el("h1", {}, "Preview as pupil"),
        statusMessage(["No assessment was chosen. ", el("a", { href: "/teacher/assessments.html" }, "Choose one from your assessments"), "."]),
      );
      return;
    }
    const preview = await api(`/api/assessments/${encodeURIComponent(id)}/preview`);
    showPreview(main, preview);
  },
});

function banner(preview) {
  return el(
    "div",
    { class: "preview-banner", role: "note", "aria-label": "Preview", dataset: { testid: "preview-banner" } },
    el("p", { class: "preview-banner__title" }, "Preview — nothing is saved"),
    el("p", {}, "This is what pupils see, one question per screen. Answers you give here are not sent anywhere and are not checked."),
    el("p", {}, el("a", { href: `/teacher/review-questions.html?id=${preview.assessment_id}` }, "Back to reviewing the assessment")),
  );
}

function showPreview(main, preview) {
  document.title = `Preview: ${preview.title} – KS3 Assessment`;
  if (!preview.questions.length) {
    replaceChildren(
      main,
      banner(preview),
      el("h1", {}, preview.title),
      statusMessage("This assessment has no questions yet, so there is nothing to preview."),
    );
    return;
  }
  // The preview as it goes: the questions, the answers given (this page's memory only), the one on show.
  const session = {
    questions: pupilQuestions(preview),
    answers: new Map(),
    index: 0,
    settings: preview.settings,
    progress: progressBar({ value: 0, max: preview.questions.length }),
    screenArea: el("div", { class: "attempt__screen" }),
  };
  const timeLeft = el("p", { class: "attempt__time", hidden: true });
  replaceChildren(
    main,
    banner(preview),
    el(
      "div",
      { class: "attempt" },
      el(
        "div",
        { class: "attempt__bar" },
        el("p", { class: "attempt__title" }, preview.title),
        session.progress,
        el("div", { class: "attempt__status" }, el("p", { class: "preview-status" }, "Preview: nothing is saved"), timeLeft),
      ),
      session.screenArea,
    ),
  );
  startClock(session.settings, timeLeft);
  show(session, 0, { focus: false });
}

/** The questions as pupils get them: hints and easier versions are offered, never shown until asked for. */
function pupilQuestions(preview) {
  return preview.questions.map((q) => ({
    id: q.id,
    number: q.number,
    type: q.type,
    question_text: q.question_text,
    image_url: q.image_url,
    image_alt: q.image_alt,
    points: q.points,
    view: q.view,
    hint_available: Boolean(q.hint),
    scaffold_available: Boolean(q.scaffold),
    hint: null,
    scaffold: null,
    saved: null,
    previewHint: q.hint,
    previewScaffold: q.scaffold,
  }));
}

/** The time left, as pupils see it, when the assessment has a time limit that is shown. */
function startClock(settings, timeLeft) {
  if (!settings.show_time_remaining || !settings.time_limit_minutes) return;
  const endsAt = Date.now() + settings.time_limit_minutes * 60_000;
  const update = () => {
    timeLeft.hidden = false;
    timeLeft.textContent = timeLeftText(endsAt);
  };
  update();
  setInterval(update, 15_000);
}

function refreshProgress({ questions, answers, progress }) {
  const done = questions.filter((q) => !isEmptyAnswer(answers.get(q.id))).length;
  updateProgress(progress, { value: done, max: questions.length, label: `You have answered ${done} of ${count(questions.length, "question")}` });
}

/** Show the question at `position` with the pupils' own screen; nothing it does is sent anywhere. */
function show(session, position, { focus = true } = {}) {
  const { questions, answers } = session;
  session.index = Math.max(0, Math.min(position, questions.length - 1));
  const question = questions[session.index];
  const screen = renderQuestionScreen(session.screenArea, {
    question,
    number: session.index + 1,
    count: questions.length,
    answer: answers.get(question.id) ?? null,
    settings: session.settings,
    onAnswer: (answer) => {
      answers.set(question.id, answer);
      refreshProgress(session);
    },
    onRun: async () => ({ message: NOT_RUN }),
    submit: async () => {
      throw new PreviewOnly(NOT_CHECKED);
    },
    askHint: async () => ({ hint: question.previewHint, message: "Using a hint is fine. It does not change your score." }),
    askEasier: async () => {
      question.scaffold = question.previewScaffold;
      answers.delete(question.id);
      show(session, session.index);
      return question.scaffold;
    },
    describeProblem: (error) => (error instanceof PreviewOnly ? error.message : "Something did not work in the preview. Reload the page to start again."),
    goPrevious: () => show(session, session.index - 1),
    goNext: () => show(session, session.index + 1),
    finish,
    takeBreak,
  });
  refreshProgress(session);
  if (focus) screen.heading.focus();
}

async function finish() {
  await openModal({
    title: "Ready to submit your assessment?",
    body: el(
      "div",
      {},
      el("p", {}, "Pupils see this question before they submit, with a list of any questions they have not answered."),
      el("p", {}, "In the preview nothing is submitted."),
    ),
    actions: [{ label: "Go back to the questions", value: "back", kind: "secondary" }],
  });
}

async function takeBreak() {
  await openModal({
    title: "Take a break",
    body: "Pupils are told their answers are saved and they can come back later. In the preview nothing is saved.",
    actions: [{ label: "Go back to the questions", value: "back", kind: "secondary" }],
  });
}
