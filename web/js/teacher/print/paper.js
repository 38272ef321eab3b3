// A whole paper: the heading (title, one calm instruction line, name and class lines), then one block per
// question, numbered, with its marks, text, picture, and either its paper form (pupil) or its answer (key).
// A block is never split across pages (print.css: break-inside: avoid).

import { el } from "../../components/html.js";
import { questionText } from "../../pupil/question-text.js";
import { keyForm } from "./key-forms.js";
import { marks } from "./paper-parts.js";
import { pupilForm } from "./pupil-forms.js";

const PUPIL_INSTRUCTION = "Answer every question. Write your answers on this paper. Take your time.";
const KEY_INSTRUCTION = "For the teacher. The answers and the mark scheme for every question.";

function heading(paper) {
  const key = paper.version === "key";
  const count = paper.questions.length;
  return el(
    "header",
    { class: "paper__head" },
    el("h1", { class: "paper__title" }, key ? `Answer key: ${paper.title}` : paper.title),
    el("p", { class: "paper__instruction" }, key ? KEY_INSTRUCTION : PUPIL_INSTRUCTION),
    el("p", { class: "paper__facts" }, `${count} ${count === 1 ? "question" : "questions"}. ${marks(paper.total_points)} in total.`),
    key ? null : el("div", { class: "paper__names" },
      el("p", {}, el("span", {}, "Name:"), el("span", { class: "paper-answer-line__space", "aria-hidden": "true" })),
      el("p", {}, el("span", {}, "Class:"), el("span", { class: "paper-answer-line__space", "aria-hidden": "true" }))),
  );
}

function questionBlock(question, version) {
  const titleId = `paper-q-${question.number}`;
  return el(
    "section",
    { class: "paper-q", "aria-labelledby": titleId, dataset: { type: question.type, number: String(question.number) } },
    el("h2", { class: "paper-q__title", id: titleId }, `Question ${question.number}`,
      el("span", { class: "paper-q__marks" }, ` (${marks(question.points)})`)),
    questionText(question.question_text),
    // A labelling question draws its own picture with the numbered boxes on it (as the pupil screen does).
    question.image_url && question.type !== "drag_label"
      ? el("img", { class: "paper-q__image", src: question.image_url, alt: question.image_alt || "" })
      : null,
    version === "key" ? keyForm(question) : pupilForm(question),
  );
}

/** The paper (GET /api/assessments/{id}/paper) as an <article>; `large` for large print. */
export function paperArticle(paper, { large = false } = {}) {
  return el(
    "article",
    { class: ["paper", large ? "paper--large" : null, `paper--${paper.version}`].filter(Boolean), dataset: { testid: "paper" } },
    heading(paper),
    paper.questions.map((q) => questionBlock(q, paper.version)),
  );
}

/** Resolves once every picture in `root` has loaded (or failed), so printing never catches a half-drawn page. */
export function picturesLoaded(root) {
  const pending = [...root.querySelectorAll("img")].filter((img) => !img.complete);
  return Promise.all(pending.map((img) => new Promise((done) => {
    img.addEventListener("load", done, { once: true });
    img.addEventListener("error", done, { once: true });
  })));
}
