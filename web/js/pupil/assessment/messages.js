// What the attempt says to the pupil about saving and about requests that did not work, in one place so the
// bar, the start screen and the question screen say it the same way.

import { ApiError } from "../../api.js";
import { isTemporary, SaveState } from "../autosave.js";
import { questionList } from "../words.js";

export const SAVE_MESSAGES = {
  [SaveState.saved]: "Your progress is saved.",
  [SaveState.local]: "Saved on this computer — will send when connected.",
  [SaveState.signedOut]: "You have been signed out. Your answers are kept on this computer. Sign in again to send them.",
};

/** Shown with an answer another screen (tab or computer) changed since this page last had it. */
export const CHANGED_ELSEWHERE = "This answer was changed on another screen. This is the newest version.";

/** Before finishing: answers changed on another screen are shown as they are now, and the pupil looks first. */
export function changedBeforeFinishing(numbers) {
  const which = numbers.length === 1 ? `Your answer to ${questionList(numbers)} was` : `Your answers to ${questionList(numbers)} were`;
  return `${which} changed on another screen. The newest version is shown. Press Finish assessment again when you are ready.`;
}

export const NOT_CONNECTED =
  "This computer is not connected to the school server just now. Your answers are saved on this computer and will be sent when it is connected.";

/** A sentence for a request that did not work, for the pupil to read. */
export function describeProblem(error) {
  if (error instanceof ApiError && error.status === 401) return SAVE_MESSAGES[SaveState.signedOut];
  if (isTemporary(error)) return `${NOT_CONNECTED} Then press the button again.`;
  if (error instanceof ApiError) return error.detail;
  window.reportError(error); // a programming mistake: developers (and the browser tests) must see it
  return "Something did not work. Your answers are saved. Try again in a moment.";
}
