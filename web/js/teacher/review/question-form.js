// Editing one question in place: the type's own editor (renderEditor) for the answer, plus the fields every
// question has (text, picture, points, difficulty, time, hint, feedback, objective, strands, tags, and an
// easier version that is itself a question of any type). Saving sends the whole question; when the server
// refuses it (422), its problems go beside the fields they concern and everything typed stays on screen.

import { api, apiUpload, ApiError } from "../../api.js";
import { el } from "../../components/html.js";
import { field } from "../../components/field.js";
import { confirmDialog } from "../../components/modal.js";
import { rendererFor } from "../../components/question-types/index.js";
import { clone, uid } from "../../components/question-types/shared/dom.js";
import { DIFFICULTY_CHOICES, TYPE_LABELS, typeLabel } from "./labels.js";
import { clearProblems, placeProblems, problemsFromError } from "./problems.js";
import { starterConfig } from "./starters.js";

const IMAGE_TYPES = "image/png,image/jpeg,image/gif,image/webp";

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

function textBox(label, value, onValue, attrs = {}) {
  const control = field({ label, value: value ?? "", autocomplete: "off", ...attrs });
  control.input.addEventListener("input", () => onValue(control.input.value));
  return control;
}

function numberBox(label, value, onValue, { min, max, help }) {
  const control = field({ label, help, type: "number", inputmode: "numeric", min, max, step: 1, value: String(value) });
  control.input.classList.add("input--short");
  control.input.addEventListener("input", () => onValue(control.input.value === "" ? null : Number(control.input.value)));
  return control;
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
  const isNew = !question.id;
  const draft = editable(question);
  let changed = false;
  let saving = false;
  const touch = () => {
    changed = true;
  };

  const status = el("div", { class: "review-form__status", "aria-live": "polite", dataset: { testid: "form-status" } });
  const general = el("div", { class: "review-form__general", tabindex: "-1" });
  const fields = {};

  // ---- the question itself ----
  const text = textBox("Question text", draft.question_text, (v) => ((draft.question_text = v), touch()), {
    as: "textarea",
    rows: 4,
    help: "Pupils read this. Put `backticks` round code in a sentence, and ``` on the lines before and after a block of code.",
  });
  fields.question_text = text.input;

  // ---- the answer: the type's own editor ----
  const editorRoot = el("div", { class: "review-form__editor", dataset: { testid: "type-editor" } });
  const drawEditor = () =>
    rendererFor(draft.type).renderEditor(editorRoot, draft.config, {
      onChange: (config) => {
        draft.config = config;
        touch();
      },
    });

  // ---- a picture (for drag_label: the picture pupils label, kept in the config) ----
  const picture = pictureFields({
    draft,
    isLabelling: () => draft.type === "drag_label",
    onPicture: (url) => {
      if (draft.type === "drag_label") {
        draft.config = { ...draft.config, image: url };
        drawEditor(); // a deliberate action (an upload), not typing: redrawing the editor is safe here
      } else {
        draft.image_url = url;
      }
      touch();
    },
    onRemove: () => {
      draft.image_url = null;
      touch();
    },
    onAlt: (v) => {
      draft.image_alt = v;
      touch();
    },
  });
  fields.image_url = picture.fileInput;
  fields.image_alt = picture.altInput;

  // ---- marking and level ----
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

  // ---- help and feedback ----
  const hint = textBox("Hint (optional)", draft.hint, (v) => ((draft.hint = v), touch()), {
    as: "textarea",
    rows: 2,
    help: "Pupils see it only when they press Need a hint?",
  });
  fields.hint = hint.input;
  const feedbackHelp = "You can use {correct}, {total}, {score} and {passed} to put in the pupil's numbers.";
  const feedback = [
    ["correct", "Feedback when the answer is correct"],
    ["partial", "Feedback when the answer is partly right"],
    ["incorrect", "Feedback when the answer is not right yet"],
  ].map(([key, label]) => {
    const control = textBox(label, draft.feedback[key], (v) => ((draft.feedback[key] = v), touch()), {
      as: "textarea",
      rows: 2,
      help: key === "correct" ? feedbackHelp : null,
    });
    fields[`feedback.${key}`] = control.input;
    return control.element;
  });

  // ---- curriculum ----
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
  fields.learning_objective_id = objective.input;
  const strands = strandChoices(context.taxonomy, draft.strands, (codes) => ((draft.strands = codes), touch()));
  fields.strands = strands;
  const tags = textBox("Tags (optional)", draft.tags.join(", "), (v) => {
    draft.tags = v.split(",").map((t) => t.trim()).filter(Boolean);
    touch();
  }, { help: "Words to find the question by, separated by commas." });
  fields.tags = tags.input;

  // ---- the easier version ----
  const scaffold = scaffoldFields(draft, touch);
  fields.scaffold = scaffold.element;

  // ---- saving ----
  const saveButton = el("button", { type: "submit", class: "button" }, "");
  const cancelButton = el("button", { type: "button", class: "button button--secondary" }, "");
  const setNumber = (n) => {
    saveButton.textContent = isNew ? "Add this question" : `Save question ${n}`;
    cancelButton.textContent = isNew ? "Do not add this question" : "Cancel changes";
  };
  setNumber(number);

  function say(message, kind = "plain", more = null) {
    const cls = { warning: "status status--warning", success: "status status--success", plain: "status status--plain" }[kind];
    status.replaceChildren(el("div", { class: cls }, el("div", {}, el("p", { tabindex: "-1" }, message), more ? el("p", {}, more) : null)));
    return status.querySelector("p");
  }

  function targets() {
    return { fields, editor: editorRoot, scaffold: { fields: scaffold.fields, editor: scaffold.editorRoot }, general };
  }

  /** What can be checked here before asking the server (so the common mistakes are named at once). */
  function localProblems() {
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

  function body() {
    const config = { ...draft.config, type: draft.type };
    return {
      type: draft.type,
      question_text: draft.question_text.trim(),
      config,
      points: draft.points,
      difficulty: draft.difficulty,
      time_estimate_seconds: draft.time_estimate_seconds,
      hint: draft.hint.trim() || null,
      scaffold: scaffold.isOn() ? scaffold.value() : null,
      feedback: draft.feedback,
      image_url: draft.type === "drag_label" ? null : draft.image_url || null,
      image_alt: draft.type === "drag_label" || !draft.image_url ? null : draft.image_alt.trim() || null,
      learning_objective_id: draft.learning_objective_id || null,
      strands: draft.strands,
      tags: draft.tags,
    };
  }

  async function save(event) {
    event.preventDefault();
    if (saving) return; // a second press while saving does nothing (the button keeps focus)
    clearProblems(form);
    status.replaceChildren();
    const local = localProblems();
    if (local.length) {
      const first = placeProblems(local, targets());
      say("Some fields need fixing before this question can be saved. The messages are beside them.", "warning");
      first?.focus();
      return;
    }
    saving = true;
    saveButton.setAttribute("aria-disabled", "true");
    const label = saveButton.textContent;
    saveButton.textContent = "Saving…";
    try {
      const path = isNew
        ? `/api/assessments/${context.assessmentId}/questions`
        : `/api/assessments/${context.assessmentId}/questions/${question.id}`;
      const saved = await api(path, { method: isNew ? "POST" : "PATCH", body: body() });
      changed = false;
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const problems = problemsFromError(error);
      const first = placeProblems(problems, targets());
      const message = say(error.detail, "warning", problems.length ? "Each message is also beside the field it is about. Nothing you typed has been lost." : null);
      (first && typeof first.focus === "function" && first !== general ? first : message).focus();
    } finally {
      saving = false;
      saveButton.removeAttribute("aria-disabled");
      if (saveButton.textContent === "Saving…") saveButton.textContent = label;
    }
  }

  cancelButton.addEventListener("click", async () => {
    if (changed) {
      const sure = await confirmDialog({
        title: isNew ? "Leave without adding this question?" : "Cancel your changes?",
        message: isNew ? "What you wrote for this question will not be kept." : "The question goes back to how it was when it was last saved.",
        confirmLabel: isNew ? "Leave without adding it" : "Cancel my changes",
        cancelLabel: "Keep editing",
      });
      if (!sure) return;
    }
    onCancel();
  });

  const form = el(
    "form",
    { class: "review-form", novalidate: true, onSubmit: save },
    general,
    section("The question", text.element, picture.element),
    section(`The answer: ${typeLabel(draft.type)}`, el("p", { class: "field__help" }, "Pupils never see the answer key. The server checks the question can be answered when you save."), editorRoot),
    section("Marks and level", el("div", { class: "cluster review-form__inline" }, points.element, difficulty.element, time.element)),
    section("Hint and feedback", hint.element, ...feedback),
    section("Curriculum", objective.element, strands, tags.element),
    section("Easier version", scaffold.element),
    status,
    el("div", { class: "cluster review-form__actions" }, saveButton, cancelButton),
  );
  drawEditor();

  return {
    element: form,
    focus: () => text.input.focus(),
    isChanged: () => changed,
    setNumber,
  };
}

function section(title, ...children) {
  return el("fieldset", { class: "review-form__section" }, el("legend", { class: "review-form__legend" }, title), children);
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

/** The picture: upload through /api/media, see it, describe it, remove it. */
function pictureFields({ draft, isLabelling, onPicture, onRemove, onAlt }) {
  const preview = el("div", { class: "review-picture__preview" });
  const progress = el("p", { class: "review-picture__progress", role: "status" });
  const file = field({
    label: "Upload a picture",
    type: "file",
    accept: IMAGE_TYPES,
    help: "PNG, JPEG, GIF or WebP, at most 5 MB.",
  });
  file.input.classList.add("review-picture__file");
  const alt = field({ label: "Describe the picture", value: draft.image_alt ?? "", help: "For pupils who cannot see it, for example: A keyboard with the Enter key marked." });
  alt.input.addEventListener("input", () => onAlt(alt.input.value));

  const drawPreview = () => {
    const url = isLabelling() ? draft.config.image : draft.image_url;
    if (!url) {
      preview.replaceChildren(el("p", { class: "muted" }, isLabelling() ? "Upload the picture pupils will label, or type its address below." : "No picture."));
      return;
    }
    preview.replaceChildren(
      el("img", { class: "review-picture__image", src: url, alt: isLabelling() ? "" : draft.image_alt || "" }),
      isLabelling()
        ? null
        : el(
            "button",
            {
              type: "button",
              class: "button button--secondary button--small",
              onClick: () => {
                onRemove();
                drawPreview();
                progress.textContent = "The picture was removed. Save the question to keep this change.";
              },
            },
            "Remove picture",
          ),
    );
  };

  file.input.addEventListener("change", async () => {
    const chosen = file.input.files?.[0];
    if (!chosen) return;
    file.clearError();
    const data = new FormData();
    data.append("file", chosen);
    progress.textContent = `Uploading ${chosen.name}…`;
    try {
      const uploaded = await apiUpload("/api/media", data, {
        onProgress: (f) => (progress.textContent = `Uploading ${chosen.name}: ${Math.round(f * 100)}%`),
      });
      onPicture(uploaded.url);
      drawPreview();
      progress.textContent = `${chosen.name} is uploaded. Save the question to keep it.`;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      progress.textContent = "";
      file.setError(error.detail);
    } finally {
      file.input.value = "";
    }
  });

  drawPreview();
  const altHolder = el("div", { hidden: isLabelling() }, alt.element);
  return {
    element: el(
      "div",
      { class: "review-picture", id: uid("review-picture") },
      el("p", { class: "review-picture__title" }, isLabelling() ? "The picture to label" : "Picture (optional)"),
      preview,
      file.element,
      progress,
      altHolder,
    ),
    fileInput: file.input,
    altInput: alt.input,
  };
}

/** The easier version: on or off, its type, text, hint and its own type editor. */
function scaffoldFields(draft, touch) {
  const configs = new Map(); // the teacher's work per type, so switching type and back loses nothing
  const current = draft.scaffold ? clone(draft.scaffold) : { type: "multiple_choice", question_text: "", hint: "", config: null };
  current.config ??= starterConfig(current.type);
  configs.set(current.type, current.config);
  const fields = {};

  const on = el("input", { type: "checkbox", checked: Boolean(draft.scaffold) });
  const toggle = el(
    "label",
    { class: "choice" },
    on,
    el("span", {}, "Give pupils an easier version of this question"),
  );
  const typeSelect = field({
    label: "Type of the easier version",
    as: "select",
    options: Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label, selected: value === current.type })),
  });
  const text = textBox("Question text of the easier version", current.question_text, (v) => ((current.question_text = v), touch()), {
    as: "textarea",
    rows: 3,
  });
  const hint = textBox("Hint for the easier version (optional)", current.hint ?? "", (v) => ((current.hint = v), touch()), { as: "textarea", rows: 2 });
  const editorRoot = el("div", { class: "review-form__editor review-form__editor--scaffold", dataset: { testid: "scaffold-editor" } });
  const drawEditor = () =>
    rendererFor(current.type).renderEditor(editorRoot, current.config, {
      onChange: (config) => {
        current.config = config;
        configs.set(current.type, config);
        touch();
      },
    });
  typeSelect.input.addEventListener("change", () => {
    current.type = typeSelect.input.value;
    current.config = configs.get(current.type) ?? starterConfig(current.type);
    configs.set(current.type, current.config);
    drawEditor();
    touch();
  });
  Object.assign(fields, { type: typeSelect.input, question_text: text.input, hint: hint.input });

  const details = el(
    "div",
    { class: "review-form__scaffold", hidden: !on.checked },
    el("p", { class: "field__help" }, "Pupils can ask for it with Show me an easier version. It is a separate question about the same thing."),
    typeSelect.element,
    text.element,
    hint.element,
    editorRoot,
  );
  on.addEventListener("change", () => {
    details.hidden = !on.checked;
    if (on.checked && !editorRoot.childElementCount) drawEditor();
    touch();
  });
  if (on.checked) drawEditor();

  return {
    element: el("div", { class: "review-form__scaffold-wrap" }, toggle, details),
    fields,
    editorRoot,
    isOn: () => on.checked,
    value: () => ({
      type: current.type,
      question_text: current.question_text.trim(),
      config: { ...current.config, type: current.type },
      hint: (current.hint || "").trim() || null,
    }),
  };
}
