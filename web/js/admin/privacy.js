// Admin: privacy and data (UK GDPR, children's data). How long pupils' written work and code are kept (and a
// clean-up now), one pupil's data as a JSON download (a subject access request) or erased for good (with a
// confirmation that says plainly it cannot be undone), and the AI usage log with its totals.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { sayProblem, statusArea } from "../components/status.js";
import { dateTime, plural } from "../teacher/results/format.js";
import { adminNav } from "./admin-nav.js";
import { actionButton } from "./page-parts.js";

const USAGE_PAGE = 50;
const OPERATIONS = [
  ["", "Every kind of call"],
  ["generate", "Drafting assessments"],
  ["repair", "Correcting drafted questions"],
  ["summarise", "Summarising lesson materials"],
  ["mark", "Marking written answers"],
];
const OPERATION_WORDS = Object.fromEntries(OPERATIONS.filter(([v]) => v));

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const retention = await api("/api/admin/retention");
    replaceChildren(
      main,
      adminNav(user),
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "Privacy and data"),
        el(
          "p",
          { class: "page__lead" },
          "Pupils' data is kept only as long as the school needs it. What is stored, for how long and who can see it is written down in docs/privacy.md, for the school's data protection impact assessment.",
        ),
      ),
      retentionSection(retention),
      pupilSection(),
      await usageSection(),
      el(
        "section",
        { class: "results-section", "aria-labelledby": "audit-heading" },
        el("h2", { id: "audit-heading" }, "Audit log"),
        el("p", {}, "Exports, erasures, mark changes and settings changes are all recorded. ", el("a", { href: "/admin/audit.html" }, "Read the audit log"), "."),
      ),
    );
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  },
});

// --- Retention -------------------------------------------------------------------------------------------------

function lastRunWords(r) {
  if (!r.last_run) return "The clean-up has not run yet. It runs by itself once a day.";
  const x = r.last_result || {};
  return (
    `The last clean-up was on ${dateTime(r.last_run)}. It removed the content of ${plural(x.answers_content_purged || 0, "answer")}, ` +
    `${plural(x.attempts_deleted || 0, "whole attempt")}, ${plural(x.audit_entries_deleted || 0, "audit log entry", "audit log entries")} ` +
    `and ${plural(x.ai_usage_entries_deleted || 0, "AI usage entry", "AI usage entries")}. It runs by itself once a day.`
  );
}

function retentionSection(initial) {
  const status = statusArea({ testid: "retention-status" });
  const lastRun = el("p", { class: "retention-last-run", dataset: { testid: "retention-last-run" } }, lastRunWords(initial));
  const days = field({ label: "Remove written answers and code after (days)", type: "number", inputmode: "numeric", min: 30, max: 3650, step: 1, value: String(initial.content_days),
    help: "30 to 3650. The words and code a pupil wrote are removed; their scores stay." });
  const years = field({ label: "Remove whole records after (years)", type: "number", inputmode: "numeric", min: 1, max: 25, step: 1, value: String(initial.record_years),
    help: "1 to 25. Attempts, scores, and old audit log and AI usage entries are removed." });
  days.input.classList.add("input--short");
  years.input.classList.add("input--short");
  const form = el(
    "form",
    { novalidate: true, "aria-label": "How long data is kept" },
    el("div", { class: "form-row" }, days.element, years.element),
    el("button", { type: "submit", class: "button" }, "Save how long data is kept"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveRetention({ days, years, status });
  });
  const runNow = actionButton("Run the clean-up now", () => runCleanUp({ days, initial, lastRun, status }));
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "retention-heading", dataset: { testid: "retention" } },
    el("h2", { id: "retention-heading" }, "How long data is kept"),
    form,
    lastRun,
    el("p", {}, runNow),
    status,
  );
}

