// A teacher's classes (/teacher/classes.html) and one class (?id=<class>): its pupils with links to each pupil's
// page; add a pupil or import pupils from a CSV into the class; reset a pupil's password; take a pupil out of
// the class. New and reset passwords are shown once, as printable login cards.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { field } from "../components/field.js";
import { confirmPupilPasswordReset, showNewCards } from "../components/login-cards.js";
import { confirmDialog } from "../components/modal.js";
import { sayProblem, statusArea, statusMessage } from "../components/status.js";
import { toast } from "../components/toast.js";
import { pupilImportForm } from "../admin/pupil-import.js";
import { date } from "./results/format.js";
import { classAccessSection } from "./access/class-access.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const classId = new URLSearchParams(location.search).get("id");
    if (!classId) return classList(main);
    let detail;
    try {
      detail = await api(`/api/classes/${encodeURIComponent(classId)}`);
    } catch (error) {
      if (error instanceof ApiError && [403, 404, 422].includes(error.status)) {
        return replaceChildren(
          main,
          el("h1", {}, "Class"),
          statusMessage(error.detail, { kind: "warning", role: "status" }),
          el("p", {}, el("a", { href: "/teacher/classes.html" }, "See your classes")),
        );
      }
      throw error;
    }
    classPage(main, detail);
  },
});

// ---- Every class ----

async function classList(main) {
  const classes = await api("/api/classes");
  replaceChildren(
    main,
    el("div", { class: "page__header" }, el("h1", {}, "Your classes"), el("p", { class: "page__lead" }, "Open a class to see its pupils, add pupils and print login cards.")),
    classes.length
      ? el(
          "ul",
          { class: "grid", "data-testid": "class-cards" },
          classes.map((c) =>
            el(
              "li",
              { class: "card card--link" },
              el("h2", { class: "card__title" }, el("a", { href: `/teacher/classes.html?id=${encodeURIComponent(c.id)}` }, `Class ${c.name}`)),
              el("p", { class: "card__meta" }, `Year ${c.year_group}, ${c.academic_year}. ${c.pupil_count} ${c.pupil_count === 1 ? "pupil" : "pupils"}.`, c.read_only ? " Last year: read-only." : ""),
            ),
          ),
        )
      : statusMessage("You are not linked to any classes yet. The school’s admin can add you to a class.", { role: "status" }),
  );
}

// ---- One class ----

function classPage(main, detail) {
  // The class as last loaded, where its parts go, and the credentials made during this visit: the only time
  // their passwords can be shown.
  const page = {
    detail,
    fresh: [],
    cardsHost: el("div", { class: "cards-host" }),
    pupilsHost: el("div", {}),
    access: classAccessSection(detail),
    status: statusArea({ testid: "class-status" }),
  };
  drawPupils(page);
  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("p", { class: "no-print" }, el("a", { href: "/teacher/classes.html" }, "All your classes")),
      el("h1", {}, `Class ${detail.name}`),
      el("p", { class: "no-print" }, el("a", { href: `/teacher/markbook.html?class=${encodeURIComponent(detail.id)}`, "data-testid": "markbook-link" }, `Markbook for ${detail.name}: every assessment, pupil by pupil`)),
      el(
        "p",
        { class: "page__lead" },
        `Year ${detail.year_group}, ${detail.academic_year}. ` +
          (detail.teachers.length ? `Taught by ${detail.teachers.map((t) => t.name).join(", ")}.` : "No teacher linked yet."),
      ),
    ),
    page.status,
    page.cardsHost,
    el("section", { class: "results-section", "aria-labelledby": "pupils-heading" }, el("h2", { id: "pupils-heading" }, "Pupils"), page.pupilsHost),
    page.access,
    detail.read_only
      ? statusMessage(`${detail.name} is a class of ${detail.academic_year}, a school year that has ended: its pupils and results can be read, not changed.`, { testid: "class-read-only" })
      : [addSection(page), importSection(page)],
  );
}

function addSection(page) {
  return el(
    "section",
    { class: "results-section no-print", "aria-labelledby": "add-heading" },
    el("h2", { id: "add-heading" }, "Add a pupil"),
    addPupilForm(page.detail, async (credentials) => {
      await reload(page);
      await showCards(page, [credentials]);
    }),
  );
}

function importSection(page) {
  const { detail } = page;
  return el(
    "section",
    { class: "results-section no-print", "aria-labelledby": "import-heading" },
    el("h2", { id: "import-heading" }, `Import pupils into ${detail.name}`),
    pupilImportForm({
      endpoint: `/api/classes/${encodeURIComponent(detail.id)}/pupils/import`,
      classHelp: `Every row’s class must be ${detail.name}.`,
      onImported: async (result) => {
        await reload(page);
        await showCards(page, result.created);
      },
    }),
  );
}

async function showCards(page, credentials) {
  await showNewCards(page.cardsHost, page.fresh, credentials);
}

