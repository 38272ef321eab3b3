// The create-assessment wizard: 1 unit → 2 lesson materials (upload, see what was found, correct it) →
// 3 settings → 4 the draft is made (a background job; the page shows its progress and can be left and
// come back to) → the review page. Each step is in the address (?unit=…&step=…, ?job=…), so a reload or a
// return visit lands on the same step.

import { api, apiUpload, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { progressBar, updateProgress } from "../components/progress.js";

const STEPS = ["Unit", "Lesson materials", "Settings", "Make the draft"];
const REVIEW_PAGE = "/teacher/review-questions.html";
const LAST_JOB_KEY = "ks3.generation.lastJob";
const POLL_MS = 1200;
const DIFFICULTY_WORDS = { 1: "1 (easiest)", 2: "2", 3: "3", 4: "4", 5: "5 (hardest)" };
const TYPE_CHOICES = [
  { value: "allowed", label: "Can be used" },
  { value: "required", label: "Must be used" },
  { value: "excluded", label: "Leave out" },
];

const state = {
  main: null,
  options: null,
  unit: null,
  objectives: [], // [{code, description, strands}]
  vocabulary: [], // [{term, definition}]
  settings: null, // kept when going back from step 4 to step 3
  pollTimer: null,
};

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    state.main = main;
    state.options = await api("/api/generation/options");
    const params = new URLSearchParams(location.search);
    if (params.get("job")) return showProgress(params.get("job"), { focus: false });
    if (params.get("unit")) {
      state.unit = await api(`/api/units/${encodeURIComponent(params.get("unit"))}`);
      if (params.get("step") === "settings") return showSettings({ focus: false });
      return showMaterials({ focus: false });
    }
    return showUnitStep({ focus: false });
  },
});

// ---- shared layout ----------------------------------------------------------------------------------