/** A whole number from `min` to `max` in the box, or null (and the box says what to type). */
function readWhole(control, min, max) {
  control.clearError();
  const value = Number(control.input.value.trim());
  if (!control.input.value.trim() || !Number.isInteger(value) || value < min || value > max) {
    control.setError(`Type a whole number from ${min} to ${max}.`);
    return null;
  }
  return value;
}

async function saveRetention({ days, years, status }) {
  const contentDays = readWhole(days, 30, 3650);
  const recordYears = readWhole(years, 1, 25);
  if (contentDays === null || recordYears === null) {
    (contentDays === null ? days : years).input.focus();
    return;
  }
  try {
    const saved = await api("/api/admin/retention", { method: "PUT", body: { content_days: contentDays, record_years: recordYears } });
    status.say(`Saved. Written answers and code are kept for ${plural(saved.content_days, "day")}; whole records for ${plural(saved.record_years, "year")}.`, "success");
  } catch (error) {
    sayProblem(status, error);
  }
}

async function runCleanUp({ days, initial, lastRun, status }) {
  const sure = await confirmDialog({
    title: "Run the clean-up now?",
    message: `Written answers and code older than ${plural(Number(days.input.value) || initial.content_days, "day")} are removed now (their scores stay), and whole records older than the limit are deleted. This cannot be undone.`,
    confirmLabel: "Run the clean-up",
    cancelLabel: "Not now",
    danger: true,
  });
  if (!sure) return;
  try {
    await api("/api/admin/retention/run", { method: "POST" });
    const now = await api("/api/admin/retention");
    lastRun.textContent = lastRunWords(now);
    status.say("The clean-up has run. What it removed is written above.", "success");
  } catch (error) {
    sayProblem(status, error);
  }
}

// --- One pupil's data: download or erase -----------------------------------------------------------------------

function pupilSection() {
  const status = statusArea({ testid: "pupil-data-status" });
  const results = el("div", { dataset: { testid: "pupil-results" } });
  const search = field({ label: "Find a pupil", help: "Part of their name or username.", autocomplete: "off", spellcheck: "false", maxlength: 100 });
  const form = el(
    "form",
    { class: "inline-form", novalidate: true, role: "search", "aria-label": "Search for a pupil" },
    search.element,
    el("button", { type: "submit", class: "button button--secondary" }, "Find"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    findPupils({ search, results, status });
  });
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "pupil-data-heading", dataset: { testid: "pupil-data" } },
    el("h2", { id: "pupil-data-heading" }, "A pupil's data"),
    el("p", {}, "Download everything held about a pupil as a JSON file (for a subject access request), or erase a pupil and all their work when the school must."),
    form,
    status,
    results,
  );
}

async function findPupils({ search, results, status }) {
  search.clearError();
  const words = search.input.value.trim();
  if (!words) {
    search.setError("Type part of a name or username.");
    search.input.focus();
    return;
  }
  try {
    const pupils = await api(`/api/admin/pupils?${new URLSearchParams({ search: words, limit: "50" })}`);
    replaceChildren(results, pupils.length ? pupilTable(pupils, status) : el("p", {}, "No pupil matches. Check the spelling, or try part of the name."));
  } catch (error) {
    sayProblem(status, error);
  }
}

async function erase(pupil, row, status) {
  const sure = await confirmDialog({
    title: `Erase ${pupil.name} for good?`,
    message: el(
      "div",
      {},
      el("p", {}, `This deletes ${pupil.name}'s account (${pupil.username}) and all their work: every attempt, answer, draft, mark and piece of feedback.`),
      el("p", {}, el("strong", {}, "It cannot be undone."), " Nobody can bring it back, not even from this page."),
      el("p", {}, "The audit log records that a pupil was erased and who did it, but not who the pupil was. If the school needs a copy, download their data first."),
    ),
    confirmLabel: `Erase ${pupil.name}`,
    cancelLabel: "Keep this pupil",
    danger: true,
  });
  if (!sure) return;
  try {
    await api(`/api/admin/pupils/${encodeURIComponent(pupil.id)}`, { method: "DELETE" });
    row.remove();
    status.say(`${pupil.name} has been erased, with all their work.`, "success").focus();
  } catch (error) {
    sayProblem(status, error);
  }
}

