// Admin: every pupil. Search by name or username, filter by class and by account; import pupils from a CSV into
// this year's classes (with the per-row problem report); print login cards for new and reset passwords; reset a
// password; correct a pupil's name or year group; switch an account off or on again.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { showLoginCards } from "../components/login-cards.js";
import { confirmDialog, openModal } from "../components/modal.js";
import { date } from "../teacher/results/format.js";
import { adminNav } from "./admin-nav.js";
import { pupilImportForm } from "./pupil-import.js";
import { actionButton, say, sayProblem, statusRegion } from "./page-parts.js";

const PAGE_SIZE = 100;

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const params = new URLSearchParams(location.search);
    const classes = await api("/api/classes");
    const status = statusRegion("pupils-status");
    const cardsHost = el("div", { class: "cards-host" });
    const fresh = []; // passwords made during this visit: the only time they can be shown
    const results = el("div", {});
    const count = el("p", { "aria-live": "polite", class: "pupil-count", "data-testid": "pupil-count" });
    const filters = filterForm(classes, params, () => load(0));
    let offset = 0;

    async function showCards(credentials) {
      // A reset replaces the pupil's earlier card (only the newest password works), keeping what it knew.
      const earlier = new Map(fresh.map((c) => [c.id, c]));
      const renewed = credentials.map((c) => ({ ...c, class_name: c.class_name ?? earlier.get(c.id)?.class_name ?? null }));
      const ids = new Set(renewed.map((c) => c.id));
      fresh.splice(0, fresh.length, ...fresh.filter((c) => !ids.has(c.id)), ...renewed);
      await showLoginCards(cardsHost, fresh, { heading: fresh.length === 1 ? "Login card" : "Login cards", onHide: () => (fresh.length = 0) });
    }

    async function load(from) {
      offset = from;
      const query = new URLSearchParams({ limit: String(PAGE_SIZE + 1), offset: String(offset) });
      const { search, classId, active } = filters.values();
      if (search) query.set("search", search);
      if (classId) query.set("class_id", classId);
      if (active) query.set("active", active);
      const next = new URLSearchParams();
      if (classId) next.set("class", classId);
      history.replaceState(null, "", next.toString() ? `?${next}` : location.pathname);
      const pupils = await api(`/api/admin/pupils?${query}`);
      const more = pupils.length > PAGE_SIZE;
      const shown = pupils.slice(0, PAGE_SIZE);
      if (!shown.length) count.textContent = "No pupil matches. Change the search or the filters.";
      else if (!more && offset === 0) count.textContent = `Showing all ${shown.length} ${shown.length === 1 ? "pupil" : "pupils"} that match.`;
      else count.textContent = `Showing pupils ${offset + 1} to ${offset + shown.length}${more ? "; there are more" : ""}.`;
      results.replaceChildren(
        shown.length ? pupilsTable(shown, { status, showCards, refresh: () => load(offset) }) : "",
        el(
          "div",
          { class: "cluster" },
          offset > 0 ? el("button", { type: "button", class: "button button--secondary", onClick: () => load(Math.max(0, offset - PAGE_SIZE)) }, "Show the previous 100") : null,
          more ? el("button", { type: "button", class: "button button--secondary", onClick: () => load(offset + PAGE_SIZE) }, "Show the next 100") : null,
        ),
      );
    }

    replaceChildren(
      main,
      adminNav(user),
      el("div", { class: "page__header" }, el("h1", {}, "Pupils"), el("p", { class: "page__lead" }, "Every pupil in the school. Find a pupil, import new ones and print their login cards.")),
      status,
      cardsHost,
      el(
        "section",
        { class: "results-section", "aria-labelledby": "find-heading" },
        el("h2", { id: "find-heading" }, "Find pupils"),
        filters.form,
        count,
        results,
      ),
      el(
        "section",
        { class: "results-section no-print", "aria-labelledby": "import-heading" },
        el("h2", { id: "import-heading" }, "Import pupils from a CSV"),
        pupilImportForm({
          endpoint: "/api/admin/pupils/import",
          classHelp: "Pupils go into this academic year’s classes; a class that does not exist yet is created.",
          onImported: async (result) => {
            await showCards(result.created);
            filters.setClasses(await api("/api/classes"));
            await load(0);
          },
        }),
      ),
    );
    await load(0);
  },
});

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

