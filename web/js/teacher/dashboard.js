// The teacher's home: what needs attention and what happened lately. Counts of assessments by status (each a
// link to the filtered list), attempts this week, answers waiting for marking, recent activity, recent
// assessments with their average score, the teacher's classes, and the two ways to make an assessment.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea, statusMessage } from "../components/status.js";
import { NAV } from "../components/page-shell.js";
import { liveLink } from "./live/live-link.js";
import { count, percentWords, statusBadge, whenWords } from "./review/labels.js";

const MARKING_PAGE = "/teacher/marking.html";

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    // Admins see every class on the classes pages; here, only the ones they teach themselves.
    const [dashboard, classes] = await Promise.all([api("/api/analytics/dashboard"), api("/api/classes?mine=true")]);
    const status = statusArea({ testid: "dashboard-status" });
    replaceChildren(
      main,
      el(
        "div",
        { class: "page__header" },
        el("h1", {}, `Welcome, ${user.name}`),
        el("p", { class: "page__lead" }, "Here is what is happening with your assessments."),
      ),
      createActions(status),
      status,
      countsSection(dashboard),
      weekSection(dashboard),
      recentAssessments(dashboard.recent_assessments),
      activitySection(dashboard.recent_activity),
      classesSection(classes),
    );
  },
});

function createActions(status) {
  const byHand = el("button", { type: "button", class: "button button--secondary" }, "Write an assessment by hand");
  byHand.addEventListener("click", async () => {
    if (byHand.getAttribute("aria-disabled") === "true") return;
    byHand.setAttribute("aria-disabled", "true");
    try {
      const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(new Date());
      const draft = await api("/api/assessments", { method: "POST", body: { title: `New assessment (${today})` } });
      location.assign(`/teacher/review-questions.html?id=${draft.id}`);
    } catch (error) {
      sayProblem(status, error);
      byHand.removeAttribute("aria-disabled");
    }
  });
  return el(
    "div",
    { class: "cluster dashboard-create" },
    el("a", { class: "button", href: "/teacher/create-assessment.html" }, "Create new assessment"),
    byHand,
  );
}

const STATUS_TILES = [
  ["published", "Published"],
  ["review", "In review"],
  ["draft", "Drafts"],
  ["archived", "Archived"],
];

function countsSection(dashboard) {
  return el(
    "section",
    { "aria-labelledby": "counts-heading" },
    el("h2", { id: "counts-heading" }, "Your assessments"),
    el(
      "ul",
      { class: "dashboard-tiles", dataset: { testid: "status-counts" } },
      STATUS_TILES.map(([key, label]) =>
        el(
          "li",
          { class: "card dashboard-tile" },
          el("a", { class: "dashboard-tile__link", href: `/teacher/assessments.html?status=${key}` }, el("span", { class: "dashboard-tile__number" }, String(dashboard.counts[key] ?? 0)), " ", el("span", { class: "dashboard-tile__label" }, label)),
        ),
      ),
    ),
    el("p", {}, el("a", { href: "/teacher/assessments.html" }, "See all your assessments")),
  );
}

function weekSection(dashboard) {
  const markingExists = NAV.some((item) => item.href === MARKING_PAGE);
  const waiting = `${count(dashboard.waiting_for_marking, "answer")} waiting for marking`;
  return el(
    "section",
    { "aria-labelledby": "week-heading" },
    el("h2", { id: "week-heading" }, "This week"),
    el(
      "ul",
      { class: "dashboard-facts", dataset: { testid: "week-facts" } },
      el("li", {}, `${count(dashboard.attempts_this_week, "attempt")} started in the last 7 days`),
      el("li", {}, `${count(dashboard.completed_this_week, "attempt")} finished in the last 7 days`),
      el("li", {}, markingExists && dashboard.waiting_for_marking ? el("a", { href: MARKING_PAGE }, waiting) : waiting),
    ),
  );
}

function recentAssessments(items) {
  const section = el("section", { "aria-labelledby": "recent-heading" }, el("h2", { id: "recent-heading" }, "Recent assessments"));
  if (!items.length) {
    section.append(statusMessage("You have no assessments yet. Create one with the buttons above."));
    return section;
  }
  section.append(
    el(
      "div",
      { class: "table-wrap", role: "region", "aria-label": "Recent assessments", tabindex: "0" },
      el(
        "table",
        { class: "table", dataset: { testid: "recent-assessments" } },
        el("caption", { class: "visually-hidden" }, "Recent assessments, most recently changed first"),
        el(
          "thead",
          {},
          el("tr", {}, el("th", { scope: "col" }, "Assessment"), el("th", { scope: "col" }, "Status"), el("th", { scope: "col" }, "Classes"), el("th", { scope: "col", class: "number" }, "Average score"), el("th", { scope: "col" }, "Results")),
        ),
        el(
          "tbody",
          {},
          items.map((a) =>
            el(
              "tr",
              {},
              el("th", { scope: "row" }, el("a", { href: `/teacher/review-questions.html?id=${a.id}` }, a.title)),
              el("td", {}, statusBadge(a.status)),
              el("td", {}, a.classes.length ? a.classes.map((c) => c.class_name).join(", ") : "Not published"),
              el("td", { class: "number" }, a.completed_count ? `${percentWords(a.average_percentage)} (${count(a.completed_count, "pupil")})` : "No results yet"),
              el("td", {}, a.classes.length ? el("a", { href: `/teacher/class-results.html?id=${a.id}` }, "See results", el("span", { class: "visually-hidden" }, ` for ${a.title}`)) : "—", liveLinks(a)),
            ),
          ),
        ),
      ),
    ),
  );
  return section;
}

/** "Watch live" for each class the assessment is open for now (the lesson view). */
function liveLinks(a) {
  const links = a.classes.map((c) => liveLink(a, c)).filter(Boolean);
  return links.length ? el("ul", { class: "dashboard-live" }, links.map((link) => el("li", {}, link))) : null;
}

function activitySection(activity) {
  return el(
    "section",
    { "aria-labelledby": "activity-heading" },
    el("h2", { id: "activity-heading" }, "Recent activity"),
    activity.length
      ? el(
          "ul",
          { class: "dashboard-activity", dataset: { testid: "recent-activity" } },
          activity.map((item) => el("li", {}, `${item.text}. `, el("span", { class: "muted" }, whenWords(item.when)))),
        )
      : statusMessage("No pupil has finished an assessment in the last two weeks."),
  );
}

function classesSection(classes) {
  const section = el("section", { "aria-labelledby": "classes-heading" }, el("h2", { id: "classes-heading" }, "Your classes"));
  if (!classes.length) {
    section.append(statusMessage("You are not linked to any classes yet. The school’s admin can add you to a class.", { role: "status" }));
    return section;
  }
  section.append(
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table", dataset: { testid: "classes-table" } },
        el("caption", { class: "visually-hidden" }, "Your classes"),
        el(
          "thead",
          {},
          el("tr", {}, el("th", { scope: "col" }, "Class"), el("th", { scope: "col" }, "Year group"), el("th", { scope: "col" }, "Academic year"), el("th", { scope: "col", class: "number" }, "Pupils")),
        ),
        el(
          "tbody",
          {},
          classes.map((c) =>
            el("tr", {}, el("th", { scope: "row" }, c.name), el("td", {}, `Year ${c.year_group}`), el("td", {}, c.academic_year), el("td", { class: "number" }, c.pupil_count)),
          ),
        ),
      ),
    ),
  );
  return section;
}
