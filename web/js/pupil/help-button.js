// "I need help": a calm button on every question screen that tells the teacher quietly (it shows on their live
// lesson view until they mark it seen). Nothing else changes: no sound, no dialog, nothing other pupils could
// see. After a press the button says it was sent and does nothing more on this screen; the words under it are
// read out politely. The server keeps one request while the teacher has not seen it, so presses never pile up.

import { el } from "../components/html.js";

export const TOLD = "Your teacher has been told. Keep going when you are ready.";
const LABEL = "I need help";
const SENDING = "Telling your teacher…";
const SENT = "Asked for help";

/**
 * The help part of one question screen. `ask()` sends the request (a Promise); `describeProblem(error)` words a
 * request that did not work. Returns the element to put on the screen.
 */
export function helpButton({ ask, describeProblem }) {
  const button = el("button", { type: "button", class: "button button--secondary help-button", dataset: { testid: "help-button" } }, LABEL);
  const said = el("p", { class: "help-button__said", "aria-live": "polite", dataset: { testid: "help-said" } });
  let sent = false;
  button.addEventListener("click", async () => {
    if (sent || button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    button.textContent = SENDING;
    try {
      await ask();
      sent = true;
      button.textContent = SENT;
      said.textContent = TOLD;
    } catch (error) {
      button.removeAttribute("aria-disabled");
      button.textContent = LABEL;
      said.textContent = describeProblem(error);
    }
  });
  return el("div", { class: "help-button__area" }, button, said);
}
