// Results of one assessment for a class (/teacher/class-results.html?id=<assessment>&class=<class>):
// completed n/N, average, median, highest and lowest in words and numbers; the score distribution; the pupils
// needing attention; every pupil in a table to search and sort; the CSV download and a printable view. Two more
// tabs hold the question analysis and the objective and strand mastery.

import { api, ApiError } from "../api.js";
import { homeFor } from "../auth.js";
import { startPage } from "../app.js";
import { histogram } from "../components/chart.js";
import { el, replaceChildren } from "../components/html.js";
import { statusArea, statusMessage } from "../components/status.js";
import { tabs } from "../components/tabs.js";
import { masteryPanel } from "./mastery.js";
import { questionAnalysisPanel } from "./question-analysis.js";
import { extensionsSection, leverButtons } from "./results/levers.js";
import { pupilTable } from "./results/pupil-table.js";
import { percent, plural } from "./results/format.js";

const TABS = ["results", "questions", "mastery"];

startPage({
  roles: ["teacher", "admin"],
  render: (main, { user }) => drawPage(main, user),
});

/** Draw (or, after a teacher's change, draw again) the whole page; `said` is what to tell them at the top. */
async function drawPage(main, user, said = null) {
  const params = new URLSearchParams(location.search);
  const assessmentId = params.get("id");
  const classId = params.get("class") || null;
  if (!assessmentId) {
    return calmStop(main, user, "No assessment was chosen. Open the results from one of your assessments.");
  }
  const base = `/api/analytics/assessments/${encodeURIComponent(assessmentId)}`;
  let everyClass;
  let results;
  try {
    // Every class of the teacher's it was set to (for the picker), and the chosen class's results.
    everyClass = await api(base);
    results = classId ? await api(`${base}?class_id=${encodeURIComponent(classId)}`) : everyClass;
  } catch (error) {
    if (error instanceof ApiError && [403, 404, 422].includes(error.status)) return calmStop(main, user, error.detail);
    throw error;
  }
  document.title = `Results: ${results.title} – KS3 Assessment`;
  const scope = scopeWords(results.classes);
  const selectedTab = TABS.includes(params.get("tab")) ? params.get("tab") : "results";
  const context = { assessmentId, classId };
  const status = statusArea({ testid: "levers-status", className: "no-print" });
  const extensions = results.classes.length ? await api(`/api/assessments/${encodeURIComponent(assessmentId)}/extensions`) : [];
  const levers = {
    assessmentId,
    extensions: extensions.filter((e) => results.classes.some((c) => c.class_id === e.class_id)),
    onChanged: (message) => drawPage(main, user, message),
    onRefused: (detail) => status.say(detail, "warning").focus(),
  };

  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("h1", {}, `Results: ${results.title}`),
      el("p", { class: "page__lead", "data-testid": "results-scope" }, scope),
    ),
    classPicker(everyClass.classes, classId, assessmentId),
    actions(base, classId),
    markbookLinks(results.classes),
    status,
    results.classes.length
      ? tabs({
          label: "Results views",
          selected: selectedTab,
          tabs: [
            { id: "results", label: "Results", panel: () => resultsPanel(results, scope, levers) },
            { id: "questions", label: "Question analysis", panel: () => questionAnalysisPanel(context) },
            { id: "mastery", label: "Objectives and strands", panel: () => masteryPanel(context) },
          ],
          onChange: (id) => {
            const next = new URLSearchParams(location.search);
            next.set("tab", id);
            history.replaceState(null, "", `?${next}`);
          },
        })
      : statusMessage("This assessment has not been set for any of your classes yet, so there are no results.", { role: "status" }),
  );
  if (said) status.say(said, "success").focus();
}

/** A 403 or 404 said calmly on the page, with the way home (trying again would not help). */
function calmStop(main, user, detail) {
  replaceChildren(
    main,
    el("h1", {}, "Results"),
    statusMessage(detail, { kind: "warning", role: "status", testid: "results-refused" }),
    el("p", {}, el("a", { href: homeFor(user) }, "Go to your home page")),
  );
}

