// The unit's lesson documents in step 2: what was found in each, which pictures of words were read (or why not),
// and a preview of each document's text.

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
          el("tr", {}, ["File", "Type", "Objectives found", "Key words found", "Questions found"].map((h) => el("th", { scope: "col" }, h))),
        ),
        el("tbody", {}, documents.map(documentRow)),
      ),
    ),
    pictureNotes(documents),
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
    el("td", { class: "number" }, d.question_count ?? 0),
  );
}

const NO_OCR = "Pictures with words in them were not read: this server cannot read text in pictures.";

/** What the teacher should know about pictures of words: which were read by the computer, and which were not. */
function pictureNotes(documents) {
  const notes = [];
  for (const d of documents) {
    const read = d.pictures?.read || [];
    if (read.length) {
      notes.push(statusMessage(
        `The words in the picture${read.length > 1 ? "s" : ""} on ${placeList(read)} of ‘${d.filename}’ were read by the computer. Check what was found there: it says “read from a picture”.`,
        { kind: "info", testid: "pictures-read" },
      ));
    }
    if (d.pictures?.note && d.pictures.note !== NO_OCR) notes.push(statusMessage(`‘${d.filename}’: ${d.pictures.note}`, { kind: "plain", testid: "pictures-not-read" }));
  }
  const unread = documents.filter((d) => d.pictures?.note === NO_OCR);
  if (unread.length) {
    const where = unread.map((d) => `${placeList(d.pictures.not_read)} of ‘${d.filename}’`).join("; ");
    notes.push(statusMessage([NO_OCR, `They are on ${where}. Type any key words they hold in the table below.`], { kind: "plain", blocks: true, testid: "pictures-not-read" }));
  }
  return notes;
}

/** "slide 2", "slides 2 and 3", "pages 1, 4 and 5": places of one kind, said once. */
export function placeList(places) {
  const kinds = new Set(places.map((p) => p.split(" ")[0]));
  const and = (items) => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
  if (places.length === 1 || kinds.size !== 1) return and(places);
  return `${[...kinds][0]}s ${and(places.map((p) => p.split(" ").slice(1).join(" ")))}`;
}
