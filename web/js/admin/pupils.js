// Admin: every pupil. Search by name or username, filter by class and by account; import pupils from a CSV into
// this year's classes (with the per-row problem report); print login cards for new and reset passwords; reset a
// password; correct a pupil's name or year group; switch an account off or on again.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmPupilPasswordReset, showNewCards } from "../components/login-cards.js";
import { confirmDialog, openModal } from "../components/modal.js";
import { sayProblem, statusArea } from "../components/status.js";
import { date } from "../teacher/results/format.js";
import { adminNav } from "./admin-nav.js";
import { pupilImportForm } from "./pupil-import.js";
import { actionButton, changeAndSay } from "./page-parts.js";
import { changePupilArrangements } from "../teacher/access/pupil-access.js";

const PAGE_SIZE = 100;

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const params = new URLSearchParams(location.search);
    const classes = await api("/api/classes");
    const page = {
      status: statusArea({ testid: "pupils-status" }),
      cardsHost: el("div", { class: "cards-host" }),
      fresh: [], // passwords made during this visit: the only time they can be shown
      results: el("div", {}),
      count: el("p", { "aria-live": "polite", class: "pupil-count", "data-testid": "pupil-count" }),
      offset: 0,
    };
    page.filters = filterForm(classes, params, () => load(page, 0));
    replaceChildren(
      main,
      adminNav(user),
      el("div", { class: "page__header" }, el("h1", {}, "Pupils"), el("p", { class: "page__lead" }, "Every pupil in the school. Find a pupil, import or update the class lists and print login cards.")),
      page.status,
      page.cardsHost,
      el(
        "section",
        { class: "results-section", "aria-labelledby": "find-heading" },
        el("h2", { id: "find-heading" }, "Find pupils"),
        page.filters.form,
        page.count,
        page.results,
      ),
      importSection(page),
    );
    await load(page, 0);
  },
});

function importSection(page) {
  return el(
    "section",
    { class: "results-section no-print", "aria-labelledby": "import-heading" },
    el("h2", { id: "import-heading" }, "Import or update pupils from a CSV"),
    pupilImportForm({
      endpoint: "/api/admin/pupils/import",
      classHelp: "Pupils go into this school year’s classes; a class that does not exist yet is created. Pupils of the classes and year groups in the file who are no longer in it are listed as leavers.",
      onImported: async (result) => {
        await showCards(page, result.created);
        page.filters.setClasses(await api("/api/classes"));
        await load(page, 0);
      },
    }),
  );
}

async function showCards(page, credentials) {
  await showNewCards(page.cardsHost, page.fresh, credentials);
}

/** The pupils matching the filters, from `from` on (one more than a page is asked for, to know if there are more). */
async function load(page, from) {
  page.offset = from;
  const query = new URLSearchParams({ limit: String(PAGE_SIZE + 1), offset: String(from) });
  const { search, classId, active } = page.filters.values();
  if (search) query.set("search", search);
  if (classId) query.set("class_id", classId);
  if (active) query.set("active", active);
  const next = new URLSearchParams();
  if (classId) next.set("class", classId);
  history.replaceState(null, "", next.toString() ? `?${next}` : location.pathname);
  const pupils = await api(`/api/admin/pupils?${query}`);
  const more = pupils.length > PAGE_SIZE;
  const shown = pupils.slice(0, PAGE_SIZE);
  if (!shown.length) page.count.textContent = "No pupil matches. Change the search or the filters.";
  else if (!more && from === 0) page.count.textContent = `Showing all ${shown.length} ${shown.length === 1 ? "pupil" : "pupils"} that match.`;
  else page.count.textContent = `Showing pupils ${from + 1} to ${from + shown.length}${more ? "; there are more" : ""}.`;
  const context = { status: page.status, showCards: (credentials) => showCards(page, credentials), refresh: () => load(page, page.offset) };
  page.results.replaceChildren(
    shown.length ? pupilsTable(shown, context) : "",
    el(
      "div",
      { class: "cluster" },
      from > 0 ? el("button", { type: "button", class: "button button--secondary", onClick: () => load(page, Math.max(0, from - PAGE_SIZE)) }, "Show the previous 100") : null,
      more ? el("button", { type: "button", class: "button button--secondary", onClick: () => load(page, from + PAGE_SIZE) }, "Show the next 100") : null,
    ),
  );
}