function scopeWords(classes) {
  if (!classes.length) return "No classes";
  if (classes.length === 1) return `Class ${classes[0].class_name}`;
  const names = classes.map((c) => c.class_name);
  return `Classes ${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Choose a class (or all of them). A button applies the choice, so changing the list never moves the page. */
function classPicker(classes, classId, assessmentId) {
  if (classes.length < 2) return null;
  const select = el(
    "select",
    { class: "select", id: "class-picker", name: "class" },
    classes.length > 1 ? el("option", { value: "", selected: !classId }, "All your classes") : null,
    classes.map((c) => el("option", { value: c.class_id, selected: c.class_id === classId }, c.class_name)),
  );
  const form = el(
    "form",
    { class: "class-picker no-print", novalidate: true },
    el("div", { class: "field" }, el("label", { class: "field__label", for: "class-picker" }, "Class"), select),
    el("button", { type: "submit", class: "button button--secondary" }, "Show results for this class"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ id: assessmentId });
    if (select.value) next.set("class", select.value);
    const tab = new URLSearchParams(location.search).get("tab");
    if (tab) next.set("tab", tab);
    location.assign(`?${next}`);
  });
  return form;
}

function actions(base, classId) {
  const href = `${base}/export.csv${classId ? `?class_id=${encodeURIComponent(classId)}` : ""}`;
  return el(
    "div",
    { class: "cluster results-actions no-print" },
    el("a", { class: "button button--secondary", href, download: "", "data-testid": "download-csv" }, "Download CSV"),
    el("button", { type: "button", class: "button button--secondary", onClick: () => window.print() }, "Print results"),
  );
}

/** The markbook of each class in view: the class across every assessment, not only this one. */
function markbookLinks(classes) {
  if (!classes.length) return null;
  return el(
    "p",
    { class: "no-print", "data-testid": "markbook-links" },
    "See each pupil across every assessment: ",
    classes.map((c, i) => [i ? ", " : "", el("a", { href: `/teacher/markbook.html?class=${encodeURIComponent(c.class_id)}` }, `markbook for ${c.class_name}`)]),
  );
}

// ---- The Results tab ----

function resultsPanel(results, scope, levers) {
  return el(
    "div",
    { class: "results" },
    summarySection(results, scope),
    distributionSection(results),
    attentionSection(results),
    el(
      "section",
      { class: "results-section", "aria-labelledby": "pupils-heading" },
      el("h2", { id: "pupils-heading" }, "Every pupil"),
      results.pupils.length
        ? pupilTable(results.pupils, {
            caption: `Pupils in ${scope.replace(/^Classes? /, "")}`,
            pupilHref,
            actions: (pupil) => leverButtons(levers, pupil),
          })
        : statusMessage("There are no pupils in this class yet."),
    ),
    extensionsSection(levers),
  );
}

function pupilHref(pupil) {
  return `/teacher/pupil-detail.html?id=${encodeURIComponent(pupil.pupil_id)}`;
}

function figure(label, value, words, testid) {
  return el(
    "div",
    { class: "figure", "data-testid": testid },
    el("dt", {}, label),
    el("dd", {}, el("span", { class: "figure__value" }, value), words ? el("span", { class: "figure__words" }, words) : null),
  );
}

function summarySentence(r) {
  const parts = [`${r.completed_count} of ${plural(r.pupil_count, "pupil")} ${r.completed_count === 1 ? "has" : "have"} finished`];
  const others = [];
  if (r.in_progress_count) others.push(`${r.in_progress_count} in progress`);
  if (r.not_started_count) others.push(`${r.not_started_count} not started`);
  let text = `${parts[0]}${others.length ? ` (${others.join(", ")})` : ""}.`;
  if (r.completed_count) {
    text += ` The average score is ${percent(r.average)} and the middle score (median) is ${percent(r.median)}.`;
    text +=
      r.completed_count > 1
        ? ` Scores go from ${percent(r.lowest)} (lowest) to ${percent(r.highest)} (highest).`
        : ` The only score so far is ${percent(r.highest)}.`;
  } else {
    text += " The figures appear when the first pupil finishes.";
  }
  return text;
}

function summarySection(r) {
  const none = "None yet";
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "summary-heading" },
    el("h2", { id: "summary-heading" }, "Summary"),
    el("p", { "data-testid": "summary-sentence" }, summarySentence(r)),
    el(
      "dl",
      { class: "figures" },
      figure("Completed", `${r.completed_count} of ${r.pupil_count}`, "pupils finished", "completed"),
      figure("Average", r.completed_count ? percent(r.average) : none, "mean score", "average"),
      figure("Median", r.completed_count ? percent(r.median) : none, "the middle score", "median"),
      figure("Highest", r.completed_count ? percent(r.highest) : none, "best score", "highest"),
      figure("Lowest", r.completed_count ? percent(r.lowest) : none, "lowest score", "lowest"),
    ),
  );
}

function distributionSection(r) {
  const values = r.pupils.filter((p) => p.status === "completed" && p.percentage !== null).map((p) => p.percentage);
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "distribution-heading", "data-testid": "distribution" },
    el("h2", { id: "distribution-heading" }, "How the scores are spread"),
    histogram({ title: "Score distribution: how many pupils scored in each band", values }),
  );
}

function attentionSection(r) {
  const low = r.needing_attention.filter((p) => p.status === "completed");
  const notStarted = r.needing_attention.filter((p) => p.status === "not_started");
  const group = (id, heading, pupils, words) =>
    el(
      "section",
      { class: "attention__group", "aria-labelledby": id },
      el("h3", { id }, `${heading} (${pupils.length})`),
      pupils.length
        ? el("ul", { class: "attention-list" }, pupils.map((p) => el("li", {}, el("a", { href: pupilHref(p) }, p.name), ` — ${words(p)}`)))
        : el("p", { class: "muted" }, "Nobody."),
    );
  return el(
    "section",
    { class: "results-section", "aria-labelledby": "attention-heading", "data-testid": "needing-attention" },
    el("h2", { id: "attention-heading" }, "Pupils needing attention"),
    r.needing_attention.length
      ? el(
          "div",
          { class: "attention" },
          group("attention-low", "Scored below 50%", low, (p) => percent(p.percentage)),
          group("attention-not-started", "Not started yet", notStarted, () => "not started"),
        )
      : statusMessage("No pupil needs attention: everyone has started and nobody who finished scored below 50%.", { kind: "success" }),
  );
}
