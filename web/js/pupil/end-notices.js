// What the pupil is told, once, about a finished assessment someone else handed in for them (their teacher, or
// the closing of its window): said plainly at the top of the dashboard, with the assessment's name, until they
// press "I have read this". That press is saved on their account, so the message does not come back on another
// computer; it is never dismissed by itself, so nobody misses it.

import { api } from "../api.js";
import { el } from "../components/html.js";
import { statusMessage } from "../components/status.js";

/** The notices for the dashboard's finished cards (null when there are none). */
export function endNotices(completedCards) {
  const cards = completedCards.filter((card) => card.end_notice);
  if (!cards.length) return null;
  const list = el("div", { class: "end-notices", dataset: { testid: "end-notices" } });
  list.append(...cards.map((card) => endNotice(card, list)));
  return list;
}

function endNotice(card, list) {
  const button = el("button", { type: "button", class: "button button--secondary button--small" }, "I have read this",
    el("span", { class: "visually-hidden" }, ` about ${card.title}`));
  const message = statusMessage(
    [el("strong", {}, card.title), el("p", {}, card.end_notice), el("p", {}, button)],
    { kind: "plain", role: "note", blocks: true, testid: "end-notice" },
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await api(`/api/pupil/attempts/${encodeURIComponent(card.attempt_id)}/end-notice`, { method: "POST" });
    } catch {
      button.disabled = false; // not saved: the message stays, and the button can be pressed again
      return;
    }
    message.remove();
    if (!list.children.length) list.remove();
    document.getElementById("main")?.focus(); // the message is gone: focus goes back to the page, not lost
  });
  return message;
}
