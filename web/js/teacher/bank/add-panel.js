// "Add the chosen questions": how many are chosen (kept while the teacher searches again or turns pages), which
// of their drafts to add copies to, and the button that adds them. A teacher with no draft can make an empty one
// here. After adding, a link opens the draft's review page, where each copy says "From the bank: …".

import { api } from "../../api.js";
import { el, replaceChildren } from "../../components/html.js";
import { field } from "../../components/field.js";
import { sayProblem, statusArea } from "../../components/status.js";
import { count } from "../review/labels.js";

const REVIEW_PAGE = "/teacher/review-questions.html";
const NEW_DRAFT_TITLE = "Questions from the bank";

/** The user's own assessments that questions can be added to: drafts and those in review. */
export async function ownDrafts(user) {
  const lists = await Promise.all(["draft", "review"].map((status) => api(`/api/assessments?status=${status}`)));
  return lists.flat().filter((a) => a.owner_id === user.id);
}

function draftOptions(drafts, selected) {
  return drafts.map((a) => el("option", { value: a.id, selected: a.id === selected }, `${a.title} (${count(a.question_count, "question")})`));
}

/**
 * The panel. `chosen` is a Map of question id → question (shared with the results); `clearChosen()` empties it
 * and un-ticks the cards. Returns { element, update() } — call update() whenever the choice changes.
 */
export function addPanel({ drafts, chosen, clearChosen }) {
  const summary = el("p", { class: "bank-add__summary", dataset: { testid: "chosen-summary" } });
  const target = field({ label: "Add them to", as: "select", options: [], dataset: { testid: "target-assessment" } });
  replaceChildren(target.input, draftOptions(drafts));
  const status = statusArea({ testid: "bank-add-status" });
  const add = el("button", { type: "button", class: "button" });
  const makeDraft = el("button", { type: "button", class: "button button--secondary" }, "Make a new empty draft");
  const noDrafts = el("p", { class: "muted" }, "You have no drafts to add to. Make a new empty draft, or duplicate one of your assessments.");

  const update = () => {
    summary.textContent = chosen.size ? `${count(chosen.size, "question")} chosen.` : "No questions chosen yet. Tick “Choose this question” on the ones you want.";
    replaceChildren(add, chosen.size ? `Add ${count(chosen.size, "question")} to the assessment` : "Add to the assessment");
    target.element.hidden = drafts.length === 0;
    noDrafts.hidden = drafts.length > 0;
  };

  add.addEventListener("click", async () => {
    if (add.getAttribute("aria-disabled") === "true") return;
    if (!chosen.size) {
      status.say("Choose at least one question first.", "warning").focus();
      return;
    }
    if (!target.input.value) {
      status.say("Choose a draft to add them to, or make a new empty draft.", "warning").focus();
      return;
    }
    add.setAttribute("aria-disabled", "true");
    try {
      const added = await api("/api/bank/add", { method: "POST", body: { assessment_id: target.input.value, question_ids: [...chosen.keys()] } });
      const draft = drafts.find((d) => d.id === added.assessment_id);
      if (draft) draft.question_count = added.question_count;
      replaceChildren(target.input, draftOptions(drafts, added.assessment_id));
      clearChosen();
      update();
      const open = el("a", { href: `${REVIEW_PAGE}?id=${added.assessment_id}` }, `Open ‘${added.assessment_title}’`);
      status.say([`${count(added.question_ids.length, "question")} added to ‘${added.assessment_title}’. It now has ${count(added.question_count, "question")}. `, open]).focus();
    } catch (error) {
      sayProblem(status, error).focus();
    } finally {
      add.removeAttribute("aria-disabled");
    }
  });

  makeDraft.addEventListener("click", async () => {
    try {
      const made = await api("/api/assessments", { method: "POST", body: { title: NEW_DRAFT_TITLE } });
      drafts.unshift({ ...made, question_count: 0 });
      replaceChildren(target.input, draftOptions(drafts, made.id));
      update();
      status.say(`A new empty draft, ‘${made.title}’, is chosen. You can rename it on its page.`);
    } catch (error) {
      sayProblem(status, error).focus();
    }
  });

  const element = el(
    "section",
    { class: "card bank-add", "aria-labelledby": "bank-add-heading" },
    el("h2", { id: "bank-add-heading" }, "Add the chosen questions"),
    summary,
    noDrafts,
    target.element,
    el("div", { class: "cluster" }, add, makeDraft),
    status,
  );
  update();
  return { element, update };
}
