// Admin: the audit log, newest first. Filter by kind of action, by person, by kind of record and by dates; page
// through 50 entries at a time; each entry's details are written out as words, not raw JSON.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea } from "../components/status.js";
import { dateTime } from "../teacher/results/format.js";
import { adminNav } from "./admin-nav.js";

const PAGE_SIZE = 50;

// The filter matches the start of the action name, so "login" finds every kind of sign-in.
const ACTION_FILTERS = [
  ["", "Every action"],
  ["login", "Sign-ins (and refused sign-ins)"],
  ["logout", "Sign-outs"],
  ["two_factor", "Two-step sign-in (turned on or off, reset, recovery codes, wrong codes)"],
  ["user", "Account changes (created, changed, switched off, password reset)"],
  ["pupils.import", "Pupil imports"],
  ["class", "Class changes"],
  ["assessment.publish", "Assessments published"],
  ["assessment.archive", "Assessments archived"],
  ["assessment", "Every assessment change"],
  ["question", "Question changes"],
  ["results.export", "Results exported"],
  ["marking", "Marking (marks changed or released)"],
  ["settings", "Settings changes"],
  ["unit", "Unit changes"],
];

const RECORD_TYPES = [
  ["", "Every kind of record"],
  ["user", "Account"],
  ["class", "Class"],
  ["assessment", "Assessment"],
  ["question", "Question"],
  ["answer", "Answer"],
  ["unit", "Unit"],
  ["topic", "Topic"],
  ["learning_objective", "Learning objective"],
  ["media", "Image"],
  ["job", "Background job"],
  ["setting", "Setting"],
];

const ACTION_WORDS = {
  "login.success": "Signed in",
  "login.failure": "Sign-in refused: wrong username or password",
  "login.locked": "Sign-in refused: too many tries",
  "login.inactive": "Sign-in refused: account switched off",
  "login.code_needed": "Password right: code from the app asked for",
  "login.second_factor": "Two-step sign-in code accepted",
  logout: "Signed out",
  "two_factor.enrol": "Two-step sign-in turned on",
  "two_factor.turn_off": "Two-step sign-in turned off",
  "two_factor.reset": "Two-step sign-in reset (lost phone)",
  "two_factor.recovery_codes_renewed": "New recovery codes made",
  "two_factor.recovery_code_used": "Signed in with a recovery code",
  "two_factor.code_failure": "Two-step sign-in: wrong code",
  "two_factor.code_reused": "Two-step sign-in: a code used already",
  "user.create": "Account created",
  "user.update": "Account changed",
  "user.activate": "Account switched on",
  "user.deactivate": "Account switched off",
  "user.password_reset": "Password reset",
  "pupils.import": "Pupils imported",
  "class.create": "Class created",
  "class.update": "Class changed",
  "class.delete": "Class deleted",
  "class.pupil_add": "Pupils added to a class",
  "class.pupil_remove": "Pupil taken out of a class",
  "class.teacher_add": "Teacher added to a class",
  "class.teacher_remove": "Teacher removed from a class",
  "assessment.create": "Assessment created",
  "assessment.update": "Assessment settings changed",
  "assessment.publish": "Assessment published",
  "assessment.unpublish": "Assessment taken off a class",
  "assessment.archive": "Assessment archived",
  "assessment.delete": "Assessment deleted",
  "assessment.duplicate": "Assessment duplicated",
  "assessment.generate": "Assessment generated",
  "assessment.generate.start": "Generation started",
  "question.create": "Question added",
  "question.update": "Question changed",
  "question.delete": "Question deleted",
  "question.reorder": "Questions reordered",
  "bank.add": "Questions copied from the question bank",
  "bank.save": "Question saved to the question bank",
  "bank.unsave": "Question taken out of the question bank",
  "results.export": "Results exported as CSV",
  "settings.ai": "AI settings changed",
  "media.upload": "Image uploaded",
};

