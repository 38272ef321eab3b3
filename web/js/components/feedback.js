// The feedback panel after a pupil's answer. Three looks only, each with a heading in words and an icon:
// correct (muted green, tick), nearly there (soft blue), not quite (amber, info icon). Never red, and the
// words "wrong", "incorrect", "failed" and "bad" are never used (SPEC §1).

import { el } from "./html.js";

export const FEEDBACK_TITLES = {
  correct: "Correct!",
  nearly: "Nearly there",
  "not-quite": "Not quite.",
};

/**
 * Build a feedback panel.
 *   feedbackPanel({ result: "not-quite", message: "A byte has 8 bits. Count the digits again." })
 * `result`: "correct" | "nearly" | "not-quite". `message`: a string, a Node, or an array of them
 * (each string becomes a paragraph). `title` replaces the standard heading when given.
 * Put the panel inside an aria-live="polite" container so it is read out when it appears.
 */
export function feedbackPanel({ result, title, message }) {
  if (!(result in FEEDBACK_TITLES)) {
    throw new Error(`feedbackPanel(): result must be one of ${Object.keys(FEEDBACK_TITLES).join(", ")}.`);
  }
  const parts = (Array.isArray(message) ? message : [message]).filter((part) => part !== null && part !== undefined);
  return el(
    "div",
    { class: ["feedback", `feedback--${result}`], dataset: { result } },
    el("p", { class: "feedback__title" }, el("strong", {}, title || FEEDBACK_TITLES[result])),
    el("div", { class: "feedback__body" }, parts.map((part) => (typeof part === "string" ? el("p", {}, part) : part))),
  );
}
