// Mastery by learning objective and by taxonomy strand: how much of the marks available for each objective (or
// strand) the class earned, as labelled bars with the percentage and the marks written out. Used as the
// "Objectives and strands" tab of the class results, and by the pupil view for one pupil.

import { api, ApiError } from "../api.js";
import { el } from "../components/html.js";
import { statusMessage } from "../components/status.js";
import { barList } from "./results/bars.js";
import { number } from "./results/format.js";

/** Bars for objectives ({code, description, mastery, earned, possible}) or strands ({strand, name, ...}). */
export function masteryBars(items, { label } = {}) {
  return barList(
    items.map((item) => ({
      label: item.code ? `${item.code}: ${item.description}` : `${item.strand} ${item.name}`,
      value: item.mastery,
      detail: `(${number(item.earned)} of ${number(item.possible)} marks)`,
      kind: item.mastery === null || item.mastery === undefined ? "" : item.mastery < 0.5 ? "low" : item.mastery >= 0.7 ? "high" : "",
      empty: "No marks yet",
    })),
    { label, className: "mastery-bars" },
  );
}

function section(id, heading, lead, items, emptyText) {
  return el(
    "section",
    { class: "results-section", "aria-labelledby": id },
    el("h3", { id }, heading),
    el("p", { class: "muted" }, lead),
    items.length ? masteryBars(items, { label: heading }) : statusMessage(emptyText),
  );
}

/** The class's mastery, loaded into the returned element (a tab panel's content). */
export function masteryPanel({ assessmentId, classId }) {
  const panel = el("div", { class: "mastery", "data-testid": "mastery" }, el("p", { class: "loading" }, "Loading objectives and strands…"));
  const query = classId ? `?class_id=${encodeURIComponent(classId)}` : "";
  api(`/api/analytics/assessments/${encodeURIComponent(assessmentId)}/objectives${query}`)
    .then((data) => {
      panel.replaceChildren(
        el("h2", {}, "Objectives and strands"),
        el(
          "p",
          { class: "page__lead" },
          "The share of the marks available that the class earned, for each learning objective and each strand. " +
            "Only finished attempts count. Bars under 50% are amber and bars at 70% or more are green; the figure is beside each bar.",
        ),
        section("mastery-objectives", "Learning objectives", "Questions linked to each objective.", data.objectives,
          "No question in this assessment is linked to a learning objective."),
        section("mastery-strands", "Taxonomy strands", "Questions tagged with each strand of the computing taxonomy.",
          data.strands, "No question in this assessment is tagged with a strand."),
      );
    })
    .catch((error) => {
      if (!(error instanceof ApiError)) console.error(error);
      panel.replaceChildren(
        statusMessage(error instanceof ApiError ? error.detail : "The objectives could not be shown. Reload the page to try again.", { kind: "warning", role: "status" }),
      );
    });
  return panel;
}
