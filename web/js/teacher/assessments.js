// The teacher's assessments, filtered by status, class, unit and title (the filters are kept in the address,
// so a link or a reload shows the same list). Each assessment says its status in words, its questions, the
// classes it is published to with their dates, its average score and whether the checks found problems;
// it can be opened, duplicated, exported as a file, archived or deleted (the last two ask first). Import
// questions (teacher/import-assessment.html) makes a new draft from an exported file. Below them, "Shared by
// colleagues" lists what other teachers have shared with the department (sharing/shared-list.js).

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { field } from "../components/field.js";
import { confirmDialog } from "../components/modal.js";
import { sayProblem, statusArea } from "../components/status.js";
import { exportLink } from "./import/export-link.js";
import { liveLink } from "./live/live-link.js";
import { count, percentWords, statusBadge, statusLabel, windowWords } from "./review/labels.js";
import { sharedSection } from "./sharing/shared-list.js";

const FILTERS = ["status", "class", "unit", "search"];
const SEARCH_PAUSE_MS = 400;
const REVIEW_PAGE = "/teacher/review-questions.html";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    const [classes, units] = await Promise.all([api("/api/classes"), api("/api/units")]);
    const params = new URLSearchParams(location.search);
    // The list's parts, and `ticket`: the number of the newest load, so an older answer arriving late is dropped.
    const list = {
      user,
      status: statusArea({ testid: "list-status" }),
      summary: el("p", { class: "assessment-list__summary", role: "status", dataset: { testid: "list-summary" } }),
      area: el("div", { class: "assessment-list__area" }),
      filters: null,
      ticket: 0,
    };
    list.filters = filterForm({ classes, units, params, onChange: () => load(list) });

    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, "Assessments"),
        el(
          "p",
          { class: "cluster" },
          el("a", { class: "button", href: "/teacher/create-assessment.html" }, "Create new assessment"),
          el("a", { class: "button button--secondary", href: "/teacher/import-assessment.html" }, "Import questions"),
        ),
      ),
      list.filters.element,
      list.status,
      list.summary,
      list.area,
      sharedSection({ onCopied: (copy) => copied(copy, list) }),
    );

    const deleted = params.get("deleted");
    if (deleted) {
      list.status.say(`‘${deleted}’ was deleted.`);
      params.delete("deleted");
      history.replaceState(null, "", params.size ? `?${params}` : location.pathname);
    }
    await load(list);
  },
});

/** Load the assessments matching the filters (kept in the address too) and draw them. */
async function load(list) {
  const values = list.filters.values();
  const query = new URLSearchParams();
  const address = new URLSearchParams();
  for (const key of FILTERS) {
    if (!values[key]) continue;
    address.set(key, values[key]);
    query.set({ class: "class_id", unit: "unit_id" }[key] ?? key, values[key]);
  }
  history.replaceState(null, "", address.size ? `?${address}` : location.pathname);
  const ticket = ++list.ticket;
  list.area.setAttribute("aria-busy", "true");
  try {
    const items = await api(`/api/assessments${query.size ? `?${query}` : ""}`);
    if (ticket !== list.ticket) return; // a newer filter has been chosen meanwhile
    list.summary.textContent = items.length
      ? `Showing ${count(items.length, "assessment")}.`
      : Object.values(values).some(Boolean)
        ? "No assessments match these filters. Change or clear them to see more."
        : "You have no assessments yet. Create one with the button above.";
    replaceChildren(list.area, items.length ? el("ul", { class: "assessment-list", dataset: { testid: "assessment-list" } }, items.map((a) => row(a, list))) : null);
  } catch (error) {
    sayProblem(list.status, error);
  } finally {
    if (ticket === list.ticket) list.area.removeAttribute("aria-busy");
  }
}

function row(a, list) {
  const headingId = `assessment-${a.id}`;
  return el(
    "li",
    { class: "card assessment-row", dataset: { assessmentId: a.id, testid: "assessment-row" }, "aria-labelledby": headingId },
    el(
      "div",
      { class: "assessment-row__head" },
      el("h2", { class: "assessment-row__title", id: headingId }, el("a", { href: `${REVIEW_PAGE}?id=${a.id}` }, a.title)),
      el(
        "p",
        { class: "assessment-row__badges" },
        statusBadge(a.status),
        a.has_problems ? [" ", el("span", { class: "badge badge--warning", dataset: { testid: "has-problems" } }, "Has problems")] : null,
      ),
    ),
    rowFacts(a),
    el("div", { class: "cluster assessment-row__actions" }, rowActions(a, list)),
  );
}

function rowFacts(a) {
  return el(
    "dl",
    { class: "details-list assessment-row__facts" },
    el("dt", {}, "Unit"),
    el("dd", {}, a.unit_title || "No unit"),
    el("dt", {}, "Questions"),
    el("dd", {}, `${count(a.question_count, "question")}, ${count(a.total_points, "point")}, about ${count(Math.max(1, a.estimated_minutes), "minute")}`),
    el("dt", {}, "Classes"),
    el(
      "dd",
      {},
      a.classes.length
        ? el("ul", { class: "assessment-row__classes" }, a.classes.map((c) => el("li", {}, el("strong", {}, c.class_name), `: ${windowWords(c.available_from, c.available_until)}`, liveLink(a, c))))
        : "Not published to any class",
    ),
    el("dt", {}, "Average score"),
    el("dd", {}, a.completed_count ? `${percentWords(a.average_percentage)} (${count(a.completed_count, "pupil")} finished)` : "No results yet"),
  );
}

