// The screen after "Submit my assessment": it celebrates finishing, gives the score (when every answer is
// marked), what went well, what to practise, what happens next, and where to go from here.

import { el, replaceChildren } from "../components/html.js";
import { count, durationWords, scoreNumber } from "./words.js";

function list(title, items, testid) {
  if (!items?.length) return null;
  return el(
    "section",
    { class: "summary__section", "aria-labelledby": `${testid}-title`, dataset: { testid } },
    el("h2", { id: `${testid}-title` }, title),
    el("ul", {}, items.map((item) => el("li", {}, item))),
  );
}

/** The score in words: "You scored 7 out of 10." or what is known so far while a teacher marks. */
export function scoreSentence({ score, max_score: maxScore, waiting_for_teacher: waiting }) {
  if (!maxScore && waiting) {
    const which = waiting === 1 ? "one of your answers" : `${waiting} of your answers`;
    return `Your teacher is marking ${which}. You will see your score when they have finished.`;
  }
  if (!maxScore) return null;
  const scored = `${scoreNumber(score)} out of ${scoreNumber(maxScore)}`;
  if (waiting) return `So far you scored ${scored} on the questions that are marked. Your teacher is marking ${count(waiting, "more answer")}.`;
  return `You scored ${scored}.`;
}

/**
 * Draw the summary into `main`.
 *   renderSummary(main, summary)   // summary: the JSON from POST /api/pupil/attempts/{id}/complete
 * Focus goes to the heading so a screen reader starts reading there.
 */
export function renderSummary(main, summary) {
  const heading = el("h1", { tabindex: "-1", id: "summary-heading" }, summary.headline);
  const score = scoreSentence(summary);
  replaceChildren(
    main,
    el(
      "div",
      { class: "summary", dataset: { testid: "summary", band: summary.band } },
      el("p", { class: "summary__done" }, el("span", { class: "summary__tick", "aria-hidden": "true" }, "✓"), `You have finished ${summary.title}.`),
      heading,
      el("p", { class: "page__lead" }, summary.message),
      score ? el("p", { class: "summary__score card card--soft", dataset: { testid: "summary-score" } }, score) : null,
      list("What went well", summary.went_well, "went-well"),
      list("What to practise next", summary.to_practise, "to-practise"),
      el(
        "section",
        { class: "summary__section", "aria-labelledby": "next-title" },
        el("h2", { id: "next-title" }, "What happens next"),
        el("p", {}, summary.next_steps),
        summary.time_taken_seconds ? el("p", { class: "muted" }, `You spent about ${durationWords(summary.time_taken_seconds)} on this assessment.`) : null,
      ),
      el(
        "div",
        { class: "cluster summary__actions" },
        summary.can_review
          ? el("a", { class: "button", href: `/pupil/results.html?attempt=${encodeURIComponent(summary.attempt_id)}` }, "Look at my answers")
          : null,
        el("a", { class: ["button", summary.can_review && "button--secondary"], href: "/pupil/dashboard.html" }, "Back to my assessments"),
      ),
    ),
  );
  document.title = `Finished: ${summary.title} – KS3 Assessment`;
  heading.focus();
  return heading;
}
