// The live lesson view (/teacher/live.html?assessment=<id>&class=<id>): every pupil of the class on one
// assessment as it is now, those who may need help first with the reason in plain words, a "Mark as seen" on a
// request for help. It refreshes by itself every 10 seconds (`&refresh=<seconds>` changes that, for tests)
// without moving the page: the table's parts are in live/.

import { api, ApiError } from "../api.js";
import { homeFor } from "../auth.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea, statusMessage } from "../components/status.js";
import { pupilRows } from "./live/pupil-rows.js";
import { refresher } from "./live/refresher.js";
import { statusWords } from "./live/words.js";

const DEFAULT_SECONDS = 10;

startPage({
  roles: ["teacher", "admin"],
  async render(main, { user }) {
    const params = new URLSearchParams(location.search);
    const assessmentId = params.get("assessment");
    const classId = params.get("class");
    if (!assessmentId || !classId) {
      return calmStop(main, user, "No assessment or class was chosen. Open the live view from your home page or your assessments.");
    }
    const url = `/api/classes/${encodeURIComponent(classId)}/live?${new URLSearchParams({ assessment_id: assessmentId })}`;
    let view;
    try {
      view = await api(url);
    } catch (error) {
      if (error instanceof ApiError && [403, 404, 422].includes(error.status)) return calmStop(main, user, error.detail);
      throw error;
    }
    showLive(main, view, { url, seconds: refreshSeconds(params) });
  },
});

function refreshSeconds(params) {
  const asked = Number(params.get("refresh"));
  return Number.isFinite(asked) && asked >= 1 ? asked : DEFAULT_SECONDS;
}

function calmStop(main, user, detail) {
  replaceChildren(
    main,
    el("h1", {}, "Live lesson"),
    statusMessage(detail, { kind: "warning", role: "status", testid: "live-refused" }),
    el("p", {}, el("a", { href: homeFor(user) }, "Go to your home page")),
  );
}

function showLive(main, view, { url, seconds }) {
  document.title = `Live: ${view.title}, ${view.class_name} – KS3 Assessment`;
  const problems = statusArea({ testid: "live-status" });
  const announcer = el("div", { class: "visually-hidden", "aria-live": "polite", dataset: { testid: "live-announcer" } });
  const summary = el("p", { class: "live-summary", dataset: { testid: "live-summary" } });
  const asked = new Set(helpIds(view));
  const table = pupilRows({
    caption: `Pupils in ${view.class_name}, those who may need help first`,
    onSeen: (pupil) => markSeen(pupil, { view, table, updates, problems, announcer }),
  });
  const show = (next) => {
    announceNewRequests(next, asked, announcer);
    summary.textContent = summaryWords(next);
    table.update(next.pupils);
  };
  const updates = refresher({ seconds, load: () => api(url), onData: show });
  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("h1", {}, `Live: ${view.title}`),
      el("p", { class: "page__lead" }, `Class ${view.class_name}. Pupils who may need help are at the top, with the reason.`),
    ),
    view.is_open ? null : statusMessage(`This assessment is not open for ${view.class_name} now, so pupils cannot work on it.`, { kind: "info", role: "note" }),
    updates.element,
    problems,
    announcer,
    summary,
    table.element,
    el("p", { class: "no-print" }, el("a", { href: resultsHref(view) }, "Results for this class")),
  );
  show(view);
  updates.start();
}

async function markSeen(pupil, { view, table, updates, problems, announcer }) {
  try {
    await api(`/api/classes/${encodeURIComponent(view.class_id)}/live/help/${encodeURIComponent(pupil.help_request.id)}/seen`, { method: "POST" });
  } catch (error) {
    sayProblem(problems, error).focus();
    return;
  }
  announcer.textContent = `Marked as seen: ${pupil.name}’s request for help.`;
  await updates.now();
  table.focusRow(pupil.pupil_id); // the button has gone: focus stays on that pupil's row
}

function helpIds(view) {
  return view.pupils.filter((p) => p.help_request).map((p) => p.help_request.id);
}

/** Say a new request for help to a screen reader (the row itself shows it at the top). */
function announceNewRequests(view, asked, announcer) {
  const fresh = view.pupils.filter((p) => p.help_request && !asked.has(p.help_request.id));
  fresh.forEach((p) => asked.add(p.help_request.id));
  if (fresh.length) announcer.textContent = `${fresh.map((p) => p.name).join(", ")} asked for help.`;
}

/** "2 of 28 may need help. Working: 20, taking a break: 1, finished: 3, not started: 4." */
function summaryWords(view) {
  if (!view.pupils.length) return "There are no pupils in this class yet.";
  const needing = view.pupils.filter((p) => p.needs_help_reasons.length).length;
  const counts = ["working", "on_break", "finished", "not_started"]
    .map((status) => [statusWords(status), view.pupils.filter((p) => p.status === status).length])
    .filter(([, n]) => n)
    .map(([words, n], index) => `${index ? words.toLowerCase() : words}: ${n}`);
  return `${needing} of ${view.pupils.length} may need help. ${counts.join(", ")}.`;
}

function resultsHref(view) {
  return `/teacher/class-results.html?${new URLSearchParams({ id: view.assessment_id, class: view.class_id })}`;
}
