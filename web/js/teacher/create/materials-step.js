// Step 2 of the wizard: upload the unit's lesson documents, see what was found in them, and correct the learning
// objectives and key words the questions are made from.

import { api } from "../../api.js";
import { el } from "../../components/html.js";
import { statusArea } from "../../components/status.js";
import { documentsSection } from "./documents-table.js";
import { button, describe } from "./layout.js";
import { objectivesSection, vocabularySection } from "./material-tables.js";
import { materialsBody } from "./materials.js";
import { uploadSection } from "./upload.js";

const LEAD =
  "Upload the lesson plans, slides or worksheets for this unit. Then check the objectives and key words found in them: the questions are made from these.";

/**
 * Step 2 for the unit `unitId`, with its `documents`. `draft` ({ objectives, vocabulary }) is edited in place.
 * `report` is the last upload's result (or null). Callbacks, each awaited: `onUploaded(result)` after an upload,
 * `onBack()`, and `onSaved()` once the draft is saved on the unit; a refusal is said in this step.
 * Returns { lead, element }.
 */
export function materialsStep({ unitId, documents, draft, report, onUploaded, onBack, onSaved }) {
  const status = statusArea();
  const save = () => saveMaterials({ unitId, documents, draft, status, onSaved });
  const element = el(
    "div",
    { class: "stack--large" },
    uploadSection({ unitId, report, onUploaded }),
    documentsSection(documents),
    objectivesSection(draft.objectives),
    vocabularySection(draft.vocabulary),
    status,
    el("div", { class: "cluster" }, button("Back to the unit", onBack, { kind: "secondary" }), button("Save and continue to settings", save)),
  );
  return { lead: LEAD, element };
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
