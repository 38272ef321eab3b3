// One question found in the bank, as a card: a checkbox to choose it (labelled with the question, so a screen
// reader says what is being chosen), the question text, its type, difficulty and points as words, where it comes
// from, its statistics in sentences, its answer key (folded away), and "Save to bank" / "Take out of the bank"
// for the teacher who wrote it.

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { sayProblem, statusArea } from "../../components/status.js";
import { questionText } from "../../pupil/question-text.js";
import { answerKey } from "../../components/answer-key.js";
import { difficultyWords, pointsWords, typeLabel } from "../review/labels.js";
import { statsSentences } from "./stats-words.js";

const SHORT = 80;

function shortText(text) {
  const flat = String(text).replace(/\s+/g, " ").trim();
  return flat.length > SHORT ? `${flat.slice(0, SHORT - 1)}…` : flat;
}

function facts(q) {
  const from = q.assessment_deleted ? `${q.assessment_title} (deleted; kept because it was saved to the bank)` : q.assessment_title;
  return el(
    "dl",
    { class: "details-list bank-card__facts" },
    el("dt", {}, "From"),
    el("dd", {}, from),
    el("dt", {}, "Unit"),
    el("dd", {}, q.unit_title || "No unit"),
    el("dt", {}, "Objective"),
    el("dd", {}, q.objective_code ? `${q.objective_code} – ${q.objective_description}` : "None linked"),
    el("dt", {}, "Strands"),
    el("dd", {}, q.strands.length ? q.strands.join(", ") : "None"),
    el("dt", {}, "Tags"),
    el("dd", {}, q.tags.length ? q.tags.join(", ") : "None"),
  );
}

function savedWords(q) {
  return q.saved_to_bank_at ? "Saved to the bank." : "";
}

/** "Save to bank" or "Take out of the bank", for the question's own teacher (and admins). */
function saveButton(q, note, status) {
  if (!q.can_save) return null;
  const button = el("button", { type: "button", class: "button button--secondary button--small" });
  const draw = () => {
    replaceChildren(button, q.saved_to_bank_at ? "Take out of the bank" : "Save to bank", el("span", { class: "visually-hidden" }, `: ${shortText(q.question_text)}`));
    note.textContent = savedWords(q);
  };
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      const saving = !q.saved_to_bank_at;
      const saved = await api(`/api/bank/questions/${q.id}/saved`, saving ? { method: "PUT", body: {} } : { method: "DELETE" });
      q.saved_to_bank_at = saved.saved_to_bank_at;
      draw();
      status.say(saving ? "Saved to the bank: it stays here even if its assessment is deleted." : "Taken out of the saved questions.");
    } catch (error) {
      sayProblem(status, error);
    } finally {
      button.removeAttribute("aria-disabled");
    }
  });
  draw();
  return button;
}

/**
 * The card for `q` (one of GET /api/bank/questions `questions`). `chosen` is whether it is already chosen;
 * `onChoose(q, isChosen)` is called when its checkbox changes.
 */
export function resultCard(q, { chosen, onChoose }) {
  const headingId = `bank-question-${q.id}`;
  const box = el("input", { type: "checkbox", checked: chosen, dataset: { testid: "choose-question" } });
  box.addEventListener("change", () => onChoose(q, box.checked));
  const note = el("p", { class: "bank-card__saved", dataset: { testid: "saved-note" } });
  const status = statusArea({ testid: "bank-card-status" });
  return el(
    "li",
    { class: "card bank-card", "aria-labelledby": headingId, dataset: { questionId: q.id, testid: "bank-question" } },
    el("h3", { class: "visually-hidden", id: headingId }, shortText(q.question_text)),
    el("label", { class: "choice bank-card__choose" }, box, "Choose this question", el("span", { class: "visually-hidden" }, `: ${shortText(q.question_text)}`)),
    questionText(q.question_text, { class: "question-text bank-card__text" }),
    el(
      "p",
      { class: "bank-card__badges" },
      el("span", { class: "badge badge--info" }, typeLabel(q.type)),
      " ",
      el("span", { class: "badge" }, difficultyWords(q.difficulty)),
      " ",
      el("span", { class: "badge" }, pointsWords(q.points)),
    ),
    el("div", { class: "bank-card__stats", dataset: { testid: "bank-stats" } }, el("h4", { class: "bank-card__subheading" }, "How it went"), statsSentences(q.stats).map((s) => el("p", {}, s))),
    facts(q),
    q.copied_from_title ? el("p", { class: "muted" }, `This is a copy. From the bank: ${q.copied_from_title}`) : null,
    el("details", { class: "bank-card__key" }, el("summary", {}, "Show the answer key"), answerKey(q)),
    note,
    status,
    el("div", { class: "cluster" }, saveButton(q, note, status)),
  );
}
