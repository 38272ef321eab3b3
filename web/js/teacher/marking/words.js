// The marking queue's states in words: where an answer is (waiting, AI suggestion, marked, released), what the AI
// is doing (still working, trying again, could not suggest), and how far its runs agreed. Said the same way in the
// list and in the answer panel.

import { number, plural } from "../results/format.js";

/** "1 point", "2.5 points". */
export function pointsWords(value) {
  return `${number(value)} ${Number(value) === 1 ? "point" : "points"}`;
}

/** "3 out of 4". */
export function outOf(score, max) {
  return `${number(score)} out of ${number(max)}`;
}

/** Where an answer is, in words, with its badge style. */
export function answerState(item) {
  if (item.status === "teacher_marked") {
    return item.released
      ? { words: `Released: ${outOf(item.score, item.points)}`, badge: "success" }
      : { words: `Marked: ${outOf(item.score, item.points)}, not released`, badge: "info" };
  }
  if (item.ai?.state === "suggested") return { words: `AI suggests ${outOf(item.ai.score, item.points)}`, badge: "info" };
  return { words: "Waiting for you to mark", badge: "warning" };
}

/** What the AI is doing with an answer that has no suggestion, or null when it has one. */
export function aiStateWords(ai, { configured }) {
  const state = ai?.state || "none";
  if (state === "suggested") return null;
  if (state === "pending") {
    return { kind: "plain", text: "The AI is still working on a suggested mark. Press Check for new suggestions in a minute, or mark it yourself now." };
  }
  if (state === "retrying") {
    return { kind: "warning", text: ai.message || "The AI service is not answering. It will try again later; you can mark the answer yourself." };
  }
  if (state === "failed") {
    return { kind: "warning", text: ai.message || "The AI could not suggest a usable mark. Please mark this answer yourself." };
  }
  if (!configured) return { kind: "plain", text: "No AI service is set up, so this answer waits for you to mark it." };
  return { kind: "plain", text: ai?.message || "There is no AI suggestion for this answer (AI marking is off for this question). Mark it yourself." };
}

/**
 * How far the AI's runs agreed, as a confidence signal for the teacher:
 * "3 runs agreed within 1 point" or "The runs disagreed by 3 points — check this one".
 */
export function confidence(ai) {
  const runs = Number(ai?.runs || 0);
  const spread = Number(ai?.spread || 0);
  if (runs <= 1) return { kind: "plain", text: "One AI run, so there is no second opinion to compare. Check it as usual." };
  if (spread === 0) return { kind: "success", text: `${runs} runs gave the same mark.` };
  if (spread <= 1) return { kind: "success", text: `${runs} runs agreed within 1 point.` };
  return { kind: "warning", text: `The runs disagreed by ${pointsWords(spread)} — check this one.` };
}

const METHODS = {
  mean: "the average (mean)",
  median: "the middle value (median)",
  trimmed_mean: "the average without the highest and lowest (trimmed mean)",
  weighted_mean: "a weighted average (weighted mean)",
};

/** "3 runs of gpt-4o-mini, combined by the middle value (median). Each run's mark: 4, 3, 4 (out of 4)." */
export function howWorkedOut(ai) {
  const models = (ai.models || []).join(", ") || "the AI";
  const runs = plural(Number(ai.runs || 1), "run");
  const method = METHODS[ai.method] || ai.method || "the average";
  const scores = (ai.scores || []).map(number).join(", ");
  const available = ai.points_available ? ` (out of ${number(ai.points_available)} on the mark scheme)` : "";
  return `${runs} of ${models}, combined by ${method}.${scores ? ` Each run's mark: ${scores}${available}.` : ""}`;
}
