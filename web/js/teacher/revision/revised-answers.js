// The revision windows and the revised answers: how many improved of how many revised, each answer's marks before
// and after, and its drafts side by side with what changed word by word.

import { api } from "../../api.js";
import { el } from "../../components/html.js";

const mark = (value, max) => (value === null || value === undefined ? "not marked yet" : `${value}${max ? ` of ${max}` : ""}`);

/** The windows, each with "Close now" while it is open or waiting to open. */
export function windowList(windows, { onClose }) {
  if (!windows.length) return el("p", { class: "muted" }, "No revision windows yet.");
  return el("ul", { class: "stack", dataset: { testid: "revision-windows" } }, windows.map((w) => el("li", { class: "card" },
    el("p", {}, w.summary),
    !w.closed_early_at && new Date(w.closes_at) > new Date()
      ? el("button", { type: "button", class: "button button--secondary", onClick: () => onClose(w) }, "Close now",
        el("span", { class: "visually-hidden" }, `: ${w.summary}`))
      : null)));
}

/** One draft with what changed since the one before: added words underlined, removed words struck through. */
function draftCard(draft, maxScore) {
  return el("article", { class: "card draft", dataset: { testid: "teacher-draft" } },
    el("h4", {}, `Draft ${draft.try_number}${draft.after_revising ? " (after the lesson)" : ""}`),
    el("p", {}, `Mark: ${mark(draft.score, maxScore)}`),
    el("p", { class: "draft__text" }, draft.changes.map((c) =>
      c.op === "added" ? el("ins", {}, c.text) : c.op === "removed" ? el("del", {}, c.text) : c.text)),
    draft.feedback ? el("p", { class: "muted" }, `Feedback: ${draft.feedback}`) : null);
}

async function showDrafts(answer, slot) {
  const drafts = await api(`/api/marking/answers/${encodeURIComponent(answer.answer_id)}/drafts`);
  slot.replaceChildren(
    el("h3", { tabindex: "-1" }, `${drafts.pupil_name}, question ${drafts.question_number}: every draft`),
    el("p", { class: "muted" }, "Words added since the draft before are underlined; words taken out are struck through."),
    el("div", { class: "drafts-side-by-side", dataset: { testid: "drafts-side-by-side" } },
      drafts.drafts.map((d) => draftCard(d, drafts.max_score))));
  slot.querySelector("h3").focus();
}

/** "2 of 3 revised answers improved", and a row per revised answer. */
export function revisedAnswers(overview) {
  const slot = el("div", { "aria-live": "polite" });
  const headline = el("p", { class: "card card--soft", dataset: { testid: "improved-count" } },
    `${overview.improved} of ${overview.revised} revised answer${overview.revised === 1 ? "" : "s"} improved (a higher mark than before).`);
  if (!overview.answers.length) return el("div", {}, headline);
  const rows = overview.answers.map((a) => el("tr", {},
    el("th", { scope: "row" }, a.pupil_name),
    el("td", {}, String(a.question_number)),
    el("td", {}, mark(a.old_score)),
    el("td", {}, mark(a.new_score)),
    el("td", {}, a.improved ? "Yes" : "No"),
    el("td", {}, el("button", { type: "button", class: "button button--secondary", onClick: () => showDrafts(a, slot) },
      "Compare drafts", el("span", { class: "visually-hidden" }, `: ${a.pupil_name}, question ${a.question_number}`)))));
  return el("div", {}, headline,
    el("table", { class: "table" },
      el("caption", { class: "visually-hidden" }, "Revised answers"),
      el("thead", {}, el("tr", {}, ["Pupil", "Question", "Mark before", "Mark now", "Improved", "Drafts"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)),
    slot);
}
