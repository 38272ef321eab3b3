// The marking queue (/teacher/marking.html?assessment=&class=&question=): written answers waiting for the teacher.
// One answer at a time in focus (the list beside it on wide screens) with the AI's suggestion to accept or change,
// or marking by hand; keyboard shortcuts to move through a class; releasing decided marks to pupils (nothing
// reaches a pupil before that); and how often the teacher's marks agreed with the AI, per question.
//
// This file wires the parts in marking/: the queue (data and API calls), the filters, the answer in focus, the list,
// the release panel, the agreement table and the shortcuts. Each part draws its own DOM from what it is given and
// calls back; what happened is said in the page's one status area.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { sayProblem, statusArea, statusMessage } from "../components/status.js";
import { plural } from "./results/format.js";
import { agreementSection } from "./marking/agreement.js";
import { answerPanel, nothingToMark } from "./marking/answer-panel.js";
import { filterForm } from "./marking/filter-form.js";
import { filtersFrom, isFiltered, MarkingQueue, showFiltersInAddress } from "./marking/queue.js";
import { queueList } from "./marking/queue-list.js";
import { releasePanel } from "./marking/release-panel.js";
import { listenForShortcuts, shortcutsHelp } from "./marking/shortcuts.js";
import { outOf } from "./marking/words.js";

const NOT_SET_UP = "No AI service is set up, so written answers wait for you to mark them.";

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const params = new URLSearchParams(location.search);
    const [assessments, classes] = await Promise.all([api("/api/assessments"), api("/api/classes")]);
    const page = markingPage(main, { assessments, classes, filters: filtersFrom(params) });
    await load(page);
  },
});

/** Build the page's parts and put them in `main`. Returns the page: its queue, its parts and its status area. */
function markingPage(main, { assessments, classes, filters }) {
  const page = {
    assessments,
    classes,
    queue: new MarkingQueue(filters),
    status: statusArea({ testid: "marking-status", className: "marking-status" }),
    aiNotice: el("div", { dataset: { testid: "ai-notice" } }),
    focusArea: el("div", { class: "marking-focus" }),
    panel: null, // the answer panel in focus, when there is an answer
  };
  const filterPart = filterForm({ assessments, classes, filters, onApply: (chosen) => applyFilters(page, chosen) });
  page.list = queueList({ onShow: (index) => show(page, index, true), onRefresh: () => load(page, { keep: true }) });
  page.release = releasePanel({ onRelease: () => release(page) });
  page.agreement = agreementSection();
  listenForShortcuts(shortcutActions(page));
  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("h1", {}, "Marking written answers"),
      el("p", { class: "page__lead" }, "Check the AI's suggested marks, or mark answers yourself. Pupils see a mark only after you release it."),
      filters.assessment
        ? el("p", {}, el("a", { href: `/teacher/revision.html?assessment=${encodeURIComponent(filters.assessment)}`, dataset: { testid: "revision-link" } },
          "Let pupils improve written answers after the lesson"))
        : null,
    ),
    page.aiNotice,
    el("section", { class: "results-section", "aria-labelledby": "filters-heading" }, el("h2", { id: "filters-heading" }, "Which answers"), filterPart.element),
    page.status,
    page.release.element,
    el("div", { class: "marking-layout" }, page.focusArea, page.list.element),
    page.agreement.element,
    shortcutsHelp(),
  );
  filterPart.loadQuestions();
  return page;
}

/** Ask the AI again for one answer with no suggestion; the queue shows it waiting. */
async function askAI(page, item) {
  try {
    const asked = await api(`/api/marking/answers/${encodeURIComponent(item.answer_id)}/ask-ai`, { method: "POST" });
    page.status.say(asked.message, "success");
    await load(page, { keep: true });
  } catch (error) {
    sayProblem(page.status, error).focus();
  }
}

/** What the keyboard shortcuts do; accept and change say false when there is nothing to accept or change. */
function shortcutActions(page) {
  return {
    next: () => move(page, 1),
    previous: () => move(page, -1),
    accept: () => {
      if (!page.panel?.canAccept) return false;
      page.panel.accept();
      return true;
    },
    change: () => {
      if (!page.panel) return false;
      page.panel.openForm();
      return true;
    },
  };
}

function applyFilters(page, filters) {
  page.queue.filters = filters;
  load(page);
}

/** Read the queue for the filters and draw everything; `keep` keeps the answer in focus. */
async function load(page, { keep = false } = {}) {
  const { queue } = page;
  showFiltersInAddress(queue.filters);
  await queue.load({ keep });
  page.aiNotice.replaceChildren(queue.aiConfigured ? "" : statusMessage(queue.message || NOT_SET_UP, { kind: "plain", role: "note" }));
  drawAll(page);
  await page.agreement.draw(queue.filters.assessment);
}

function drawAll(page) {
  const { queue } = page;
  drawFocus(page);
  page.list.draw(queue.items, queue.index);
  page.release.draw({
    assessment: page.assessments.find((a) => a.id === queue.filters.assessment),
    klass: page.classes.find((c) => c.id === queue.filters.klass),
    count: queue.markedNotReleased,
  });
}

/** Draw the answer in focus (or say there is nothing to mark); `focus` moves the focus to its heading. */
function drawFocus(page, focus = false) {
  const { queue } = page;
  const item = queue.current;
  page.panel = item
    ? answerPanel({
        item,
        position: queue.index + 1,
        total: queue.items.length,
        aiConfigured: queue.aiConfigured,
        onAccept: () => decide(page, item, { accept: true }).catch((error) => sayProblem(page.status, error).focus()),
        onSave: (body) => decide(page, item, body),
        onMove: (step) => move(page, step),
        onAskAI: () => askAI(page, item),
      })
    : null;
  replaceChildren(page.focusArea, page.panel ? page.panel.element : nothingToMark(isFiltered(queue.filters)));
  if (focus) page.panel?.heading.focus();
}

function show(page, index, focus) {
  if (index < 0 || index >= page.queue.items.length) return;
  page.queue.index = index;
  drawFocus(page, focus);
  page.list.draw(page.queue.items, index);
}

function move(page, step) {
  const target = page.queue.index + step;
  if (target < 0 || target >= page.queue.items.length) {
    page.status.say(step > 0 ? "This is the last answer in the list." : "This is the first answer in the list.", "plain").focus();
    return;
  }
  show(page, target, true);
}

/** Save a decision (refusals go back to the caller), then show the next answer that needs one. */
async function decide(page, item, body) {
  const result = await page.queue.decide(item, body);
  const what = body.accept ? "Accepted the AI's mark" : "Saved your mark";
  const after = result.released ? "The pupil can see it already." : "The pupil sees it when you release marks.";
  const done = page.queue.allMarked ? " Every answer in this list is marked." : "";
  drawAll(page);
  page.status.say(`${what} for ${item.pupil_name}: ${outOf(result.score, item.points)}. ${after}${done}`);
  page.panel?.heading.focus();
  await page.agreement.draw(page.queue.filters.assessment);
}

async function release(page) {
  try {
    const result = await page.queue.release();
    drawAll(page);
    const left = result.still_to_mark;
    const still = left ? ` ${plural(left, "answer")} still ${left === 1 ? "needs" : "need"} marking.` : "";
    page.status.say(`Released ${plural(result.released, "mark")} to pupils.${still}`).focus();
  } catch (error) {
    sayProblem(page.status, error).focus();
  }
}
