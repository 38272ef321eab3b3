// The admin home page: is the system healthy, how many accounts and classes there are, and the admin areas.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { el, html, replaceChildren } from "../components/html.js";
import { adminAreas, adminNav } from "./admin-nav.js";

const CHECK_NAMES = {
  database: "Database",
  migrations: "Database structure (migrations)",
  runner: "Code runner service",
};

startPage({
  roles: ["admin"],
  async render(main, { user }) {
    const [ready, teachers, classes] = await Promise.all([readiness(), api("/api/admin/teachers"), api("/api/classes")]);
    const areas = adminAreas(user).filter((item) => item.href !== location.pathname);
    replaceChildren(
      main,
      adminNav(user),
      html`
        <div class="page__header">
          <h1>Admin</h1>
          <p class="page__lead">How the system is running, and the school’s accounts and classes.</p>
        </div>`,
      statusSection(ready),
      html`
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading">At a glance</h2>
          <dl class="details-list card" data-testid="admin-counts">
            <dt>Teacher and admin accounts</dt><dd>${teachers.length}</dd>
            <dt>Active teacher and admin accounts</dt><dd>${teachers.filter((t) => t.is_active).length}</dd>
            <dt>Classes</dt><dd>${classes.length}</dd>
          </dl>
        </section>`,
      html`
        <section aria-labelledby="admin-areas">
          <h2 id="admin-areas">Admin areas</h2>
          <ul class="grid">
            ${areas.map(
              (area) => html`
                <li class="card card--link">
                  <h3 class="card__title"><a href="${area.href}">${area.label}</a></h3>
                  ${area.description ? html`<p class="card__meta">${area.description}</p>` : null}
                </li>`,
            )}
          </ul>
        </section>`,
    );
  },
});

/** /api/ready answers 503 with the same shape when something is wrong; both are worth showing. */
async function readiness() {
  try {
    return await api("/api/ready");
  } catch (error) {
    if (error instanceof ApiError && error.status === 503 && error.body?.checks) return error.body;
    throw error;
  }
}

function statusRow(part, [badge, kind], details) {
  return el(
    "tr",
    {},
    el("th", { scope: "row" }, part),
    el("td", {}, el("span", { class: ["badge", kind && `badge--${kind}`] }, badge)),
    el("td", {}, details),
  );
}

const WORKING = ["Working", "success"];
const NEEDS_ATTENTION = ["Needs attention", "warning"];

/** How pupils' Python code is isolated, from the `sandbox` mode that /api/ready reports. */
function sandboxRow(mode) {
  const part = "Running pupils’ code";
  if (mode === "disabled") return statusRow(part, ["Switched off", null], "Code questions go to teacher marking (ENABLE_PYTHON_RUNNER=false).");
  if (mode === "unavailable") return statusRow(part, NEEDS_ATTENTION, "Pupils’ code cannot run. Code questions wait for teacher marking.");
  return statusRow(part, WORKING, `Isolation: ${mode}.`);
}

function statusSection(ready) {
  const rows = Object.entries(ready.checks || {}).map(([name, value]) =>
    value === "ok"
      ? statusRow(CHECK_NAMES[name] || name, WORKING, "No action needed.")
      : statusRow(CHECK_NAMES[name] || name, NEEDS_ATTENTION, value),
  );
  if (ready.sandbox) rows.push(sandboxRow(ready.sandbox));
  return el(
    "section",
    { "aria-labelledby": "status-heading" },
    el("h2", { id: "status-heading" }, "System status"),
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table", "data-testid": "system-status" },
        el("caption", { class: "visually-hidden" }, "System status"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Part"), el("th", { scope: "col" }, "State"), el("th", { scope: "col" }, "Details"))),
        el("tbody", {}, rows),
      ),
    ),
  );
}
