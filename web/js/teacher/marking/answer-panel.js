// One written answer in focus: the question and its mark scheme, the pupil's answer with the AI's evidence
// highlighted, the AI's suggestion per criterion with its confidence in words, and the actions (Accept, Change the
// mark, Mark by hand). The page decides what happens; this module draws and calls back.

import { el } from "../../components/html.js";
import { questionText } from "../../pupil/question-text.js";
import { number, plural } from "../results/format.js";
import { highlightedAnswer } from "./highlight.js";
import { markForm } from "./mark-form.js";
import { aiStateWords, answerState, confidence, howWorkedOut, outOf, pointsWords } from "./words.js";

function statusBox(kind, text, testid) {
  return el("div", { class: ["status", kind !== "info" && `status--${kind}`], dataset: { testid } }, el("p", {}, text));
}

function markScheme(item) {
  if (!item.mark_scheme?.length) return el("p", { class: "muted" }, "This question has no mark scheme.");
  return el(
    "ol",
    { class: "marking-scheme" },
    item.mark_scheme.map((c) => el("li", {}, `${c.criterion} (${pointsWords(c.points)})`)),
  );
}

function criteriaTable(ai) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "The AI's suggestion for each criterion", tabindex: "0" },
    el(
      "table",
      { class: "table marking-criteria", dataset: { testid: "ai-criteria" } },
      el("caption", { class: "visually-hidden" }, "The AI's suggestion for each criterion"),
      el(
        "thead",
        {},
        el("tr", {}, ["Criterion", "The AI says", "Points", "Evidence from the answer"].map((h) => el("th", { scope: "col" }, h))),
      ),
      el(
        "tbody",
        {},
        ai.criteria.map((c, index) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, `${index + 1}. ${c.criterion}`),
            el("td", {}, el("span", { class: ["badge", c.met ? "badge--success" : null] }, c.met ? "Met" : "Not met")),
            el("td", { class: "number nowrap" }, `${number(c.points)} of ${number(c.worth ?? c.points)}`),
            el("td", {}, c.evidence ? el("q", { class: "marking-criteria__quote" }, c.evidence) : el("span", { class: "muted" }, "No evidence quoted")),
          ),
        ),
      ),
    ),
  );
}

function suggestion(item, { aiConfigured }) {
  const ai = item.ai || { state: "none" };
  const state = aiStateWords(ai, { configured: aiConfigured });
  if (state) return [statusBox(state.kind, state.text, "ai-state")];
  const signal = confidence(ai);
  const scale = ai.scheme_score !== undefined && ai.points_available && Number(ai.points_available) !== Number(item.points)
    ? ` (${number(ai.scheme_score)} of ${number(ai.points_available)} on the mark scheme)`
    : "";
  return [
    el("p", { class: "marking-suggested", dataset: { testid: "ai-score" } }, el("strong", {}, "Suggested mark: "), `${outOf(ai.score, item.points)}${scale}`),
    statusBox(signal.kind === "plain" ? "plain" : signal.kind, signal.text, "confidence"),
    ai.criteria?.length ? criteriaTable(ai) : null,
    el("p", { class: "marking-label" }, el("strong", {}, "Suggested feedback for the pupil:")),
    el("blockquote", { class: "marking-feedback", dataset: { testid: "ai-feedback" } }, ai.feedback || ""),
    el("p", { class: "muted marking-how" }, howWorkedOut(ai)),
  ];
}

/** The decided mark (marked, or released) when there is one. */
function decided(item) {
  if (item.status !== "teacher_marked") return null;
  return el(
    "div",
    { class: "marking-decided", dataset: { testid: "decided" } },
    el("p", {}, el("strong", {}, item.released ? "Released to the pupil: " : "Your mark (not released yet): "), outOf(item.score, item.points)),
    item.feedback ? el("blockquote", { class: "marking-feedback" }, item.feedback) : null,
  );
}

/**
 * Draw the answer panel.
 *   item, position (1-based), total, aiConfigured
 *   onAccept(), onSave(body) -> Promise, onMove(step)
 * Returns { element, heading, accept(), openForm() } (accept and openForm are what the keyboard shortcuts press).
 */
