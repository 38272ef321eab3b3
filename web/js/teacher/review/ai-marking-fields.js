// An assessment's own AI marking settings, inside its Settings form: the models to use, runs per model, how the
// runs are combined (with weights for a weighted average), and whether AI marks reach pupils without the teacher's
// review. Anything left on "the school's setting" follows the admin's AI settings, which are shown in words.

import { api, ApiError } from "../../api.js";
import { field } from "../../components/field.js";
import { el } from "../../components/html.js";
import { AGGREGATION_LABELS, parseWeights, splitModels, weightsText } from "../marking/settings-values.js";

let counter = 0;

function runsWords(n) {
  return n === 1 ? "1 run" : `${n} runs`;
}

/** The models, runs, way of combining them and weights, each starting from the assessment's own setting. */
function markingControls(saved) {
  return {
    models: field({
      label: "Models for this assessment (optional)",
      value: (saved.models || []).join(", "),
      autocomplete: "off",
      spellcheck: "false",
      help: "Separate them with commas, at most 5. Leave it empty to use the school's models.",
    }),
    runs: field({
      label: "Runs per model",
      as: "select",
      options: [
        { value: "", label: "The school's setting", selected: !saved.runs_per_model },
        ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: runsWords(n), selected: saved.runs_per_model === n })),
      ],
      help: "More runs show how sure the AI is: the marking page says when the runs disagree.",
    }),
    aggregation: field({
      label: "Combine the runs by",
      as: "select",
      options: [
        { value: "", label: "The school's setting", selected: !saved.aggregation },
        ...Object.entries(AGGREGATION_LABELS).map(([value, label]) => ({ value, label, selected: saved.aggregation === value })),
      ],
    }),
    weights: field({
      label: "Weights for the weighted average (optional)",
      as: "textarea",
      rows: 2,
      spellcheck: "false",
      value: weightsText(saved.model_weights),
      help: "One model on each line, like “gpt-4o = 2”. A model not listed counts 1.",
    }),
  };
}

/** The school's defaults, in words, so "the school's setting" means something. */
async function showSchoolDefaults(note) {
  try {
    const d = await api("/api/marking/ai-defaults");
    const method = AGGREGATION_LABELS[d.aggregation] || d.aggregation;
    note.textContent = d.configured
      ? `The school's settings: ${d.models.join(", ")}, ${runsWords(d.runs_per_model)} per model, combined by ${method.toLowerCase()}.`
      : `${d.message} These settings are used once the school's admin sets up an AI service.`;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    note.textContent = "The school's settings could not be loaded just now.";
  }
}

/** { value } for the API, or { error: true, focus } after showing the problem beside its field. */
function readMarking({ models, runs, aggregation, weights, autoRelease }) {
  models.clearError();
  weights.clearError();
  const list = splitModels(models.input.value);
  if (list.length > 5 || list.some((m) => m.length > 100)) {
    models.setError("Choose at most 5 models, each name at most 100 characters.");
    return { error: true, focus: models.input };
  }
  const parsed = parseWeights(weights.input.value);
  if (parsed.error) {
    weights.setError(parsed.error);
    return { error: true, focus: weights.input };
  }
  const aiMarking = {};
  if (list.length) aiMarking.models = list;
  if (runs.input.value) aiMarking.runs_per_model = Number(runs.input.value);
  if (aggregation.input.value) aiMarking.aggregation = aggregation.input.value;
  if (Object.keys(parsed.value).length) aiMarking.model_weights = parsed.value;
  return { value: { auto_release_ai_marks: autoRelease.checked, ai_marking: aiMarking } };
}

/**
 * The fields for `assessment` (with `ai_marking` and `auto_release_ai_marks`).
 * Returns { element, read() } where read() gives { value: {auto_release_ai_marks, ai_marking} } or
 * { error: true, focus } after showing the problem beside its field.
 */
export function aiMarkingFields(assessment) {
  const id = `ai-marking-${++counter}`;
  const schoolNote = el("p", { class: "field__help", dataset: { testid: "school-ai-defaults" } }, "Loading the school's settings…");
  const autoRelease = el("input", { type: "checkbox", id: `${id}-release`, checked: Boolean(assessment.auto_release_ai_marks), "aria-describedby": `${id}-release-help` });
  const controls = { ...markingControls(assessment.ai_marking || {}), autoRelease };
  showSchoolDefaults(schoolNote);
  const element = el(
    "fieldset",
    { class: "review-form__section", dataset: { testid: "ai-marking-settings" } },
    el("legend", { class: "review-form__legend" }, "Marking written answers with AI"),
    schoolNote,
    el(
      "div",
      { class: "review-settings__check" },
      el("label", { class: "choice", for: `${id}-release` }, autoRelease, el("span", {}, "Give pupils AI marks for written answers without my review")),
      el("p", { class: "field__help review-settings__check-help", id: `${id}-release-help` }, "When this is off, you check each AI mark on the Marking page first."),
    ),
    controls.models.element,
    el("div", { class: "cluster review-form__inline" }, controls.runs.element, controls.aggregation.element),
    controls.weights.element,
  );
  return { element, read: () => readMarking(controls) };
}
