// The unit's lesson materials as the wizard edits them: a draft of { objectives, vocabulary } taken from what the
// teacher saved before, or else from what was found in the unit's documents.

import { api } from "../../api.js";

export async function loadMaterials(unitId) {
  const id = encodeURIComponent(unitId);
  const [documents, materials] = await Promise.all([api(`/api/units/${id}/documents`), api(`/api/units/${id}/materials`)]);
  return { documents, materials };
}

/** A fresh draft: the saved objectives and key words, or those found in the documents when none are saved. */
export function draftFrom(materials) {
  const objectives = materials.saved.objectives.length
    ? materials.saved.objectives.map((o) => ({ code: o.code, description: o.description, strands: o.strands || [] }))
    : materials.found.objectives.map((o) => ({ code: o.code, description: o.text, strands: [] }));
  const vocabulary = (materials.saved.vocabulary.length ? materials.saved.vocabulary : materials.found.vocabulary).map((v) => ({
    term: v.term,
    definition: v.definition || "",
  }));
  return { objectives, vocabulary };
}

/** New documents add what they found to the draft; nothing the teacher typed is lost. */
export function addFound(draft, materials) {
  const known = new Set(draft.objectives.map((o) => o.description.trim().toLowerCase()));
  for (const found of materials.found.objectives) {
    if (known.has(found.text.trim().toLowerCase())) continue;
    const codes = new Set(draft.objectives.map((o) => o.code));
    let number = draft.objectives.length + 1;
    while (codes.has(`LO${number}`)) number += 1;
    draft.objectives.push({ code: `LO${number}`, description: found.text, strands: [] });
  }
  const terms = new Set(draft.vocabulary.map((v) => v.term.trim().toLowerCase()));
  for (const item of materials.found.vocabulary) {
    if (!terms.has(item.term.trim().toLowerCase())) draft.vocabulary.push({ term: item.term, definition: item.definition || "" });
  }
}

/** The body for PUT /api/units/{id}/materials: empty rows left out, codes filled in. */
export function materialsBody(draft) {
  const objectives = draft.objectives
    .filter((o) => o.description.trim())
    .map((o, i) => ({ code: o.code.trim() || `LO${i + 1}`, description: o.description.trim(), strands: o.strands }));
  const vocabulary = draft.vocabulary.filter((v) => v.term.trim()).map((v) => ({ term: v.term.trim(), definition: v.definition.trim() }));
  return { objectives, vocabulary };
}