function pupilTable(pupils, status) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "Pupils found", tabindex: "0" },
    el(
      "table",
      { class: "table", dataset: { testid: "pupil-table" } },
      el("caption", { class: "visually-hidden" }, "Pupils found"),
      el("thead", {}, el("tr", {}, ["Pupil", "Username", "Year", "Their data"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, pupils.map((pupil) => pupilRow(pupil, status))),
    ),
  );
}

function pupilRow(pupil, status) {
  const row = el("tr", { dataset: { username: pupil.username } });
  row.append(
    el("th", { scope: "row" }, pupil.name, pupil.is_active ? null : el("span", { class: "muted" }, " (switched off)")),
    el("td", {}, pupil.username),
    el("td", {}, pupil.year_group ? `Year ${pupil.year_group}` : "—"),
    el(
      "td",
      {},
      el(
        "div",
        { class: "cluster table-actions" },
        el(
          "a",
          { class: "button button--secondary button--small", href: `/api/admin/pupils/${encodeURIComponent(pupil.id)}/export`, download: `pupil-${pupil.username}.json` },
          "Download their data",
          el("span", { class: "visually-hidden" }, ` (${pupil.name}, JSON)`),
        ),
        actionButton("Erase", () => erase(pupil, row, status), { kind: "danger", hiddenSuffix: ` ${pupil.name}` }),
      ),
    ),
  );
  return row;
}

// --- The AI usage log ----------------------------------------------------------------------------------------

function money(value) {
  return `$${Number(value || 0).toFixed(value && value < 0.01 ? 4 : 2)}`;
}

async function usageSection() {
  const usage = {
    status: statusArea({ testid: "usage-status" }),
    totals: el("div", { dataset: { testid: "usage-totals" } }),
    byModel: el("div", {}),
    calls: el("div", {}),
    operation: field({ label: "Kind of call", as: "select", options: OPERATIONS.map(([value, label]) => ({ value, label })) }),
    model: field({ label: "Model", autocomplete: "off", spellcheck: "false", help: "The exact model name, or leave it empty." }),
  };
  const form = el(
    "form",
    { class: "filters", novalidate: true, role: "search", "aria-label": "Filter the AI usage log" },
    el("div", { class: "form-row" }, usage.operation.element, usage.model.element),
    el("button", { type: "submit", class: "button button--secondary" }, "Show AI calls"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    loadUsage(usage, 0);
  });
  await loadUsage(usage, 0);
  return el(
    "section",
    { class: "results-section", id: "ai-usage", "aria-labelledby": "usage-heading", dataset: { testid: "ai-usage" } },
    el("h2", { id: "usage-heading" }, "AI usage"),
    el("p", {}, "Every call to the AI service: who caused it, which model, the tokens, an estimated cost and whether it worked. Only the question, mark scheme and answer text are sent, never a pupil's name."),
    form,
    usage.status,
    usage.totals,
    usage.byModel,
    usage.calls,
  );
}

/** One page of the AI usage log, from `offset`, with the filters chosen. */
async function loadUsage(usage, offset) {
  const query = new URLSearchParams({ limit: String(USAGE_PAGE), offset: String(offset) });
  if (usage.operation.input.value) query.set("operation", usage.operation.input.value);
  if (usage.model.input.value.trim()) query.set("model", usage.model.input.value.trim());
  let report;
  try {
    report = await api(`/api/admin/ai-usage?${query}`);
  } catch (error) {
    sayProblem(usage.status, error);
    return;
  }
  replaceChildren(
    usage.totals,
    el(
      "dl",
      { class: "figures usage-figures" },
      figure("AI calls", String(report.total_calls)),
      figure("Calls that did not work", String(report.failed_calls)),
      figure("Tokens sent", report.input_tokens.toLocaleString("en-GB")),
      figure("Tokens received", report.output_tokens.toLocaleString("en-GB")),
      figure("Estimated cost", money(report.cost_estimate)),
    ),
  );
  replaceChildren(usage.byModel, report.by_model.length ? modelTable(report.by_model) : "");
  replaceChildren(usage.calls, report.items.length ? callPage(usage, report, offset) : el("p", {}, "No AI calls match. With no AI service set up, there are none."));
}

