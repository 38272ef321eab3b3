// One written answer in focus: the question and its mark scheme, the pupil's answer with the AI's evidence
// highlighted, the AI's suggestion per criterion with its confidence in words, and the actions (Accept, Change the
// mark, Mark by hand). The page decides what happens; this module draws and calls back.

import { el } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { questionText } from "../../pupil/question-text.js";
import { number, plural } from "../results/format.js";
import { highlightedAnswer } from "./highlight.js";
import { markForm } from "./mark-form.js";
import { aiStateWords, answerState, confidence, howWorkedOut, outOf, pointsWords } from "./words.js";

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

/** "Ask the AI" for an answer with no suggestion and none on its way (sent before AI was set up, or it failed). */
function askButton(item, { aiConfigured, onAskAI }) {
  const state = (item.ai || { state: "none" }).state;
  if (!aiConfigured || !onAskAI || item.status !== "awaiting_marking" || !["none", "failed"].includes(state)) return null;
  const button = el("button", { type: "button", class: "button button--secondary", dataset: { testid: "ask-ai" } }, "Ask the AI");
  button.addEventListener("click", () => {
    button.disabled = true;
    onAskAI().finally(() => { button.disabled = false; });
  });
  return button;
}

function suggestion(item, { aiConfigured, onAskAI }) {
  const ai = item.ai || { state: "none" };
  const state = aiStateWords(ai, { configured: aiConfigured });
  if (state) return [statusMessage(state.text, { kind: state.kind, testid: "ai-state" }), askButton(item, { aiConfigured, onAskAI })];
  const signal = confidence(ai);
  const scale = ai.scheme_score !== undefined && ai.points_available && Number(ai.points_available) !== Number(item.points)
    ? ` (${number(ai.scheme_score)} of ${number(ai.points_available)} on the mark scheme)`
    : "";
  return [
    el("p", { class: "marking-suggested", dataset: { testid: "ai-score" } }, el("strong", {}, "Suggested mark: "), `${outOf(ai.score, item.points)}${scale}`),
    statusMessage(signal.text, { kind: signal.kind, testid: "confidence" }),
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

/** Where the answer is, which class, assessment, question and draft. */
function answerMeta(item) {
  const state = answerState(item);
  return el(
    "p",
    { class: "marking-answer__meta" },
    el("span", { class: ["badge", state.badge && `badge--${state.badge}`], dataset: { testid: "answer-state" } }, state.words),
    " ",
    [item.class_name || "No class", item.assessment_title, `Question ${item.question_number}`, item.draft > 1 ? `Draft ${item.draft}` : null]
      .filter(Boolean)
      .join(" · "),
  );
}

function questionPart(item) {
  return el(
    "section",
    { class: "marking-part", "aria-labelledby": "question-part" },
    el("h3", { id: "question-part" }, `The question (${plural(item.points, "point")})`),
    questionText(item.question_text, { class: "question-text" }),
    el("h4", {}, "Mark scheme"),
    markScheme(item),
  );
}

/** The pupil's answer, with the AI's evidence highlighted when it has made a suggestion. */
function answerPart(item, hasSuggestion) {
  const evidence = hasSuggestion ? (item.ai.criteria || []).map((c, i) => ({ number: i + 1, quote: c.evidence })) : [];
  const words = item.answer_text.trim() ? item.answer_text.trim().split(/\s+/).length : 0;
  return el(
    "section",
    { class: "marking-part", "aria-labelledby": "answer-part" },
    el("h3", { id: "answer-part" }, "The pupil's answer"),
    highlightedAnswer(item.answer_text, evidence).element,
    el(
      "p",
      { class: "muted" },
      plural(words, "word"),
      hasSuggestion && evidence.some((e) => e.quote) ? ". Highlighted: the words the AI quoted as evidence, numbered by criterion." : ".",
    ),
  );
}

/** The mark the form starts from: the teacher's own once decided, else the AI's suggestion, else nothing. */
function startingMark(item, hasSuggestion) {
  const ai = item.ai || {};
  const criteria = item.mark_scheme.map((c) => {
    if (item.status === "teacher_marked" && item.criteria) return item.criteria.find((x) => x.criterion === c.criterion)?.points ?? null;
    if (hasSuggestion) return ai.criteria?.find((x) => x.criterion === c.criterion)?.points ?? null;
    return null;
  });
  if (item.status === "teacher_marked") return { criteria, score: item.score, feedback: item.feedback };
  if (hasSuggestion) return { criteria, score: ai.score, feedback: ai.feedback };
  return { criteria, score: null, feedback: "" };
}

/** Open the form titled `title` in `host`; Cancel closes it and gives the focus back to `opener`. */
function openMarkForm({ item, hasSuggestion, title, host, opener, onSave }) {
  const form = markForm({
    item,
    start: startingMark(item, hasSuggestion),
    title,
    note: item.released ? "The pupil already has this mark. A change reaches them straight away." : null,
    onSave,
    onCancel: () => {
      host.replaceChildren();
      opener.focus();
    },
  });
  host.replaceChildren(form.element);
  form.focus();
}

/** Accept the AI's mark once: a second press while it is being saved does nothing. */
async function acceptOnce(button, onAccept) {
  if (!button || button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  try {
    await onAccept();
  } finally {
    if (button.isConnected) button.removeAttribute("aria-disabled");
  }
}

function moveButtons({ position, total, onMove }) {
  const button = (label, keys, step, disabled) =>
    el("button", { type: "button", class: "button button--secondary", "aria-keyshortcuts": keys, disabled, onClick: () => onMove(step) }, label);
  return el(
    "div",
    { class: "cluster marking-moves", role: "group", "aria-label": "Move between answers" },
    button("Previous answer", "K ArrowUp", -1, position <= 1),
    button("Next answer", "J ArrowDown", 1, position >= total),
  );
}

/**
 * Draw the answer panel.
 *   item, position (1-based), total, aiConfigured
 *   onAccept(), onSave(body) -> Promise, onMove(step)
 * Returns { element, heading, accept(), openForm() } (accept and openForm are what the keyboard shortcuts press).
 */
export function answerPanel({ item, position, total, aiConfigured, onAccept, onSave, onMove, onAskAI }) {
  const hasSuggestion = item.ai?.state === "suggested";
  const heading = el("h2", { id: "answer-heading", tabindex: "-1", class: "marking-answer__title" }, `Answer ${position} of ${total}: ${item.pupil_name}`);
  const formHost = el("div", { class: "marking-form-host" });
  // Once decided, the teacher's own mark stands: it can be changed, but not swapped back with one key.
  const acceptButton = hasSuggestion && item.status !== "teacher_marked"
    ? el("button", { type: "button", class: "button", "aria-keyshortcuts": "A" }, "Accept the AI's mark")
    : null;
  const title = hasSuggestion || item.status === "teacher_marked" ? "Change the mark" : "Mark by hand";
  const changeButton = el("button", { type: "button", class: ["button", acceptButton ? "button--secondary" : null], "aria-keyshortcuts": "C" }, title);
  const accept = () => acceptOnce(acceptButton, onAccept);
  const openForm = () => openMarkForm({ item, hasSuggestion, title, host: formHost, opener: changeButton, onSave });
  acceptButton?.addEventListener("click", accept);
  changeButton.addEventListener("click", openForm);

  const element = el(
    "article",
    { class: "card marking-answer", "aria-labelledby": "answer-heading", dataset: { testid: "answer-panel", answerId: item.answer_id } },
    heading,
    answerMeta(item),
    item.draft > 1 ? el("p", { class: "muted" }, `The pupil improved this answer after your feedback. This is their draft ${item.draft}.`) : null,
    questionPart(item),
    answerPart(item, hasSuggestion),
    el("section", { class: "marking-part", "aria-labelledby": "ai-part" }, el("h3", { id: "ai-part" }, "AI suggestion"), suggestion(item, { aiConfigured, onAskAI })),
    decided(item),
    el("div", { class: "cluster marking-actions", role: "group", "aria-label": "Marking actions" }, acceptButton, changeButton),
    formHost,
    moveButtons({ position, total, onMove }),
  );
  return { element, heading, accept, openForm, canAccept: Boolean(acceptButton) };
}

/** The panel's place when the queue is empty; `filtered` says whether filters narrowed it. */
export function nothingToMark(filtered) {
  return el(
    "div",
    { class: "card marking-empty", dataset: { testid: "queue-empty" } },
    el("h2", {}, "Nothing to mark here"),
    el(
      "p",
      {},
      filtered
        ? "No written answers match these filters. Change the filters, or come back when pupils have submitted more."
        : "No written answers are waiting for you. They appear here when pupils submit them.",
    ),
  );
}
