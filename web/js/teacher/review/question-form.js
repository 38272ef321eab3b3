// Editing one question in place: the type's own editor (renderEditor) for the answer, plus the fields every
// question has (text, picture, points, difficulty, time, hint, feedback, objective, strands, tags, and an
// easier version that is itself a question of any type). Saving sends the whole question; when the server
// refuses it (422), its problems go beside the fields they concern and everything typed stays on screen.
//
// The form is an object (`form` below) that the functions of this module are given: the question, the draft being
// edited, whether it has changed, the controls problems are placed beside, and the form's parts.

import { api, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { confirmDialog } from "../../components/modal.js";
import { rendererFor } from "../../components/question-types/index.js";
import { clone } from "../../components/question-types/shared/dom.js";
import { statusArea } from "../../components/status.js";
import { numberBox, section, textBox } from "./form-controls.js";
import { DIFFICULTY_CHOICES, typeLabel } from "./labels.js";
import { pictureFields } from "./picture-fields.js";
import { clearProblems, placeProblems, problemsFromError } from "./problems.js";
import { scaffoldFields } from "./scaffold-fields.js";
import { starterConfig } from "./starters.js";

const FEEDBACK_LABELS = [
  ["correct", "Feedback when the answer is correct"],
  ["partial", "Feedback when the answer is partly right"],
  ["incorrect", "Feedback when the answer is not right yet"],
];

function editable(question) {
  return {
    type: question.type,
    question_text: question.question_text ?? "",
    config: clone(question.config) ?? starterConfig(question.type),
    points: question.points ?? 1,
    difficulty: question.difficulty ?? 2,
    time_estimate_seconds: question.time_estimate_seconds ?? 60,
    hint: question.hint ?? "",
    scaffold: question.scaffold ? clone(question.scaffold) : null,
    feedback: { correct: "", partial: "", incorrect: "", ...(question.feedback || {}) },
    image_url: question.image_url ?? null,
    image_alt: question.image_alt ?? "",
    learning_objective_id: question.learning_objective_id ?? null,
    strands: [...(question.strands || [])],
    tags: [...(question.tags || [])],
  };
}

function drawEditor(form) {
  const { draft } = form;
  rendererFor(draft.type).renderEditor(form.editorRoot, draft.config, {
    onChange: (config) => {
      draft.config = config;
      form.touch();
    },
  });
}

/** The question text and the picture (for drag_label: the picture pupils label, kept in the config). */
function questionPart(form) {
  const { draft, fields, touch } = form;
  const text = textBox("Question text", draft.question_text, (v) => ((draft.question_text = v), touch()), {
    as: "textarea",
    rows: 4,
    help: "Pupils read this. Put `backticks` round code in a sentence, and ``` on the lines before and after a block of code.",
  });
  const isLabelling = () => draft.type === "drag_label";
  const picture = pictureFields({
    draft,
    isLabelling,
    onPicture: (url) => {
      if (isLabelling()) {
        draft.config = { ...draft.config, image: url };
        drawEditor(form); // a deliberate action (an upload), not typing: redrawing the editor is safe here
      } else {
        draft.image_url = url;
      }
      touch();
    },
    onRemove: () => ((draft.image_url = null), touch()),
    onAlt: (v) => ((draft.image_alt = v), touch()),
  });
  Object.assign(fields, { question_text: text.input, image_url: picture.fileInput, image_alt: picture.altInput });
  return section("The question", text.element, picture.element);
}

/** The answer: the type's own editor. */
function answerPart(form) {
  const help = el("p", { class: "field__help" }, "Pupils never see the answer key. The server checks the question can be answered when you save.");
  return section(`The answer: ${typeLabel(form.draft.type)}`, help, form.editorRoot);
}

function marksPart({ draft, fields, touch }) {
  const points = numberBox("Points", draft.points, (v) => ((draft.points = v), touch()), { min: 1, max: 10, help: "From 1 to 10." });
  const difficulty = field({
    label: "Difficulty",
    as: "select",
    options: DIFFICULTY_CHOICES.map((o) => ({ ...o, selected: Number(o.value) === Number(draft.difficulty) })),
  });
  difficulty.input.addEventListener("change", () => ((draft.difficulty = Number(difficulty.input.value)), touch()));
  const time = numberBox("Time it takes, in seconds", draft.time_estimate_seconds, (v) => ((draft.time_estimate_seconds = v), touch()), {
    min: 5,
    max: 3600,
    help: "About how long a pupil needs (5 to 3600).",
  });
  Object.assign(fields, { points: points.input, difficulty: difficulty.input, time_estimate_seconds: time.input });
  return section("Marks and level", el("div", { class: "cluster review-form__inline" }, points.element, difficulty.element, time.element));
}

function helpPart({ draft, fields, touch }) {
  const hint = textBox("Hint (optional)", draft.hint, (v) => ((draft.hint = v), touch()), {
    as: "textarea",
    rows: 2,
    help: "Pupils see it only when they press Need a hint?",
  });
  fields.hint = hint.input;
  const feedbackHelp = "You can use {correct}, {total}, {score} and {passed} to put in the pupil's numbers.";
  const feedback = FEEDBACK_LABELS.map(([key, label]) => {
    const control = textBox(label, draft.feedback[key], (v) => ((draft.feedback[key] = v), touch()), {
      as: "textarea",
      rows: 2,
      help: key === "correct" ? feedbackHelp : null,
    });
    fields[`feedback.${key}`] = control.input;
    return control.element;
  });
  return section("Hint and feedback", hint.element, ...feedback);
}

function curriculumPart({ draft, fields, touch, context }) {
  const objective = field({
    label: "Learning objective",
    as: "select",
    help: context.hasUnit ? null : "Choose the assessment's unit in Settings to link this question to one of its objectives.",
    options: [
      { value: "", label: "No learning objective", selected: !draft.learning_objective_id },
      ...context.objectives.map((o) => ({ value: o.id, label: `${o.code} – ${o.description}`, selected: o.id === draft.learning_objective_id })),
    ],
  });
  objective.input.addEventListener("change", () => ((draft.learning_objective_id = objective.input.value || null), touch()));
  const strands = strandChoices(context.taxonomy, draft.strands, (codes) => ((draft.strands = codes), touch()));
  const tags = textBox("Tags (optional)", draft.tags.join(", "), (v) => {
    draft.tags = v.split(",").map((t) => t.trim()).filter(Boolean);
    touch();
  }, { help: "Words to find the question by, separated by commas." });
  Object.assign(fields, { learning_objective_id: objective.input, strands, tags: tags.input });
  return section("Curriculum", objective.element, strands, tags.element);
}

function scaffoldPart(form) {
  form.scaffold = scaffoldFields(form.draft, form.touch);
  form.fields.scaffold = form.scaffold.element;
  return section("Easier version", form.scaffold.element);
}

/** What can be checked here before asking the server (so the common mistakes are named at once). */
function localProblems(draft, scaffold) {
  const found = [];
  const need = (fieldName, message) => found.push({ field: fieldName, message, severity: "error" });
  if (!draft.question_text.trim()) need("question_text", "Write the question text.");
  if (!Number.isInteger(draft.points) || draft.points < 1 || draft.points > 10) need("points", "Choose a whole number of points from 1 to 10.");
  if (!Number.isInteger(draft.time_estimate_seconds) || draft.time_estimate_seconds < 5 || draft.time_estimate_seconds > 3600) {
    need("time_estimate_seconds", "Choose a whole number of seconds from 5 to 3600.");
  }
  if (draft.image_url && draft.type !== "drag_label" && !draft.image_alt.trim()) {
    need("image_alt", "Describe the picture for pupils who cannot see it.");
  }
  if (scaffold.isOn() && !scaffold.value().question_text) need("scaffold.question_text", "Write the easier version's question text.");
  return found;
}

/** The whole question as the API takes it. */
function requestBody(draft, scaffold) {
  const labelling = draft.type === "drag_label";
  return {
    type: draft.type,
    question_text: draft.question_text.trim(),
    config: { ...draft.config, type: draft.type },
    points: draft.points,
    difficulty: draft.difficulty,
    time_estimate_seconds: draft.time_estimate_seconds,
    hint: draft.hint.trim() || null,
    scaffold: scaffold.isOn() ? scaffold.value() : null,
    feedback: draft.feedback,
    image_url: labelling ? null : draft.image_url || null,
    image_alt: labelling || !draft.image_url ? null : draft.image_alt.trim() || null,
    learning_objective_id: draft.learning_objective_id || null,
    strands: draft.strands,
    tags: draft.tags,
  };
}

/** Where problems go: the common fields, the type editor, the easier version's, and the top of the form. */
function targets(form) {
  const { scaffold } = form;
  return { fields: form.fields, editor: form.editorRoot, scaffold: { fields: scaffold.fields, editor: scaffold.editorRoot }, general: form.general };
}

/** Show the server's refusal: its problems beside their fields, its words in the form's status. */
function showRefusal(form, error) {
  if (!(error instanceof ApiError)) throw error;
  const problems = problemsFromError(error);
  const first = placeProblems(problems, targets(form));
  const more = problems.length ? " Each message is also beside the field it is about. Nothing you typed has been lost." : "";
  const message = form.status.say([error.detail, more], "warning");
  (first && typeof first.focus === "function" && first !== form.general ? first : message).focus();
}

async function saveQuestion(form, event) {
  event.preventDefault();
  const { saveButton, context } = form;
  if (saveButton.getAttribute("aria-disabled") === "true") return; // a second press while saving does nothing (the button keeps focus)
  clearProblems(form.element);
  form.status.clear();
  const local = localProblems(form.draft, form.scaffold);
  if (local.length) {
    const first = placeProblems(local, targets(form));
    form.status.say("Some fields need fixing before this question can be saved. The messages are beside them.", "warning");
    first?.focus();
    return;
  }
  saveButton.setAttribute("aria-disabled", "true");
  const label = saveButton.textContent;
  saveButton.textContent = "Saving…";
  try {
    const questions = `/api/assessments/${context.assessmentId}/questions`;
    const path = form.isNew ? questions : `${questions}/${form.question.id}`;
    const saved = await api(path, { method: form.isNew ? "POST" : "PATCH", body: requestBody(form.draft, form.scaffold) });
    form.changed = false;
    form.onSaved(saved);
  } catch (error) {
    showRefusal(form, error);
  } finally {
    saveButton.removeAttribute("aria-disabled");
    if (saveButton.textContent === "Saving…") saveButton.textContent = label;
  }
}

/** Leave without saving, after asking when anything has changed. */
async function cancelEditing(form) {
  const { isNew } = form;
  if (form.changed) {
    const sure = await confirmDialog({
      title: isNew ? "Leave without adding this question?" : "Cancel your changes?",
      message: isNew ? "What you wrote for this question will not be kept." : "The question goes back to how it was when it was last saved.",
      confirmLabel: isNew ? "Leave without adding it" : "Cancel my changes",
      cancelLabel: "Keep editing",
    });
    if (!sure) return;
  }
  form.onCancel();
}

function setNumber(form, n) {
  form.saveButton.textContent = form.isNew ? "Add this question" : `Save question ${n}`;
  form.cancelButton.textContent = form.isNew ? "Do not add this question" : "Cancel changes";
}

/**
 * The edit form for `question` (a saved question from the API, or a starter with `id: null`).
 *   context   { assessmentId, taxonomy: [{code, name}], objectives: [{id, code, description}], hasUnit }
 *   number    the question's number, for the button labels
 *   onSaved(response)   after a successful save: { question, problems, remarked, notice }
 *   onCancel()          the teacher left without saving (after confirming, if anything changed)
 * Returns { element, focus(), isChanged(), setNumber(n) }.
 */
export function questionForm({ question, number, context, onSaved, onCancel }) {
  const draft = editable(question);
  const form = {
    question,
    context,
    onSaved,
    onCancel,
    draft,
    isNew: !question.id,
    changed: false,
    fields: {}, // the common fields' controls by their path, for placing problems
    status: statusArea({ testid: "form-status", className: "review-form__status" }),
    general: el("div", { class: "review-form__general", tabindex: "-1" }),
    editorRoot: el("div", { class: "review-form__editor", dataset: { testid: "type-editor" } }),
    saveButton: el("button", { type: "submit", class: "button" }, ""),
    cancelButton: el("button", { type: "button", class: "button button--secondary", onClick: () => cancelEditing(form) }, ""),
  };
  form.touch = () => {
    form.changed = true;
  };
  setNumber(form, number);
  form.element = el(
    "form",
    { class: "review-form", novalidate: true, onSubmit: (event) => saveQuestion(form, event) },
    form.general,
    questionPart(form),
    answerPart(form),
    marksPart(form),
    helpPart(form),
    curriculumPart(form),
    scaffoldPart(form),
    form.status,
    el("div", { class: "cluster review-form__actions" }, form.saveButton, form.cancelButton),
  );
  drawEditor(form);
  return { element: form.element, focus: () => form.fields.question_text.focus(), isChanged: () => form.changed, setNumber: (n) => setNumber(form, n) };
}

/** Taxonomy strands as labelled checkboxes ("PG – Programming"). */
export function strandChoices(taxonomy, selected, onValue) {
  const chosen = new Set(selected);
  return el(
    "fieldset",
    { class: "review-strands", dataset: { testid: "strands" } },
    el("legend", {}, "Taxonomy strands"),
    el(
      "div",
      { class: "review-strands__choices" },
      taxonomy.map((strand) => {
        const box = el("input", { type: "checkbox", value: strand.code, checked: chosen.has(strand.code) });
        box.addEventListener("change", () => {
          if (box.checked) chosen.add(strand.code);
          else chosen.delete(strand.code);
          onValue(taxonomy.map((s) => s.code).filter((code) => chosen.has(code)));
        });
        return el("label", { class: "choice" }, box, el("span", {}, `${strand.code} – ${strand.name}`));
      }),
    ),
  );
}
