// Admin: classes. Create a class, rename it, delete it (after a confirmation; pupils' accounts and results are
// kept), and choose who teaches it.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { sayProblem, statusArea, statusMessage } from "../components/status.js";
import { adminNav } from "./admin-nav.js";
import { actionButton, changeAndSay, currentAcademicYear } from "./page-parts.js";

const ACADEMIC_YEAR = /^\d{4}-\d{2}$/;

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const status = statusArea({ testid: "classes-status" });
    const listHost = el("div", {});

    async function refresh() {
      const [classes, teachers] = await Promise.all([api("/api/admin/classes"), api("/api/admin/teachers")]);
      listHost.replaceChildren(classList(classes, teachers.filter((t) => t.is_active), { status, refresh }));
    }

    replaceChildren(
      main,
      adminNav(user),
      el("div", { class: "page__header" }, el("h1", {}, "Classes"), el("p", { class: "page__lead" }, "Every class, who teaches it and how many pupils it has.")),
      status,
      el(
        "section",
        { class: "results-section", "aria-labelledby": "create-heading" },
        el("h2", { id: "create-heading" }, "Create a class"),
        createForm({ status, refresh }),
      ),
      el("section", { class: "results-section", "aria-labelledby": "list-heading" }, el("h2", { id: "list-heading" }, "Every class"), listHost),
    );
    await refresh();
  },
});

function createForm({ status, refresh }) {
  const name = field({ label: "Class name", name: "name", help: "For example 7A or 8CS1.", autocomplete: "off", maxlength: "50" });
  const year = field({ label: "Year group", name: "year_group", as: "select", options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}` })) });
  const academic = field({ label: "Academic year", name: "academic_year", help: "For example 2025-26.", value: currentAcademicYear(), autocomplete: "off" });
  const submit = el("button", { type: "submit", class: "button" }, "Create the class");
  const form = el("form", { class: "admin-form", novalidate: true }, el("div", { class: "form-row" }, name.element, year.element, academic.element), submit);
  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    name.clearError();
    academic.clearError();
    const values = { name: name.input.value.trim(), year_group: Number(year.input.value), academic_year: academic.input.value.trim() };
    if (!values.name) return (name.setError("Type a name for the class."), name.input.focus());
    if (!ACADEMIC_YEAR.test(values.academic_year)) return (academic.setError("Write the academic year like 2025-26."), academic.input.focus());
    busy = true;
    submit.setAttribute("aria-disabled", "true");
    try {
      const created = await api("/api/admin/classes", { method: "POST", body: values });
      name.input.value = "";
      status.say(`Class ${created.name} was created. Add its teachers below.`, "success");
      await refresh();
    } catch (error) {
      sayProblem(status, error);
    } finally {
      busy = false;
      submit.removeAttribute("aria-disabled");
    }
  });
  return form;
}

function classList(classes, teachers, context) {
  if (!classes.length) return statusMessage("There are no classes yet. Create one above, or import pupils: their classes are created for them.");
  return el("ul", { class: "class-admin-list", "data-testid": "admin-classes" }, classes.map((c) => el("li", {}, classCard(c, teachers, context))));
}

function classPath(c, rest = "") {
  return `/api/admin/classes/${encodeURIComponent(c.id)}${rest}`;
}

function classCard(c, teachers, context) {
  const act = (request, success) => changeAndSay(context, request, success);
  const headingId = `class-${c.id}`;
  return el(
    "article",
    { class: "card class-admin", "aria-labelledby": headingId, dataset: { class: c.name } },
    el("h3", { id: headingId }, `Class ${c.name}`),
    el(
      "p",
      { class: "muted" },
      `Year ${c.year_group}, ${c.academic_year}. ${c.pupils.length} ${c.pupils.length === 1 ? "pupil" : "pupils"}. `,
      el("a", { href: `/admin/pupils.html?class=${encodeURIComponent(c.id)}` }, `See the pupils in ${c.name}`),
    ),
    c.read_only ? el("p", {}, el("span", { class: "badge" }, "Last year: read-only"), " This school year has ended. Its pupils and results can be read, not changed.") : null,
    el("h4", {}, "Teachers"),
    c.teachers.length ? el("ul", { class: "teacher-list" }, c.teachers.map((t) => (c.read_only ? el("li", {}, t.name) : teacherItem(c, t, act)))) : el("p", {}, "No teacher yet."),
    c.read_only ? null : addTeacherForm(c, teachers, act),
    el("h4", {}, c.read_only ? "Delete" : "Change or delete"),
    c.read_only ? null : renameForm(c, act),
    el("div", { class: "card__actions" }, deleteButton(c, act)),
  );
}

function teacherItem(c, t, act) {
  const remove = actionButton(
    "Remove",
    async () => {
      const sure = await confirmDialog({
        title: `Remove ${t.name} from ${c.name}?`,
        message: `They will no longer see ${c.name}’s pupils or results. Their assessments are kept.`,
        confirmLabel: "Remove from the class",
        cancelLabel: "Keep them",
      });
      if (!sure) return;
      await act(() => api(classPath(c, `/teachers/${encodeURIComponent(t.id)}`), { method: "DELETE" }), `${t.name} no longer teaches ${c.name}.`);
    },
    { kind: "quiet", hiddenSuffix: ` ${t.name} from ${c.name}` },
  );
  return el("li", { class: "cluster" }, el("span", {}, `${t.name} (${t.username})`), remove);
}

function addTeacherForm(c, teachers, act) {
  const teaching = new Set(c.teachers.map((t) => t.id));
  const available = teachers.filter((t) => !teaching.has(t.id));
  if (!available.length) return el("p", { class: "muted" }, "Every active teacher already teaches this class.");
  const select = field({
    label: `Add a teacher to ${c.name}`,
    name: "teacher_id",
    as: "select",
    options: available.map((t) => ({ value: t.id, label: `${t.name} (${t.username})` })),
  });
  const form = el("form", { class: "inline-form", novalidate: true }, select.element, el("button", { type: "submit", class: "button button--secondary button--small" }, "Add teacher"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = available.find((t) => t.id === select.input.value);
    act(() => api(classPath(c, "/teachers"), { method: "POST", body: { teacher_id: chosen.id } }), `${chosen.name} now teaches ${c.name}.`);
  });
  return form;
}

function renameForm(c, act) {
  const rename = field({ label: `New name for ${c.name}`, name: "name", value: c.name, autocomplete: "off", maxlength: "50" });
  const form = el("form", { class: "inline-form", novalidate: true }, rename.element, el("button", { type: "submit", class: "button button--secondary button--small" }, "Rename"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    rename.clearError();
    const name = rename.input.value.trim();
    if (!name) return (rename.setError("Type the new name."), rename.input.focus());
    if (name === c.name) return rename.setError("That is the name it has already.");
    act(() => api(classPath(c), { method: "PATCH", body: { name } }), `${c.name} is now called ${name}.`);
  });
  return form;
}

function deleteButton(c, act) {
  return actionButton(
    "Delete class",
    async () => {
      const sure = await confirmDialog({
        title: `Delete class ${c.name}?`,
        message: `The class and its list of pupils go. The ${c.pupils.length} pupils’ accounts and all their results are kept. Assessments set for this class are no longer set for it. This cannot be undone.`,
        confirmLabel: `Delete ${c.name}`,
        cancelLabel: "Keep the class",
        danger: true,
      });
      if (!sure) return;
      await act(() => api(classPath(c), { method: "DELETE" }), `Class ${c.name} was deleted.`);
    },
    { kind: "danger", small: true, hiddenSuffix: ` ${c.name}` },
  );
}