function filterForm(classes, params, onApply) {
  const search = field({ label: "Name or username", name: "search", type: "search", autocomplete: "off", value: params.get("search") || "" });
  const klass = field({ label: "Class", name: "class", as: "select" });
  const setClasses = (list, chosen) =>
    klass.input.replaceChildren(
      el("option", { value: "" }, "Every class"),
      ...list.map((c) => el("option", { value: c.id, selected: c.id === chosen }, `${c.name} (${c.academic_year})`)),
    );
  setClasses(classes, params.get("class"));
  const active = field({
    label: "Account",
    name: "active",
    as: "select",
    options: [
      { value: "", label: "Every account" },
      { value: "true", label: "Active only" },
      { value: "false", label: "Switched off only" },
    ],
  });
  const form = el(
    "form",
    { class: "filters", novalidate: true, role: "search", "aria-label": "Find pupils" },
    el("div", { class: "form-row" }, search.element, klass.element, active.element),
    el("button", { type: "submit", class: "button button--secondary" }, "Show pupils"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onApply();
  });
  return {
    form,
    values: () => ({ search: search.input.value.trim(), classId: klass.input.value, active: active.input.value }),
    /** New classes (an import makes them): the list of classes again, keeping the one chosen. */
    setClasses: (list) => setClasses(list, klass.input.value),
  };
}

function pupilsTable(pupils, context) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Pupils", tabindex: "0" },
    el(
      "table",
      { class: "table", "data-testid": "admin-pupils" },
      el("caption", { class: "visually-hidden" }, "Pupils"),
      el("thead", {}, el("tr", {}, ["Pupil", "Year", "Account", "Last signed in", "Actions"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, pupils.map((p) => pupilRow(p, context))),
    ),
  );
}

function pupilRow(p, context) {
  return el(
    "tr",
    { dataset: { user: p.username } },
    el(
      "th",
      { scope: "row" },
      el("a", { href: `/teacher/pupil-detail.html?id=${encodeURIComponent(p.id)}` }, p.name),
      el("span", { class: "muted person__detail" }, `Username: ${p.username}`),
      p.upn ? el("span", { class: "muted person__detail" }, `UPN: ${p.upn}`) : null,
      p.admission_number ? el("span", { class: "muted person__detail" }, `Admission number: ${p.admission_number}`) : null,
      p.email ? el("span", { class: "muted person__detail" }, p.email) : null,
    ),
    el("td", {}, p.year_group ? `Year ${p.year_group}` : "—"),
    el("td", {}, el("span", { class: ["badge", p.is_active ? "badge--success" : null] }, p.is_active ? "Active" : "Switched off")),
    el("td", {}, p.last_login_at ? date(p.last_login_at) : "Never"),
    el(
      "td",
      {},
      el(
        "div",
        { class: "cluster table-actions" },
        actionButton("Change details", () => changeDetails(p, context), { hiddenSuffix: ` for ${p.name}` }),
        actionButton("Reset password", () => resetPassword(p, context), { hiddenSuffix: ` for ${p.name}` }),
        actionButton("Access arrangements", () => changePupilArrangements(p, context), { hiddenSuffix: ` for ${p.name}` }),
        actionButton(p.is_active ? "Switch off account" : "Switch on account", () => switchAccount(p, context), { hiddenSuffix: ` for ${p.name}` }),
      ),
    ),
  );
}

function userPath(p, rest = "") {
  return `/api/admin/users/${encodeURIComponent(p.id)}${rest}`;
}