export function answerPanel({ item, position, total, aiConfigured, onAccept, onSave, onMove }) {
  const ai = item.ai || { state: "none" };
  const hasSuggestion = ai.state === "suggested";
  const headingId = "answer-heading";
  const heading = el("h2", { id: headingId, tabindex: "-1", class: "marking-answer__title" }, `Answer ${position} of ${total}: ${item.pupil_name}`);
  const state = answerState(item);
  const evidence = hasSuggestion ? (ai.criteria || []).map((c, i) => ({ number: i + 1, quote: c.evidence })) : [];
  const answer = highlightedAnswer(item.answer_text, evidence);
  const words = item.answer_text.trim() ? item.answer_text.trim().split(/\s+/).length : 0;
  const formHost = el("div", { class: "marking-form-host" });

  // Once decided, the teacher's own mark stands: it can be changed, but not swapped back with one key.
  const acceptButton = hasSuggestion && item.status !== "teacher_marked"
    ? el("button", { type: "button", class: "button", "aria-keyshortcuts": "A" }, "Accept the AI's mark")
    : null;
  const changeButton = el(
    "button",
    { type: "button", class: ["button", acceptButton ? "button--secondary" : null], "aria-keyshortcuts": "C" },
    hasSuggestion || item.status === "teacher_marked" ? "Change the mark" : "Mark by hand",
  );
  const previous = el("button", { type: "button", class: "button button--secondary", "aria-keyshortcuts": "K ArrowUp", disabled: position <= 1, onClick: () => onMove(-1) }, "Previous answer");
  const next = el("button", { type: "button", class: "button button--secondary", "aria-keyshortcuts": "J ArrowDown", disabled: position >= total, onClick: () => onMove(1) }, "Next answer");

  let busy = false;
  async function accept() {
    if (!acceptButton || busy) return;
    busy = true;
    acceptButton.setAttribute("aria-disabled", "true");
    try {
      await onAccept();
    } finally {
      busy = false;
      if (acceptButton.isConnected) acceptButton.removeAttribute("aria-disabled");
    }
  }

  function openForm() {
    const criteriaStart = item.mark_scheme.map((c) => {
      if (item.status === "teacher_marked" && item.criteria) return item.criteria.find((x) => x.criterion === c.criterion)?.points ?? null;
      if (hasSuggestion) return ai.criteria?.find((x) => x.criterion === c.criterion)?.points ?? null;
      return null;
    });
    const start = item.status === "teacher_marked"
      ? { criteria: criteriaStart, score: item.score, feedback: item.feedback }
      : hasSuggestion
        ? { criteria: criteriaStart, score: ai.score, feedback: ai.feedback }
        : { criteria: criteriaStart, score: null, feedback: "" };
    const form = markForm({
      item,
      start,
      title: hasSuggestion || item.status === "teacher_marked" ? "Change the mark" : "Mark by hand",
      onSave,
      onCancel: () => {
        formHost.replaceChildren();
        changeButton.focus();
      },
    });
    if (item.released) {
      form.element.querySelector("h3").after(el("p", { class: "status status--plain" }, "The pupil already has this mark. A change reaches them straight away."));
    }
    formHost.replaceChildren(form.element);
    form.focus();
  }
  acceptButton?.addEventListener("click", accept);
  changeButton.addEventListener("click", openForm);

  const element = el(
    "article",
    { class: "card marking-answer", "aria-labelledby": headingId, dataset: { testid: "answer-panel", answerId: item.answer_id } },
    heading,
    el(
      "p",
      { class: "marking-answer__meta" },
      el("span", { class: ["badge", state.badge && `badge--${state.badge}`], dataset: { testid: "answer-state" } }, state.words),
      " ",
      [item.class_name || "No class", item.assessment_title, `Question ${item.question_number}`, item.draft > 1 ? `Draft ${item.draft}` : null]
        .filter(Boolean)
        .join(" · "),
    ),
    item.draft > 1 ? el("p", { class: "muted" }, `The pupil improved this answer after your feedback. This is their draft ${item.draft}.`) : null,
    el(
      "section",
      { class: "marking-part", "aria-labelledby": "question-part" },
      el("h3", { id: "question-part" }, `The question (${plural(item.points, "point")})`),
      questionText(item.question_text, { class: "question-text" }),
      el("h4", {}, "Mark scheme"),
      markScheme(item),
    ),
    el(
      "section",
      { class: "marking-part", "aria-labelledby": "answer-part" },
      el("h3", { id: "answer-part" }, "The pupil's answer"),
      answer.element,
      el(
        "p",
        { class: "muted" },
        plural(words, "word"),
        hasSuggestion && evidence.some((e) => e.quote) ? ". Highlighted: the words the AI quoted as evidence, numbered by criterion." : ".",
      ),
    ),
    el(
      "section",
      { class: "marking-part", "aria-labelledby": "ai-part" },
      el("h3", { id: "ai-part" }, "AI suggestion"),
      suggestion(item, { aiConfigured }),
    ),
    decided(item),
    el("div", { class: "cluster marking-actions", role: "group", "aria-label": "Marking actions" }, acceptButton, changeButton),
    formHost,
    el("div", { class: "cluster marking-moves", role: "group", "aria-label": "Move between answers" }, previous, next),
  );
  return { element, heading, accept, openForm, canAccept: Boolean(acceptButton) };
}