function pupilsTable(pupils, { status, showCards, refresh }) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Pupils", tabindex: "0" },
    el(
      "table",
      { class: "table", "data-testid": "admin-pupils" },
      el("caption", { class: "visually-hidden" }, "Pupils"),
      el("thead", {}, el("tr", {}, ["Pupil", "Year", "Account", "Last signed in", "Actions"].map((h) => el("th", { scope: "col" }, h)))),
      el(
        "tbody",
        {},
        pupils.map((p) =>
          el(
            "tr",
            { dataset: { user: p.username } },
            el(
              "th",
              { scope: "row" },
              el("a", { href: `/teacher/pupil-detail.html?id=${encodeURIComponent(p.id)}` }, p.name),
              el("span", { class: "muted person__detail" }, `Username: ${p.username}`),
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
                actionButton(
                  "Change details",
                  async () => {
                    const changes = await askForDetails(p);
                    if (!changes) return;
                    if (!Object.keys(changes).length) return say(status, `Nothing was changed for ${p.name}.`);
                    if (changes.first_name === "" || changes.last_name === "") {
                      return say(status, "A pupil needs a first name and a last name. Nothing was changed.", "warning");
                    }
                    try {
                      const saved = await api(`/api/admin/users/${encodeURIComponent(p.id)}`, { method: "PATCH", body: changes });
                      say(status, `Saved: ${saved.name}, Year ${saved.year_group}.`, "success");
                      await refresh();
                    } catch (error) {
                      sayProblem(status, error);
                    }
                  },
                  { hiddenSuffix: ` for ${p.name}` },
                ),
                actionButton(
                  "Reset password",
                  async () => {
                    const sure = await confirmDialog({
                      title: `Reset ${p.name}’s password?`,
                      message: "Their old password stops working at once and they are signed out. A new simple password is made and shown once, on a login card.",
                      confirmLabel: "Reset the password",
                      cancelLabel: "Keep the old password",
                    });
                    if (!sure) return;
                    try {
                      const credentials = await api(`/api/admin/users/${encodeURIComponent(p.id)}/reset-password`, { method: "POST", body: {} });
                      await showCards([credentials]);
                    } catch (error) {
                      sayProblem(status, error);
                    }
                  },
                  { hiddenSuffix: ` for ${p.name}` },
                ),
                actionButton(
                  p.is_active ? "Switch off account" : "Switch on account",
                  async () => {
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
                    try {
                      await api(`/api/admin/users/${encodeURIComponent(p.id)}`, { method: "PATCH", body: { is_active: !p.is_active } });
                      say(status, p.is_active ? `${p.name}’s account is switched off.` : `${p.name}’s account is switched on again.`, "success");
                      await refresh();
                    } catch (error) {
                      sayProblem(status, error);
                    }
                  },
                  { hiddenSuffix: ` for ${p.name}` },
                ),
              ),
            ),
          ),
        ),
      ),
    ),
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
  const choice = await openModal({
    title: `Change ${p.name}’s details`,
    body: [el("p", {}, "Their username and password stay the same."), first.element, last.element, year.element],
    actions: [
      { label: "Go back", value: "back", kind: "secondary" },
      { label: "Save the details", value: "save", kind: "primary" },
    ],
  });
  if (choice !== "save") return null;
  const wanted = { first_name: first.input.value.trim(), last_name: last.input.value.trim(), year_group: Number(year.input.value) };
  return Object.fromEntries(Object.entries(wanted).filter(([key, value]) => value !== (p[key] ?? "")));
}