function callPage(usage, report, offset) {
  const shown = report.items.length;
  return [
    el("p", {}, `Calls ${offset + 1} to ${offset + shown} of ${report.total_calls}, newest first.`),
    callTable(report.items),
    el(
      "div",
      { class: "cluster" },
      offset > 0 ? el("button", { type: "button", class: "button button--secondary", onClick: () => loadUsage(usage, Math.max(0, offset - USAGE_PAGE)) }, "Show newer calls") : null,
      offset + shown < report.total_calls ? el("button", { type: "button", class: "button button--secondary", onClick: () => loadUsage(usage, offset + USAGE_PAGE) }, "Show older calls") : null,
    ),
  ];
}

function figure(label, value) {
  return el("div", { class: "figure" }, el("dt", {}, label), el("dd", {}, el("span", { class: "figure__value" }, value)));
}

function modelTable(rows) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "AI usage by model", tabindex: "0" },
    el(
      "table",
      { class: "table", dataset: { testid: "usage-by-model" } },
      el("caption", {}, "By model"),
      el("thead", {}, el("tr", {}, ["Model", "Kind of call", "Calls", "Tokens sent", "Tokens received", "Estimated cost"].map((h, i) => el("th", { scope: "col", class: i > 1 ? "number" : null }, h)))),
      el(
        "tbody",
        {},
        rows.map((r) =>
          el(
            "tr",
            {},
            el("th", { scope: "row" }, r.model),
            el("td", {}, OPERATION_WORDS[r.operation] || r.operation),
            el("td", { class: "number" }, String(r.calls)),
            el("td", { class: "number" }, r.input_tokens.toLocaleString("en-GB")),
            el("td", { class: "number" }, r.output_tokens.toLocaleString("en-GB")),
            el("td", { class: "number" }, money(r.cost_estimate)),
          ),
        ),
      ),
    ),
  );
}

function callTable(items) {
  return el(
    "div",
    { class: "table-wrap", role: "region", "aria-label": "AI calls, newest first", tabindex: "0" },
    el(
      "table",
      { class: "table", dataset: { testid: "usage-calls" } },
      el("caption", { class: "visually-hidden" }, "AI calls, newest first"),
      el("thead", {}, el("tr", {}, ["When", "Who", "Kind of call", "Model", "Tokens (sent / received)", "Cost", "Time", "Result"].map((h) => el("th", { scope: "col" }, h)))),
      el(
        "tbody",
        {},
        items.map((u) =>
          el(
            "tr",
            {},
            el("td", { class: "nowrap" }, dateTime(u.created_at)),
            el("td", {}, u.username || el("span", { class: "muted" }, "The system")),
            el("td", {}, OPERATION_WORDS[u.operation] || u.operation),
            el("td", {}, u.model),
            el("td", { class: "number nowrap" }, `${u.input_tokens} / ${u.output_tokens}`),
            el("td", { class: "number" }, money(u.cost_estimate)),
            el("td", { class: "number nowrap" }, `${(u.latency_ms / 1000).toFixed(1)} s`),
            el("td", {}, u.ok ? el("span", { class: "badge badge--success" }, "Worked") : [el("span", { class: "badge badge--warning" }, "Did not work"), el("span", { class: "muted" }, ` ${u.error || ""}`)]),
          ),
        ),
      ),
    ),
  );
}
