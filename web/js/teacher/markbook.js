// A class's markbook (/teacher/markbook.html?class=<class>&unit_id=&half_term=&date_from=&date_to=): every pupil
// × every assessment set to the class, with final and first-try percentages, how each attempt ended and a
// trend per pupil; filters, a legend, the CSV download, and the class's mastery by objective and strand across
// the assessments shown.

import { api, ApiError } from "../api.js";
import { homeFor } from "../auth.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { statusMessage } from "../components/status.js";
import { masteryBars } from "./mastery.js";
import { filterForm, filtersFromAddress } from "./markbook/filters.js";
import { legend, markbookTable } from "./markbook/grid.js";

startPage({
  roles: ["teacher", "admin"],
  render: (main, { user }) => drawPage(main, user),
});

async function drawPage(main, user) {
  const params = new URLSearchParams(location.search);
  const classId = params.get("class");
  if (!classId) return calmStop(main, user, "No class was chosen. Open the markbook from one of your classes.");
  const chosen = filtersFromAddress(params);
  const base = `/api/classes/${encodeURIComponent(classId)}/markbook`;
  let book;
  let refused = null;
  try {
    book = await api(`${base}?${new URLSearchParams(chosen)}`);
  } catch (error) {
    if (!(error instanceof ApiError) || ![403, 404, 422].includes(error.status)) throw error;
    if (error.status !== 422) return calmStop(main, user, error.detail);
    // Filters the server cannot use (a "from" after the "until"): say so, and show every assessment.
    refused = error.detail;
    book = await api(base);
  }
  const inForce = refused ? {} : chosen;
  const query = new URLSearchParams(inForce).toString();
  document.title = `Markbook: ${book.class_name} – KS3 Assessment`;
  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("p", { class: "no-print" }, el("a", { href: `/teacher/classes.html?id=${encodeURIComponent(classId)}` }, `Back to class ${book.class_name}`)),
      el("h1", {}, `Markbook: class ${book.class_name}`),
      el("p", { class: "page__lead", "data-testid": "markbook-scope" }, scopeWords(book, inForce)),
    ),
    refused ? statusMessage(refused, { kind: "warning", role: "status", testid: "markbook-refused" }) : null,
    filterForm({ units: book.units, chosen: refused ? chosen : inForce, classId }),
    el(
      "div",
      { class: "cluster results-actions no-print" },
      el("a", { class: "button button--secondary", href: `${base}.csv${query ? `?${query}` : ""}`, download: "", "data-testid": "markbook-csv" }, "Download CSV"),
      el("button", { type: "button", class: "button button--secondary", onClick: () => window.print() }, "Print markbook"),
    ),
    book.columns.length
      ? markbookTable(book)
      : statusMessage(Object.keys(inForce).length ? "No assessment set to this class matches these choices." : "Nothing has been set to this class yet.", { role: "status", testid: "markbook-empty" }),
    legend(book.trend_window),
    trendsSection(classId, query),
  );
}

function scopeWords(book, chosen) {
  const parts = [];
  if (chosen.unit_id) parts.push(`unit ${book.units.find((u) => u.unit_id === chosen.unit_id)?.title ?? "chosen"}`);
  if (chosen.half_term) parts.push(`half term ${chosen.half_term}`);
  if (chosen.date_from) parts.push(`set from ${chosen.date_from}`);
  if (chosen.date_to) parts.push(`set until ${chosen.date_to}`);
  const which = parts.length ? `Assessments for ${parts.join(", ")}` : "Every assessment set to the class";
  return `${which}, oldest first. ${book.academic_year}.`;
}

/** Mastery by objective and by strand over the assessments shown, loaded after the table. */
function trendsSection(classId, query) {
  const section = el(
    "section",
    { class: "results-section", "aria-labelledby": "trends-heading", "data-testid": "class-trends" },
    el("h2", { id: "trends-heading" }, "Objectives and strands across these assessments"),
    el("p", { class: "loading" }, "Loading objectives and strands…"),
  );
  api(`/api/analytics/classes/${encodeURIComponent(classId)}/trends${query ? `?${query}` : ""}`)
    .then((trends) => {
      section.replaceChildren(
        el("h2", { id: "trends-heading" }, "Objectives and strands across these assessments"),
        el("p", { class: "muted" }, `The share of the marks available that the class earned, over ${trends.attempt_count} finished ${trends.attempt_count === 1 ? "attempt" : "attempts"} on ${trends.assessment_count} ${trends.assessment_count === 1 ? "assessment" : "assessments"}. The figure is beside each bar.`),
        el("h3", {}, "Learning objectives"),
        trends.objectives.length ? masteryBars(trends.objectives, { label: "Learning objectives" }) : statusMessage("No finished question here is linked to a learning objective."),
        el("h3", {}, "Taxonomy strands"),
        trends.strands.length ? masteryBars(trends.strands, { label: "Taxonomy strands" }) : statusMessage("No finished question here is tagged with a strand."),
      );
    })
    .catch((error) => {
      if (!(error instanceof ApiError)) console.error(error);
      section.replaceChildren(el("h2", { id: "trends-heading" }, "Objectives and strands across these assessments"), statusMessage(error instanceof ApiError ? error.detail : "The objectives could not be shown. Reload the page to try again.", { kind: "warning", role: "status" }));
    });
  return section;
}

function calmStop(main, user, detail) {
  replaceChildren(
    main,
    el("h1", {}, "Markbook"),
    statusMessage(detail, { kind: "warning", role: "status", testid: "markbook-stop" }),
    el("p", {}, el("a", { href: homeFor(user) }, "Go to your home page")),
  );
}
