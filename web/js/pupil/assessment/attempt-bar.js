// The bar above every question while an attempt runs: the title, the progress bar, the save indicator (its own
// component: a short line with an icon, not a status message), "Sign in again" when the session has ended, and
// the time left when the assessment shows it.

import { signInUrl } from "../../api.js";
import { el } from "../../components/html.js";
import { progressBar, updateProgress } from "../../components/progress.js";
import { SaveState } from "../autosave.js";
import { count, timeLeftText } from "../words.js";
import { SAVE_MESSAGES } from "./messages.js";

/** The optional time display: whole minutes in words, checked every 15 seconds, changing at most once a minute. */
function startClock(timeLeft, endsAt) {
  const update = () => {
    timeLeft.hidden = false;
    timeLeft.textContent = timeLeftText(endsAt);
  };
  update();
  setInterval(update, 15_000);
}

/**
 * The bar for `view` (the JSON from POST /start).
 * Returns { element, showSaveState(state, detail), setPending(pending), showProgress(done) }.
 */
export function attemptBar(view) {
  const total = view.questions.length;
  const saveStatus = el("p", { class: "save-status", role: "status", "aria-live": "polite", dataset: { testid: "save-status" } });
  // Shown only when the session has ended: the answers wait on this computer until the pupil signs in again.
  const signInAgain = el("a", { class: "button button--secondary button--small", href: signInUrl(), hidden: true }, "Sign in again");
  const progress = progressBar({ value: 0, max: total });
  const timeLeft = el("p", { class: "attempt__time", dataset: { testid: "time-left" }, hidden: true });
  const element = el(
    "div",
    { class: "attempt__bar" },
    el("p", { class: "attempt__title" }, view.title),
    progress,
    el("div", { class: "attempt__status" }, saveStatus, signInAgain, timeLeft),
  );
  if (view.settings.show_time_remaining && view.ends_at) startClock(timeLeft, view.ends_at);
  return {
    element,
    showSaveState(state, detail) {
      saveStatus.dataset.state = state;
      saveStatus.textContent = SAVE_MESSAGES[state] || detail || SAVE_MESSAGES[SaveState.saved];
      signInAgain.hidden = state !== SaveState.signedOut;
    },
    /** Whether a save is still on its way: data-pending only, never read out (it changes on every keystroke). */
    setPending(pending) {
      saveStatus.dataset.pending = String(pending);
    },
    showProgress(done) {
      updateProgress(progress, { value: done, max: total, label: `You have answered ${done} of ${count(total, "question")}` });
    },
  };
}
