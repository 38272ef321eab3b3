// A pupil's drafts of a written answer, side by side, with what improved: the mark before and after, the parts of
// the mark scheme done now that were not done before, and each draft's feedback. Also the "Improve my answer" step
// on the question screen: once the teacher's feedback is released the answer waits, read only, until the pupil
// chooses to improve it; a new draft waits for the teacher in the same way. Literal words, never red, no scores
// before the teacher releases them.

import { ApiError } from "../api.js";
import { el } from "./html.js";
import { statusMessage } from "./status.js";

function numberWords(value) {
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

function marks(n) {
  return Number(n) === 1 ? "mark" : "marks";
}

function wordCount(text) {
  const trimmed = String(text || "").trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Drafts from the API (GET .../drafts, or a results question's drafts) in one shape, oldest first. */
export function normaliseDrafts(entries) {
  return (entries || []).map((d, index) => ({
    number: d.try_number ?? index + 1,
    text: d.answer_data?.purged ? "" : String(d.answer_data?.text ?? ""),
    purged: Boolean(d.answer_data?.purged),
    released: Boolean(d.released ?? (d.score !== null && d.score !== undefined)),
    score: d.score ?? null,
    feedback: d.feedback ?? null,
    criteria: d.details?.criteria || [],
  }));
}

/** A results-page question's drafts: its earlier tries, then the latest answer. */
export function draftsFromResults(question) {
  const released = question.score !== null && question.score !== undefined;
  return normaliseDrafts([
    ...(question.drafts || []),
    { try_number: (question.drafts?.length || 0) + 1, answer_data: question.answer_data, released, score: question.score,
      feedback: released ? question.feedback : null, details: released ? question.details : {} },
  ]);
}

/** What changed between two drafts, as short literal sentences. */
export function improvements(before, after, maxScore) {
  const lines = [];
  const words = wordCount(after.text) - wordCount(before.text);
  if (!after.released) {
    lines.push("Your teacher will mark your new draft. Then you can see how your mark changed.");
  } else if (before.released && after.score !== null && before.score !== null) {
    const out = `out of ${numberWords(maxScore)}`;
    if (after.score > before.score) lines.push(`Your mark went up from ${numberWords(before.score)} to ${numberWords(after.score)} ${out}.`);
    else if (after.score === before.score) lines.push(`Your mark is the same as before: ${numberWords(after.score)} ${out}.`);
    else lines.push(`Your mark this time is ${numberWords(after.score)} ${out}. Last time it was ${numberWords(before.score)}.`);
  }
  if (after.released && before.released) {
    const earlier = new Map(before.criteria.map((c) => [c.criterion, c]));
    for (const c of after.criteria) {
      const was = earlier.get(c.criterion);
      if (!c.met) continue;
      if (!was?.met) lines.push(`New this time: ${c.criterion}.`);
      else if (Number(c.points) > Number(was.points)) lines.push(`Better this time: ${c.criterion}.`);
    }
  }
  if (words > 0) lines.push(`You added ${words} ${words === 1 ? "word" : "words"}.`);
  else if (words < 0) lines.push(`Your new draft is ${-words} ${-words === 1 ? "word" : "words"} shorter.`);
  return lines;
}

/** Done (all its points), partly done (some), or to work on: in words, with an icon that is only decoration. */
function criterionState(c) {
  if (!c.met) return { words: "To work on: ", icon: "→", kind: "todo" };
  const worth = Number(c.worth ?? c.points);
  if (Number(c.points) < worth) return { words: "Partly done: ", icon: "½", kind: "met" };
  return { words: "Done: ", icon: "✓", kind: "met" };
}

function criteriaList(criteria) {
  if (!criteria.length) return null;
  return el(
    "ul",
    { class: "draft__criteria" },
    criteria.map((c) => {
      const state = criterionState(c);
      return el(
        "li",
        {},
        el("span", { class: ["draft__icon", `draft__icon--${state.kind}`], "aria-hidden": "true" }, state.icon),
        el("span", {}, el("strong", {}, state.words), c.criterion),
      );
    }),
  );
}

function draftCard(draft, { latest, maxScore, level }) {
  const title = `Draft ${draft.number}${latest ? " (your latest)" : ""}`;
  return el(
    "li",
    {},
    el(
      "article",
      { class: ["draft", latest && "draft--latest"], "aria-label": title, dataset: { testid: "draft", draft: String(draft.number) } },
      el(`h${level}`, { class: "draft__title" }, title),
      draft.purged
        ? el("p", { class: "muted" }, "The words of this draft are no longer kept. Its mark and feedback are.")
        : el("blockquote", { class: "draft__text" }, draft.text || "(empty)"),
      draft.released && draft.score !== null
        ? el("p", { class: "draft__mark" }, `Your teacher's mark: ${numberWords(draft.score)} out of ${numberWords(maxScore)} ${marks(maxScore)}.`)
        : el("p", { class: "muted" }, "Your teacher has not marked this draft yet."),
      draft.released ? criteriaList(draft.criteria) : null,
      draft.released && draft.feedback ? el("p", {}, el("strong", {}, "Feedback: "), draft.feedback) : null,
    ),
  );
}

/**
 * The drafts side by side with what improved (from the second-last to the last).
 *   drafts    normalised drafts, oldest first
 *   maxScore  the question's points
 *   level     heading level of the section's title (the drafts' own titles are one below)
 */
export function draftsView({ drafts, maxScore, level = 2, title = "Your drafts side by side" }) {
  const shown = drafts.slice(-3); // side by side stays readable with at most three
  const [before, after] = drafts.slice(-2);
  const lines = drafts.length >= 2 ? improvements(before, after, maxScore) : [];
  return el(
    "section",
    { class: "drafts", "aria-label": title, dataset: { testid: "drafts" } },
    el(`h${level}`, { class: "drafts__title" }, title),
    drafts.length > shown.length ? el("p", { class: "muted" }, `Your last ${shown.length} drafts of ${drafts.length}.`) : null,
    el("ol", { class: "drafts__grid" }, shown.map((d, i) => draftCard(d, { latest: i === shown.length - 1, maxScore, level: Math.min(level + 1, 6) }))),
    lines.length
      ? el(
          "div",
          { class: "drafts__improved", dataset: { testid: "what-improved" } },
          el(`h${Math.min(level + 1, 6)}`, {}, after.released ? "What improved" : "What changed"),
          el("ul", {}, lines.map((line) => el("li", {}, line))),
        )
      : null,
  );
}

/**
 * The question screen's part for a written answer (extended_text) when the teacher shows feedback.
 *   area          an element under the feedback, owned by this module
 *   answerRoot    where the answer box is
 *   submitButton  the screen's "Submit answer" button
 *   saved         the question's saved state (released feedback has a score)
 *   maxScore      the question's points
 *   load()        -> Promise of GET .../drafts
 * Returns { submitted(result) } for the screen to call after a new draft is sent.
 */
export function writtenAnswerDrafts({ area, answerRoot, submitButton, saved, maxScore, load }) {
  const part = {
    answerRoot,
    submitButton,
    maxScore,
    load,
    note: el("div", { class: "improve-note", dataset: { testid: "improve-note" } }),
    draftsHost: el("div", {}),
  };
  area.replaceChildren(part.note, part.draftsHost);
  const hasMark = saved?.score !== null && saved?.score !== undefined;
  if (saved?.submitted && !saved.locked) {
    if (hasMark) showReleased(part, saved.score);
    else showWaiting(part);
  }
  if ((saved?.tries || 0) >= 2) showDrafts(part);

  return {
    /** After "Submit answer": the new draft waits for the teacher; show it beside the earlier one. */
    submitted(result) {
      if (!result?.awaiting_marking) return;
      if (!result.locked) showWaiting(part);
      else part.note.replaceChildren();
      if ((result.tries || 0) >= 2) showDrafts(part);
    },
  };
}

function setReadOnly(part, value) {
  const textarea = part.answerRoot.querySelector("textarea");
  if (textarea) textarea.readOnly = value;
  part.submitButton.hidden = value;
}

/** A draft the teacher has not marked yet: the answer waits, read only. */
function showWaiting(part) {
  setReadOnly(part, true);
  part.note.replaceChildren(
    statusMessage("When your teacher has marked this draft, you will see their feedback here, and you can improve your answer."),
  );
}

/** The teacher's mark is released: the answer stays read only until the pupil chooses to improve it. */
function showReleased(part, score) {
  setReadOnly(part, true);
  const improve = el("button", { type: "button", class: "button", onClick: () => startImproving(part) }, "Improve my answer");
  part.note.replaceChildren(
    el("p", { class: "draft__mark", dataset: { testid: "released-mark" } }, `Your teacher's mark: ${numberWords(score)} out of ${numberWords(part.maxScore)} ${marks(part.maxScore)}.`),
    el("p", {}, "You can make your answer better. Your teacher will mark the new draft, and you will see both drafts side by side."),
    improve,
  );
}

function startImproving(part) {
  setReadOnly(part, false);
  part.note.replaceChildren(
    statusMessage("Change your answer in the box, then press Submit answer. Your earlier draft and its feedback are kept.", { focusable: true }),
  );
  const textarea = part.answerRoot.querySelector("textarea");
  if (textarea) {
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }
}

async function showDrafts(part) {
  try {
    const data = await part.load();
    const drafts = normaliseDrafts(data.drafts);
    part.draftsHost.replaceChildren(drafts.length >= 2 ? draftsView({ drafts, maxScore: data.max_score ?? part.maxScore, level: 2 }) : "");
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    part.draftsHost.replaceChildren(el("p", { class: "muted" }, "Your earlier drafts cannot be shown just now. They are kept."));
  }
}
