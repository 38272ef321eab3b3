// The unit's lesson documents in step 2: what was found in each, and a preview of its text.

import { el } from "../../components/html.js";
import { statusMessage } from "../../components/status.js";

export function documentsSection(documents) {
  if (!documents.length) {
    return statusMessage("This unit has no documents yet. Upload some above, or type the objectives and key words below.", { role: "status" });
  }
  return el(
    "section",
    { "aria-labelledby": "documents-heading", class: "stack" },
    el("h3", { id: "documents-heading" }, `Documents in this unit (${documents.length})`),
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table", "data-testid": "documents-table" },
        el("caption", { class: "visually-hidden" }, "Documents in this unit and what was found in each"),
        el(
          "thead",
          {},
          el("tr", {}, ["File", "Type", "Objectives found", "Key words found"].map((h) => el("th", { scope: "col" }, h))),
        ),
        el("tbody", {}, documents.map(documentRow)),
      ),
    ),
    documents.map((d) =>
      el("details", {}, el("summary", {}, `Preview of ${d.filename}`), el("pre", { style: { whiteSpace: "pre-wrap", maxHeight: "16rem", overflow: "auto" } }, d.preview || "(no text found)")),
    ),
  );
}

function documentRow(d) {
  return el(
    "tr",
    {},
    el("th", { scope: "row" }, d.filename),
    el("td", {}, d.file_type.toUpperCase()),
    el("td", { class: "number" }, d.objectives.length),
    el("td", { class: "number" }, d.vocabulary_count),
  );
}