async function reload(page) {
  page.detail = await api(`/api/classes/${encodeURIComponent(page.detail.id)}`);
  drawPupils(page);
  await page.access.reload();
}

function drawPupils(page) {
  page.pupilsHost.replaceChildren(
    pupilsTable(page.detail, { onReset: (pupil) => resetPassword(page, pupil), onRemove: (pupil) => removePupil(page, pupil) }),
  );
}

async function resetPassword(page, pupil) {
  const sure = await confirmPupilPasswordReset(pupil.name);
  if (!sure) return;
  try {
    const classId = encodeURIComponent(page.detail.id);
    const credentials = await api(`/api/classes/${classId}/pupils/${encodeURIComponent(pupil.id)}/reset-password`, { method: "POST", body: {} });
    await showCards(page, [credentials]);
  } catch (error) {
    sayProblem(page.status, error);
  }
}

async function removePupil(page, pupil) {
  const { detail } = page;
  const sure = await confirmDialog({
    title: `Take ${pupil.name} out of ${detail.name}?`,
    message: "Their account and their results are kept. They will no longer see assessments set for this class.",
    confirmLabel: `Take out of ${detail.name}`,
    cancelLabel: "Keep in the class",
    danger: true,
  });
  if (!sure) return;
  try {
    page.detail = await api(`/api/classes/${encodeURIComponent(detail.id)}/pupils/${encodeURIComponent(pupil.id)}`, { method: "DELETE" });
    drawPupils(page);
    await page.access.reload();
    toast(`${pupil.name} was taken out of ${page.detail.name}.`, { kind: "success" });
  } catch (error) {
    sayProblem(page.status, error);
  }
}

function pupilsTable(detail, { onReset, onRemove }) {
  if (!detail.pupils.length) return statusMessage("There are no pupils in this class yet. Add them below.");
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": `Pupils in ${detail.name}`, tabindex: "0" },
    el(
      "table",
      { class: "table", "data-testid": "class-pupils" },
      el("caption", {}, `${detail.pupils.length} ${detail.pupils.length === 1 ? "pupil" : "pupils"} in ${detail.name}`),
      el(
        "thead",
        {},
        el("tr", {}, ["Pupil", "Username", "Account", "Last signed in", "Actions"].map((h) => el("th", { scope: "col" }, h))),
      ),
      el(
        "tbody",
        {},
        detail.pupils.map((p) =>
          el(
            "tr",
            { dataset: { pupil: p.id } },
            el("th", { scope: "row" }, el("a", { href: `/teacher/pupil-detail.html?id=${encodeURIComponent(p.id)}` }, p.name)),
            el("td", {}, p.username),
            el("td", {}, el("span", { class: ["badge", p.is_active ? "badge--success" : null] }, p.is_active ? "Active" : "Switched off")),
            el("td", {}, p.last_login_at ? date(p.last_login_at) : "Never"),
            el(
              "td",
              {},
              el(
                "div",
                { class: "cluster table-actions" },
                el("button", { type: "button", class: "button button--secondary button--small", onClick: () => onReset(p) }, "Reset password", el("span", { class: "visually-hidden" }, ` for ${p.name}`)),
                el("button", { type: "button", class: "button button--quiet button--small", onClick: () => onRemove(p) }, "Remove from class", el("span", { class: "visually-hidden" }, ` (${p.name})`)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function addPupilForm(detail, onCreated) {
  const first = field({ label: "First name", name: "first_name", autocomplete: "off", maxlength: "100" });
  const last = field({ label: "Last name", name: "last_name", autocomplete: "off", maxlength: "100" });
  const year = field({
    label: "Year group",
    name: "year_group",
    as: "select",
    options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}`, selected: y === detail.year_group })),
  });
  const status = statusArea();
  const submit = el("button", { type: "submit", class: "button" }, "Add pupil and make a login card");
  const form = el("form", { class: "add-pupil", novalidate: true }, el("div", { class: "form-row" }, first.element, last.element, year.element), submit, status);
  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    first.clearError();
    last.clearError();
    const missing = [];
    if (!first.input.value.trim()) (first.setError("Type the pupil’s first name."), missing.push(first));
    if (!last.input.value.trim()) (last.setError("Type the pupil’s last name."), missing.push(last));
    if (missing.length) return missing[0].input.focus();
    busy = true;
    submit.setAttribute("aria-disabled", "true");
    try {
      const credentials = await api(`/api/classes/${encodeURIComponent(detail.id)}/pupils/new`, {
        method: "POST",
        body: { first_name: first.input.value.trim(), last_name: last.input.value.trim(), year_group: Number(year.input.value) },
      });
      form.reset();
      status.say(`${credentials.name} was added to ${detail.name} with the username ${credentials.username}.`);
      await onCreated(credentials);
    } catch (error) {
      sayProblem(status, error);
    } finally {
      busy = false;
      submit.removeAttribute("aria-disabled");
    }
  });
  return form;
}
