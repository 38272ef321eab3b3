// "You can improve your answer to question 3 until Friday 15:30": the written answers a pupil may improve now
// (their teacher opened a revision window), on the dashboard and on the results page, each with a link to do it.

import { el } from "../components/html.js";

export const reviseUrl = (item) =>
  `/pupil/revise.html?attempt=${encodeURIComponent(item.attempt_id)}&question=${encodeURIComponent(item.question_id)}`;

/** A section listing what can be improved, or nothing when there is none. */
export function revisionNotices(items, { showTitle = true } = {}) {
  if (!items.length) return null;
  return el(
    "section",
    { class: "card card--soft revision-notices", "aria-labelledby": "improve-heading", dataset: { testid: "revisions" } },
    el("h2", { id: "improve-heading" }, "Improve your answers"),
    el(
      "ul",
      { class: "revision-notices__list" },
      items.map((item) =>
        el(
          "li",
          {},
          el("p", {}, showTitle ? `${item.assessment_title}: ${item.message}` : item.message),
          el(
            "a",
            { class: "button", href: reviseUrl(item) },
            "Improve my answer",
            el("span", { class: "visually-hidden" }, ` to question ${item.question_number}: ${item.assessment_title}`),
          ),
        ),
      ),
    ),
  );
}
