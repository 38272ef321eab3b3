// The unit's lesson materials as the wizard edits them: a draft of { objectives, vocabulary } taken from what the
// teacher saved before, or else from what was found in the unit's documents. Each item keeps where it came from
// (`from`: "From: Lesson 2 slides.pptx, slide 8"), to show beside it; only its words are saved. The draft also
// carries the questions found already written in the documents (`questions`), to show, not to edit.

import { api } from "../../api.js";

export async function loadMaterials(unitId) {
  const id = encodeURIComponent(unitId);
  const [documents, materials] = await Promise.all([api(`/api/units/${id}/documents`), api(`/api/units/${id}/materials`)]);
  return { documents, materials };
}

/** Where a found item came from, in words: "From: Lesson 2 slides.pptx, slide 8", or null when not known. */
export function sourceText(found) {
  if (!found?.source || found.source === "unit") return null;
  return found.where ? `From: ${found.source}, ${found.where}` : `From: ${found.source}`;
}

const key = (text) => (text || "").trim().toLowerCase();

/** A fresh draft: the saved objectives and key words, or those found in the documents when none are saved. */
export function draftFrom(materials) {
  const foundObjectives = new Map(materials.found.objectives.map((o) => [key(o.text), o]));
  const foundTerms = new Map(materials.found.vocabulary.map((v) => [key(v.term), v]));
  const objectives = materials.saved.objectives.length
    ? materials.saved.objectives.map((o) => ({ code: o.code, description: o.description, strands: o.strands || [], from: sourceText(foundObjectives.get(key(o.description))) }))
    : materials.found.objectives.map((o) => ({ code: o.code, description: o.text, strands: [], from: sourceText(o) }));
  const vocabulary = (materials.saved.vocabulary.length ? materials.saved.vocabulary : materials.found.vocabulary).map((v) => ({
    term: v.term,
    definition: v.definition || "",
    from: sourceText(foundTerms.get(key(v.term))),
  }));
  return { objectives, vocabulary, questions: materials.found.questions || [] };
}

/** New documents add what they found to the draft; nothing the teacher typed is lost. */
export function addFound(draft, materials) {
  const known = new Set(draft.objectives.map((o) => key(o.description)));
  for (const found of materials.found.objectives) {
    if (known.has(key(found.text))) continue;
    const codes = new Set(draft.objectives.map((o) => o.code));
    let number = draft.objectives.length + 1;
    while (codes.has(`LO${number}`)) number += 1;
    draft.objectives.push({ code: `LO${number}`, description: found.text, strands: [], from: sourceText(found) });
  }
  const terms = new Set(draft.vocabulary.map((v) => key(v.term)));
  for (const item of materials.found.vocabulary) {
    if (!terms.has(key(item.term))) draft.vocabulary.push({ term: item.term, definition: item.definition || "", from: sourceText(item) });
  }
  draft.questions = materials.found.questions || [];
}

/** The body for PUT /api/units/{id}/materials: empty rows left out, codes filled in. */
export function materialsBody(draft) {
  const objectives = draft.objectives
    .filter((o) => o.description.trim())
    .map((o, i) => ({ code: o.code.trim() || `LO${i + 1}`, description: o.description.trim(), strands: o.strands }));
  const vocabulary = draft.vocabulary.filter((v) => v.term.trim()).map((v) => ({ term: v.term.trim(), definition: v.definition.trim() }));
  return { objectives, vocabulary };
}