function setAddress(params) {
  const query = new URLSearchParams(params).toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function stepList(current) {
  return el(
    "ol",
    { class: "cluster", "aria-label": "Steps", style: { listStyle: "none", paddingLeft: "0" } },
    STEPS.map((name, index) =>
      el(
        "li",
        { "aria-current": index === current ? "step" : null, class: index === current ? "badge badge--info" : "badge" },
        `Step ${index + 1} of ${STEPS.length}: ${name}`,
      ),
    ),
  );
}

/** Draw one step: the page title, the list of steps, and the step's own heading and content. */
function drawStep(index, lead, content, { focus = true } = {}) {
  const heading = el("h2", { id: "step-heading", tabindex: "-1" }, `Step ${index + 1} of ${STEPS.length}: ${STEPS[index]}`);
  replaceChildren(
    state.main,
    el(
      "div",
      { class: "page__header" },
      el("h1", {}, "Create an assessment"),
      state.unit ? el("p", { class: "page__lead" }, `Unit: ${state.unit.title} (Year ${state.unit.year_group})`) : null,
      stepList(index),
    ),
    el("section", { "aria-labelledby": "step-heading", class: "stack" }, heading, lead ? el("p", {}, lead) : null, content),
  );
  if (focus) heading.focus();
}

function statusArea() {
  return el("div", { class: "status-area", "aria-live": "polite" });
}

function showStatus(area, message, kind = "warning") {
  replaceChildren(area, message ? el("p", { class: `status status--${kind}`, role: kind === "warning" ? "alert" : "status" }, message) : null);
}

function describe(error) {
  if (error instanceof ApiError) return error.detail;
  console.error(error);
  return "Something went wrong. Your work on this page is still here. Please try again.";
}

function button(label, onClick, { kind = "", type = "button", testid } = {}) {
  return el("button", { type, class: ["button", kind && `button--${kind}`], onClick, "data-testid": testid }, label);
}

// ---- step 1: the unit ------------------------------------------------------------------------------------

async function showUnitStep({ focus = true } = {}) {
  const units = await api("/api/units");
  const status = statusArea();
  const pending = await pendingJobNotice();
  const title = field({ label: "Title of the new unit", name: "unit-title", maxlength: 200, help: "For example: Data representation" });
  const year = field({
    label: "Year group",
    as: "select",
    name: "unit-year",
    options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}` })),
  });
  const newUnit = el("div", { class: "stack", id: "new-unit-fields" }, title.element, year.element);
  let chooser = null;
  let existing = null;
  if (units.length) {
    existing = field({
      label: "Unit",
      as: "select",
      name: "unit",
      options: units.map((u) => ({
        value: u.id,
        label: `${u.title} (Year ${u.year_group}, ${u.document_count} document${u.document_count === 1 ? "" : "s"})`,
      })),
    });
    const pickExisting = el("input", { type: "radio", name: "unit-choice", value: "existing", checked: true });
    const pickNew = el("input", { type: "radio", name: "unit-choice", value: "new" });
    const toggle = () => {
      existing.element.hidden = !pickExisting.checked;
      newUnit.hidden = !pickNew.checked;
    };
    pickExisting.addEventListener("change", toggle);
    pickNew.addEventListener("change", toggle);
    chooser = el(
      "fieldset",
      {},
      el("legend", {}, "Which unit is this assessment for?"),
      el("label", { class: "choice" }, pickExisting, "A unit that already exists"),
      el("label", { class: "choice" }, pickNew, "A new unit"),
    );
    toggle();
  }
  const form = el(
    "form",
    { class: "stack", novalidate: true },
    chooser,
    existing ? existing.element : null,
    newUnit,
    status,
    el("div", { class: "cluster" }, button("Continue to lesson materials", null, { type: "submit" })),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    title.clearError();
    showStatus(status, "");
    const useExisting = existing && form.querySelector('input[name="unit-choice"]:checked').value === "existing";
    try {
      if (useExisting) {
        state.unit = units.find((u) => u.id === existing.input.value);
      } else {
        const name = title.input.value.trim();
        if (!name) {
          title.setError("Type a title for the new unit.");
          title.input.focus();
          return;
        }
        state.unit = await api("/api/units", { method: "POST", body: { title: name, year_group: Number(year.input.value) } });
      }
      setAddress({ unit: state.unit.id });
      await showMaterials();
    } catch (error) {
      showStatus(status, describe(error));
    }
  });
  drawStep(
    0,
    "Choose the unit the questions are about. Its lesson documents are what the questions are made from.",
    el("div", { class: "stack" }, pending, form),
    { focus },
  );
}

/** A note about a draft that is still being made (the teacher left the page while it was running). */
async function pendingJobNotice() {
  let saved;
  try {
    saved = JSON.parse(localStorage.getItem(LAST_JOB_KEY) || "null");
  } catch {
    return null;
  }
  if (!saved?.id) return null;
  try {
    const job = await api(`/api/jobs/${encodeURIComponent(saved.id)}`);
    if (job.status === "done" && job.assessment_id) {
      localStorage.removeItem(LAST_JOB_KEY);
      return el(
        "p",
        { class: "status status--success", role: "status" },
        "Your last draft is ready. ",
        el("a", { href: `${REVIEW_PAGE}?id=${encodeURIComponent(job.assessment_id)}` }, "Open the draft"),
      );
    }
    if (job.status === "failed") {
      localStorage.removeItem(LAST_JOB_KEY);
      return null;
    }
    return el(
      "p",
      { class: "status status--plain", role: "status" },
      "A draft you started is still being made. ",
      el("a", { href: `?job=${encodeURIComponent(saved.id)}` }, "See its progress"),
    );
  } catch {
    return null;
  }
}

// ---- step 2: lesson materials ----------------------------------------------------------------------------

async function loadMaterials() {
  const id = encodeURIComponent(state.unit.id);
  const [documents, materials] = await Promise.all([api(`/api/units/${id}/documents`), api(`/api/units/${id}/materials`)]);
  return { documents, materials };
}

function objectivesFrom(materials) {
  if (materials.saved.objectives.length) {
    return materials.saved.objectives.map((o) => ({ code: o.code, description: o.description, strands: o.strands || [] }));
  }
  return materials.found.objectives.map((o) => ({ code: o.code, description: o.text, strands: [] }));
}

function vocabularyFrom(materials) {
  const list = materials.saved.vocabulary.length ? materials.saved.vocabulary : materials.found.vocabulary;
  return list.map((v) => ({ term: v.term, definition: v.definition || "" }));
}

async function showMaterials({ focus = true, keepEdits = false, report = null } = {}) {
  setAddress({ unit: state.unit.id });
  const { documents, materials } = await loadMaterials();
  if (!keepEdits) {
    state.objectives = objectivesFrom(materials);
    state.vocabulary = vocabularyFrom(materials);
  } else {
    // New documents add what they found; nothing the teacher typed is lost.
    const known = new Set(state.objectives.map((o) => o.description.trim().toLowerCase()));
    for (const found of materials.found.objectives) {
      if (known.has(found.text.trim().toLowerCase())) continue;
      const codes = new Set(state.objectives.map((o) => o.code));
      let number = state.objectives.length + 1;
      while (codes.has(`LO${number}`)) number += 1;
      state.objectives.push({ code: `LO${number}`, description: found.text, strands: [] });
    }
    const terms = new Set(state.vocabulary.map((v) => v.term.trim().toLowerCase()));
    for (const item of materials.found.vocabulary) {
      if (!terms.has(item.term.trim().toLowerCase())) state.vocabulary.push({ term: item.term, definition: item.definition || "" });
    }
  }
  const status = statusArea();
  const objectivesList = el("tbody");
  const vocabularyList = el("tbody");
  const objectivesHeading = el("h3", { id: "objectives-heading" });
  const vocabularyHeading = el("h3", { id: "vocabulary-heading" });
  const redraw = () => {
    objectivesHeading.textContent = `Learning objectives (${state.objectives.length})`;
    vocabularyHeading.textContent = `Key vocabulary (${state.vocabulary.length} word${state.vocabulary.length === 1 ? "" : "s"})`;
    replaceChildren(objectivesList, state.objectives.map((o, i) => objectiveRow(o, i, redraw)));
    replaceChildren(vocabularyList, state.vocabulary.map((v, i) => vocabularyRow(v, i, redraw)));
  };
  redraw();
  const save = async () => {
    showStatus(status, "");
    const objectives = state.objectives
      .filter((o) => o.description.trim())
      .map((o, i) => ({ code: o.code.trim() || `LO${i + 1}`, description: o.description.trim(), strands: o.strands }));
    const vocabulary = state.vocabulary.filter((v) => v.term.trim()).map((v) => ({ term: v.term.trim(), definition: v.definition.trim() }));
    if (!documents.length && !objectives.length && !vocabulary.length) {
      showStatus(status, "Upload a lesson document, or add at least one objective or key word, before you continue.");
      return;
    }
    try {
      await api(`/api/units/${encodeURIComponent(state.unit.id)}/materials`, { method: "PUT", body: { objectives, vocabulary } });
      await showSettings();
    } catch (error) {
      showStatus(status, describe(error));
    }
  };
  drawStep(
    1,
    "Upload the lesson plans, slides or worksheets for this unit. Then check the objectives and key words found in them: the questions are made from these.",
    el(
      "div",
      { class: "stack--large" },
      uploadSection(report),
      documentsSection(documents),
      el(
        "section",
        { "aria-labelledby": "objectives-heading", class: "stack" },
        objectivesHeading,
        el("p", { class: "muted" }, "Correct any objective that is not right, remove ones you do not want, or add your own."),
        editTable("objectives-list", "Learning objectives", ["Code", "Objective", "Remove"], objectivesList),
        button("Add an objective", () => {
          state.objectives.push({ code: `LO${state.objectives.length + 1}`, description: "", strands: [] });
          redraw();
          objectivesList.querySelector("tr:last-child input[data-part=description]")?.focus();
        }, { kind: "secondary" }),
      ),
      el(
        "section",
        { "aria-labelledby": "vocabulary-heading", class: "stack" },
        vocabularyHeading,
        el("p", { class: "muted" }, "Each word with its meaning. Questions about words use these meanings."),
        editTable("vocabulary-list", "Key vocabulary", ["Key word", "Meaning", "Remove"], vocabularyList),
        button("Add a key word", () => {
          state.vocabulary.push({ term: "", definition: "" });
          redraw();
          vocabularyList.querySelector("tr:last-child input[data-part=term]")?.focus();
        }, { kind: "secondary" }),
      ),
      status,
      el(
        "div",
        { class: "cluster" },
        button("Back to the unit", () => {
          setAddress({});
          showUnitStep();
        }, { kind: "secondary" }),
        button("Save and continue to settings", save),
      ),
    ),
    { focus },
  );
}

function editTable(testid, caption, headings, body) {
  return el(
    "div",
    { class: "table-wrap" },
    el(
      "table",
      { class: "table", "data-testid": testid },
      el("caption", { class: "visually-hidden" }, caption),
      el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
      body,
    ),
  );
}

function cellInput(id, label, value, attrs, onInput, { wide = false } = {}) {
  const input = el("input", { class: "input", id, value, ...attrs });
  input.addEventListener("input", () => onInput(input.value));
  // The wide column takes the room the table has left, so long objectives can be read while editing.
  return el("td", { style: wide ? { width: "100%" } : null }, el("label", { class: "visually-hidden", for: id }, label), input);
}

function objectiveRow(objective, index, redraw) {
  const number = index + 1;
  return el(
    "tr",
    {},
    cellInput(`objective-code-${number}`, `Code for objective ${number}`, objective.code,
      { maxlength: 20, "data-part": "code", style: { width: "6rem" } }, (v) => (objective.code = v)),
    cellInput(`objective-text-${number}`, `Objective ${number}`, objective.description,
      { maxlength: 1000, "data-part": "description", style: { maxWidth: "none" } }, (v) => (objective.description = v),
      { wide: true }),
    el("td", {}, button(`Remove objective ${number}`, () => {
      state.objectives.splice(index, 1);
      redraw();
    }, { kind: "quiet" })),
  );
}

function vocabularyRow(item, index, redraw) {
  const number = index + 1;
  return el(
    "tr",
    {},
    cellInput(`term-${number}`, `Key word ${number}`, item.term,
      { maxlength: 100, "data-part": "term", style: { width: "11rem" } }, (v) => (item.term = v)),
    cellInput(`meaning-${number}`, `Meaning of key word ${number}`, item.definition,
      { maxlength: 1000, style: { maxWidth: "none" } }, (v) => (item.definition = v), { wide: true }),
    el("td", {}, button(`Remove key word ${number}`, () => {
      state.vocabulary.splice(index, 1);
      redraw();
    }, { kind: "quiet" })),
  );
}

function uploadSection(report) {
  const input = el("input", { type: "file", id: "materials-files", class: "input", multiple: true, accept: ".docx,.pptx,.pdf,.zip" });
  const status = statusArea();
  const progressHolder = el("div");
  const upload = async () => {
    showStatus(status, "");
    if (!input.files.length) {
      showStatus(status, "Choose one or more files first.");
      input.focus();
      return;
    }
    const form = new FormData();
    for (const file of input.files) form.append("files", file);
    const bar = progressBar({ value: 0, max: 100, label: "Uploading: 0% sent" });
    replaceChildren(progressHolder, bar);
    uploadButton.disabled = true;
    try {
      const result = await apiUpload(`/api/units/${encodeURIComponent(state.unit.id)}/documents`, form, {
        onProgress: (fraction) => {
          const percent = Math.round(fraction * 100);
          updateProgress(bar, { value: percent, max: 100, label: percent < 100 ? `Uploading: ${percent}% sent` : "Reading the documents…" });
        },
      });
      await showMaterials({ focus: false, keepEdits: true, report: result });
      document.getElementById("upload-report")?.focus();
    } catch (error) {
      replaceChildren(progressHolder);
      showStatus(status, describe(error));
    } finally {
      uploadButton.disabled = false;
    }
  };
  const uploadButton = button("Upload the files", upload);
  return el(
    "section",
    { "aria-labelledby": "upload-heading", class: "stack" },
    el("h3", { id: "upload-heading" }, "Upload lesson documents"),
    el(
      "div",
      { class: "field" },
      el("label", { class: "field__label", for: input.id }, "Choose files"),
      el("span", { class: "field__help", id: "materials-files-help" }, "Word (.docx), PowerPoint (.pptx), PDF, or a .zip of them. You can choose several at once."),
      input,
    ),
    el("div", { class: "cluster" }, uploadButton),
    progressHolder,
    status,
    report ? uploadReport(report) : null,
  );
}

function uploadReport(report) {
  return el(
    "div",
    { id: "upload-report", tabindex: "-1", class: "stack", "data-testid": "upload-report" },
    el("p", { class: `status ${report.refused ? "status--warning" : "status--success"}`, role: "status" }, report.message),
    el(
      "ul",
      {},
      report.files.map((file) =>
        el("li", {}, el("span", { class: `badge ${file.status === "read" ? "badge--success" : "badge--warning"}` }, file.status === "read" ? "Read" : "Not used"), " ", `${file.filename}: ${file.detail}`),
      ),
    ),
  );
}

function documentsSection(documents) {
  if (!documents.length) {
    return el("p", { class: "status status--plain", role: "status" }, "This unit has no documents yet. Upload some above, or type the objectives and key words below.");
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
        el(
          "tbody",
          {},
          documents.map((d) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, d.filename),
              el("td", {}, d.file_type.toUpperCase()),
              el("td", { class: "number" }, d.objectives.length),
              el("td", { class: "number" }, d.vocabulary_count),
            ),
          ),
        ),
      ),
    ),
    documents.map((d) =>
      el("details", {}, el("summary", {}, `Preview of ${d.filename}`), el("pre", { style: { whiteSpace: "pre-wrap", maxHeight: "16rem", overflow: "auto" } }, d.preview || "(no text found)")),
    ),
  );
}

// ---- step 3: settings ------------------------------------------------------------------------------------

function defaultSettings() {
  return {
    title: `${state.unit.title} assessment`.slice(0, 200),
    num_questions: 10,
    time_limit_minutes: "",
    low: 1,
    high: 5,
    types: {},
    teacher_instructions: "",
    provider: state.options.ai_available ? "ai" : "offline",
  };
}

async function showSettings({ focus = true } = {}) {
  setAddress({ unit: state.unit.id, step: "settings" });
  const values = state.settings || defaultSettings();
  const status = statusArea();
  const title = field({ label: "Title", name: "title", value: values.title, maxlength: 200, help: "Pupils see this title." });
  const count = field({ label: "Number of questions", name: "num_questions", type: "number", min: 1, max: state.options.max_questions, value: String(values.num_questions), class: "input input--short" });
  const time = field({ label: "Time limit in minutes (optional)", name: "time_limit", type: "number", min: 1, max: 300, value: String(values.time_limit_minutes), class: "input input--short", help: "Leave empty for no time limit." });
  const difficultyOptions = (selected) => [1, 2, 3, 4, 5].map((d) => ({ value: String(d), label: DIFFICULTY_WORDS[d], selected: d === selected }));
  const low = field({ label: "Easiest question", as: "select", name: "difficulty_low", options: difficultyOptions(values.low) });
  const high = field({ label: "Hardest question", as: "select", name: "difficulty_high", options: difficultyOptions(values.high) });
  const typeSelects = {};
  const typeRows = state.options.question_types.map((t) => {
    const id = `type-${t.type}`;
    const select = el(
      "select",
      { class: "select", id, name: t.type },
      TYPE_CHOICES.map((c) => el("option", { value: c.value, selected: (values.types[t.type] || "allowed") === c.value }, c.label)),
    );
    typeSelects[t.type] = select;
    return el("tr", {}, el("th", { scope: "row" }, el("label", { for: id }, capitalise(t.name))), el("td", {}, select));
  });
  const instructions = field({
    label: "Instructions (optional)",
    as: "textarea",
    name: "teacher_instructions",
    maxlength: 2000,
    help: "For example: Focus on binary to denary. Include two Python questions.",
  });
  instructions.input.value = values.teacher_instructions;
  let providerChoice;
  if (state.options.ai_available) {
    const ai = el("input", { type: "radio", name: "provider", value: "ai", checked: values.provider === "ai" });
    const offline = el("input", { type: "radio", name: "provider", value: "offline", checked: values.provider === "offline" });
    providerChoice = el(
      "fieldset",
      {},
      el("legend", {}, "Who writes the draft?"),
      el("label", { class: "choice" }, ai, `The AI (${state.options.model})`),
      el("label", { class: "choice" }, offline, "The offline generator (no AI: questions built from your materials)"),
    );
  } else {
    providerChoice = el("p", { class: "status status--plain", role: "status" }, "No AI service is set up, so the offline generator will make the draft from your materials.");
  }
  const read = () => ({
    title: title.input.value.trim(),
    num_questions: Number(count.input.value),
    time_limit_minutes: time.input.value.trim(),
    low: Number(low.input.value),
    high: Number(high.input.value),
    types: Object.fromEntries(Object.entries(typeSelects).map(([type, select]) => [type, select.value])),
    teacher_instructions: instructions.input.value,
    provider: state.options.ai_available ? state.main.querySelector('input[name="provider"]:checked').value : "offline",
  });
  const form = el(
    "form",
    { class: "stack", novalidate: true },
    title.element,
    count.element,
    time.element,
    el("fieldset", {}, el("legend", {}, "Difficulty"), el("div", { class: "cluster" }, low.element, high.element)),
    el(
      "fieldset",
      {},
      el("legend", {}, "Question types"),
      el("p", { class: "muted" }, "A draft uses at least 4 different types when it can."),
      el(
        "div",
        { class: "table-wrap" },
        el(
          "table",
          { class: "table", "data-testid": "types-table" },
          el("caption", { class: "visually-hidden" }, "Which question types the draft may use"),
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Type"), el("th", { scope: "col" }, "Use"))),
          el("tbody", {}, typeRows),
        ),
      ),
    ),
    instructions.element,
    providerChoice,
    status,
    el(
      "div",
      { class: "cluster" },
      button("Back to lesson materials", () => {
        state.settings = read();
        showMaterials();
      }, { kind: "secondary" }),
      button("Make the draft", null, { type: "submit" }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    for (const f of [title, count, time, high]) f.clearError();
    showStatus(status, "");
    const values = read();
    state.settings = values;
    const problems = checkSettings(values, { title, count, time, high });
    if (problems) return;
    try {
      await startGeneration(values);
    } catch (error) {
      showStatus(status, describe(error));
    }
  });
  drawStep(2, "Say how the assessment should look. You can change every question afterwards.", form, { focus });
}

/** Ask for the draft and follow its progress. Throws ApiError (shown by the caller) when it is refused. */
async function startGeneration(values) {
  const body = {
    unit_id: state.unit.id,
    title: values.title,
    num_questions: values.num_questions,
    time_limit_minutes: values.time_limit_minutes ? Number(values.time_limit_minutes) : null,
    difficulty_range: [values.low, values.high],
    required_question_types: Object.keys(values.types).filter((t) => values.types[t] === "required"),
    excluded_question_types: Object.keys(values.types).filter((t) => values.types[t] === "excluded"),
    teacher_instructions: values.teacher_instructions.trim(),
    provider: values.provider,
  };
  const started = await api("/api/assessments/generate", { method: "POST", body });
  try {
    localStorage.setItem(LAST_JOB_KEY, JSON.stringify({ id: started.job_id, at: Date.now() }));
  } catch {
    // Storage may be off: the address still holds the job.
  }
  await showProgress(started.job_id, { generator: started.generator });
}

function checkSettings(values, fields) {
  let first = null;
  const fail = (f, message) => {
    f.setError(message);
    first = first || f;
  };
  if (!values.title) fail(fields.title, "Type a title.");
  if (!Number.isInteger(values.num_questions) || values.num_questions < 1 || values.num_questions > state.options.max_questions) {
    fail(fields.count, `Choose a whole number from 1 to ${state.options.max_questions}.`);
  }
  if (values.time_limit_minutes && !(Number(values.time_limit_minutes) >= 1 && Number(values.time_limit_minutes) <= 300)) {
    fail(fields.time, "Type a number of minutes from 1 to 300, or leave it empty.");
  }
  if (values.low > values.high) fail(fields.high, "The hardest question cannot be easier than the easiest one.");
  if (first) first.input.focus();
  return first;
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---- step 4: making the draft ----------------------------------------------------------------------------

const STATUS_WORDS = { queued: "Waiting for its turn", running: "Working on it", done: "Finished", failed: "Stopped" };

async function showProgress(jobId, { focus = true, generator } = {}) {
  clearTimeout(state.pollTimer);
  setAddress({ job: jobId });
  const bar = progressBar({ value: 0, max: 100, label: "Waiting for its turn" });
  const live = el("p", { class: "status status--plain", role: "status", "data-testid": "generation-status" }, "The draft has been asked for.");
  const actions = el("div", { class: "cluster" });
  const progressBox = el("div", { "data-testid": "generation-progress" }, bar);
  const who = generator === "ai" ? "The AI is writing the questions. " : generator === "offline" ? "The offline generator is building the questions. " : "";
  drawStep(
    3,
    `${who}You can leave this page: the draft keeps being made. Come back to Create an assessment to see it.`,
    el("div", { class: "stack" }, progressBox, live, actions),
    { focus },
  );
  const poll = async () => {
    let job;
    try {
      job = await api(`/api/jobs/${encodeURIComponent(jobId)}`);
    } catch (error) {
      if (error instanceof ApiError && error.isNetworkError) {
        live.textContent = "Could not reach the school server. Trying again…";
        state.pollTimer = setTimeout(poll, POLL_MS * 3);
        return;
      }
      replaceChildren(live, describe(error));
      return;
    }
    const words = job.message || STATUS_WORDS[job.status] || job.status;
    updateProgress(bar, { value: job.progress, max: 100, label: `${words} (${job.progress}% done)` });
    if (job.status === "done" && job.assessment_id) {
      try {
        localStorage.removeItem(LAST_JOB_KEY);
      } catch {
        // nothing to forget
      }
      live.className = "status status--success";
      live.textContent = "The draft is ready. Opening it now.";
      location.assign(`${REVIEW_PAGE}?id=${encodeURIComponent(job.assessment_id)}`);
      return;
    }
    if (job.status === "failed") {
      live.className = "status status--warning";
      live.setAttribute("role", "alert");
      live.textContent = job.error || "The draft could not be made.";
      replaceChildren(actions, failedActions(live));
      return;
    }
    if (job.status === "queued" && job.error) live.textContent = job.message || job.error;
    else live.textContent = `${STATUS_WORDS[job.status] || job.status}.`;
    state.pollTimer = setTimeout(poll, POLL_MS);
  };
  await poll();
}

function failedActions(status) {
  const buttons = [];
  if (state.unit && state.settings) {
    buttons.push(button("Change the settings", () => showSettings()));
    if (state.settings.provider === "ai") {
      buttons.push(
        button("Make it with the offline generator", async () => {
          state.settings = { ...state.settings, provider: "offline" };
          try {
            await startGeneration(state.settings);
          } catch (error) {
            showStatus(status, describe(error));
          }
        }, { kind: "secondary" }),
      );
    }
  } else {
    buttons.push(button("Start again", () => {
      setAddress({});
      showUnitStep();
    }));
  }
  return buttons;
}
