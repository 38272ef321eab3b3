// Results review (/pupil/results.html?attempt=<attempt id>) once the pupil has finished: every question with the
// pupil's own answer (drawn read-only by the question type's renderer, parts marked Right / Not yet), the score
// for it once marked, the feedback and earlier tries; the right answer once their teacher's choice shows it, and
// in words at the top when the answers will be shown.

import { startPage } from "../app.js";
import { revisionNotices } from "./revision-notices.js";
import { api, ApiError } from "../api.js";
import { answerKey } from "../components/answer-key.js";
import { el, replaceChildren } from "../components/html.js";
import { draftsFromResults, draftsView } from "../components/drafts.js";
import { statusMessage } from "../components/status.js";
import { rendererFor } from "../components/question-types/index.js";
import { questionText } from "./question-text.js";
import { scoreSentence } from "./summary.js";
import { dayAndDate, scoreNumber } from "./words.js";

const DASHBOARD = "/pupil/dashboard.html";

function markLine(question) {
  if (question.score === null || question.score === undefined) {
    return el("p", { class: "review__mark muted" }, "Your teacher has not marked this yet.");
  }
  const icon = question.is_correct ? "✓" : question.score > 0 ? "½" : "i";
  const kind = question.is_correct ? "correct" : question.score > 0 ? "nearly" : "not-quite";
  return el(
    "p",
    { class: ["review__mark", `review__mark--${kind}`] },
    el("span", { class: "review__icon", "aria-hidden": "true" }, icon),
    `${scoreNumber(question.score)} out of ${scoreNumber(question.max_score)} ${question.max_score === 1 ? "mark" : "marks"}`,
  );
}

function earlierTries(drafts) {
  if (!drafts?.length) return null;
  return el(
    "details",
    { class: "review__drafts" },
    el("summary", {}, drafts.length === 1 ? "Your earlier try" : `Your ${drafts.length} earlier tries`),
    el(
      "ol",
      {},
      drafts.map((draft) =>
        el(
          "li",
          {},
          el("strong", {}, `Try ${draft.try_number}`),
          draft.score !== null && draft.score !== undefined ? ` — ${scoreNumber(draft.score)} marks. ` : ". ",
          draft.feedback || "",
        ),
      ),
    ),
  );
}

function reviewQuestion(question, total) {
  const headingId = `review-q-${question.number}`;
  const answerRoot = el("div", { class: "review__answer", role: "group", "aria-label": `Your answer to question ${question.number}` });
  try {
    if (question.answer_data === null || question.answer_data === undefined) {
      answerRoot.append(el("p", { class: "muted" }, "You did not answer this question."));
    } else {
      rendererFor(question.type).renderReview(answerRoot, question.view, question.answer_data, {
        is_correct: question.is_correct,
        details: question.details || {},
      });
    }
  } catch (error) {
    window.reportError(error); // a renderer problem: shown to developers, and the page still works for the pupil
    answerRoot.replaceChildren(el("p", { class: "muted" }, "Your answer is saved, but it cannot be shown here."));
  }
  return el(
    "li",
    {},
    el(
      "article",
      { class: "card review", "aria-labelledby": headingId, dataset: { testid: "review-question", questionType: question.type } },
      el("h2", { id: headingId, class: "review__heading" }, `Question ${question.number} of ${total}`),
      questionText(question.question_text),
      question.image_url && question.type !== "drag_label"
        ? el("img", { class: "question__image", src: question.image_url, alt: question.image_alt || "" })
        : null,
      answerRoot,
      markLine(question),
      question.feedback ? el("p", { class: "review__feedback" }, question.feedback) : null,
      question.correction ? correctionNote(question.correction, question.max_score) : null,
      question.answer_key ? answerKey(question, { title: "The right answer", level: "h3" }) : null,
      question.hint_used ? el("p", { class: "muted" }, "You used the hint on this question.") : null,
      question.type === "extended_text" && question.drafts?.length
        ? draftsView({ drafts: draftsFromResults(question), maxScore: question.max_score, level: 3 })
        : earlierTries(question.drafts),
    ),
  );
}

/** The teacher changed this mark: what it was, what it is, and their reason once the answers are shown. */
function correctionNote(correction, maxScore) {
  const was = correction.previous_score === null ? "" : ` It was ${correction.previous_score} out of ${maxScore}. It is now ${correction.score} out of ${maxScore}.`;
  return el(
    "div",
    { class: "review__correction", "data-testid": "correction" },
    el("p", {}, correction.note + was),
    correction.reason ? el("p", {}, el("strong", {}, "Why: "), correction.reason) : null,
  );
}

startPage({
  roles: ["pupil"],
  async render(main) {
    const attemptId = new URLSearchParams(location.search).get("attempt");
    let results;
    try {
      if (!attemptId) throw new ApiError(404, "NotFound", "Go back to My assessments and choose Look at my answers.");
      results = await api(`/api/pupil/attempts/${encodeURIComponent(attemptId)}/results`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      replaceChildren(
        main,
        el("h1", {}, "Your answers"),
        statusMessage(error.detail, { kind: "plain", role: "status" }),
        el("a", { class: "button button--secondary", href: DASHBOARD }, "Back to my assessments"),
      );
      return;
    }
    const revisions = (await api("/api/pupil/revisions")).items.filter((item) => item.attempt_id === attemptId);
    const total = results.questions.length;
    const score = scoreSentence({
      score: results.score ?? 0,
      max_score: results.max_score,
      waiting_for_teacher: results.waiting_for_teacher,
    });
    document.title = `Your answers: ${results.title} – KS3 Assessment`;
    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, `Your answers: ${results.title}`),
        results.completed_at ? el("p", { class: "page__lead" }, `You finished this on ${dayAndDate(results.completed_at, { withTime: false })}.`) : null,
        score ? el("p", { class: "card card--soft review__total", dataset: { testid: "results-score" } }, score) : null,
        el("p", { class: "review__answers-note", dataset: { testid: "answers-note" } }, results.answers_note),
      ),
      revisionNotices(revisions, { showTitle: false }),
      el("ol", { class: "review-list" }, results.questions.map((question) => reviewQuestion(question, total))),
      el("a", { class: "button button--secondary", href: DASHBOARD }, "Back to my assessments"),
    );
  },
});
