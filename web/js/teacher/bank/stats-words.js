// How a bank question went in past use, in words a teacher reads at a glance (GET /api/bank/questions `stats`):
// "Answered 27 times by pupils; 63% right first time." then time, hints and how well it tells pupils apart.
// No pupil is named: the figures are counts across every class that used the question.

import { count } from "../review/labels.js";

function percent(share) {
  return `${Math.round(Number(share) * 100)}%`;
}

function seconds(value) {
  const s = Math.round(Number(value));
  if (s < 90) return count(s, "second");
  return count(Math.round(s / 60), "minute");
}

/**
 * How well the question tells apart pupils who did well on the rest of the assessment from those who did not
 * (the point-biserial discrimination), in words. The bands are the usual ones for classroom tests: 0.3 and
 * above good, 0.2 to 0.3 fair, below 0.2 weak, below 0 a sign to check the answer key.
 */
export function discriminationWords(stats) {
  const d = stats.discrimination;
  if (d === null || d === undefined) {
    if (stats.answered < stats.discrimination_minimum) {
      return `Too few answers so far (fewer than ${stats.discrimination_minimum}) to say how well it tells pupils apart.`;
    }
    return "Everyone did alike on it, so it does not tell pupils apart.";
  }
  const value = Number(d).toFixed(2);
  if (d >= 0.3) return `It tells pupils apart well: those who did well on the rest got it right first time more often (discrimination ${value}).`;
  if (d >= 0.2) return `It tells pupils apart fairly well (discrimination ${value}).`;
  if (d >= 0) return `It hardly tells pupils apart: those who did well on the rest did about as well on it as others (discrimination ${value}).`;
  return `Pupils who did well on the rest got it wrong more often than others (discrimination ${value}). Check its answer key.`;
}

/** The statistics as a short list of sentences (the first says how often it was answered). */
export function statsSentences(stats) {
  if (!stats.answered) return ["Not used yet: no pupil has answered it."];
  const sentences = [
    `Answered ${count(stats.answered, "time")} by pupils; ${percent(stats.facility)} right first time (${stats.right_first_try} of ${stats.answered}).`,
  ];
  if (stats.average_time_seconds !== null && stats.average_time_seconds !== undefined) {
    sentences.push(`About ${seconds(stats.average_time_seconds)} on it, on average.`);
  }
  if (stats.hint_rate !== null && stats.hint_rate !== undefined) {
    sentences.push(stats.hint_rate > 0 ? `The hint was opened in ${percent(stats.hint_rate)} of answers.` : "Nobody opened the hint.");
  }
  sentences.push(discriminationWords(stats));
  return sentences;
}
