// Units of work. Without ?id: the department's units (year, half term, counts) and a form to create one.
// With ?id=<unit>: the unit's details, its topics and learning objectives (each objective with taxonomy
// strands as labelled checkboxes), in order (Move up / Move down), the lesson documents uploaded to it and
// what was found in each, and the ways on to the create-assessment wizard.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { field } from "../components/field.js";
import { confirmDialog } from "../components/modal.js";
import { count, whenWords } from "./review/labels.js";
import { strandChoices } from "./review/question-form.js";

const UNITS_PAGE = "/teacher/units.html";
const WIZARD = "/teacher/create-assessment.html";

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const id = new URLSearchParams(location.search).get("id");
    if (id) {
      const [unit, taxonomy, documents] = await Promise.all([
        api(`/api/units/${encodeURIComponent(id)}`),
        api("/api/taxonomy"),
        api(`/api/units/${encodeURIComponent(id)}/documents`),
      ]);
      unitPage(main, { unit, taxonomy, documents });
    } else {
      unitsPage(main, await api("/api/units"));
    }
  },
});

// ---- shared pieces ------------------------------------------------------------------------------------------

function statusArea(testid) {
  const area = el("div", { "aria-live": "polite", dataset: { testid } });
  area.say = (message, kind = "success") => {
    const cls = { success: "status status--success", warning: "status status--warning", plain: "status status--plain" }[kind];
    replaceChildren(area, el("div", { class: cls }, el("p", { tabindex: "-1" }, message)));
    return area.querySelector("p");
  };
  area.clear = () => replaceChildren(area);
  return area;
}

/**
 * Run an API call from a button: one at a time, and any refusal said in the server's own words.
 * `controls` ({field name: field}) get the 422's per-field messages; focus goes to the first of them.
 */
async function guarded(button, area, work, controls = {}) {
  if (button.getAttribute("aria-disabled") === "true") return;
  button.setAttribute("aria-disabled", "true");
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const message = area.say(error.detail, "warning");
    (showFieldErrors(error, controls) || message).focus();
  } finally {
    button.removeAttribute("aria-disabled");
  }
}

/** Show a 422's `fields` beside the matching controls; returns the first control marked. */
function showFieldErrors(error, controls) {
  let first = null;
  for (const f of error.body?.fields || []) {
    const control = controls[f.field];
    if (!control) continue;
    control.setError(`This ${f.message}.`);
    first ??= control.input;
  }
  return first;
}

function halfTermWords(n) {
  return n ? `Half term ${n}` : "Half term not set";
}

