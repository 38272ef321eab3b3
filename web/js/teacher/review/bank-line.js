// The question bank on a question's card: "From the bank: Networks quiz" when the question is a copy taken from
// the bank (the title of the original's assessment when it was copied), and, for whoever may edit, "Save to bank"
// — a saved question stays in the bank with its tags even after this assessment is deleted — or "Take out of the
// bank".

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { sayProblem } from "../../components/status.js";

/** The bank's line for `question` on its card; `card` gives its number and status area (question-card.js). */
export function bankLine(question, card) {
  const from = question.copied_from_title
    ? el("p", { class: "review-card__source-text", dataset: { testid: "bank-provenance" } }, `From the bank: ${question.copied_from_title}`)
    : null;
  if (!card.context.canEdit || !question.id) return from ? el("div", { class: "review-card__bank" }, from) : null;
  const saved = el("p", { dataset: { testid: "bank-saved" } });
  // Described by the card's heading ("Question 3"), which follows the question when it moves.
  const button = el("button", { type: "button", class: "button button--secondary button--small", "aria-describedby": card.heading.id });
  const draw = () => {
    saved.textContent = question.saved_to_bank_at ? "Saved to the question bank." : "";
    saved.hidden = !question.saved_to_bank_at;
    button.textContent = question.saved_to_bank_at ? "Take out of the bank" : "Save to bank";
  };
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      const saving = !question.saved_to_bank_at;
      const result = await api(`/api/bank/questions/${question.id}/saved`, saving ? { method: "PUT", body: {} } : { method: "DELETE" });
      question.saved_to_bank_at = result.saved_to_bank_at;
      draw();
      card.say(saving ? `Question ${card.number} is saved to the question bank. It stays there even if this assessment is deleted.` : `Question ${card.number} is taken out of the saved questions.`);
    } catch (error) {
      sayProblem(card.status, error);
    } finally {
      button.removeAttribute("aria-disabled");
    }
  });
  draw();
  return el("div", { class: "review-card__bank" }, from, saved, button);
}
