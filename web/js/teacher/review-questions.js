// Review and edit an assessment (?id=<assessment id>): every question with its answer key and the checks'
// problems, edited in place; add, delete and reorder questions; the settings; moving between draft and
// review; Preview as pupil; Publish to classes with optional dates; duplicate, archive and delete; the notes
// generation left about the draft as a whole.
//
// This file wires the parts in review/: the top (title, notices, actions, problems), the question list (its cards
// and their edit forms), the settings form and the generation notes. The page's one status area says what happened.

import { api } from "../api.js";
import { startPage } from "../app.js";
import { el, replaceChildren } from "../components/html.js";
import { statusArea, statusMessage } from "../components/status.js";
import { tabs } from "../components/tabs.js";
import { LIST_PAGE } from "./review/assessment-actions.js";
import { generationNotes } from "./review/generation-notes.js";
import { questionList } from "./review/question-list.js";
import { reviewTop } from "./review/review-top.js";
import { settingsForm } from "./review/settings-form.js";

startPage({
  roles: ["teacher", "admin"],
  async render(main) {
    const id = new URLSearchParams(location.search).get("id");
    if (!id) {
      replaceChildren(
        main,
        el("h1", {}, "Review an assessment"),
        statusMessage(["No assessment was chosen. ", el("a", { href: LIST_PAGE }, "Choose one from your assessments"), "."]),
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

/** What the question forms need to know about the unit: its objectives, and whether there is one. */
function unitContext(unit) {
  return { unitId: unit?.id ?? null, objectives: unit?.objectives ?? [], hasUnit: Boolean(unit) };
}

function reviewPage(main, { assessment, taxonomy, units, unit }) {
  // Shared with every card and edit form; the unit's part changes when the settings choose another unit.
  const context = { assessmentId: assessment.id, canEdit: assessment.can_edit, taxonomy, ...unitContext(unit) };
  const status = statusArea({ testid: "review-status" });
  status.id = "review-status";
  const top = reviewTop({ assessment, status });
  const list = questionList({ assessment, context, onChange: (questions) => top.setQuestions(questions) });
  const panels = [
    { id: "questions", label: "Questions", panel: el("section", { "aria-labelledby": "questions-heading" }, el("h2", { id: "questions-heading" }, "Questions"), list.element) },
    assessment.can_edit ? { id: "settings", label: "Settings", panel: () => settingsPanel({ top, units, context }) } : null,
  ];
  const view = tabs({
    label: "Assessment",
    tabs: panels.filter(Boolean),
    selected: location.hash === "#settings" ? "settings" : "questions",
    onChange: (tab) => history.replaceState(null, "", tab === "questions" ? location.pathname + location.search : `#${tab}`),
  });

  // Leaving with a question half-edited: the browser asks first, so nothing typed is lost by accident.
  window.addEventListener("beforeunload", (event) => {
    if (list.cards().some((card) => card.isEditing() && card.form?.isChanged())) event.preventDefault();
  });

  // Outside the top, which is drawn again after every change: folding the notes away must last.
  const notes = generationNotes(assessment, {
    onHidden: () => status.say("The notes from making this draft are hidden until you close this browser tab.", "plain").focus(),
  });
  replaceChildren(main, top.element, notes, status, view);
}

/** The Settings tab, built when first shown. A new unit brings its objectives to the question forms. */
function settingsPanel({ top, units, context }) {
  return settingsForm({
    assessment: top.assessment,
    units,
    onSaved: async (saved) => {
      const unitChanged = saved.unit_id !== context.unitId;
      top.update(saved);
      if (unitChanged) Object.assign(context, unitContext(saved.unit_id ? await api(`/api/units/${saved.unit_id}`) : null));
    },
  });
}
