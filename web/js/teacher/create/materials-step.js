// Step 2 of the wizard: upload the unit's lesson documents, see what was found in them, and correct the learning
// objectives and key words the questions are made from.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { statusArea, statusMessage } from "../../components/status.js";
import { documentsSection } from "./documents-table.js";
import { button, describe } from "./layout.js";
import { objectivesSection, vocabularySection } from "./material-tables.js";
import { materialsBody } from "./materials.js";
import { questionsSection } from "./questions-found.js";
import { uploadSection } from "./upload.js";

const LEAD =
  "Upload the lesson plans, slides or worksheets for this unit. Then check the objectives and key words found in them: the questions are made from these.";
const READ_ONLY_LEAD = "These are the unit's lesson documents, and the objectives and key words the questions are made from.";
const NOT_YOURS =
  "This unit belongs to another teacher, so its documents, objectives and key words are as they saved them. You can make an assessment from it. Only its owner or an admin can change them.";

/**
 * Step 2 for the unit `unitId`, with its `documents`. `draft` ({ objectives, vocabulary }) is edited in place;
 * its `questions` (found already written in the documents) are shown.
 * `report` is the last upload's result (or null). Callbacks, each awaited: `onUploaded(result)` after an upload,
 * `onBack()`, and `onSaved()` once the draft is saved on the unit; a refusal is said in this step.
 * Returns { lead, element }.
 */
export function materialsStep({ unitId, documents, draft, report, canChange = true, onUploaded, onBack, onSaved }) {
  if (!canChange) return readOnlyStep({ documents, draft, onBack, onSaved });
  const status = statusArea();
  const save = () => saveMaterials({ unitId, documents, draft, status, onSaved });
  const element = el(
    "div",
    { class: "stack--large" },
    uploadSection({ unitId, report, onUploaded }),
    documentsSection(documents),
    objectivesSection(draft.objectives),
    vocabularySection(draft.vocabulary),
    questionsSection(draft.questions),
    status,
    el("div", { class: "cluster" }, button("Back to the unit", onBack, { kind: "secondary" }), button("Save and continue to settings", save)),
  );
  return { lead: LEAD, element };
}

/** Someone else's unit: what it holds, to read, and the way on to the settings (nothing is saved). */
function readOnlyStep({ documents, draft, onBack, onSaved }) {
  const item = ([text, from]) => el("li", {}, text, from ? el("span", { class: "card__meta" }, ` (${from})`) : null);
  const list = (heading, items) =>
    el("section", { class: "stack" }, el("h3", {}, heading), items.length ? el("ul", {}, items.map(item)) : el("p", { class: "muted" }, "None yet."));
  const element = el(
    "div",
    { class: "stack--large" },
    statusMessage(NOT_YOURS, { kind: "plain", testid: "not-your-unit" }),
    documents.length ? documentsSection(documents) : null,
    list("Learning objectives", draft.objectives.map((o) => [o.code ? `${o.code}: ${o.description}` : o.description, o.from])),
    list("Key words", draft.vocabulary.map((v) => [v.definition ? `${v.term}: ${v.definition}` : v.term, v.from])),
    questionsSection(draft.questions),
    el("div", { class: "cluster" }, button("Back to the unit", onBack, { kind: "secondary" }), button("Continue to settings", onSaved)),
  );
  return { lead: READ_ONLY_LEAD, element };
}

async function saveMaterials({ unitId, documents, draft, status, onSaved }) {
  status.clear();
  const body = materialsBody(draft);
  if (!documents.length && !body.objectives.length && !body.vocabulary.length) {
    status.say("Upload a lesson document, or add at least one objective or key word, before you continue.", "warning");
    return;
  }
  try {
    await api(`/api/units/${encodeURIComponent(unitId)}/materials`, { method: "PUT", body });
    await onSaved();
  } catch (error) {
    status.say(describe(error), "warning");
  }
}
