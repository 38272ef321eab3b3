// Review and edit an assessment (?id=<assessment id>): every question with its answer key and the checks'
// problems, edited in place; add, delete and reorder questions; the settings; moving between draft and
// review; Preview as pupil; Publish to classes with optional dates; duplicate, archive and delete; the notes
// generation left about the draft as a whole.

import { api, ApiError } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { confirmDialog } from "../components/modal.js";
import { tabs } from "../components/tabs.js";
import { generationNotes } from "./review/generation-notes.js";
import { count, statusBadge, statusLabel, windowWords } from "./review/labels.js";
import { openPublishDialog } from "./review/publish-dialog.js";
import { questionList } from "./review/question-list.js";
import { settingsForm } from "./review/settings-form.js";

const LIST_PAGE = "/teacher/assessments.html";

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const id = new URLSearchParams(location.search).get("id");
    if (!id) {
      replaceChildren(
        main,
        el("h1", {}, "Review an assessment"),
        el("p", { class: "status status--plain" }, "No assessment was chosen. ", el("a", { href: LIST_PAGE }, "Choose one from your assessments"), "."),
      );
      return;
    }
    const [assessment, taxonomy, units] = await Promise.all([
      api(`/api/assessments/${encodeURIComponent(id)}`),
      api("/api/taxonomy"),
      api("/api/units"),
    ]);
    const unit = assessment.unit_id ? await api(`/api/units/${assessment.unit_id}`) : null;
    reviewPage(main, { assessment, taxonomy, units, unit });
  },
});

