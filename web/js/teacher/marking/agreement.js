// "How often your marks agreed with the AI": for each written question of the chosen assessment, how many AI
// suggestions the teacher reviewed, how often the final mark was the AI's (or within a point), the average
// difference, and how many were accepted without change.

import { api, ApiError } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";
import { rate } from "../results/format.js";
import { pointsWords } from "./words.js";

const COLUMNS = ["Question", "Suggestions reviewed", "Same mark as the AI", "Within 1 point", "Average difference", "Accepted without change"];

function questionRow(q) {
  return el(
    "tr",
    {},
    el("th", { scope: "row" }, `Question ${q.number}`),
    el("td", { class: "number" }, String(q.reviews)),
    el("td", { class: "number" }, rate(q.agreement_rate, "—")),
    el("td", { class: "number" }, rate(q.within_one_point_rate, "—")),
    el("td", { class: "number" }, q.mean_difference === null ? "—" : pointsWords(q.mean_difference)),
    el("td", { class: "number" }, String(q.accepted_unchanged)),
  );
}

function agreementTable(questions) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Agreement with the AI per question", tabindex: "0" },
    el(
      "table",
      { class: "table", dataset: { testid: "agreement-table" } },
      el("caption", { class: "visually-hidden" }, "Agreement with the AI per written question"),
      el("thead", {}, el("tr", {}, COLUMNS.map((h, i) => el("th", { scope: "col", class: i ? "number" : null }, h)))),
      el("tbody", {}, questions.map(questionRow)),
    ),
  );
}

/** What the section says for the agreement figures of one assessment. */
function agreementParts(agreement) {
  const questions = agreement.questions;
  if (!questions.length) return [el("p", {}, "This assessment has no written questions.")];
  const reviewed = questions.some((q) => q.reviews > 0);
  return [reviewed ? null : el("p", {}, "No AI suggestions have been reviewed yet for this assessment."), agreementTable(questions)];
}

async function partsFor(assessmentId) {
  if (!assessmentId) {
    return [el("p", { class: "muted" }, "Choose an assessment in the filters to see, for each written question, how often your final mark was the AI's suggestion.")];
  }
  try {
    return agreementParts(await api(`/api/marking/agreement/${encodeURIComponent(assessmentId)}`));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return [statusMessage(error.detail, { kind: "warning" })];
  }
}

/** The agreement section. Returns { element, draw(assessmentId) } (draw reads the figures again). */
export function agreementSection() {
  const element = el("section", { class: "results-section", "aria-labelledby": "agreement-heading", dataset: { testid: "agreement" } });
  const draw = async (assessmentId) => {
    const parts = await partsFor(assessmentId);
    replaceChildren(element, el("h2", { id: "agreement-heading" }, "How often your marks agreed with the AI"), parts);
  };
  return { element, draw };
}
