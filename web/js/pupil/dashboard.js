// The pupil's home page: assessments to do, ones to carry on with, finished ones (with results once they are
// released) and a chart of scores over time. Answers left on this computer while it was offline are sent first.

import { startPage } from "../app.js";
import { api } from "../api.js";
import { lineChart } from "../components/chart.js";
import { el, replaceChildren } from "../components/html.js";
import { statusMessage } from "../components/status.js";
import { sendWorkLeftOnThisComputer } from "./autosave.js";
import { endNotices } from "./end-notices.js";
import { revisionNotices } from "./revision-notices.js";
import { aboutMinutes, count, dayAndDate, scoreNumber, shortDate } from "./words.js";

const assessmentUrl = (card) => `/pupil/assessment.html?id=${encodeURIComponent(card.assessment_id)}`;
const resultsUrl = (card) => `/pupil/results.html?attempt=${encodeURIComponent(card.attempt_id)}`;

/** A link that looks like a button; the hidden words make it unique for screen readers ("Start: Binary quiz"). */
function action(href, label, title, { secondary = false } = {}) {
  return el(
    "a",
    { class: ["button", secondary && "button--secondary"], href },
    label,
    el("span", { class: "visually-hidden" }, `: ${title}`),
  );
}

function facts(items) {
  return el("ul", { class: "assessment-card__facts" }, items.filter(Boolean).map((item) => el("li", {}, item)));
}

function cardShell(card, testid, ...children) {
  const titleId = `card-${testid}-${card.assessment_id}`;
  return el(
    "li",
    {},
    el(
      "article",
      { class: "card assessment-card", "aria-labelledby": titleId, dataset: { testid, assessmentId: card.assessment_id } },
      el("h3", { class: "card__title", id: titleId }, card.title),
      card.class_name ? el("p", { class: "card__meta" }, `Class ${card.class_name}`) : null,
      ...children,
    ),
  );
}

function availableCard(card) {
  return cardShell(
    card,
    "available",
    facts([
      aboutMinutes(card.estimated_minutes),
      count(card.question_count, "question"),
      card.available_until ? `Hand in by ${dayAndDate(card.available_until)}` : null,
      card.allow_hints ? "Hints are available" : null,
    ]),
    el("div", { class: "card__actions" }, action(assessmentUrl(card), "Start", card.title)),
  );
}

function inProgressCard(card) {
  return cardShell(
    card,
    "in-progress",
    facts([
      `You have answered ${card.answered_count} of ${card.question_count}`,
      card.available_until ? `Hand in by ${dayAndDate(card.available_until)}` : null,
    ]),
    el(
      "div",
      { class: "card__actions" },
      action(assessmentUrl(card), `Resume — you have answered ${card.answered_count} of ${card.question_count}`, card.title),
    ),
  );
}

function completedCard(card) {
  const released = card.percentage !== null && card.percentage !== undefined;
  const result = released
    ? el("p", { class: "assessment-card__score" }, `You scored ${scoreNumber(card.score)} out of ${scoreNumber(card.max_score)}`)
    : el("p", { class: "assessment-card__score muted" }, "Your teacher is marking some answers");
  return cardShell(
    card,
    "completed",
    card.completed_at ? facts([`Finished on ${dayAndDate(card.completed_at, { withTime: false })}`]) : null,
    result,
    card.can_review
      ? el("div", { class: "card__actions" }, action(resultsUrl(card), "Look at my answers", card.title, { secondary: true }))
      : null,
  );
}

function section(id, title, cards, makeCard, emptyText) {
  return el(
    "section",
    { class: "dashboard__section", "aria-labelledby": id },
    el("h2", { id }, title),
    cards.length
      ? el("ul", { class: "grid dashboard__cards", dataset: { testid: `${id}-list` } }, cards.map(makeCard))
      : el("p", { class: "muted" }, emptyText),
  );
}

function progressSection(points) {
  return el(
    "section",
    { class: "dashboard__section", "aria-labelledby": "progress-title" },
    el("h2", { id: "progress-title" }, "Your progress"),
    points.length
      ? lineChart({
          title: "Your scores over time",
          points: points.map((p) => ({ label: shortDate(p.completed_at), value: p.percentage })),
          yLabel: "Score",
          xLabel: "Date finished",
        })
      : el("p", { class: "muted" }, "When your teacher has marked a finished assessment, your score appears here as a chart."),
  );
}

startPage({
  roles: ["pupil"],
  async render(main, { user }) {
    const waiting = el("div", { "aria-live": "polite" });
    const stillWaiting = await sendWorkLeftOnThisComputer(user.id);
    if (stillWaiting) {
      waiting.append(statusMessage("Saved on this computer — will send when connected.", { kind: "warning", role: "note" }));
    }
    const [board, progress, revisions] = await Promise.all([
      api("/api/pupil/assessments"),
      api("/api/pupil/progress"),
      api("/api/pupil/revisions"),
    ]);
    const nothingYet = !board.available.length && !board.in_progress.length && !board.completed.length;
    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, `Hello, ${user.name}.`),
        el("p", { class: "page__lead" }, nothingYet ? "Your assessments will appear here." : "Here are your assessments."),
      ),
      waiting,
      endNotices(board.completed),
      revisionNotices(revisions.items),
      board.in_progress.length
        ? section("carry-on", "Carry on", board.in_progress, inProgressCard, "")
        : null,
      section("to-do", "Assessments to do", board.available, availableCard, "You have no assessments to do just now."),
      section("finished", "Finished", board.completed, completedCard, "You have not finished any assessments yet."),
      progressSection(progress),
    );
  },
});