function reviewPage(main, { assessment, taxonomy, units, unit }) {
  const state = { assessment, questions: assessment.questions, unit };
  const context = {
    assessmentId: assessment.id,
    canEdit: assessment.can_edit,
    taxonomy,
    objectives: unit?.objectives ?? [],
    hasUnit: Boolean(unit),
  };
  const top = el("div", { class: "review-top" });
  const pageStatus = el("div", { id: "review-status", "aria-live": "polite", dataset: { testid: "review-status" } });

  function say(message, kind = "success") {
    const cls = { success: "status status--success", warning: "status status--warning", plain: "status status--plain" }[kind];
    replaceChildren(pageStatus, el("div", { class: cls }, el("p", { tabindex: "-1" }, message)));
    return pageStatus.querySelector("p");
  }

  /** Run a request from a button; any refusal is shown in the page's status region in the server's words. */
  async function act(button, work) {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    try {
      await work();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      say(error.detail, "warning").focus();
    } finally {
      button.removeAttribute("aria-disabled");
    }
  }

  function updated(saved, message) {
    state.assessment = { ...saved };
    state.questions = saved.questions;
    drawTop();
    if (message) say(message).focus();
  }

  function actions() {
    const a = state.assessment;
    const buttons = [el("a", { class: "button button--secondary", href: `/teacher/preview.html?id=${a.id}` }, "Preview as pupil")];
    if (a.can_edit && a.status !== "archived") {
      const publish = el("button", { type: "button", class: "button" }, a.status === "published" ? "Change classes and dates" : "Publish");
      publish.addEventListener("click", () =>
        act(publish, async () => {
          const classes = await api("/api/classes");
          const saved = await openPublishDialog({ assessment: state.assessment, classes });
          if (saved) updated(saved, `Published to ${saved.classes.map((c) => c.class_name).join(", ")}.`);
        }),
      );
      buttons.unshift(publish);
    }
    if (a.can_edit && (a.status === "draft" || a.status === "review")) {
      const next = a.status === "draft" ? "review" : "draft";
      const button = el("button", { type: "button", class: "button button--secondary" }, next === "review" ? "Move to review" : "Move back to draft");
      button.addEventListener("click", () =>
        act(button, async () => {
          const saved = await api(`/api/assessments/${a.id}/status`, { method: "POST", body: { status: next } });
          updated(saved, `This assessment is now: ${statusLabel(saved.status)}.`);
        }),
      );
      buttons.push(button);
    }
    const duplicate = el("button", { type: "button", class: "button button--secondary" }, "Duplicate");
    duplicate.addEventListener("click", () =>
      act(duplicate, async () => {
        const copy = await api(`/api/assessments/${a.id}/duplicate`, { method: "POST" });
        location.assign(`/teacher/review-questions.html?id=${copy.id}`);
      }),
    );
    buttons.push(duplicate);
    if (a.can_edit && a.status !== "archived") {
      const archive = el("button", { type: "button", class: "button button--secondary" }, "Archive");
      archive.addEventListener("click", async () => {
        const sure = await confirmDialog({
          title: "Archive this assessment?",
          message: "Pupils will not be able to start it any more. Their results stay, and you can still read them.",
          confirmLabel: "Archive it",
          cancelLabel: "Keep it open",
        });
        if (sure) {
          await act(archive, async () => {
            const saved = await api(`/api/assessments/${a.id}/archive`, { method: "POST" });
            updated(saved, "This assessment is archived. Pupils can no longer start it.");
          });
        }
      });
      buttons.push(archive);
    }
    if (a.can_edit) {
      const remove = el("button", { type: "button", class: "button button--danger" }, "Delete assessment");
      remove.addEventListener("click", async () => {
        const sure = await confirmDialog({
          title: "Delete this assessment?",
          message: "It disappears from your lists and from pupils' screens. Results pupils already have are kept for the record.",
          confirmLabel: "Delete the assessment",
          cancelLabel: "Keep it",
          danger: true,
        });
        if (sure) {
          await act(remove, async () => {
            await api(`/api/assessments/${a.id}`, { method: "DELETE" });
            location.assign(`${LIST_PAGE}?deleted=${encodeURIComponent(a.title)}`);
          });
        }
      });
      buttons.push(remove);
    }
    return el("div", { class: "cluster review-actions", role: "group", "aria-label": "Assessment actions" }, buttons);
  }

  function publishedTo() {
    const a = state.assessment;
    if (!a.classes.length) return null;
    return el(
      "section",
      { class: "review-published", "aria-labelledby": "published-heading", dataset: { testid: "published-to" } },
      el("h2", { id: "published-heading" }, "Published to"),
      el(
        "ul",
        { class: "review-published__list" },
        a.classes.map((c) =>
          el(
            "li",
            { class: "review-published__class" },
            el("strong", {}, c.class_name),
            `: ${windowWords(c.available_from, c.available_until)}. `,
            el("a", { href: `/teacher/class-results.html?id=${a.id}&class=${c.class_id}` }, `Results for ${c.class_name}`),
          ),
        ),
      ),
    );
  }

  function problemSummary() {
    const numbered = state.questions.map((q, i) => ({ q, n: i + 1 }));
    const blocking = numbered.filter(({ q }) => (q.warnings || []).some((w) => w.severity !== "warning"));
    const warned = numbered.filter(({ q }) => (q.warnings || []).some((w) => w.severity === "warning"));
    if (!blocking.length && !warned.length) return null;
    const links = (list) => list.map(({ n }, i) => [i ? (i === list.length - 1 ? " and " : ", ") : "", el("a", { href: `#question-${n}` }, `question ${n}`)]);
    return el(
      "div",
      { class: "status status--warning review-summary", dataset: { testid: "problem-summary" } },
      el(
        "div",
        {},
        blocking.length ? el("p", {}, "Needs fixing before it can be published: ", links(blocking), ".") : null,
        warned.length ? el("p", {}, "Worth checking: ", links(warned), ".") : null,
      ),
    );
  }

  function drawTop() {
    const a = state.assessment;
    const points = state.questions.reduce((sum, q) => sum + q.points, 0);
    const minutes = Math.max(1, Math.ceil(state.questions.reduce((sum, q) => sum + q.time_estimate_seconds, 0) / 60));
    document.title = `${a.title} – Review – KS3 Assessment`;
    replaceChildren(
      top,
      el(
        "div",
        { class: "page__header" },
        el("p", { class: "review-top__back" }, el("a", { href: LIST_PAGE }, "All assessments")),
        el("h1", { id: "assessment-title" }, a.title),
        el(
          "p",
          { class: "review-top__meta" },
          statusBadge(a.status),
          " ",
          [a.unit_title ? `Unit: ${a.unit_title}` : "No unit", count(state.questions.length, "question"), count(points, "point"), `About ${count(minutes, "minute")}`].join(" · "),
        ),
      ),
      a.can_edit
        ? null
        : el("p", { class: "status status--plain" }, "This assessment belongs to another teacher. You can read and preview it. To change it, duplicate it to make your own copy."),
      a.can_edit && a.attempt_count > 0
        ? el("p", { class: "status status--plain" }, `Pupils have started this assessment (${count(a.attempt_count, "attempt")} so far). If you change an answer key, their answers are marked again with the new key.`)
        : null,
      actions(),
      publishedTo(),
      problemSummary(),
    );
  }

  const list = questionList({
    assessment,
    context,
    onChange: (questions) => {
      state.questions = questions;
      drawTop();
    },
  });
  const questionsPanel = el("section", { "aria-labelledby": "questions-heading" }, el("h2", { id: "questions-heading" }, "Questions"), list.element);
  const panels = [{ id: "questions", label: "Questions", panel: questionsPanel }];
  if (assessment.can_edit) {
    panels.push({
      id: "settings",
      label: "Settings",
      panel: () =>
        settingsForm({
          assessment: state.assessment,
          units,
          onSaved: async (saved) => {
            const unitChanged = saved.unit_id !== (state.unit?.id ?? null);
            updated(saved);
            if (unitChanged) {
              state.unit = saved.unit_id ? await api(`/api/units/${saved.unit_id}`) : null;
              context.objectives = state.unit?.objectives ?? [];
              context.hasUnit = Boolean(state.unit);
            }
          },
        }),
    });
  }
  const view = tabs({
    label: "Assessment",
    tabs: panels,
    selected: location.hash === "#settings" ? "settings" : "questions",
    onChange: (tab) => history.replaceState(null, "", tab === "questions" ? location.pathname + location.search : `#${tab}`),
  });

  // Leaving with a question half-edited: the browser asks first, so nothing typed is lost by accident.
  window.addEventListener("beforeunload", (event) => {
    if (list.cards().some((card) => card.isEditing() && card.form?.isChanged())) event.preventDefault();
  });

  // Outside `top`, which is drawn again after every change: folding the notes away must last.
  const notes = generationNotes(assessment, {
    onHidden: () => say("The notes from making this draft are hidden until you close this browser tab.", "plain").focus(),
  });

  drawTop();
  replaceChildren(main, top, notes, pageStatus, view);
}
