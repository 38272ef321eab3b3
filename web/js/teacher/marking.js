// The marking queue (/teacher/marking.html?assessment=&class=&question=): written answers waiting for the teacher.
// One answer at a time in focus (the list beside it on wide screens) with the AI's suggestion to accept or change,
// or marking by hand; keyboard shortcuts to move through a class; releasing decided marks to pupils (nothing
// reaches a pupil before that); and how often the teacher's marks agreed with the AI, per question.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { field } from "../components/field.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { plural, rate } from "./results/format.js";
import { answerPanel } from "./marking/answer-panel.js";
import { answerState, outOf, pointsWords } from "./marking/words.js";

const NOT_SET_UP = "No AI service is set up, so written answers wait for you to mark them.";
const EDITABLE = "input, textarea, select, [contenteditable=''], [contenteditable='true']";

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const params = new URLSearchParams(location.search);
    const [assessments, classes] = await Promise.all([api("/api/assessments"), api("/api/classes")]);
    const page = markingPage(main, { assessments, classes, params });
    await page.load();
  },
});

function markingPage(main, { assessments, classes, params }) {
  const state = {
    items: [],
    index: 0,
    aiConfigured: true,
    markedNotReleased: 0,
    filters: {
      assessment: params.get("assessment") || "",
      klass: params.get("class") || "",
      question: params.get("question") || "",
      includeMarked: params.get("marked") === "1",
    },
  };
  let panel = null;

  const pageStatus = el("div", { "aria-live": "polite", class: "marking-status", dataset: { testid: "marking-status" } });
  const aiNotice = el("div", { dataset: { testid: "ai-notice" } });
  const releaseArea = el("section", { class: "marking-release card card--soft", "aria-labelledby": "release-heading", dataset: { testid: "release" } });
  const panelArea = el("div", { class: "marking-focus" });
  const listArea = el("nav", { class: "marking-list", "aria-labelledby": "list-heading" });
  const agreementArea = el("section", { class: "results-section", "aria-labelledby": "agreement-heading", dataset: { testid: "agreement" } });
  const filters = filterForm({ assessments, classes, state, onApply: () => load() });

  function say(text, kind = "success") {
    const message = el("p", { tabindex: "-1" }, text);
    pageStatus.replaceChildren(el("div", { class: ["status", `status--${kind}`] }, message));
    return message;
  }

  function current() {
    return state.items[state.index] || null;
  }

  async function load({ keep } = {}) {
    const query = new URLSearchParams();
    const f = state.filters;
    if (f.assessment) query.set("assessment_id", f.assessment);
    if (f.klass) query.set("class_id", f.klass);
    if (f.question) query.set("question_id", f.question);
    if (f.includeMarked) query.set("include_marked", "true");
    const address = new URLSearchParams();
    if (f.assessment) address.set("assessment", f.assessment);
    if (f.klass) address.set("class", f.klass);
    if (f.question) address.set("question", f.question);
    if (f.includeMarked) address.set("marked", "1");
    history.replaceState(null, "", address.toString() ? `?${address}` : location.pathname);
    const queue = await api(`/api/marking/queue?${query}`);
    const keptId = keep ? current()?.answer_id : null;
    state.items = queue.items;
    state.aiConfigured = queue.ai_configured;
    state.markedNotReleased = queue.marked_not_released;
    state.index = Math.max(0, keptId ? state.items.findIndex((i) => i.answer_id === keptId) : 0);
    aiNotice.replaceChildren(
      queue.ai_configured ? "" : el("div", { class: "status status--plain", role: "note" }, el("p", {}, queue.message || NOT_SET_UP)),
    );
    drawAll();
    await drawAgreement();
  }

  function drawAll() {
    drawPanel();
    drawList();
    drawRelease();
  }

  function drawPanel(focus = false) {
    const item = current();
    if (!item) {
      panel = null;
      replaceChildren(
        panelArea,
        el(
          "div",
          { class: "card marking-empty", dataset: { testid: "queue-empty" } },
          el("h2", {}, "Nothing to mark here"),
          el("p", {}, state.filters.assessment || state.filters.klass || state.filters.question
            ? "No written answers match these filters. Change the filters, or come back when pupils have submitted more."
            : "No written answers are waiting for you. They appear here when pupils submit them."),
        ),
      );
      return;
    }
    panel = answerPanel({
      item,
      position: state.index + 1,
      total: state.items.length,
      aiConfigured: state.aiConfigured,
      onAccept: () =>
        decide(item, { accept: true }).catch((error) => {
          if (!(error instanceof ApiError)) throw error;
          say(error.detail, "warning").focus();
        }),
      onSave: (body) => decide(item, body),
      onMove: (step) => move(step),
    });
    replaceChildren(panelArea, panel.element);
    if (focus) panel.heading.focus();
  }

  function drawList() {
    replaceChildren(
      listArea,
      el("h2", { id: "list-heading" }, `Answers in this list (${state.items.length})`),
      state.items.length
        ? el(
            "ol",
            { class: "marking-list__items" },
            state.items.map((item, index) => {
              const words = answerState(item);
              return el(
                "li",
                {},
                el(
                  "button",
                  {
                    type: "button",
                    class: "marking-list__item",
                    "aria-current": index === state.index ? "true" : null,
                    dataset: { answerId: item.answer_id },
                    onClick: () => show(index, true),
                  },
                  el("span", { class: "marking-list__name" }, item.pupil_name),
                  el("span", { class: "marking-list__meta" }, `${item.class_name || "No class"} · Question ${item.question_number}${item.draft > 1 ? ` · Draft ${item.draft}` : ""}`),
                  el("span", { class: ["badge", words.badge && `badge--${words.badge}`] }, words.words),
                ),
              );
            }),
          )
        : el("p", { class: "muted" }, "None."),
      el("button", { type: "button", class: "button button--secondary button--small", onClick: () => load({ keep: true }) }, "Check for new suggestions"),
    );
  }

  function drawRelease() {
    const f = state.filters;
    const chosen = assessments.find((a) => a.id === f.assessment);
    const klass = classes.find((c) => c.id === f.klass);
    const count = state.markedNotReleased;
    const where = `${chosen ? `“${chosen.title}”` : "your assessments"}${klass ? ` for ${klass.name}` : ""}`;
    const parts = [el("h2", { id: "release-heading" }, "Release marks to pupils")];
    parts.push(
      el(
        "p",
        { dataset: { testid: "release-count" } },
        count
          ? `${plural(count, "marked answer")} in ${where} ${count === 1 ? "is" : "are"} not released yet. Pupils see a mark and its feedback only after you release it.`
          : `No marked answers in ${where} are waiting to be released.`,
      ),
    );
    if (!chosen) {
      parts.push(el("p", { class: "muted" }, "To release marks, choose an assessment in the filters above and press Show answers."));
    } else if (count) {
      parts.push(el("button", { type: "button", class: "button", onClick: release }, `Release marks to pupils (${count})`));
    }
    replaceChildren(releaseArea, parts);
  }

  async function drawAgreement() {
    const parts = [el("h2", { id: "agreement-heading" }, "How often your marks agreed with the AI")];
    if (!state.filters.assessment) {
      parts.push(el("p", { class: "muted" }, "Choose an assessment in the filters to see, for each written question, how often your final mark was the AI's suggestion."));
      replaceChildren(agreementArea, parts);
      return;
    }
    let agreement;
    try {
      agreement = await api(`/api/marking/agreement/${encodeURIComponent(state.filters.assessment)}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      parts.push(el("p", { class: "status status--warning" }, error.detail));
      replaceChildren(agreementArea, parts);
      return;
    }
    const reviewed = agreement.questions.filter((q) => q.reviews > 0);
    if (!agreement.questions.length) parts.push(el("p", {}, "This assessment has no written questions."));
    else if (!reviewed.length) parts.push(el("p", {}, "No AI suggestions have been reviewed yet for this assessment."));
    if (agreement.questions.length) {
      parts.push(
        el(
          "div",
          { class: "table-wrap", role: "region", "aria-label": "Agreement with the AI per question", tabindex: "0" },
          el(
            "table",
            { class: "table", dataset: { testid: "agreement-table" } },
            el("caption", { class: "visually-hidden" }, "Agreement with the AI per written question"),
            el(
              "thead",
              {},
              el("tr", {}, ["Question", "Suggestions reviewed", "Same mark as the AI", "Within 1 point", "Average difference", "Accepted without change"].map((h, i) => el("th", { scope: "col", class: i ? "number" : null }, h))),
            ),
            el(
              "tbody",
              {},
              agreement.questions.map((q) =>
                el(
                  "tr",
                  {},
                  el("th", { scope: "row" }, `Question ${q.number}`),
                  el("td", { class: "number" }, String(q.reviews)),
                  el("td", { class: "number" }, rate(q.agreement_rate, "—")),
                  el("td", { class: "number" }, rate(q.within_one_point_rate, "—")),
                  el("td", { class: "number" }, q.mean_difference === null ? "—" : pointsWords(q.mean_difference)),
                  el("td", { class: "number" }, String(q.accepted_unchanged)),
                ),
              ),
            ),
          ),
        ),
      );
    }
    replaceChildren(agreementArea, parts);
  }

  function show(index, focus) {
    if (index < 0 || index >= state.items.length) return;
    state.index = index;
    drawPanel(focus);
    drawList();
  }

  function move(step) {
    const target = state.index + step;
    if (target < 0 || target >= state.items.length) {
      say(step > 0 ? "This is the last answer in the list." : "This is the first answer in the list.", "plain").focus();
      return;
    }
    show(target, true);
  }

  async function decide(item, body) {
    const wasCounted = item.status === "teacher_marked" && !item.released;
    const result = await api(`/api/marking/answers/${encodeURIComponent(item.answer_id)}`, { method: "POST", body });
    Object.assign(item, { status: result.status, score: result.score, feedback: result.feedback, released: result.released });
    if (!body.accept && body.criteria) item.criteria = body.criteria;
    if (body.accept) item.criteria = item.ai?.criteria || null;
    if (!result.released && !wasCounted) state.markedNotReleased += 1;
    const what = body.accept ? "Accepted the AI's mark" : "Saved your mark";
    const after = result.released ? "The pupil can see it already." : "The pupil sees it when you release marks.";
    // Move on to the next answer that still needs a decision, so a class can be marked in one pass.
    const next = state.items.findIndex((other, i) => i > state.index && other.status !== "teacher_marked");
    const anyLeft = state.items.some((other) => other.status !== "teacher_marked");
    if (next >= 0) state.index = next;
    drawAll();
    say(`${what} for ${item.pupil_name}: ${outOf(result.score, item.points)}. ${after}${anyLeft ? "" : " Every answer in this list is marked."}`);
    panel?.heading.focus();
    await drawAgreement();
  }

  async function release() {
    const f = state.filters;
    const chosen = assessments.find((a) => a.id === f.assessment);
    const klass = classes.find((c) => c.id === f.klass);
    const count = state.markedNotReleased;
    const sure = await confirmDialog({
      title: `Release ${plural(count, "mark")} to pupils?`,
      message: `${klass ? `Pupils in ${klass.name}` : "Pupils in every class you teach"} will see their marks and your feedback for “${chosen.title}” straight away. Answers that still need marking stay hidden until you mark and release them.`,
      confirmLabel: `Release ${plural(count, "mark")}`,
      cancelLabel: "Not yet",
    });
    if (!sure) return;
    try {
      const result = await api("/api/marking/release", { method: "POST", body: { assessment_id: f.assessment, class_id: f.klass || null } });
      for (const item of state.items) if (item.status === "teacher_marked") item.released = true;
      state.markedNotReleased = 0;
      drawAll();
      const still = result.still_to_mark ? ` ${plural(result.still_to_mark, "answer")} still ${result.still_to_mark === 1 ? "needs" : "need"} marking.` : "";
      say(`Released ${plural(result.released, "mark")} to pupils.${still}`).focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      say(error.detail, "warning").focus();
    }
  }

  // Keyboard shortcuts: never while typing in a field, with a modifier key held, or with a dialog open.
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof Element && target.closest(EDITABLE)) return;
    if (document.querySelector("dialog[open]")) return;
    const key = event.key;
    if (key === "j" || key === "ArrowDown") move(1);
    else if (key === "k" || key === "ArrowUp") move(-1);
    else if (key === "a" && panel?.canAccept) panel.accept();
    else if (key === "c" && panel) panel.openForm();
    else return;
    event.preventDefault();
  });

  replaceChildren(
    main,
    el(
      "div",
      { class: "page__header" },
      el("h1", {}, "Marking written answers"),
      el("p", { class: "page__lead" }, "Check the AI's suggested marks, or mark answers yourself. Pupils see a mark only after you release it."),
    ),
    aiNotice,
    el("section", { class: "results-section", "aria-labelledby": "filters-heading" }, el("h2", { id: "filters-heading" }, "Which answers"), filters.form),
    pageStatus,
    releaseArea,
    el("div", { class: "marking-layout" }, panelArea, listArea),
    agreementArea,
    shortcutsHelp(),
  );
  filters.loadQuestions();

  return { load };
}

function shortcutsHelp() {
  const keys = [
    ["A", "Accept the AI's mark"],
    ["C", "Change the mark, or mark by hand"],
    ["J or ↓ (down arrow)", "Next answer"],
    ["K or ↑ (up arrow)", "Previous answer"],
  ];
  return el(
    "section",
    { class: "results-section marking-keys", "aria-labelledby": "keys-heading", dataset: { testid: "shortcuts" } },
    el("h2", { id: "keys-heading" }, "Keyboard shortcuts"),
    el("p", {}, "They work whenever you are not typing in a box."),
    el("dl", { class: "details-list" }, keys.map(([key, what]) => [el("dt", {}, el("kbd", {}, key)), el("dd", {}, what)])),
  );
}

function filterForm({ assessments, classes, state, onApply }) {
  const f = state.filters;
  const sorted = [...assessments].sort((a, b) => a.title.localeCompare(b.title));
  const assessment = field({
    label: "Assessment",
    as: "select",
    options: [{ value: "", label: "Every assessment", selected: !f.assessment }, ...sorted.map((a) => ({ value: a.id, label: a.title, selected: a.id === f.assessment }))],
  });
  const klass = field({
    label: "Class",
    as: "select",
    options: [{ value: "", label: "Every class", selected: !f.klass }, ...classes.map((c) => ({ value: c.id, label: c.name, selected: c.id === f.klass }))],
  });
  const question = field({ label: "Question", as: "select", options: [{ value: "", label: "Every written question", selected: true }] });
  const includeMarked = el("input", { type: "checkbox", checked: f.includeMarked });
  const form = el(
    "form",
    { class: "filters", novalidate: true, role: "search", "aria-label": "Choose which answers to mark" },
    el("div", { class: "form-row" }, assessment.element, klass.element, question.element),
    el("p", {}, el("label", { class: "choice" }, includeMarked, el("span", {}, "Also show answers I have marked but not released"))),
    el("button", { type: "submit", class: "button button--secondary" }, "Show answers"),
  );

  async function loadQuestions() {
    const id = assessment.input.value;
    question.input.replaceChildren(el("option", { value: "" }, "Every written question"));
    question.input.disabled = !id;
    if (!id) return;
    try {
      const detail = await api(`/api/assessments/${encodeURIComponent(id)}`);
      const written = detail.questions.map((q, i) => ({ q, n: i + 1 })).filter(({ q }) => q.type === "extended_text");
      for (const { q, n } of written) {
        const words = q.question_text.length > 60 ? `${q.question_text.slice(0, 57)}…` : q.question_text;
        question.input.append(el("option", { value: q.id, selected: q.id === f.question }, `Question ${n}: ${words}`));
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      question.input.disabled = true;
    }
  }

  assessment.input.addEventListener("change", () => {
    f.question = "";
    loadQuestions();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    f.assessment = assessment.input.value;
    f.klass = klass.input.value;
    f.question = question.input.value;
    f.includeMarked = includeMarked.checked;
    onApply();
  });
  return { form, loadQuestions };
}