const RECORD_WORDS = Object.fromEntries(RECORD_TYPES.filter(([v]) => v));

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const status = statusArea({ testid: "audit-status" });
    const summary = el("p", { "aria-live": "polite", "data-testid": "audit-count" });
    const results = el("div", {});
    const filters = filterForm(() => load(0));

    async function load(offset) {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(offset) });
      const values = filters.values();
      if (!values) return;
      for (const [key, value] of Object.entries(values)) if (value) query.set(key, value);
      status.clear();
      try {
        const page = await api(`/api/admin/audit-log?${query}`);
        summary.textContent = page.total
          ? `Entries ${offset + 1} to ${offset + page.items.length} of ${page.total}, newest first.`
          : "No entry matches these filters.";
        results.replaceChildren(
          page.items.length ? auditTable(page.items) : "",
          el(
            "div",
            { class: "cluster" },
            offset > 0 ? el("button", { type: "button", class: "button button--secondary", onClick: () => load(Math.max(0, offset - PAGE_SIZE)) }, "Show newer entries") : null,
            offset + page.items.length < page.total ? el("button", { type: "button", class: "button button--secondary", onClick: () => load(offset + PAGE_SIZE) }, "Show older entries") : null,
          ),
        );
      } catch (error) {
        sayProblem(status, error);
      }
    }

    replaceChildren(
      main,
      adminNav(user),
      el("div", { class: "page__header" }, el("h1", {}, "Audit log"), el("p", { class: "page__lead" }, "Who did what, and when: sign-ins, account changes, publishing, exports, deletions.")),
      el("section", { class: "results-section", "aria-labelledby": "filter-heading" }, el("h2", { id: "filter-heading" }, "Filters"), filters.form),
      status,
      el("section", { class: "results-section", "aria-labelledby": "entries-heading" }, el("h2", { id: "entries-heading" }, "Entries"), summary, results),
    );
    await load(0);
  },
});

function filterForm(onApply) {
  const action = field({ label: "Action", name: "action", as: "select", options: ACTION_FILTERS.map(([value, label]) => ({ value, label })) });
  const username = field({ label: "Username", name: "username", help: "The person who did it.", autocomplete: "off", autocapitalize: "none", spellcheck: "false" });
  const record = field({ label: "Kind of record", name: "entity_type", as: "select", options: RECORD_TYPES.map(([value, label]) => ({ value, label })) });
  const since = field({ label: "From (date)", name: "since", type: "date" });
  const until = field({ label: "To (date)", name: "until", type: "date" });
  const form = el(
    "form",
    { class: "filters", novalidate: true, role: "search", "aria-label": "Filter the audit log" },
    el("div", { class: "form-row" }, action.element, username.element, record.element),
    el("div", { class: "form-row" }, since.element, until.element),
    el("button", { type: "submit", class: "button button--secondary" }, "Show entries"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onApply();
  });
  return {
    form,
    /** The query values, or null (with the problem shown on the field) when the dates are the wrong way round. */
    values() {
      until.clearError();
      // Dates are whole days where the admin is: from the start of the first to the end of the last.
      const from = since.input.value ? new Date(`${since.input.value}T00:00:00`) : null;
      const to = until.input.value ? new Date(`${until.input.value}T23:59:59.999`) : null;
      if (from && to && to < from) {
        until.setError("The “To” date is before the “From” date. Choose a later date.");
        until.input.focus();
        return null;
      }
      return {
        action: action.input.value,
        username: username.input.value.trim().toLowerCase(),
        entity_type: record.input.value,
        since: from ? from.toISOString() : "",
        until: to ? to.toISOString() : "",
      };
    },
  };
}

function detailValue(value) {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(detailValue).join(", ") : "none";
  if (typeof value === "object") return Object.entries(value).map(([k, v]) => `${words(k)}: ${detailValue(v)}`).join("; ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

function words(key) {
  const text = key.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function detailsList(details) {
  const entries = Object.entries(details || {});
  if (!entries.length) return el("span", { class: "muted" }, "No details");
  return el(
    "dl",
    { class: "audit-details" },
    entries.map(([key, value]) => [el("dt", {}, words(key)), el("dd", {}, detailValue(value))]),
  );
}

function auditTable(items) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Audit log entries", tabindex: "0" },
    el(
      "table",
      { class: "table audit-table", "data-testid": "audit-table" },
      el("caption", { class: "visually-hidden" }, "Audit log entries, newest first"),
      el("thead", {}, el("tr", {}, ["When", "Who", "What happened", "Record", "Details", "From (IP address)"].map((h) => el("th", { scope: "col" }, h)))),
      el(
        "tbody",
        {},
        items.map((item) =>
          el(
            "tr",
            { dataset: { action: item.action } },
            el("td", { class: "nowrap" }, dateTime(item.created_at)),
            el("td", {}, item.username || el("span", { class: "muted" }, "The system")),
            el("th", { scope: "row" }, ACTION_WORDS[item.action] || item.action, el("span", { class: "audit-table__code muted" }, item.action)),
            el("td", {}, item.entity_type ? RECORD_WORDS[item.entity_type] || words(item.entity_type) : "—"),
            el("td", {}, detailsList(item.details)),
            el("td", {}, item.ip || "—"),
          ),
        ),
      ),
    ),
  );
}