/** The unit's own fields (create and edit share them). */
function unitFields(unit = {}) {
  const title = field({ label: "Title", value: unit.title ?? "", maxlength: 200, required: true });
  const description = field({ label: "Description (optional)", as: "textarea", rows: 3, value: unit.description ?? "" });
  const year = field({
    label: "Year group",
    as: "select",
    options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}`, selected: (unit.year_group ?? 7) === y })),
  });
  const halfTerm = field({
    label: "Half term",
    as: "select",
    options: [{ value: "", label: "Not set", selected: !unit.half_term }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `Half term ${n}`, selected: unit.half_term === n }))],
  });
  const academicYear = field({ label: "Academic year (optional)", value: unit.academic_year ?? "", help: "For example 2025-26.", maxlength: 7 });
  academicYear.input.classList.add("input--short");
  const controls = { title, description, year_group: year, half_term: halfTerm, academic_year: academicYear };
  return {
    controls,
    elements: [title.element, description.element, el("div", { class: "cluster review-form__inline" }, year.element, halfTerm.element, academicYear.element)],
    /** The body for the API, or null after marking what needs fixing. */
    read() {
      Object.values(controls).forEach((c) => c.clearError());
      const body = {
        title: title.input.value.trim(),
        description: description.input.value,
        year_group: Number(year.input.value),
        half_term: halfTerm.input.value ? Number(halfTerm.input.value) : null,
        academic_year: academicYear.input.value.trim() || null,
      };
      let first = null;
      if (!body.title) {
        title.setError("Type a title.");
        first ??= title.input;
      }
      if (body.academic_year && !/^20\d\d-\d\d$/.test(body.academic_year)) {
        academicYear.setError("Write the academic year like 2025-26, or leave it empty.");
        first ??= academicYear.input;
      }
      if (first) {
        first.focus();
        return null;
      }
      return body;
    },
  };
}

// ---- the list of units --------------------------------------------------------------------------------------

function unitsPage(main, units) {
  const status = statusArea("units-status");
  const fields = unitFields();
  const createButton = el("button", { type: "submit", class: "button" }, "Create the unit");
  const form = el(
    "form",
    { class: "card units-create", novalidate: true, "aria-labelledby": "create-unit-heading" },
    el("h2", { id: "create-unit-heading" }, "Create a unit"),
    fields.elements,
    el("div", { class: "cluster" }, createButton),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = fields.read();
    if (!body) return;
    guarded(
      createButton,
      status,
      async () => {
        const unit = await api("/api/units", { method: "POST", body });
        location.assign(`${UNITS_PAGE}?id=${unit.id}&created=1`);
      },
      fields.controls,
    );
  });

  replaceChildren(
    main,
    el("div", { class: "page__header" }, el("h1", {}, "Units"), el("p", { class: "page__lead" }, "Units of work hold the learning objectives and lesson documents that assessments are made from.")),
    status,
    el(
      "section",
      { "aria-labelledby": "units-heading" },
      el("h2", { id: "units-heading" }, "The department's units"),
      units.length
        ? el(
            "div",
            { class: "table-wrap", role: "region", "aria-label": "Units", tabindex: "0" },
            el(
              "table",
              { class: "table", dataset: { testid: "units-table" } },
              el("caption", { class: "visually-hidden" }, "Units, by year group and half term"),
              el(
                "thead",
                {},
                el(
                  "tr",
                  {},
                  el("th", { scope: "col" }, "Unit"),
                  el("th", { scope: "col" }, "Year"),
                  el("th", { scope: "col" }, "Half term"),
                  el("th", { scope: "col", class: "number" }, "Objectives"),
                  el("th", { scope: "col", class: "number" }, "Documents"),
                  el("th", { scope: "col", class: "number" }, "Assessments"),
                ),
              ),
              el(
                "tbody",
                {},
                units.map((u) =>
                  el(
                    "tr",
                    {},
                    el("th", { scope: "row" }, el("a", { href: `${UNITS_PAGE}?id=${u.id}` }, u.title)),
                    el("td", {}, `Year ${u.year_group}`),
                    el("td", {}, u.half_term ? String(u.half_term) : "Not set"),
                    el("td", { class: "number" }, u.objective_count),
                    el("td", { class: "number" }, u.document_count),
                    el("td", { class: "number" }, u.assessment_count),
                  ),
                ),
              ),
            ),
          )
        : el("p", { class: "status status--plain" }, "There are no units yet. Create the first one below."),
    ),
    form,
  );
}

// ---- one unit -----------------------------------------------------------------------------------------------

function unitPage(main, { unit: initial, taxonomy, documents: initialDocuments }) {
  let unit = initial;
  let documents = initialDocuments;
  const status = statusArea("unit-status");
  const header = el("div", { class: "page__header" });
  const topicsSection = el("section", { "aria-labelledby": "topics-heading" });
  const objectivesSection = el("section", { "aria-labelledby": "objectives-heading" });
  const documentsSection = el("section", { "aria-labelledby": "documents-heading" });
  const path = `/api/units/${unit.id}`;

  function drawHeader() {
    document.title = `${unit.title} – Units – KS3 Assessment`;
    replaceChildren(
      header,
      el("p", {}, el("a", { href: UNITS_PAGE }, "All units")),
      el("h1", {}, unit.title),
      el("p", { class: "page__lead" }, [`Year ${unit.year_group}`, halfTermWords(unit.half_term), unit.academic_year].filter(Boolean).join(" · ")),
      unit.description ? el("p", {}, unit.description) : null,
    );
  }

  async function reload(message) {
    unit = await api(path);
    drawHeader();
    drawTopics();
    drawObjectives();
    if (message) status.say(message).focus();
  }

  // ---- details ----
  const fields = unitFields(unit);
  const saveDetails = el("button", { type: "submit", class: "button" }, "Save the unit's details");
  const detailsForm = el(
    "form",
    { class: "units-details", novalidate: true },
    el("details", { class: "units-details__toggle" }, el("summary", {}, "Change the unit's details"), fields.elements, el("div", { class: "cluster" }, saveDetails)),
  );
  detailsForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const body = fields.read();
    if (!body) return;
    guarded(
      saveDetails,
      status,
      async () => {
        await api(path, { method: "PATCH", body });
        await reload("The unit's details are saved.");
      },
      fields.controls,
    );
  });

  const deleteUnit = el("button", { type: "button", class: "button button--danger" }, "Delete this unit");
  deleteUnit.addEventListener("click", async () => {
    const sure = await confirmDialog({
      title: `Delete the unit ‘${unit.title}’?`,
      message: "Its topics, objectives and documents are deleted. Assessments made from it are kept.",
      confirmLabel: "Delete the unit",
      cancelLabel: "Keep it",
      danger: true,
    });
    if (!sure) return;
    guarded(deleteUnit, status, async () => {
      await api(path, { method: "DELETE" });
      location.assign(UNITS_PAGE);
    });
  });

  // ---- reordering (topics and objectives share it) ----
  async function moveItem(items, index, by, kind) {
    const to = index + by;
    if (to < 0 || to >= items.length) {
      status.say(by < 0 ? `That ${kind} is already first.` : `That ${kind} is already last.`, "plain");
      return false;
    }
    const order = [...items];
    order.splice(to, 0, ...order.splice(index, 1));
    const segment = kind === "topic" ? "topics" : "objectives";
    // Number them 0, 1, 2… in the new order; only the ones whose number changes are sent.
    for (const [position, item] of order.entries()) {
      if (item.position !== position) await api(`${path}/${segment}/${item.id}`, { method: "PATCH", body: { position } });
    }
    return to;
  }

  // ---- topics ----
  function drawTopics() {
    const topics = [...unit.topics].sort((a, b) => a.position - b.position);
    const list = el(
      "ol",
      { class: "units-list", dataset: { testid: "topics" } },
      topics.map((topic, index) => {
        const rename = field({ label: `Name of topic ${index + 1}`, value: topic.title, maxlength: 200 });
        const save = el("button", { type: "button", class: "button button--secondary button--small" }, "Rename", el("span", { class: "visually-hidden" }, ` topic ${index + 1}`));
        save.addEventListener("click", () =>
          guarded(save, status, async () => {
            const title = rename.input.value.trim();
            if (!title) {
              rename.setError("Type a name for the topic.");
              rename.input.focus();
              return;
            }
            rename.clearError();
            await api(`${path}/topics/${topic.id}`, { method: "PATCH", body: { title } });
            await reload(`The topic is now called ‘${title}’.`);
          }),
        );
        return el("li", { class: "units-item" }, rename.element, el("div", { class: "cluster units-item__actions" }, save, ...moveButtons(topics, index, "topic", topic.title)));
      }),
    );
    const title = field({ label: "New topic", maxlength: 200 });
    const add = el("button", { type: "submit", class: "button button--secondary" }, "Add the topic");
    const form = el("form", { class: "cluster units-add", novalidate: true }, title.element, add);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = title.input.value.trim();
      if (!value) {
        title.setError("Type a name for the topic.");
        title.input.focus();
        return;
      }
      title.clearError();
      guarded(add, status, async () => {
        await api(`${path}/topics`, { method: "POST", body: { title: value } });
        await reload(`The topic ‘${value}’ was added.`);
      });
    });
    replaceChildren(
      topicsSection,
      el("h2", { id: "topics-heading" }, "Topics"),
      topics.length ? list : el("p", { class: "muted" }, "No topics yet."),
      form,
    );
  }

  function moveButtons(items, index, kind, name) {
    const described = () => el("span", { class: "visually-hidden" }, ` ${kind} ${index + 1}`);
    const up = el("button", { type: "button", class: "button button--secondary button--small", "aria-disabled": index === 0 ? "true" : "false" }, "Move up", described());
    const down = el("button", { type: "button", class: "button button--secondary button--small", "aria-disabled": index === items.length - 1 ? "true" : "false" }, "Move down", described());
    const remove = el("button", { type: "button", class: "button button--danger button--small" }, "Delete", described());
    const move = (button, by) => async () => {
      if (button.getAttribute("aria-disabled") === "true") {
        status.say(by < 0 ? `That ${kind} is already first.` : `That ${kind} is already last.`, "plain");
        return;
      }
      button.setAttribute("aria-disabled", "true");
      try {
        const to = await moveItem(items, index, by, kind);
        if (to === false) return;
        await reload();
        status.say(`Moved ‘${name}’ to position ${to + 1} of ${items.length}.`, "plain");
        // Keep the keyboard where it was: the same button on the item that moved.
        const section = kind === "topic" ? topicsSection : objectivesSection;
        const row = section.querySelectorAll(".units-item")[to];
        row?.querySelectorAll("button")[by < 0 ? 1 : 2]?.focus(); // [rename or change, up, down, delete]
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        status.say(error.detail, "warning").focus();
        await reload();
      }
    };
    up.addEventListener("click", move(up, -1));
    down.addEventListener("click", move(down, 1));
    remove.addEventListener("click", async () => {
      const sure = await confirmDialog({
        title: `Delete the ${kind} ‘${name}’?`,
        message: kind === "topic" ? "Its objectives stay in the unit, without a topic." : "Questions linked to it keep their text but lose the link.",
        confirmLabel: `Delete the ${kind}`,
        cancelLabel: "Keep it",
        danger: true,
      });
      if (!sure) return;
      guarded(remove, status, async () => {
        await api(`${path}/${kind === "topic" ? "topics" : "objectives"}/${items[index].id}`, { method: "DELETE" });
        await reload(`The ${kind} ‘${name}’ was deleted.`);
      });
    });
    return [up, down, remove];
  }

  // ---- objectives ----
  function objectiveForm({ objective = null, onDone }) {
    const code = field({ label: "Code", value: objective?.code ?? `LO${unit.objectives.length + 1}`, maxlength: 20, help: "For example LO1." });
    code.input.classList.add("input--short");
    const description = field({ label: "What pupils learn", as: "textarea", rows: 2, value: objective?.description ?? "", maxlength: 1000 });
    const topic = field({
      label: "Topic",
      as: "select",
      options: [{ value: "", label: "No topic", selected: !objective?.topic_id }, ...unit.topics.map((t) => ({ value: t.id, label: t.title, selected: t.id === objective?.topic_id }))],
    });
    let strands = [...(objective?.strands || [])];
    const strandBoxes = strandChoices(taxonomy, strands, (codes) => (strands = codes));
    const submit = el("button", { type: "submit", class: "button" }, objective ? "Save the objective" : "Add the objective");
    const cancel = objective ? el("button", { type: "button", class: "button button--secondary", onClick: () => onDone(null) }, "Cancel") : null;
    const form = el(
      "form",
      { class: objective ? "units-objective-form" : "card card--soft units-objective-form", novalidate: true, "aria-label": objective ? `Change ${objective.code}` : "Add a learning objective" },
      objective ? null : el("h3", {}, "Add a learning objective"),
      el("div", { class: "cluster review-form__inline" }, code.element, topic.element),
      description.element,
      strandBoxes,
      el("div", { class: "cluster" }, submit, cancel),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      code.clearError();
      description.clearError();
      const body = { code: code.input.value.trim(), description: description.input.value.trim(), topic_id: topic.input.value || null, strands };
      let first = null;
      if (!body.code) {
        code.setError("Type a code such as LO1.");
        first ??= code.input;
      }
      if (!body.description) {
        description.setError("Write what pupils will learn.");
        first ??= description.input;
      }
      if (first) return first.focus();
      guarded(
        submit,
        status,
        async () => {
          const saved = await api(objective ? `${path}/objectives/${objective.id}` : `${path}/objectives`, { method: objective ? "PATCH" : "POST", body });
          onDone(saved);
        },
        { code, description },
      );
    });
    return form;
  }

  function drawObjectives() {
    const objectives = [...unit.objectives].sort((a, b) => a.position - b.position);
    const topicName = (id) => unit.topics.find((t) => t.id === id)?.title;
    const strandName = (c) => `${c} – ${taxonomy.find((s) => s.code === c)?.name ?? c}`;
    const list = el(
      "ol",
      { class: "units-list", dataset: { testid: "objectives" } },
      objectives.map((objective, index) => {
        const item = el("li", { class: "units-item units-objective", dataset: { code: objective.code } });
        const show = () => {
          const edit = el("button", { type: "button", class: "button button--secondary button--small" }, "Change", el("span", { class: "visually-hidden" }, ` ${objective.code}`));
          edit.addEventListener("click", () => {
            replaceChildren(
              item,
              objectiveForm({
                objective,
                onDone: (saved) => {
                  if (saved) reload(`${saved.code} is saved.`);
                  else {
                    show();
                    edit.focus();
                  }
                },
              }),
            );
            item.querySelector("input")?.focus();
          });
          replaceChildren(
            item,
            el("p", { class: "units-objective__text" }, el("strong", {}, `${objective.code}: `), objective.description),
            el(
              "p",
              { class: "units-objective__meta muted" },
              `Topic: ${topicName(objective.topic_id) ?? "none"}. Strands: ${objective.strands.length ? objective.strands.map(strandName).join(", ") : "none"}.`,
            ),
            el("div", { class: "cluster units-item__actions" }, edit, ...moveButtons(objectives, index, "objective", objective.code)),
          );
        };
        show();
        return item;
      }),
    );
    replaceChildren(
      objectivesSection,
      el("h2", { id: "objectives-heading" }, "Learning objectives"),
      objectives.length ? list : el("p", { class: "muted" }, "No learning objectives yet."),
      objectiveForm({ onDone: (saved) => reload(`${saved.code} was added.`) }),
    );
  }

  // ---- documents ----
  function found(doc) {
    const criteria = doc.objectives.filter((o) => o.kind === "success_criterion").length;
    const facts = [
      count(doc.objectives.length - criteria, "objective"),
      criteria ? count(criteria, "success criterion", "success criteria") : null,
      count(doc.vocabulary_count, "key word"),
      doc.slide_count ? count(doc.slide_count, "slide") : null,
      doc.code_snippet_count ? count(doc.code_snippet_count, "piece of code", "pieces of code") : null,
    ].filter(Boolean);
    return `Found ${facts.join(", ")}.`;
  }

  function drawDocuments() {
    replaceChildren(
      documentsSection,
      el("h2", { id: "documents-heading" }, "Lesson documents"),
      el("p", {}, el("a", { class: "button button--secondary", href: `${WIZARD}?unit=${unit.id}` }, "Upload lesson documents")),
      documents.length
        ? el(
            "ul",
            { class: "units-documents", dataset: { testid: "documents" } },
            documents.map((doc) => {
              const remove = el("button", { type: "button", class: "button button--danger button--small" }, "Delete", el("span", { class: "visually-hidden" }, ` ${doc.filename}`));
              remove.addEventListener("click", async () => {
                const sure = await confirmDialog({
                  title: `Delete ‘${doc.filename}’?`,
                  message: "What was read from it is removed from the unit. Objectives and key words you already saved on the unit stay.",
                  confirmLabel: "Delete the document",
                  cancelLabel: "Keep it",
                  danger: true,
                });
                if (!sure) return;
                guarded(remove, status, async () => {
                  await api(`${path}/documents/${doc.id}`, { method: "DELETE" });
                  documents = await api(`${path}/documents`);
                  drawDocuments();
                  status.say(`‘${doc.filename}’ was deleted.`).focus();
                });
              });
              return el(
                "li",
                { class: "card units-document" },
                el("h3", { class: "units-document__name" }, doc.filename),
                el("p", { class: "muted" }, `${doc.file_type.toUpperCase()}, added ${whenWords(doc.created_at)}.`),
                el("p", {}, found(doc)),
                doc.lesson_titles.length ? el("p", {}, `Lessons: ${doc.lesson_titles.slice(0, 6).join("; ")}${doc.lesson_titles.length > 6 ? "; …" : ""}`) : null,
                doc.warnings.length ? el("ul", { class: "units-document__warnings" }, doc.warnings.map((w) => el("li", {}, w))) : null,
                el("div", { class: "cluster" }, remove),
              );
            }),
          )
        : el("p", { class: "muted" }, "No documents uploaded yet."),
    );
  }

  drawHeader();
  drawTopics();
  drawObjectives();
  drawDocuments();
  replaceChildren(
    main,
    header,
    el(
      "div",
      { class: "cluster units-actions" },
      el("a", { class: "button", href: `${WIZARD}?unit=${unit.id}&step=settings` }, "Create an assessment from this unit"),
      el("a", { class: "button button--secondary", href: `${WIZARD}?unit=${unit.id}` }, "Upload lesson documents"),
      deleteUnit,
    ),
    status,
    detailsForm,
    topicsSection,
    objectivesSection,
    documentsSection,
  );
  if (new URLSearchParams(location.search).get("created")) {
    status.say(`The unit ‘${unit.title}’ was created. Add its topics and learning objectives below.`);
    history.replaceState(null, "", `${UNITS_PAGE}?id=${unit.id}`);
  }
}