/** Open and Duplicate for every assessment; Archive and Delete (each asks first) for the teacher's own. */
function rowActions(a, list) {
  const mayChange = list.user.role === "admin" || a.owner_id === list.user.id;
  return [
    el("a", { class: "button button--small", href: `${REVIEW_PAGE}?id=${a.id}` }, "Open", el("span", { class: "visually-hidden" }, ` ${a.title}`)),
    actionButton("Duplicate", a, list, () => duplicate(a, list)),
    exportLink(a, "button--small"),
    mayChange && a.status !== "archived" ? actionButton("Archive", a, list, () => archive(a, list)) : null,
    mayChange ? actionButton("Delete", a, list, () => remove(a, list), "button--danger") : null,
  ].filter(Boolean);
}

async function duplicate(a, list) {
  await copied(await api(`/api/assessments/${a.id}/duplicate`, { method: "POST" }), list);
}

/** A copy was made (of one of the list's assessments, or of a colleague's shared one): show it and say so. */
async function copied(copy, list) {
  await load(list);
  const open = el("a", { href: `${REVIEW_PAGE}?id=${copy.id}` }, "Open the copy");
  list.status.say([`A copy was made: ‘${copy.title}’. It is a draft.`, " ", open]).focus();
}

async function archive(a, list) {
  const sure = await confirmDialog({
    title: `Archive ‘${a.title}’?`,
    message: "Pupils will not be able to start it any more. Their results stay, and you can still read them.",
    confirmLabel: "Archive it",
    cancelLabel: "Keep it open",
  });
  if (!sure) return;
  await api(`/api/assessments/${a.id}/archive`, { method: "POST" });
  await load(list);
  list.status.say(`‘${a.title}’ is archived.`).focus();
}

async function remove(a, list) {
  const sure = await confirmDialog({
    title: `Delete ‘${a.title}’?`,
    message: "It disappears from your lists and from pupils' screens. Results pupils already have are kept for the record.",
    confirmLabel: "Delete the assessment",
    cancelLabel: "Keep it",
    danger: true,
  });
  if (!sure) return;
  await api(`/api/assessments/${a.id}`, { method: "DELETE" });
  await load(list);
  list.status.say(`‘${a.title}’ was deleted.`).focus();
}

/** A button that runs `run` once at a time; a refusal is said, in the server's words, in the list's status. */
function actionButton(label, a, list, run, extra = "button--secondary") {
  const button = el("button", { type: "button", class: ["button", "button--small", extra] }, label, el("span", { class: "visually-hidden" }, ` ${a.title}`));
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      await run();
    } catch (error) {
      sayProblem(list.status, error).focus();
    } finally {
      button.removeAttribute("aria-disabled");
    }
  });
  return button;
}

function filterForm({ classes, units, params, onChange }) {
  const status = field({
    label: "Status",
    as: "select",
    options: [{ value: "", label: "Any status" }, ...["draft", "review", "published", "archived"].map((s) => ({ value: s, label: statusLabel(s) }))].map((o) => ({
      ...o,
      selected: o.value === (params.get("status") ?? ""),
    })),
  });
  const schoolClass = field({
    label: "Class",
    as: "select",
    options: [{ value: "", label: "Any class" }, ...classes.map((c) => ({ value: c.id, label: c.name }))].map((o) => ({ ...o, selected: o.value === (params.get("class") ?? "") })),
  });
  const unit = field({
    label: "Unit",
    as: "select",
    options: [{ value: "", label: "Any unit" }, ...units.map((u) => ({ value: u.id, label: `${u.title} (Year ${u.year_group})` }))].map((o) => ({
      ...o,
      selected: o.value === (params.get("unit") ?? ""),
    })),
  });
  const search = field({ label: "Title contains", type: "search", value: params.get("search") ?? "", maxlength: 100, autocomplete: "off" });
  const clear = el("button", { type: "button", class: "button button--secondary button--small" }, "Clear the filters");

  let timer = null;
  for (const select of [status.input, schoolClass.input, unit.input]) select.addEventListener("change", onChange);
  search.input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SEARCH_PAUSE_MS);
  });
  clear.addEventListener("click", () => {
    status.input.value = "";
    schoolClass.input.value = "";
    unit.input.value = "";
    search.input.value = "";
    onChange();
  });
  const form = el(
    "form",
    {
      class: "card card--soft assessment-filters",
      role: "search",
      "aria-label": "Filter assessments",
      novalidate: true,
      onSubmit: (event) => {
        event.preventDefault();
        clearTimeout(timer);
        onChange();
      },
    },
    el("div", { class: "assessment-filters__fields" }, status.element, schoolClass.element, unit.element, search.element),
    el("div", { class: "cluster" }, el("button", { type: "submit", class: "button button--small" }, "Show matching assessments"), clear),
  );
  return {
    element: form,
    values: () => ({ status: status.input.value, class: schoolClass.input.value, unit: unit.input.value, search: search.input.value.trim() }),
  };
}