async function changeDetails(p, { status, refresh }) {
  const changes = await askForDetails(p);
  if (!changes) return;
  if (!Object.keys(changes).length) return status.say(`Nothing was changed for ${p.name}.`, "info");
  if (changes.first_name === "" || changes.last_name === "") {
    return status.say("A pupil needs a first name and a last name. Nothing was changed.", "warning");
  }
  try {
    const saved = await api(userPath(p), { method: "PATCH", body: changes });
    status.say(`Saved: ${saved.name}, Year ${saved.year_group}${saved.email ? `, ${saved.email}` : ""}.`, "success");
    await refresh();
  } catch (error) {
    sayProblem(status, error);
  }
}

/** A new simple password, shown once on a login card. */
async function resetPassword(p, { status, showCards }) {
  if (!(await confirmPupilPasswordReset(p.name))) return;
  try {
    const credentials = await api(userPath(p, "/reset-password"), { method: "POST", body: {} });
    await showCards([credentials]);
  } catch (error) {
    sayProblem(status, error);
  }
}

async function switchAccount(p, context) {
  if (p.is_active) {
    const sure = await confirmDialog({
      title: `Switch off ${p.name}’s account?`,
      message: "They are signed out at once and cannot sign in until the account is switched on again. Their results are kept.",
      confirmLabel: "Switch off the account",
      cancelLabel: "Keep it on",
      danger: true,
    });
    if (!sure) return;
  }
  await changeAndSay(
    context,
    () => api(userPath(p), { method: "PATCH", body: { is_active: !p.is_active } }),
    p.is_active ? `${p.name}’s account is switched off.` : `${p.name}’s account is switched on again.`,
  );
}

/** Ask for a pupil's corrected names and year group. Resolves with the fields that changed (maybe none), or null
 *  when the admin went back. */
async function askForDetails(p) {
  const first = field({ label: "First name", name: "first_name", value: p.first_name ?? "", autocomplete: "off", maxlength: "100" });
  const last = field({ label: "Last name", name: "last_name", value: p.last_name ?? "", autocomplete: "off", maxlength: "100" });
  const year = field({
    label: "Year group",
    name: "year_group",
    as: "select",
    options: [7, 8, 9].map((y) => ({ value: String(y), label: `Year ${y}`, selected: p.year_group === y })),
  });
  const upn = field({ label: "UPN (optional)", name: "upn", value: p.upn ?? "", autocomplete: "off", maxlength: "20", help: "The Unique Pupil Number: a letter and 12 digits, as in the school's information system." });
  const adno = field({ label: "Admission number (optional)", name: "admission_number", value: p.admission_number ?? "", autocomplete: "off", maxlength: "20" });
  const email = field({ label: "Email address (optional)", name: "email", type: "email", value: p.email ?? "", autocomplete: "off", spellcheck: "false", maxlength: "254",
    help: "Their school Google or Microsoft address, for single sign-on." });
  const choice = await openModal({
    title: `Change ${p.name}’s details`,
    body: [el("p", {}, "Their username and password stay the same. An import finds the pupil by their UPN or admission number."), first.element, last.element, year.element, upn.element, adno.element, email.element],
    actions: [
      { label: "Go back", value: "back", kind: "secondary" },
      { label: "Save the details", value: "save", kind: "primary" },
    ],
  });
  if (choice !== "save") return null;
  const wanted = {
    first_name: first.input.value.trim(),
    last_name: last.input.value.trim(),
    year_group: Number(year.input.value),
    upn: upn.input.value.trim(),
    admission_number: adno.input.value.trim(),
  };
  const changed = Object.fromEntries(Object.entries(wanted).filter(([key, value]) => value !== (p[key] ?? "")));
  const newEmail = email.input.value.trim().toLowerCase() || null;
  if (newEmail !== (p.email ?? null)) changed.email = newEmail;
  return changed;
}
